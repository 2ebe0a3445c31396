// `madoguchi-cli kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide [--office CODE] [--central URL]]`: the
// staff PIN that leaves a lobby kiosk's full screen. Without --office-wide it is this tablet's own (its settings);
// with it, the office's, kept at the centre for every kiosk of the office (they read it at every PIN they check and
// pull it with their sync). Standard input holds the admin's password on the first line and the new PIN on the second
// (never the command line, where every process could read it); only its Argon2id hash is kept anywhere.
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "kiosk/KioskStaffPin.h"
#include "privacy/StaffPassword.h"
#include "store/StoreLocations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

namespace {
int auditFailed(CliContext& context, const QString& detail) {
    return refuse(context, Outcome::failure(QCoreApplication::translate("cli", "The staff PIN was changed but the "
                                                                               "change could not be recorded in the "
                                                                               "audit trail. Tell the supervisor."),
                                            detail));
}
} // namespace

int runKiosk(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("cli", "set-staff-pin or clear-staff-pin"),
                                 QStringLiteral("set-staff-pin|clear-staff-pin"));
    parser.addOption({QStringLiteral("office-wide"),
                      QCoreApplication::translate("cli", "The PIN of every kiosk of the office, kept at the central "
                                                         "store (the kiosks take it at once, or with their next sync "
                                                         "when offline), instead of this tablet's own.")});
    parser.addOption({QStringLiteral("office"),
                      QCoreApplication::translate("cli", "With --office-wide on a central server: the office code "
                                                         "(as given to central add-terminal)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate(
            "cli", "Set or clear the staff PIN that leaves kiosk mode, signed in as an admin with --as: standard input "
                   "holds the admin's password on the first line and, for set-staff-pin, the new PIN (%1 digits) on "
                   "the second. Without --office-wide the PIN is this tablet's own (its settings); with --office-wide "
                   "it is the office's, for every kiosk of the office, and replaces the tablets' own while it is set. "
                   "Only the Argon2id hash is kept; a running kiosk takes the change at once.")
            .arg(kiosk::kStaffPinDigits));
    if (early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    const bool set = positional == QStringList{QStringLiteral("set-staff-pin")};
    if (!set && positional != QStringList{QStringLiteral("clear-staff-pin")})
        return context.fail(QCoreApplication::translate("cli", "Say set-staff-pin or clear-staff-pin."), UsageError);
    const bool officeWide = parser.isSet(QStringLiteral("office-wide"));
    if (!officeWide && (parser.isSet(QStringLiteral("office")) || parser.isSet(QStringLiteral("central"))))
        return context.fail(QCoreApplication::translate("cli", "--office and --central go with --office-wide."),
                            UsageError);
    const QString office = parser.value(QStringLiteral("office")).trimmed();
    const QString centralUrl = parser.value(QStringLiteral("central"));
    const QString subject = officeWide ? (office.isEmpty() ? QStringLiteral("kiosk_staff_pins")
                                                           : QStringLiteral("kiosk_staff_pins/") + office)
                                       : QStringLiteral("kiosk/staff_pin_hash");
    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ManageKiosk, subject, centralUrl);
    if (!who)
        return Failure;
    std::optional<QString> pin;
    if (set) {
        pin = readStdinLine(
            context, QCoreApplication::translate("cli", "New staff PIN (%1 digits): ").arg(kiosk::kStaffPinDigits));
        if (!pin)
            return context.fail(QCoreApplication::translate("cli", "Cannot read the PIN from standard input."));
    }
    QString detail;
    if (!officeWide) {
        const QString kioskId = store::terminalId(context.settings);
        const Outcome changed = set ? kiosk::setStaffPin(context.settings, *who, *pin) // wipes the PIN
                                    : kiosk::clearStaffPin(context.settings, *who);
        if (!changed)
            return refuse(context, changed);
        if (!auditEvent(context, *who,
                        set ? QStringLiteral("kiosk.staff_pin_set") : QStringLiteral("kiosk.staff_pin_cleared"),
                        subject,
                        set ? QStringLiteral("staff PIN of kiosk %1 changed").arg(kioskId)
                            : QStringLiteral("staff PIN of kiosk %1 cleared").arg(kioskId),
                        &detail))
            return auditFailed(context, detail);
        context.out << (set ? QCoreApplication::translate("cli", "The kiosk's staff PIN is set.")
                            : QCoreApplication::translate("cli", "The kiosk's staff PIN is cleared."))
                    << Qt::endl;
        return Success;
    }

    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central) {
        if (pin)
            privacy::wipePassword(*pin);
        return Failure;
    }
    const Result<kiosk::OfficeStaffPin> changed =
        set ? kiosk::distributeStaffPin(*central, *who, office, *pin) : kiosk::revokeStaffPin(*central, *who, office);
    if (!changed)
        return refuse(context, changed.outcome);
    const QString officeName = office.isEmpty() ? QStringLiteral("of the embedded store") : office;
    if (!auditEvent(context, *who,
                    set ? QStringLiteral("kiosk.staff_pin_distributed") : QStringLiteral("kiosk.staff_pin_revoked"),
                    subject,
                    set ? QStringLiteral("staff PIN of the kiosks of office %1 set, revision %2")
                              .arg(officeName)
                              .arg(changed->revision)
                        : QStringLiteral("staff PIN of the kiosks of office %1 revoked, revision %2")
                              .arg(officeName)
                              .arg(changed->revision),
                    &detail))
        return auditFailed(context, detail);
    context.out << (set ? QCoreApplication::translate("cli", "The staff PIN of the office's kiosks is set (revision "
                                                             "%1). Kiosks take it at once; offline ones with their "
                                                             "next sync.")
                              .arg(changed->revision)
                        : QCoreApplication::translate("cli", "The staff PIN of the office's kiosks is revoked "
                                                             "(revision %1). Kiosks refuse it at once; offline ones "
                                                             "after their next sync. Each tablet's own PIN, if it has "
                                                             "one, holds again.")
                              .arg(changed->revision))
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
