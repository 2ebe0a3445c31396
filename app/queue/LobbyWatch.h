// Following the office's reception queue for the lobby display (呼び出し表示), on a thread of its own.
#pragma once

#include "queue/TicketQueue.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

namespace madoguchi::queue {

// One call of a ticket to a counter, as the lobby sees it.
struct LobbyCall {
    qint64 seq = 0; // the state-change row: a recall is a new call of the same ticket
    QString number; // "A-012"
    QString groupId;
    QString counter;
    QDateTime at;
    bool recall = false;
};

// Everything the lobby display shows, read in one go. Nothing in it names a person.
struct LobbyState {
    bool reachable = false;      // the central store answered the last time it was asked
    QString problem;             // why not (for the log only)
    QList<LobbyCall> calling;    // being called now (state called), newest first, the latest per counter
    QList<LobbyCall> recent;     // called earlier today, newest first
    QList<GroupWaiting> waiting; // per group in the data's order
    QString notice;              // the supervisor's notice; empty: none
    QDateTime readAt;            // when the centre last answered (kept while it does not)
    bool listening = false;      // PostgreSQL: LISTEN on the queue's channel is active
};

// Follows the office's queue in the central store on a worker thread with its own connection, and reports to the
// thread that created it: a new LobbyState whenever something changed, and every new call once.
// PostgreSQL: LISTEN on kNotifyChannel through Qt SQL's driver notifications, with a slow safety poll.
// The embedded SQLite store: polled (its change mark: the last event's number plus the notice's revision).
// When the centre goes away the last state is kept (reachable false) and the worker connects again; nothing here
// ever waits on the thread that shows the state.
class LobbyWatch final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString centralLocation;     // store::centralLocation(settings)
        const visit::Clock* clock{}; // nullptr: the system clock
        int pollMs = 250;            // the embedded store: how often its change mark is read
        int safetyPollMs = 3000;     // PostgreSQL: read even without a notification (a lost one, a dead link)
        int reconnectMs = 2000;      // the centre away: how often to try again
        int refreshMs = 15000;       // everything read again this often (estimates move with time)
        int callingCount = 4;        // numbers shown as being called
        int recentCount = 8;         // numbers shown as called earlier
    };

    explicit LobbyWatch(Options options, QObject* parent = nullptr);
    ~LobbyWatch() override; // stops the worker and closes its connection on its thread

    void start();
    // The last state reported (on the thread that created the watch).
    const LobbyState& state() const { return m_state; }

Q_SIGNALS:
    void changed(const madoguchi::queue::LobbyState& state);
    // A ticket newly called (or recalled) since the watch started: announce it.
    void called(const madoguchi::queue::LobbyCall& call);

private:
    Options m_options;
    QThread m_thread;
    struct Parts;
    Parts* m_parts = nullptr; // owned by the worker thread
    LobbyState m_state;
};

} // namespace madoguchi::queue

Q_DECLARE_METATYPE(madoguchi::queue::LobbyState)
Q_DECLARE_METATYPE(madoguchi::queue::LobbyCall)
