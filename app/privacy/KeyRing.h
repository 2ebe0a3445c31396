// The office's secret key (a file outside every database) and what is derived from it: sealing My Numbers at rest,
// certificate verification codes, and the audit trail's chain.
#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::privacy {

class KeyRing final {
public:
    // Reads the 32-byte key at `path`, creating it (0600, directory 0700) on first use. The same file must be
    // installed on every terminal of an office so codes and chains verify anywhere.
    static Result<KeyRing> load(const QString& path);

    // XChaCha20-Poly1305 (secretbox) with a random nonce; empty input gives an empty output.
    QByteArray sealMyNumber(const QString& myNumber) const;
    // Empty when the box was tampered with or sealed under another key.
    QString unsealMyNumber(const QByteArray& sealed) const;
    // "********5908": what a screen or a printout may show.
    static QString maskMyNumber(const QString& myNumber);
    // The same box for any other resident data kept at rest (the kiosk's pre-entry); unseal gives empty bytes when the
    // box was tampered with or sealed under another key.
    QByteArray seal(const QByteArray& plain) const;
    QByteArray unseal(const QByteArray& sealed) const;

    // "ABCD-EFGH-JKMN-PQRS": keyed BLAKE2b over the serial and the printed content's digest, in Crockford base32.
    QString verificationCode(const QString& serial, const QByteArray& contentDigest) const;
    // Keyed BLAKE2b-256 of one audit event's canonical bytes, hex.
    QString chainHash(const QByteArray& canonicalEvent) const;

    ~KeyRing();
    KeyRing(KeyRing&& other) noexcept;
    KeyRing& operator=(KeyRing&& other) noexcept;
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;

private:
    KeyRing() = default;
    void wipe();

    QByteArray m_sealKey;
    QByteArray m_codeKey;
    QByteArray m_chainKey;
};

// SHA-256 of content a certificate prints, hex: the part of the verification code that ties it to what was printed.
QByteArray contentDigest(const QByteArray& content);

} // namespace madoguchi::privacy
