// A transport for unit tests: the exact C-APDUs a read must send, in order, each with the answer the card gives.
#include "ScriptedTransport.h"

#include "Apdu.h"

namespace madoguchi::card {

namespace {
QByteArray hex(const char* text) {
    return QByteArray::fromHex(QByteArray(text).replace(' ', QByteArray()));
}
} // namespace

ScriptedTransport& ScriptedTransport::expect(const char* commandHex, const char* responseHex) {
    m_script.append({hex(commandHex), hex(responseHex), std::nullopt, {}});
    return *this;
}

ScriptedTransport& ScriptedTransport::expectFailure(const char* commandHex, CardError error) {
    m_script.append({hex(commandHex), {}, std::move(error), {}});
    return *this;
}

ScriptedTransport& ScriptedTransport::expectComputed(const char* prefixHex,
                                                     std::function<QByteArray(const QByteArray&)> answer) {
    m_script.append({hex(prefixHex), {}, std::nullopt, std::move(answer)});
    return *this;
}

ScriptedTransport& ScriptedTransport::expectBytes(const QByteArray& command, const QByteArray& response) {
    m_script.append({command, response, std::nullopt, {}});
    return *this;
}

void ScriptedTransport::failSessionWith(CardError error) {
    m_sessionFailure = std::move(error);
}

CardOutcome ScriptedTransport::beginSession(Access access) {
    m_lastAccess = access;
    if (m_sessionFailure)
        return *m_sessionFailure;
    ++m_sessionsBegun;
    m_inSession = true;
    return std::monostate{};
}

CardResult<QByteArray> ScriptedTransport::transmit(const QByteArray& command) {
    ++m_sent;
    if (!m_inSession && m_mismatch.isEmpty())
        m_mismatch = QStringLiteral("command %1 sent outside a session").arg(apdu::traceCommand(command));
    if (m_next >= m_script.size()) {
        if (m_mismatch.isEmpty())
            m_mismatch = QStringLiteral("unexpected extra command %1").arg(apdu::traceCommand(command));
        return QByteArray::fromHex("6F00");
    }
    const Step& step = m_script.at(m_next);
    const bool matches = step.answer ? command.startsWith(step.command) : command == step.command;
    if (!matches) {
        if (m_mismatch.isEmpty())
            m_mismatch = QStringLiteral("command %1: expected %2, got %3")
                             .arg(m_next + 1)
                             .arg(apdu::traceCommand(step.command), apdu::traceCommand(command));
        ++m_next;
        return QByteArray::fromHex("6F00");
    }
    ++m_next;
    if (step.failure)
        return *step.failure;
    if (step.answer)
        return step.answer(command);
    return step.response;
}

void ScriptedTransport::endSession() {
    if (!m_inSession)
        return;
    m_inSession = false;
    ++m_sessionsEnded;
}

QString ScriptedTransport::problem() const {
    if (!m_mismatch.isEmpty())
        return m_mismatch;
    if (m_next < m_script.size())
        return QStringLiteral("%1 of %2 expected commands not sent; next: %3")
            .arg(m_script.size() - m_next)
            .arg(m_script.size())
            .arg(apdu::traceCommand(m_script.at(m_next).command));
    return {};
}

} // namespace madoguchi::card
