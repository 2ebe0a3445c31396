// The staff PIN that leaves kiosk mode: set by an admin, kept only as an Argon2id hash — for one tablet in its settings
// (kiosk/staff_pin_hash), or for every kiosk of an office in the central store (kiosk_staff_pins), which the kiosks
// read at every PIN they check and pull with every sync (the copy they use while the centre does not answer).
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QString>

#include <optional>

namespace madoguchi {
class Settings;
}
namespace madoguchi::store {
class Connection;
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

// Clears kiosk/staff_pin_hash of `settings` (the tablet's own PIN no longer lets anyone out). Admin only
// (ManageKiosk), checked here. The caller audits it (kiosk.staff_pin_cleared).
Outcome clearStaffPin(Settings& settings, const staff::Principal& who);

// The reference-data key under which a terminal keeps its pulled copy of its office's kiosk staff PIN (sync).
inline constexpr char kOfficePinReferenceKey[] = "kiosk/office_staff_pin_hash";

// The office's kiosk staff PIN as the centre holds it (or as a terminal's copy of it holds it).
struct OfficeStaffPin {
    QString office;
    QString hash; // empty: revoked
    qint64 revision = 0;
    QString setBy; // login of the admin
    QString setAt; // ISO-8601 UTC
};

// Distributes `pin` to every kiosk of `office` through `central` (the owner's connection on a server; on the embedded
// store the office is the empty one): hashed with Argon2id, written to kiosk_staff_pins under a new revision. Refused,
// with nothing written, unless `who` may manage kiosks (ManageKiosk: admin) and the PIN keeps checkStaffPinRules;
// `pin` is wiped either way. The caller audits the change (kiosk.staff_pin_distributed), without the PIN.
Result<OfficeStaffPin> distributeStaffPin(const store::Connection& central, const staff::Principal& who,
                                          const QString& office, QString& pin);
// Revokes the office's PIN: its row keeps an empty hash under a new revision, so a kiosk that reads the centre
// refuses it at once and one that is offline drops it with its next sync. Admin only. Audited by the caller
// (kiosk.staff_pin_revoked).
Result<OfficeStaffPin> revokeStaffPin(const store::Connection& central, const staff::Principal& who,
                                      const QString& office);

// The office's row as `central` shows it to the caller: a terminal's login role sees its office's only (row-level
// security), the embedded store has one office. `office` set: that office's row (the owner sees every office).
// Refused when the store does not answer; std::nullopt inside: no PIN was ever distributed (or the caller sees several
// offices' rows and named none).
Result<std::optional<OfficeStaffPin>> readOfficeStaffPin(const store::Connection& central,
                                                         const std::optional<QString>& office = std::nullopt);
// This terminal's pulled copy (its local store's reference data), std::nullopt when it has none.
std::optional<OfficeStaffPin> pulledOfficeStaffPin(const store::Connection& local);

// The hash a kiosk checks a staff PIN against now, and where it comes from: the office's (the centre when it answers,
// else this terminal's pulled copy) when the office has one, else the tablet's own (`tabletHash`, its settings).
// Empty hash: nobody can leave.
struct StaffPinInForce {
    QString hash;
    QString source; // "office" (read at the centre), "office copy" (the pulled copy), "kiosk" (the settings), or ""
    qint64 revision = 0;
};
StaffPinInForce staffPinInForce(const store::Connection& local, const store::Connection* central,
                                const QString& tabletHash);

} // namespace madoguchi::kiosk
