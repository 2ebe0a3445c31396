// The counter's waiting list (受付番号).
#include "ReceptionQueue.h"

namespace madoguchi::counter {

ReceptionQueue::ReceptionQueue(QObject* parent)
    : QObject(parent) {}

void ReceptionQueue::add(const Ticket& ticket) {
    m_waiting.append(ticket);
    Q_EMIT changed();
}

bool ReceptionQueue::callNext(Ticket* ticket) {
    if (m_waiting.isEmpty())
        return false;
    *ticket = m_waiting.takeFirst();
    Q_EMIT changed();
    return true;
}

Ticket ReceptionQueue::walkIn(const QDateTime& now) {
    ++m_walkIns;
    return {QStringLiteral("W-%1").arg(m_walkIns, 3, 10, QLatin1Char('0')), {}, now};
}

} // namespace madoguchi::counter
