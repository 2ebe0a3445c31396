// The office's secret key (a file outside every database) and what is derived from it: sealing My Numbers at rest,
// certificate verification codes, and the audit trail's chain.
#include "KeyRing.h"

#include "CardSecret.h"

#include "DataLogging.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace madoguchi::privacy {

namespace {
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "madoguch";
// Seal: crypto_secretbox (My Numbers before local step 9, pre-entries before central step 15); SealAead: sealing key 0
// of a file that holds only the office key; SharedAead: what terminals of one office seal for each other.
enum SubKey : quint64 { Seal = 1, Code = 2, Chain = 3, SealAead = 4, SharedAead = 5 };

// The key file: the 32-byte office key alone, or kFileMagic, the office key, then (id, key) pairs of sealing keys.
constexpr char kFileMagic[] = "MDGKEY2"; // 8 bytes with its NUL
constexpr qsizetype kMagicBytes = sizeof kFileMagic;
constexpr qsizetype kSealKeyEntry = 4 + crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

// A sealed value: format byte, the key's id (big-endian), the nonce, the ciphertext with its tag. Format 2: under a
// sealing key of the ring; format 3: under the office's shared key (id 0).
constexpr char kSealFormat = 2;
constexpr char kSharedFormat = 3;
constexpr qsizetype kSealHeader = 1 + 4;
constexpr qsizetype kSealOverhead =
    kSealHeader + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;

void appendId(QByteArray& out, quint32 id) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((id >> shift) & 0xFF));
}

quint32 readId(const char* p) {
    quint32 id = 0;
    for (int i = 0; i < 4; ++i)
        id = (id << 8) | static_cast<unsigned char>(p[i]);
    return id;
}

// The header, then every part of the place length-prefixed, so no text of one part can pass for another.
QByteArray associatedData(const QByteArray& header, const SealPlace& place) {
    QByteArray ad = header + "madoguchi-seal;";
    const auto part = [&](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        ad += QByteArray::number(bytes.size()) + ':' + bytes + ',';
    };
    part(place.table);
    part(place.column);
    for (const QString& id : place.rowIds)
        part(id);
    return ad;
}

QByteArray derive(const QByteArray& master, SubKey id) {
    QByteArray key(crypto_kdf_KEYBYTES, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), key.size(), id, kContext,
                               reinterpret_cast<const unsigned char*>(master.constData()));
    return key;
}

Outcome keyProblem(const QString& path, const QString& detail) {
    qCWarning(lcStore) << "key file" << path << ":" << detail;
    return Outcome::failure(
        QCoreApplication::translate("privacy", "The privacy key file %1 cannot be used. Ask IT staff to check it.")
            .arg(path),
        detail);
}
} // namespace

