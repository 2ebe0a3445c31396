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

} // namespace madoguchi::privacy
