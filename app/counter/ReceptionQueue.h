// The counter's waiting list (受付番号): tickets waiting to be called, and walk-ins numbered on the spot.
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

namespace madoguchi::counter {

struct Ticket {
    QString number;  // 受付番号, e.g. "A-012"
    QString purpose; // what the resident said at reception, may be empty
    QDateTime issuedAt;
};

class ReceptionQueue final : public QObject {
    Q_OBJECT
public:
    explicit ReceptionQueue(QObject* parent = nullptr);

    void add(const Ticket& ticket);
    QList<Ticket> waiting() const { return m_waiting; }
    // The longest-waiting ticket, removed from the list; false when nobody waits.
    bool callNext(Ticket* ticket);
    // A resident who came to the counter without a ticket: numbered W-001, W-002, ... for the day.
    Ticket walkIn(const QDateTime& now);

Q_SIGNALS:
    void changed();

private:
    QList<Ticket> m_waiting;
    int m_walkIns = 0;
};

} // namespace madoguchi::counter
