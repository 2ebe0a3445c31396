// Staff passwords stored only as Argon2id hashes (libsodium crypto_pwhash_str).
#include "StaffPassword.h"

#include "CardSecret.h"

#include <sodium.h>

#include <atomic>

namespace madoguchi::privacy {

namespace {
void wipe(QString& text) {
    card::secureWipe(text);
}

std::atomic<long long> g_verifications{0};
} // namespace

QString hashStaffPassword(QString& password) {
    if (sodium_init() < 0)
        return {};
    QByteArray utf8 = password.toUtf8();
    wipe(password);
    char hash[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    card::secureZero(utf8.data(), size_t(utf8.size()));
    return rc == 0 ? QString::fromLatin1(hash) : QString();
}

bool checkStaffPassword(const QString& hash, QString& password) {
    if (sodium_init() < 0)
        return false;
    QByteArray utf8 = password.toUtf8();
    wipe(password);
    const QByteArray stored = hash.toLatin1();
    ++g_verifications;
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    card::secureZero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool checkAgainstDummy(QString& password) {
    static const QString dummy = [] {
        QByteArray random(32, '\0');
        if (sodium_init() >= 0)
            randombytes_buf(random.data(), static_cast<size_t>(random.size()));
        QString secret = QString::fromLatin1(random.toHex());
        sodium_memzero(random.data(), static_cast<size_t>(random.size()));
        return hashStaffPassword(secret);
    }();
    checkStaffPassword(dummy, password); // empty only when out of memory: refused all the same
    return false;
}

void wipePassword(QString& password) {
    wipe(password);
}

long long passwordVerifications() {
    return g_verifications.load();
}

} // namespace madoguchi::privacy
