// `madoguchi-cli kiosk set-staff-pin --as ADMIN`: the staff PIN that leaves a lobby kiosk's full screen, set on the
// kiosk's own settings. Standard input holds the admin's password on the first line and the new PIN on the second
// (never the command line, where every process could read it); the settings keep only its Argon2id hash.
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "kiosk/KioskStaffPin.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

int runKiosk(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "set-staff-pin"),
                                 QStringLiteral("set-staff-pin"));
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate(
            "cli", "Set the staff PIN that leaves kiosk mode on this terminal, signed in as an admin with --as: "
                   "standard input holds the admin's password on the first line and the new PIN (%1 digits) on the "
                   "second. The settings keep only its Argon2id hash; a running kiosk takes it at once.")
            .arg(kiosk::kStaffPinDigits));
    if (early >= 0)
        return early;
    if (parser.positionalArguments() != QStringList{QStringLiteral("set-staff-pin")})
        return context.fail(QCoreApplication::translate("cli", "Say set-staff-pin."), UsageError);
    const QString subject = QStringLiteral("kiosk/staff_pin_hash");
    const std::optional<staff::Principal> who = signInFor(context, parser, staff::Action::ManageKiosk, subject);
    if (!who)
        return Failure;
    std::optional<QString> pin = readStdinLine(
        context, QCoreApplication::translate("cli", "New staff PIN (%1 digits): ").arg(kiosk::kStaffPinDigits));
    if (!pin)
        return context.fail(QCoreApplication::translate("cli", "Cannot read the PIN from standard input."));
    const Outcome set = kiosk::setStaffPin(context.settings, *who, *pin); // wipes the PIN
    if (!set)
        return refuse(context, set);
    QString detail;
    if (!auditEvent(context, *who, QStringLiteral("kiosk.staff_pin_set"), subject,
                    QStringLiteral("staff PIN of kiosk %1 changed").arg(store::terminalId(context.settings)), &detail))
        return refuse(context,
                      Outcome::failure(QCoreApplication::translate("cli", "The staff PIN was changed but the change "
                                                                          "could not be recorded in the audit trail. "
                                                                          "Tell the supervisor."),
                                       detail));
    context.out << QCoreApplication::translate("cli", "The kiosk's staff PIN is set.") << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