Result<KeyRing> KeyRing::load(const QString& path) {
    if (sodium_init() < 0)
        return Result<KeyRing>::refused(keyProblem(path, QStringLiteral("sodium_init failed")));
    QByteArray master;
    QList<SealKey> sealKeys;
    QFile file(path);
    if (file.exists()) {
        // A key another account can read unseals every My Number and makes verification codes; one it can write may
        // have been swapped. Such a file is not used at all, before a byte of it is read.
        constexpr QFileDevice::Permissions kOthers =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        if (file.permissions() & kOthers) {
            qCWarning(lcStore) << "key file" << path << "refused: readable or writable by other accounts";
            return Result<KeyRing>::refused(Outcome::failure(
                QCoreApplication::translate("privacy",
                                            "The privacy key file %1 can be read or changed by other accounts, so it "
                                            "is not used. Ask IT staff to make it readable by its owner only "
                                            "(chmod 600) and to check who has read it.")
                    .arg(path),
                QStringLiteral("key file mode allows group or other access")));
        }
        if (!file.open(QIODevice::ReadOnly))
            return Result<KeyRing>::refused(keyProblem(path, file.errorString()));
        QByteArray bytes = file.readAll();
        if (bytes.size() == crypto_kdf_KEYBYTES) {
            master = bytes;
        } else if (bytes.size() >= kMagicBytes + crypto_kdf_KEYBYTES + kSealKeyEntry &&
                   (bytes.size() - kMagicBytes - crypto_kdf_KEYBYTES) % kSealKeyEntry == 0 &&
                   bytes.startsWith(QByteArray(kFileMagic, kMagicBytes))) {
            master = bytes.mid(kMagicBytes, crypto_kdf_KEYBYTES);
            for (qsizetype at = kMagicBytes + crypto_kdf_KEYBYTES; at < bytes.size(); at += kSealKeyEntry)
                sealKeys.append({readId(bytes.constData() + at), bytes.mid(at + 4, kSealKeyEntry - 4)});
        }
        card::secureWipe(bytes);
        if (master.isEmpty())
            return Result<KeyRing>::refused(keyProblem(path, QStringLiteral("wrong size or format")));
    } else {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Result<KeyRing>::refused(keyProblem(path, QStringLiteral("cannot create %1").arg(dir)));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        master.resize(crypto_kdf_KEYBYTES);
        crypto_kdf_keygen(reinterpret_cast<unsigned char*>(master.data()));
        QSaveFile out(path);
        // Restrict before any byte is written, so the key is never readable by others even for a moment.
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            out.write(master) != master.size() || !out.commit()) {
            card::secureZero(master.data(), size_t(master.size()));
            return Result<KeyRing>::refused(keyProblem(path, out.errorString()));
        }
        qCInfo(lcStore) << "created key file" << path;
    }
    KeyRing ring;
    ring.m_master = master;
    ring.m_legacySealKey = derive(master, Seal);
    ring.m_sharedSealKey = derive(master, SharedAead);
    ring.m_codeKey = derive(master, Code);
    ring.m_chainKey = derive(master, Chain);
    ring.m_sealKeysInFile = !sealKeys.isEmpty();
    ring.m_sealKeys = sealKeys.isEmpty() ? QList<SealKey>{{0, derive(master, SealAead)}} : sealKeys;
    card::secureZero(master.data(), size_t(master.size()));
    return Result<KeyRing>::of(std::move(ring));
}

Result<KeyRing> KeyRing::load(const Settings& settings) {
    return load(keyFilePath(settings));
}

QString keyFilePath(const Settings& settings) {
    const QString path = settings.value(QStringLiteral("privacy/key_file"));
    const QString byDefault =
        QFileInfo(settings.configFile()).absoluteDir().filePath(QStringLiteral("keys/mynumber.key"));
    const QString oldDefault = QDir(settings.dataDir()).filePath(QStringLiteral("keys/mynumber.key"));
    if (path != byDefault || QFileInfo::exists(path) || !QFileInfo::exists(oldDefault) ||
        QFileInfo(oldDefault).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return path;
    const QString dir = QFileInfo(path).absolutePath();
    constexpr QFileDevice::Permissions kOwner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, kOwner | QFileDevice::ExeOwner) ||
        !QFile::rename(oldDefault, path) || !QFile::setPermissions(path, kOwner)) {
        // Left where it is and used there: a new key would make every sealed value unreadable.
        qCWarning(lcStore) << "key file" << oldDefault << "could not be moved to" << path << "; using it in place";
        return oldDefault;
    }
    qCInfo(lcStore) << "key file moved out of the data folder:" << oldDefault << "->" << path;
    return path;
}

KeyRing KeyRing::copy() const {
    KeyRing ring;
    ring.m_master = m_master;
    ring.m_legacySealKey = m_legacySealKey;
    ring.m_sharedSealKey = m_sharedSealKey;
    ring.m_codeKey = m_codeKey;
    ring.m_chainKey = m_chainKey;
    ring.m_sealKeys = m_sealKeys;
    ring.m_sealKeysInFile = m_sealKeysInFile;
    for (QByteArray* key :
         {&ring.m_master, &ring.m_legacySealKey, &ring.m_sharedSealKey, &ring.m_codeKey, &ring.m_chainKey})
        key->detach();
    for (SealKey& k : ring.m_sealKeys)
        k.key.detach();
    return ring;
}

KeyRing KeyRing::withNewSealKey() const {
    KeyRing ring = copy();
    quint32 id = 0;
    for (const SealKey& k : m_sealKeys)
        id = qMax(id, k.id + 1);
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    ring.m_sealKeys.prepend({id, key});
    ring.m_sealKeysInFile = true;
    return ring;
}

