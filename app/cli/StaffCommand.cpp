// `madoguchi-cli staff add --login L --name N --role R`: a staff account in the central store (password from
// standard input, stored as an Argon2id hash); terminals receive it with their next sync.
#include "CliStores.h"
#include "domain/Staff.h"
#include "privacy/StaffPassword.h"
#include "store/Rows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QUuid>

namespace madoguchi::cli {

int runStaff(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "add"),
                                 QStringLiteral("add"));
    parser.addOption(
        {QStringLiteral("login"), QCoreApplication::translate("cli", "Login name."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("cli", "Name as shown on screens."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), QCoreApplication::translate("cli", "clerk, supervisor, admin or kiosk."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate(
            "cli", "Add a staff account. The password is read from the first line of standard input."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")})
        return context.fail(QCoreApplication::translate("cli", "Say add."), UsageError);
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    domain::Role role = domain::Role::Clerk;
    if (login.isEmpty() || name.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give --login and --name."), UsageError);
    if (!domain::parseRole(parser.value(QStringLiteral("role")), &role))
        return context.fail(QCoreApplication::translate("cli", "--role must be clerk, supervisor, admin or kiosk."),
                            UsageError);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("cli", "Cannot read the password from standard input."));
    QByteArray line = in.readLine().trimmed();
    QString password = QString::fromUtf8(line);
    line.fill('\0');
    if (password.size() < 8)
        return context.fail(QCoreApplication::translate("cli", "The password must have at least 8 characters."));
    const QString hash = privacy::hashStaffPassword(password);
    if (hash.isEmpty())
        return context.fail(
            QCoreApplication::translate("cli", "The password could not be protected (out of memory?)."));

    std::optional<store::Connection> central = openCentralStore(context, parser.value(QStringLiteral("central")));
    if (!central)
        return Failure;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString detail;
    if (!central->exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, active, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (login) DO NOTHING"),
                       {id, login, name, domain::roleName(role), hash,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       &detail)) {
        return refuse(
            context,
            Outcome::failure(QCoreApplication::translate("cli", "The staff account could not be saved."), detail));
    }
    if (central->scalar(QStringLiteral("SELECT id FROM staff WHERE login = ?"), {login}).toString() != id)
        return context.fail(
            QCoreApplication::translate("cli", "There is already a staff account with the login %1.").arg(login));
    context.out << QCoreApplication::translate("cli", "Staff account %1 (%2) added.").arg(login, domain::roleName(role))
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
