// Bringing a reinstalled terminal back under its id (IT's `madoguchi-cli central re-enrol-terminal`): the centre
// records the new installation's signing key as a new epoch of the terminal's chain, keeping the old key for the
// numbers it signed, and the new installation's own events (never received by the centre) continue the centre's
// chain after its last event of the installation before.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::audit {

struct ReEnrolReport {
    int epoch = 0;            // the new installation's epoch (the first installation's is 1)
    qint64 baseSeq = 0;       // the centre's last event of the installation before; the new chain starts after it
    int renumbered = 0;       // the new installation's events moved after baseSeq and signed again
    bool centralDone = false; // false: the centre already had this key (an interrupted re-enrolment finished here)
};

// Run on the reinstalled terminal (its local store and signing key) against a central connection allowed to change
// terminal_keys (the owner, on PostgreSQL). Refused unless `who` may manage the centre (staff::Action::ManageCentral,
// audited as access.refused), when the centre holds no key for the terminal yet (its first sync registers it), and
// when the centre's chain already continues this installation's (nothing to do).
// 1. One central transaction: the old key moves to terminal_retired_keys with the numbers it signed, terminal_keys
//    takes this installation's key, the next epoch and the first number after the centre's last event; the
//    terminal's open chain alarms are cleared.
// 2. One local transaction: every local event, in order, is numbered after that last event, linked to its hash and
//    signed again with this installation's key; audit_epoch records the start; `terminal.re_enrolled` is appended
//    (actor: the admin).
// An interruption between the two is finished by running the command again.
Result<ReEnrolReport> reEnrolTerminal(const store::Connection& local, const store::Connection& central,
                                      const privacy::KeyRing& keys, const staff::Principal& who,
                                      const QString& terminalId);

} // namespace madoguchi::audit
