// Every sealed My Number a terminal's store holds — the procedure requests and the visit bundles still waiting in the
// outbox or set aside — opened and sealed again in one transaction: the local schema step from crypto_secretbox to
// XChaCha20-Poly1305 bound to its row, and `madoguchi-cli keys rotate`.
#pragma once

#include "Outcome.h"
#include "privacy/KeyRing.h"
#include "staff/Authorization.h"

#include <functional>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::privacy {

struct ResealReport {
    int requests = 0; // procedure_requests rows re-sealed
    int payloads = 0; // outbox and set-aside payloads re-sealed
};

// Opens one stored value for its place; empty when it does not open.
using SealOpener = std::function<QByteArray(const QByteArray& sealed, const SealPlace& place)>;

// Re-seals every value not yet under `to`'s current key, opening it with `open`, inside the caller's transaction.
// Refused (and the caller rolls back) when a value does not open: nothing is re-sealed then.
Result<ResealReport> resealStoredValues(const store::Connection& local, const KeyRing& to, const SealOpener& open);

// Local schema step 9 (the store's sealing_format 1 → 2): the crypto_secretbox values written before it are opened
// with the office key and sealed for their row, in one transaction. Nothing to do on a store already at format 2.
Outcome upgradeSealedValues(const store::Connection& local, const KeyRing& keys);

// `keys rotate`: refused unless `who` may manage keys (staff::Action::ManageKeys), audited. A new sealing key is
// written to `keyFile` beside the current one first; then every value is re-sealed under it and `keys.rotated` is
// appended to the audit trail in one transaction; only then is the old key dropped from the file. When anything
// fails before the commit, the file is written back as it was: the old key and every value stay as they were.
// On success `keys` is the new ring.
Result<ResealReport> rotateSealKey(const store::Connection& local, const QString& keyFile, KeyRing& keys,
                                   const staff::Principal& who, const QString& terminalId);

// `keys rotate-central`: the copies of sealed My Numbers the centre holds (procedure_requests, as each terminal sent
// them: crypto_secretbox from before local step 9, or under the sealing key of the day of the terminal that sent them)
// sealed again, for their rows, under a new key of the centre's own key file `centralKeyFile` (made on first use,
// holding the office key beside its sealing key, 0600). Refused unless `who` may manage keys (audited as
// access.refused in `local`'s trail). A value is opened with the centre's keys, `terminalKeys` (this terminal's key
// file) or any of `alsoOpenWith` (other terminals' key files), else with the office key (secretbox); one that opens
// with none refuses the whole rotation. The new key reaches the file first; then every value is re-sealed in one
// central transaction; only after the commit is the old central key dropped from the file. A failure writes the file
// back as it was (keys.rotate_failed). Audited as keys.central_rotated (actor: the admin). The connection must see and
// update every row (the owner, on PostgreSQL). Returns the rows re-sealed.
Result<int> rotateCentralSealKey(const store::Connection& central, const QString& centralKeyFile,
                                 const KeyRing& terminalKeys, const QList<const KeyRing*>& alsoOpenWith,
                                 const store::Connection& local, const staff::Principal& who,
                                 const QString& terminalId);

} // namespace madoguchi::privacy
