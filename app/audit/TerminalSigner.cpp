// This terminal's own Ed25519 key (端末署名鍵): signs every audit event it writes; the centre keeps the public half.
#include "TerminalSigner.h"

#include "store/Connection.h"

#include <QDateTime>
#include <QSqlQuery>

#include <sodium.h>

namespace madoguchi::audit {

TerminalSigner::~TerminalSigner() {
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
}

TerminalSigner::TerminalSigner(TerminalSigner&& other) noexcept
    : m_secret(std::move(other.m_secret))
    , m_publicKey(std::move(other.m_publicKey)) {}

TerminalSigner& TerminalSigner::operator=(TerminalSigner&& other) noexcept {
    if (this != &other) {
        if (!m_secret.isEmpty())
            sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
        m_secret = std::move(other.m_secret);
        m_publicKey = std::move(other.m_publicKey);
    }
    return *this;
}

Result<TerminalSigner> TerminalSigner::forTerminal(const store::Connection& local) {
    using R = Result<TerminalSigner>;
    if (sodium_init() < 0)
        return R::refused(Outcome::failure({}, QStringLiteral("libsodium could not start")));
    const auto read = [&](TerminalSigner* signer) {
        QSqlQuery q(local.db());
        if (!q.exec(QStringLiteral("SELECT public_key, secret_key FROM terminal_identity WHERE id = 1")) || !q.next())
            return false;
        signer->m_publicKey = q.value(0).toString();
        signer->m_secret = QByteArray::fromBase64(q.value(1).toString().toLatin1());
        return signer->m_secret.size() == crypto_sign_SECRETKEYBYTES;
    };
    TerminalSigner signer;
    if (read(&signer))
        return R::of(std::move(signer));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secret.data()));
    // Two processes starting at once: the first key written wins, the other reads it back.
    QString detail;
    const bool written = local.exec(
        QStringLiteral("INSERT INTO terminal_identity (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?) "
                       "ON CONFLICT (id) DO NOTHING"),
        {QString::fromLatin1(publicKey.toBase64()), QString::fromLatin1(secret.toBase64()),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        &detail);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (!written || !read(&signer))
        return R::refused(Outcome::failure({}, QStringLiteral("terminal signing key not stored: %1").arg(detail)));
    return R::of(std::move(signer));
}

QString TerminalSigner::sign(const QByteArray& message) const {
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return QString::fromLatin1(signature.toBase64());
}

bool TerminalSigner::verify(const QString& publicKey, const QByteArray& message, const QString& signature) {
    if (sodium_init() < 0)
        return false;
    const QByteArray key = QByteArray::fromBase64(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromBase64(signature.toLatin1());
    if (key.size() != crypto_sign_PUBLICKEYBYTES || sig.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(key.constData())) == 0;
}

QString TerminalSigner::localPublicKey(const store::Connection& local) {
    return local.scalar(QStringLiteral("SELECT public_key FROM terminal_identity WHERE id = 1")).toString();
}

} // namespace madoguchi::audit
