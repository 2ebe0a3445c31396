// `madoguchi-cli staff add --login L --name N --role R --as ADMIN`: a staff account in the central store (Argon2id
// hash); terminals receive it with their next sync. Only an admin adds accounts; the first admin of an empty staff
// table is the one account created without --as (the bootstrap of an installation), and that is audited as such.
#include "CliSignIn.h"
#include "CliStores.h"
#include "privacy/StaffPassword.h"
#include "staff/StaffAccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate(
            "cli", "Add a staff account, signed in as an admin with --as: standard input holds the admin's password on "
                   "the first line and the new account's password on the second. Only the first admin of an empty "
                   "staff table is added without --as; then the new password is the only line."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("add")})
        return context.fail(QCoreApplication::translate("cli", "Say add."), UsageError);
    staff::NewAccount account;
    account.login = parser.value(QStringLiteral("login")).trimmed();
    account.displayName = parser.value(QStringLiteral("name")).trimmed();
    if (account.login.isEmpty() || account.displayName.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give --login and --name."), UsageError);
    if (!domain::parseRole(parser.value(QStringLiteral("role")), &account.role))
        return context.fail(QCoreApplication::translate("cli", "--role must be clerk, supervisor, admin or kiosk."),
                            UsageError);
    if (Outcome valid = staff::validateAccount(account); !valid)
        return refuse(context, valid);

    const QString centralUrl = parser.value(QStringLiteral("central"));
    staff::Principal who;
    if (parser.isSet(QStringLiteral("as"))) {
        std::optional<staff::Principal> admin =
            signInFor(context, parser, staff::Action::ManageStaff, account.login, centralUrl);
        if (!admin)
            return Failure;
        who = *admin;
    }
    std::optional<QString> password = readStdinLine(
        context, QCoreApplication::translate("cli", "Password for the new account %1: ").arg(account.login));
    if (!password)
        return context.fail(QCoreApplication::translate("cli", "Cannot read the password from standard input."));

    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central) {
        privacy::wipePassword(*password);
        return Failure;
    }
    const Result<staff::AddedAccount> added = staff::addAccount(*central, who, account, *password);
    privacy::wipePassword(*password);
    QString detail;
    if (!added) {
        if (!who.signedIn)
            auditEvent(context, who, QStringLiteral("access.refused"),
                       staff::actionName(staff::Action::ManageStaff) + QLatin1Char(' ') + account.login,
                       added.outcome.detail, &detail);
        return refuse(context, added.outcome);
    }
    const QString role = domain::roleName(account.role);
    if (!auditEvent(context, who, added->bootstrap ? QStringLiteral("staff.bootstrap") : QStringLiteral("staff.add"),
                    added->id,
                    added->bootstrap ? QStringLiteral("first admin %1 of an empty staff table").arg(account.login)
                                     : QStringLiteral("%1 %2 added").arg(role, account.login),
                    &detail)) {
        return refuse(context,
                      Outcome::failure(QCoreApplication::translate("cli", "The account was added but could not be "
                                                                          "recorded in the audit trail. Tell the "
                                                                          "supervisor."),
                                       detail));
    }
    context.out << QCoreApplication::translate("cli", "Staff account %1 (%2) added.").arg(account.login, role)
                << Qt::endl;
    if (added->bootstrap)
        context.out << QCoreApplication::translate(
                           "cli", "This is the first admin of the installation; from now on every staff account is "
                                  "added with --as %1.")
                           .arg(account.login)
                    << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
