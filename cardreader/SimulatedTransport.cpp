// The virtual My Number card as a transport, in-process: demo mode when no reader is attached, and GUI tests.
#include "SimulatedTransport.h"

#include "VirtualMyNumberCard.h"

namespace madoguchi::card {

SimulatedReader::SimulatedReader(std::shared_ptr<VirtualMyNumberCard> card)
    : m_card(std::move(card)) {}

void SimulatedReader::setCardPresent(bool present) {
    std::lock_guard lock(m_mutex);
    if (!present)
        m_card->powerOff();
    m_present = present;
}

bool SimulatedReader::cardPresent() const {
    std::lock_guard lock(m_mutex);
    return m_present;
}

void SimulatedReader::removeCardAfter(int count) {
    std::lock_guard lock(m_mutex);
    m_apdusUntilRemoval = count;
}

SimulatedTransport::SimulatedTransport(std::shared_ptr<SimulatedReader> reader)
    : m_reader(std::move(reader))
    , m_lock(m_reader->m_mutex, std::defer_lock) {}

SimulatedTransport::~SimulatedTransport() {
    endSession();
}

CardOutcome SimulatedTransport::beginSession(Access) {
    endSession();
    m_lock.lock();
    if (!m_reader->m_present) {
        m_lock.unlock();
        return CardError(CardError::Kind::NoCard, QStringLiteral("simulated reader is empty"));
    }
    m_reader->m_card->powerOn();
    return std::monostate{};
}

CardResult<QByteArray> SimulatedTransport::transmit(const QByteArray& command) {
    if (!m_lock.owns_lock())
        return CardError(CardError::Kind::CommunicationError, QStringLiteral("transmit without a session"));
    SimulatedReader& r = *m_reader;
    if (r.m_apdusUntilRemoval == 0) {
        r.m_apdusUntilRemoval = -1;
        r.m_present = false;
        r.m_card->powerOff();
    }
    if (!r.m_present)
        return CardError(CardError::Kind::CardRemoved, QStringLiteral("simulated card left the reader"));
    if (r.m_apdusUntilRemoval > 0)
        --r.m_apdusUntilRemoval;
    return r.m_card->transmit(command);
}

void SimulatedTransport::endSession() {
    if (!m_lock.owns_lock())
        return;
    m_reader->m_card->powerOff(); // as SCARD_UNPOWER_CARD: nothing verified survives the session
    m_lock.unlock();
}

QString SimulatedTransport::description() const {
    return QStringLiteral("simulated card (%1)").arg(m_reader->m_card->persona().id);
}

QByteArray SimulatedTransport::atr() const {
    return m_reader->m_card->atr();
}

} // namespace madoguchi::card
