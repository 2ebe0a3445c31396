// The counter's side of the office's one reception queue (app/queue, in the central store), over the counter's
// worker: F2 calls the longest-waiting ticket of the groups this counter serves, F3 numbers a resident who came
// without a ticket in the same queue, and the visit's end closes the ticket (its service time).
#pragma once

#include "Outcome.h"
#include "queue/TicketQueue.h"
#include "visit/PreEntry.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace madoguchi::counter {

class CounterBackground;

class ReceptionQueue final : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString counter;     // this counter's name on the lobby display (settings queue/counter)
        QStringList groups;  // groups it serves; empty: all (settings queue/groups)
        QString walkInGroup; // where F3 numbers a resident without a ticket
        queue::QueueRules rules;
        int refreshMs = 5000; // how often the waiting list is read again
    };
    // What the worker answered: a refusal, or a ticket (none: nobody waits).
    struct Answer {
        Outcome outcome;
        std::optional<queue::Ticket> ticket;
    };

    ReceptionQueue(CounterBackground& background, Config config, QObject* parent = nullptr);

    QString counter() const { return m_config.counter; }
    // The tickets waiting for this counter, as last read.
    QList<queue::Ticket> waiting() const { return m_waiting; }
    // A call or walk-in is on its way: a second one is refused until it is answered.
    bool busy() const { return m_busy; }

    // Each answer arrives on this thread, unless `context` is gone by then.
    void issue(QObject* context, const QString& groupId, const QString& source, std::function<void(Answer)> done);
    void callNext(QObject* context, std::function<void(Answer)> done);
    void walkIn(QObject* context, std::function<void(Answer)> done);
    // The kiosk's pre-entry of a called ticket, unsealed on the worker (none: the resident made none).
    struct PreEntryAnswer {
        Outcome outcome;
        std::optional<visit::PreEntry> entry;
    };
    void preEntry(QObject* context, const QString& ticketId, std::function<void(PreEntryAnswer)> done);
    // The visit of the ticket last called here ended (done or cancelled).
    void finishCurrent();
    // Reads the waiting list again (also every refreshMs).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void called(const Answer& answer);

    CounterBackground& m_background;
    Config m_config;
    QList<queue::Ticket> m_waiting;
    QString m_current; // the ticket being served here
    bool m_busy = false;
    bool m_refreshing = false;
    int m_localWalkIns = 0; // walk-ins numbered W-001… while the central store is away
    QTimer* m_timer = nullptr;
};

} // namespace madoguchi::counter
