// The office's secret key (a file outside every database) and what is derived from it: sealing My Numbers at rest,
// certificate verification codes, and the audit trail's chain.
#include "KeyRing.h"

#include "CardSecret.h"

#include "DataLogging.h"

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
enum SubKey : quint64 { Seal = 1, Code = 2, Chain = 3 };

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
        master = file.readAll();
        if (master.size() != crypto_kdf_KEYBYTES)
            return Result<KeyRing>::refused(keyProblem(path, QStringLiteral("wrong size %1").arg(master.size())));
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
    ring.m_sealKey = derive(master, Seal);
    ring.m_codeKey = derive(master, Code);
    ring.m_chainKey = derive(master, Chain);
    card::secureZero(master.data(), size_t(master.size()));
    return Result<KeyRing>::of(std::move(ring));
}

KeyRing::~KeyRing() {
    wipe();
}

KeyRing::KeyRing(KeyRing&& other) noexcept
    : m_sealKey(std::move(other.m_sealKey))
    , m_codeKey(std::move(other.m_codeKey))
    , m_chainKey(std::move(other.m_chainKey)) {}

KeyRing& KeyRing::operator=(KeyRing&& other) noexcept {
    if (this != &other) {
        wipe();
        m_sealKey = std::move(other.m_sealKey);
        m_codeKey = std::move(other.m_codeKey);
        m_chainKey = std::move(other.m_chainKey);
    }
    return *this;
}

void KeyRing::wipe() {
    for (QByteArray* key : {&m_sealKey, &m_codeKey, &m_chainKey})
        card::secureWipe(*key);
}

QByteArray KeyRing::seal(const QByteArray& plain) const {
    if (plain.isEmpty())
        return {};
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(), nonce,
                          reinterpret_cast<const unsigned char*>(m_sealKey.constData()));
    return sealed;
}

QByteArray KeyRing::unseal(const QByteArray& sealed) const {
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() <= overhead)
        return {};
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   sealed.size() - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(m_sealKey.constData())) != 0) {
        card::secureZero(plain.data(), size_t(plain.size()));
        return {};
    }
    return plain;
}

QByteArray KeyRing::sealMyNumber(const QString& myNumber) const {
    QByteArray plain = myNumber.toUtf8();
    const QByteArray sealed = seal(plain);
    card::secureWipe(plain);
    return sealed;
}

QString KeyRing::unsealMyNumber(const QByteArray& sealed) const {
    QByteArray plain = unseal(sealed);
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
