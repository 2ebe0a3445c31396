// The office's secret key (a file outside every database) and what is derived from it: sealing My Numbers at rest,
// certificate verification codes, and the audit trail's chain.
#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {
class Settings;
}

namespace madoguchi::privacy {

// Where a sealed value lives: its table, column and the row's ids. It is the sealing's associated data, so a value
// copied into another row, column or table no longer opens.
struct SealPlace {
    QString table;
    QString column;
    QStringList rowIds;

    // The procedure request row that holds a visit's My Number.
    static SealPlace myNumberOf(const QString& requestId, const QString& visitId);
    // What a certificate printed (template and data, never a My Number), bound to its serial: a reissue unseals
    // the old one's and seals it again for the new serial.
    static SealPlace printedContentOf(const QString& serial);
    // The central queue_pre_entries row of a reception ticket (its id and business day).
    static SealPlace preEntryOf(const QString& ticketId, const QString& businessDate);
};

class KeyRing final {
public:
    // Reads the key file at `path`, creating it (0600, directory 0700) on first use. The same file must be
    // installed on every terminal of an office so codes and chains verify anywhere. A file made here holds the
    // 32-byte office key; one written by rotateSealKey() also holds the sealing keys (the first is current).
    static Result<KeyRing> load(const QString& path);
    // The same for privacy/key_file (keyFilePath()).
    static Result<KeyRing> load(const Settings& settings);

    // XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf) under the current sealing key, a random 24-byte nonce,
    // and the format, the key's id and `place` as associated data; empty input gives an empty output.
    QByteArray sealMyNumber(const QString& myNumber, const SealPlace& place) const;
    // Empty when the value was tampered with, sealed for another place, or under a key this ring does not hold.
    QString unsealMyNumber(const QByteArray& sealed, const SealPlace& place) const;
    QByteArray sealAt(const QByteArray& plain, const SealPlace& place) const;
    QByteArray unsealAt(const QByteArray& sealed, const SealPlace& place) const;
    // The crypto_secretbox values written before the sealing had associated data (local schema step 9 and central
    // step 15 re-seal them); empty when they do not open. sealLegacy makes one (only for tests of those steps).
    QByteArray unsealLegacy(const QByteArray& sealed) const;
    QByteArray sealLegacy(const QByteArray& plain) const;
    // "********5908": what a screen or a printout may show.
    static QString maskMyNumber(const QString& myNumber);
    // Resident data that one terminal seals and another opens (the kiosk's pre-entry, read by the counter that calls
    // the ticket): XChaCha20-Poly1305 under a key derived from the office key, which every terminal of the office
    // holds (a terminal's own sealing key changes with its keys rotate), with the format and `place` as associated
    // data. Empty when tampered with, sealed for another place, or under another office key.
    QByteArray sealShared(const QByteArray& plain, const SealPlace& place) const;
    QByteArray unsealShared(const QByteArray& sealed, const SealPlace& place) const;

    // The id of the key new values are sealed under, and whether `sealed` is in the current format under it.
    quint32 currentSealKeyId() const;
    bool isSealedUnderCurrentKey(const QByteArray& sealed) const;
    // A ring that seals under a new random key and still opens what this one opens: what keys rotate re-seals with.
    KeyRing withNewSealKey() const;
    // A ring that holds only the current sealing key: what is written once everything is re-sealed.
    KeyRing withoutRetiredSealKeys() const;
    // Writes this ring to `path` (0600, atomically through a temporary file in the same folder).
    Outcome save(const QString& path) const;

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
    struct SealKey {
        quint32 id = 0;
        QByteArray key;
    };

    KeyRing() = default;
    KeyRing copy() const;
    void wipe();
    const SealKey* sealKey(quint32 id) const;

    QByteArray m_master;
    QByteArray m_legacySealKey; // derived from the office key: crypto_secretbox before local step 9 / central 13
    QByteArray m_sharedSealKey; // derived from the office key: XChaCha20-Poly1305 for the pre-entries
    QByteArray m_codeKey;
    QByteArray m_chainKey;
    QList<SealKey> m_sealKeys; // the first is current; sealing key 0 is derived from the office key
    bool m_sealKeysInFile = false;
};

// privacy/key_file. Its default is beside the settings file (keys/mynumber.key), outside the data folder; a key
// still at the old default, the data folder's keys/mynumber.key, is moved there first (never replaced by a new one,
// which would leave every sealed value and verification code unreadable).
QString keyFilePath(const Settings& settings);

// SHA-256 of content a certificate prints, hex: the part of the verification code that ties it to what was printed.
QByteArray contentDigest(const QByteArray& content);

} // namespace madoguchi::privacy
