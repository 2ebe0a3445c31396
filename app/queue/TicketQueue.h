// The office's one queue of reception tickets (受付番号) in the central store, shared by every counter, the kiosk
// and the lobby display. Blocking: the counter runs it on its worker, the CLI directly.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"
#include "store/Connection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace madoguchi::visit {
class Clock;
}

namespace madoguchi::queue {

// The PostgreSQL channel every change is announced on (payload: "<state> <number>"); the embedded store is polled.
inline constexpr const char* kNotifyChannel = "madoguchi_queue";

struct Ticket {
    QString id;
    QString number;        // "A-012"
    QString groupId;       // resources/queue/groups.json
    QString source;        // kiosk | clerk | reservation
    QString state;         // waiting | called | serving | absent | done | dropped
    QString counter;       // the counter that called it
    QString targetCounter; // after a transfer to one counter: only that counter calls it
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime absentUntil;
    int absences = 0;
};

// What the lobby shows per group: how many wait and how long a newcomer would wait.
struct GroupWaiting {
    QString groupId;
    int waiting = 0;
    int estimatedMinutes = 0;
};

struct QueueRules {
    int absentMinutes = 10; // an absent ticket is back in line after this long
    int absentLimit = 2;    // absent this many times: dropped
};

class TicketQueue final {
public:
    TicketQueue(const store::Connection& central, const visit::Clock& clock, QString terminalId, QueueRules rules = {});

    // A new ticket in `groupId`, numbered for the day (A-001, A-002 …); source kiosk, clerk or reservation.
    Result<Ticket> issue(const staff::Principal& who, const QString& groupId, const QString& source);
    // What a caller writes in the issue's own transaction, after the ticket's row and its `issued` event (the
    // kiosk's sealed pre-entry). Its refusal rolls the ticket back with it: nothing numbered, nothing kept.
    using Alongside = std::function<Outcome(const Ticket&)>;
    Result<Ticket> issue(const staff::Principal& who, const QString& groupId, const QString& source,
                         const Alongside& alongside);
    // The longest-waiting ticket of `groups` (all groups when empty) for `counter`, now called there; no value when
    // nobody waits. Never the same ticket for two counters, however many call at once.
    Result<std::optional<Ticket>> callNext(const staff::Principal& who, const QString& counter,
                                           const QStringList& groups = {});
    // This waiting ticket, called at `counter` now (a resident numbered at the counter itself, F3).
    Result<Ticket> call(const staff::Principal& who, const QString& number, const QString& counter);
    // Called again (the display announces it once more).
    Result<Ticket> recall(const staff::Principal& who, const QString& number, const QString& counter);
    // Did not come: back in line after the rule's minutes, dropped after the rule's count of absences.
    Result<Ticket> markAbsent(const staff::Principal& who, const QString& number, const QString& counter);
    // Into another group (keeping its place in line) and/or to one counter.
    Result<Ticket> transfer(const staff::Principal& who, const QString& number, const QString& counter,
                            const QString& toGroup, const QString& toCounter);
    // The resident is at the counter / the visit ended.
    Result<Ticket> serve(const staff::Principal& who, const QString& number, const QString& counter);
    Result<Ticket> finish(const staff::Principal& who, const QString& number, const QString& counter);

    // Read-only views (the display, the website): no principal needed, nothing in them names a person.
    Result<QList<Ticket>> list(const QDate& day) const;
    Result<QList<GroupWaiting>> waitingByGroup(const QDate& day) const;
    // The last `count` tickets called today, newest first (state called, serving, done or absent).
    Result<QList<Ticket>> recentlyCalled(int count) const;
    // A number that grows with every change of the queue or the notice: the embedded store's displays poll it.
    qint64 changeMark() const;

    // The notice that takes over the lobby display (closure, disaster); empty: none.
    Result<QString> notice() const;
    Outcome setNotice(const staff::Principal& who, const QString& text);
    Outcome clearNotice(const staff::Principal& who);

    QDate today() const;

private:
    Result<Ticket> change(const staff::Principal& who, const QString& number, const QString& counter,
                          const QStringList& fromStates, const char* event);
    Result<std::optional<Ticket>> ticketByNumber(const QString& number, bool lock) const;
    bool record(const Ticket& ticket, const QString& event, const QString& counter, QString* detail) const;
    QString now() const;

    const store::Connection& m_central;
    const visit::Clock& m_clock;
    QString m_terminalId;
    QueueRules m_rules;
};

} // namespace madoguchi::queue
