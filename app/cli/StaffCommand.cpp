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

namespace {
QString tr(const char* source) {
    return QCoreApplication::translate("cli", source);
}
} // namespace

int runStaff(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("add"), QStringLiteral("add"));
    parser.addOption({QStringLiteral("login"), tr("Login name."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("name"), tr("Name as shown on screens."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), tr("clerk, supervisor, admin or kiosk."), QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("central"), tr("Central store URL (default: from the settings)."), QStringLiteral("URL")});
    const int early = parseCommandLine(
        context, parser, tr("Add a staff account. The password is read from the first line of standard input."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")})
        return context.fail(tr("Say add."), UsageError);
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    domain::Role role = domain::Role::Clerk;
    if (login.isEmpty() || name.isEmpty())
        return context.fail(tr("Give --login and --name."), UsageError);
    if (!domain::parseRole(parser.value(QStringLiteral("role")), &role))
        return context.fail(tr("--role must be clerk, supervisor, admin or kiosk."), UsageError);

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return context.fail(tr("Cannot read the password from standard input."));
    QByteArray line = in.readLine().trimmed();
    QString password = QString::fromUtf8(line);
    line.fill('\0');
    if (password.size() < 8)
        return context.fail(tr("The password must have at least 8 characters."));
    const QString hash = privacy::hashStaffPassword(password);
    if (hash.isEmpty())
        return context.fail(tr("The password could not be protected (out of memory?)."));

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
        return refuse(context, Outcome::failure(tr("The staff account could not be saved."), detail));
    }
    if (central->scalar(QStringLiteral("SELECT id FROM staff WHERE login = ?"), {login}).toString() != id)
        return context.fail(tr("There is already a staff account with the login %1.").arg(login));
    context.out << tr("Staff account %1 (%2) added.").arg(login, domain::roleName(role)) << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
