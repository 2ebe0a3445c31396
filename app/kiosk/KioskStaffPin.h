// The staff PIN that leaves kiosk mode (kiosk/staff_pin_hash): set by an admin, kept only as an Argon2id hash.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QString>

namespace madoguchi {
class Settings;
}

namespace madoguchi::kiosk {

// The length of the kiosk's staff PIN pad (widgets/kiosk/KioskWindow).
constexpr int kStaffPinDigits = 6;

// Whether the kiosk's pad can take `pin` and it is not a PIN anyone would guess first: exactly kStaffPinDigits ASCII
// digits, not all the same digit, not a run up or down (123456, 987654). The message says what is wrong, never the PIN.
Outcome checkStaffPinRules(const QString& pin);

// Hashes `pin` (Argon2id, libsodium crypto_pwhash_str, as the staff passwords) and writes the hash to
// kiosk/staff_pin_hash of `settings`. Refused, with nothing written, unless `who` is signed in with a role that may
// manage kiosks (staff::Action::ManageKiosk: admin) and the PIN keeps checkStaffPinRules. `pin` is wiped either way.
// A running kiosk reads the hash again at every staff PIN it checks, so the new PIN holds at once and the old one no
// longer does. The caller audits the change (kiosk.staff_pin_set), without the PIN.
Outcome setStaffPin(Settings& settings, const staff::Principal& who, QString& pin);

} // namespace madoguchi::kiosk
