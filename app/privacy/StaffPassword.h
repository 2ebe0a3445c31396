// Staff passwords stored only as Argon2id hashes (libsodium crypto_pwhash_str).
#pragma once

#include <QString>

namespace madoguchi::privacy {

// The password buffer is wiped before returning. Empty on failure (out of memory).
QString hashStaffPassword(QString& password);
bool checkStaffPassword(const QString& hash, QString& password);
// The same Argon2id work as checkStaffPassword, against a hash of a random secret made once per process: a login
// that does not exist (or an account that is disabled) costs what a wrong password costs, so timing tells nothing.
// Always false.
bool checkAgainstDummy(QString& password);
// Overwrites the characters and empties the string (for a password that is refused before any check).
void wipePassword(QString& password);
// How many Argon2id verifications this process has run (tests check that every refusal costs exactly one).
long long passwordVerifications();

} // namespace madoguchi::privacy