KeyRing KeyRing::withoutRetiredSealKeys() const {
    KeyRing ring = copy();
    while (ring.m_sealKeys.size() > 1) {
        QByteArray retired = ring.m_sealKeys.takeLast().key;
        card::secureWipe(retired);
    }
    return ring;
}

Outcome KeyRing::save(const QString& path) const {
    QByteArray bytes = m_master;
    if (m_sealKeysInFile) {
        bytes.prepend(QByteArray(kFileMagic, kMagicBytes));
        for (const SealKey& k : m_sealKeys) {
            appendId(bytes, k.id);
            bytes += k.key;
        }
    }
    QSaveFile out(path);
    const bool ok = out.open(QIODevice::WriteOnly) &&
                    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    out.write(bytes) == bytes.size() && out.commit();
    card::secureWipe(bytes);
    if (!ok)
        return keyProblem(path, out.errorString());
    return Outcome::success();
}

quint32 KeyRing::currentSealKeyId() const {
    return m_sealKeys.first().id;
}

const KeyRing::SealKey* KeyRing::sealKey(quint32 id) const {
    for (const SealKey& k : m_sealKeys) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

bool KeyRing::isSealedUnderCurrentKey(const QByteArray& sealed) const {
    return sealed.size() > kSealOverhead && sealed.at(0) == kSealFormat &&
           readId(sealed.constData() + 1) == currentSealKeyId();
}

SealPlace SealPlace::myNumberOf(const QString& requestId, const QString& visitId) {
    return {QStringLiteral("procedure_requests"), QStringLiteral("my_number_sealed"), {requestId, visitId}};
}

SealPlace SealPlace::printedContentOf(const QString& serial) {
    return {QStringLiteral("issued_documents"), QStringLiteral("printed_sealed"), {serial}};
}

SealPlace SealPlace::preEntryOf(const QString& ticketId, const QString& businessDate) {
    return {QStringLiteral("queue_pre_entries"), QStringLiteral("sealed"), {ticketId, businessDate}};
}

namespace {
QByteArray aeadSeal(char format, quint32 keyId, const QByteArray& key, const QByteArray& plain,
                    const SealPlace& place) {
    if (plain.isEmpty())
        return {};
    QByteArray header(1, format);
    appendId(header, keyId);
    const QByteArray ad = associatedData(header, place);
    QByteArray sealed(kSealOverhead + plain.size(), Qt::Uninitialized);
    std::copy(header.cbegin(), header.cend(), sealed.begin());
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data() + kSealHeader);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        nonce, reinterpret_cast<const unsigned char*>(key.constData()));
    return sealed;
}

// `sealed` must be longer than kSealOverhead (the callers check its format and key first).
QByteArray aeadOpen(const QByteArray& key, const QByteArray& sealed, const SealPlace& place) {
    const QByteArray ad = associatedData(sealed.left(kSealHeader), place);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData() + kSealHeader);
    const qsizetype cipherBytes = sealed.size() - kSealHeader - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray plain(cipherBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, static_cast<unsigned long long>(cipherBytes),
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nonce,
            reinterpret_cast<const unsigned char*>(key.constData())) != 0) {
        card::secureZero(plain.data(), size_t(plain.size()));
        return {};
    }
    return plain;
}
} // namespace

QByteArray KeyRing::sealAt(const QByteArray& plain, const SealPlace& place) const {
    const SealKey& key = m_sealKeys.first();
    return aeadSeal(kSealFormat, key.id, key.key, plain, place);
}

QByteArray KeyRing::unsealAt(const QByteArray& sealed, const SealPlace& place) const {
    if (sealed.size() <= kSealOverhead || sealed.at(0) != kSealFormat)
        return {};
    const SealKey* key = sealKey(readId(sealed.constData() + 1));
    if (!key)
        return {};
    return aeadOpen(key->key, sealed, place);
}

QByteArray KeyRing::sealShared(const QByteArray& plain, const SealPlace& place) const {
    return aeadSeal(kSharedFormat, 0, m_sharedSealKey, plain, place);
}

