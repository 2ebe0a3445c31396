// This terminal's own Ed25519 key (端末署名鍵): signs every audit event it writes; the centre keeps the public half.
#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::audit {

// The key pair lives in the terminal's own store (table terminal_identity, created on first use), never in the office
// key file the terminals share: a terminal that reads the office key can still not sign as another terminal, and the
// centre, which registered this terminal's public key on its first sync, can tell a re-signed history from the one it
// already holds. The secret half never leaves the terminal.
class TerminalSigner final {
public:
    static Result<TerminalSigner> forTerminal(const store::Connection& local);
    ~TerminalSigner();
    TerminalSigner(TerminalSigner&& other) noexcept;
    TerminalSigner& operator=(TerminalSigner&& other) noexcept;
    TerminalSigner(const TerminalSigner&) = delete;
    TerminalSigner& operator=(const TerminalSigner&) = delete;

    QString publicKey() const { return m_publicKey; } // base64
    QString sign(const QByteArray& message) const;    // base64 detached signature

    static bool verify(const QString& publicKey, const QByteArray& message, const QString& signature);
    // The public key of the terminal whose local store this is (empty if it has never signed).
    static QString localPublicKey(const store::Connection& local);

private:
    TerminalSigner() = default;
    QByteArray m_secret;
    QString m_publicKey;
};

} // namespace madoguchi::audit
