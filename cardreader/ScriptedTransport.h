// A transport for unit tests: the exact C-APDUs a read must send, in order, each with the answer the card gives.
#pragma once

#include "CardTransport.h"

#include <QList>

#include <functional>

#include <optional>

namespace madoguchi::card {

// Like soltia48/myna-card's MockTransport: a script of (expected command, canned answer). A command that differs from
// the script, or comes after it ran out, is recorded as a mismatch and answered 6F 00. Mismatch text masks VERIFY data,
// so a failing test never prints a PIN.
class ScriptedTransport final : public CardTransport {
public:
    // The next command must be `commandHex` (spaces allowed); the card answers `responseHex` (data + SW).
    ScriptedTransport& expect(const char* commandHex, const char* responseHex);
    // The next command must be `commandHex`; instead of an answer the transport fails with `error`.
    ScriptedTransport& expectFailure(const char* commandHex, CardError error);
    // The next command must start with `prefixHex` (its data varies, e.g. a fresh challenge); `answer` computes the
    // card's response (data + SW) from the command actually sent.
    ScriptedTransport& expectComputed(const char* prefixHex, std::function<QByteArray(const QByteArray&)> answer);
    // The same with the expected command as bytes (built by the test) and a canned answer.
    ScriptedTransport& expectBytes(const QByteArray& command, const QByteArray& response);
    // beginSession fails with `error` (no reader, no card ...).
    void failSessionWith(CardError error);

    CardOutcome beginSession(Access access) override;
    CardResult<QByteArray> transmit(const QByteArray& command) override;
    void endSession() override;
    QString description() const override { return QStringLiteral("scripted card"); }
    QByteArray atr() const override { return QByteArray::fromHex("3BE000FF8131FE4514"); }

    // Every expected command was sent and nothing else.
    bool finished() const { return m_mismatch.isEmpty() && m_next == m_script.size(); }
    // What went wrong, readable in a test failure ("" when nothing did).
    QString problem() const;
    int sent() const { return m_sent; }
    int sessionsBegun() const { return m_sessionsBegun; }
    int sessionsEnded() const { return m_sessionsEnded; }
    bool inSession() const { return m_inSession; }
    std::optional<Access> lastAccess() const { return m_lastAccess; }

private:
    struct Step {
        QByteArray command;
        QByteArray response;
        std::optional<CardError> failure;
        std::function<QByteArray(const QByteArray&)> answer; // set: `command` is a prefix
    };
    QList<Step> m_script;
    qsizetype m_next = 0;
    int m_sent = 0;
    QString m_mismatch;
    std::optional<CardError> m_sessionFailure;
    int m_sessionsBegun = 0;
    int m_sessionsEnded = 0;
    bool m_inSession = false;
    std::optional<Access> m_lastAccess;
};

} // namespace madoguchi::card