QByteArray KeyRing::unsealShared(const QByteArray& sealed, const SealPlace& place) const {
    if (sealed.size() <= kSealOverhead || sealed.at(0) != kSharedFormat || readId(sealed.constData() + 1) != 0)
        return {};
    return aeadOpen(m_sharedSealKey, sealed, place);
}

KeyRing::~KeyRing() {
    wipe();
}

KeyRing::KeyRing(KeyRing&& other) noexcept
    : m_master(std::move(other.m_master))
    , m_legacySealKey(std::move(other.m_legacySealKey))
    , m_sharedSealKey(std::move(other.m_sharedSealKey))
    , m_codeKey(std::move(other.m_codeKey))
    , m_chainKey(std::move(other.m_chainKey))
    , m_sealKeys(std::move(other.m_sealKeys))
    , m_sealKeysInFile(other.m_sealKeysInFile) {}

KeyRing& KeyRing::operator=(KeyRing&& other) noexcept {
    if (this != &other) {
        wipe();
        m_master = std::move(other.m_master);
        m_legacySealKey = std::move(other.m_legacySealKey);
        m_sharedSealKey = std::move(other.m_sharedSealKey);
        m_codeKey = std::move(other.m_codeKey);
        m_chainKey = std::move(other.m_chainKey);
        m_sealKeys = std::move(other.m_sealKeys);
        m_sealKeysInFile = other.m_sealKeysInFile;
    }
    return *this;
}

void KeyRing::wipe() {
    for (QByteArray* key : {&m_master, &m_legacySealKey, &m_sharedSealKey, &m_codeKey, &m_chainKey})
        card::secureWipe(*key);
    for (SealKey& k : m_sealKeys)
        card::secureWipe(k.key);
    m_sealKeys.clear();
}

QByteArray KeyRing::sealLegacy(const QByteArray& plain) const {
    if (plain.isEmpty())
        return {};
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(), nonce,
                          reinterpret_cast<const unsigned char*>(m_legacySealKey.constData()));
    return sealed;
}

QByteArray KeyRing::unsealLegacy(const QByteArray& sealed) const {
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() <= overhead)
        return {};
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   sealed.size() - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(m_legacySealKey.constData())) != 0) {
        card::secureZero(plain.data(), size_t(plain.size()));
        return {};
    }
    return plain;
}

QByteArray KeyRing::sealMyNumber(const QString& myNumber, const SealPlace& place) const {
    QByteArray plain = myNumber.toUtf8();
    const QByteArray sealed = sealAt(plain, place);
    card::secureWipe(plain);
    return sealed;
}

QString KeyRing::unsealMyNumber(const QByteArray& sealed, const SealPlace& place) const {
    QByteArray plain = unsealAt(sealed, place);
    const QString result = QString::fromUtf8(plain);
    card::secureWipe(plain);
    return result;
}

QString KeyRing::maskMyNumber(const QString& myNumber) {
    if (myNumber.size() <= 4)
        return QString(myNumber.size(), QLatin1Char('*'));
    return QString(myNumber.size() - 4, QLatin1Char('*')) + myNumber.right(4);
}

QString KeyRing::verificationCode(const QString& serial, const QByteArray& digest) const {
    const QByteArray message = serial.toUtf8() + '\n' + digest;
    unsigned char mac[10];
    crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
                       reinterpret_cast<const unsigned char*>(m_codeKey.constData()), m_codeKey.size());
    // Crockford base32 (no I, L, O, U): 80 bits → 16 characters a person can read out over the phone.
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    for (unsigned char byte : mac) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            code += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    for (int i = 12; i > 0; i -= 4)
        code.insert(i, QLatin1Char('-'));
    return code;
}

QString KeyRing::chainHash(const QByteArray& canonicalEvent) const {
    unsigned char mac[32];
    crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char*>(canonicalEvent.constData()),
                       canonicalEvent.size(), reinterpret_cast<const unsigned char*>(m_chainKey.constData()),
                       m_chainKey.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), sizeof mac).toHex());
}

QByteArray contentDigest(const QByteArray& content) {
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

} // namespace madoguchi::privacy
