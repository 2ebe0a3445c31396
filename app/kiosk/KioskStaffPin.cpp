// The kiosk's staff PIN: the rules it keeps and the one place that writes its hash.
#include "KioskStaffPin.h"

#include "CoreLogging.h"
#include "Settings.h"
#include "privacy/StaffPassword.h"

#include <QCoreApplication>

namespace madoguchi::kiosk {

Outcome checkStaffPinRules(const QString& pin) {
    if (pin.size() != kStaffPinDigits)
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "The staff PIN must be exactly %1 digits.").arg(kStaffPinDigits),
            QStringLiteral("staff PIN of %1 characters refused").arg(pin.size()));
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Outcome::failure(
                QCoreApplication::translate("kiosk", "The staff PIN must be exactly %1 digits.").arg(kStaffPinDigits),
                QStringLiteral("staff PIN with a character that is not a digit refused"));
    }
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down)
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "This staff PIN is too easy to guess (one digit repeated, or digits "
                                                 "counting up or down in a row). Choose another."),
            QStringLiteral("guessable staff PIN refused"));
    return Outcome::success();
}

Outcome setStaffPin(Settings& settings, const staff::Principal& who, QString& pin) {
    if (const Outcome allowed = staff::authorize(who, staff::Action::ManageKiosk); !allowed) {
        privacy::wipePassword(pin);
        return allowed;
    }
    if (const Outcome valid = checkStaffPinRules(pin); !valid) {
        privacy::wipePassword(pin);
        return valid;
    }
    const QString hash = privacy::hashStaffPassword(pin); // wipes the PIN
    if (hash.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "The staff PIN could not be hashed. Nothing was changed."),
            QStringLiteral("crypto_pwhash_str failed"));
    if (!settings.setValue(QStringLiteral("kiosk/staff_pin_hash"), hash))
        return Outcome::failure(QCoreApplication::translate("kiosk", "The settings file %1 could not be written. "
                                                                     "Nothing was changed.")
                                    .arg(settings.configFile()),
                                QStringLiteral("cannot write %1").arg(settings.configFile()));
    qCInfo(lcCore).noquote() << "kiosk staff PIN changed by" << who.login;
    return Outcome::success();
}

} // namespace madoguchi::kiosk
