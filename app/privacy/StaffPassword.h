// Staff passwords stored only as Argon2id hashes (libsodium crypto_pwhash_str).
#pragma once

#include <QString>

namespace madoguchi::privacy {

// The password buffer is wiped before returning. Empty on failure (out of memory).
QString hashStaffPassword(QString& password);
bool checkStaffPassword(const QString& hash, QString& password);

} // namespace madoguchi::privacy
