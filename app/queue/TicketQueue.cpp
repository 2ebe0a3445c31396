// The office's one queue of reception tickets in the central store (PostgreSQL or the embedded SQLite file).
#include "TicketQueue.h"

#include "CounterGroups.h"
#include "DataLogging.h"
#include "kiosk/PreEntryStore.h"
#include "store/Rows.h"
#include "visit/VisitPorts.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace madoguchi::queue {

namespace {
constexpr const char* kColumns =
    "id, number, group_id, source, state, counter, target_counter, issued_at, called_at, absent_until, absences";
constexpr int kRecentServices = 20;       // the estimate averages this many of the group's last services
constexpr int kActiveCounterMinutes = 60; // a counter that called the group within this long serves it

QString stamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parsed(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant nullable(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Ticket ticketFrom(const QSqlQuery& q) {
    Ticket t;
    t.id = q.value(0).toString();
    t.number = q.value(1).toString();
    t.groupId = q.value(2).toString();
    t.source = q.value(3).toString();
    t.state = q.value(4).toString();
    t.counter = q.value(5).toString();
    t.targetCounter = q.value(6).toString();
    t.issuedAt = parsed(q.value(7));
    t.calledAt = parsed(q.value(8));
    t.absentUntil = parsed(q.value(9));
    t.absences = q.value(10).toInt();
    return t;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* detail) {
    if (!q.prepare(sql)) {
        *detail = q.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    return true;
}

Outcome storeFailed(const QString& detail) {
    qCWarning(lcStore).noquote() << "queue:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("queue", "The reception queue could not be reached. Nothing was changed; try "
                                             "again in a moment."),
        detail);
}

Outcome notFound(const QString& number) {
    return Outcome::failure(QCoreApplication::translate("queue", "There is no ticket %1 today.").arg(number),
                            QStringLiteral("no ticket %1 today").arg(number));
}

Outcome wrongState(const Ticket& ticket, const char* event) {
    return Outcome::failure(
        QCoreApplication::translate("queue", "Ticket %1 cannot be changed now (it is %2).")
            .arg(ticket.number, ticket.state),
        QStringLiteral("%1 refused for %2 in state %3").arg(QLatin1String(event), ticket.number, ticket.state));
}

template <typename T> Result<T> refusedWith(const Outcome& outcome) {
    return Result<T>::refused(outcome);
}
} // namespace

TicketQueue::TicketQueue(const store::Connection& central, const visit::Clock& clock, QString terminalId,
                         QueueRules rules)
    : m_central(central)
    , m_clock(clock)
    , m_terminalId(std::move(terminalId))
    , m_rules(rules) {}

QString TicketQueue::now() const {
    return stamp(m_clock.now());
}

QDate TicketQueue::today() const {
    return m_clock.now().toLocalTime().date();
}

bool TicketQueue::record(const Ticket& ticket, const QString& event, const QString& counter, QString* detail) const {
    QSqlQuery q(m_central.db());
    if (!run(q,
             QStringLiteral("INSERT INTO queue_events (ticket_id, business_date, group_id, state, counter, "
                            "terminal_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {ticket.id, today().toString(Qt::ISODate), ticket.groupId, event, nullable(counter), m_terminalId, now()},
             detail))
        return false;
    if (m_central.backend() != store::Backend::Postgres)
        return true;
    // Delivered at commit, so a display never sees a change that was rolled back.
    QSqlQuery notify(m_central.db());
    return run(notify, QStringLiteral("SELECT pg_notify(?, ?)"),
               {QLatin1String(kNotifyChannel), QStringLiteral("%1 %2").arg(event, ticket.number)}, detail);
}

Result<Ticket> TicketQueue::issue(const staff::Principal& who, const QString& groupId, const QString& source) {
    return issue(who, groupId, source, {});
}

Result<Ticket> TicketQueue::issue(const staff::Principal& who, const QString& groupId, const QString& source,
                                  const Alongside& alongside) {
    const Outcome allowed = staff::authorize(who, staff::Action::IssueTicket);
    if (!allowed)
        return Result<Ticket>::refused(allowed);
    const CounterGroup* group = findGroup(groupId);
    if (!group)
        return Result<Ticket>::refused(
            Outcome::failure(QCoreApplication::translate("queue", "There is no counter group %1.").arg(groupId),
                             QStringLiteral("unknown group %1").arg(groupId)));
    if (source != QLatin1String("kiosk") && source != QLatin1String("clerk") && source != QLatin1String("reservation"))
        return Result<Ticket>::refused(
            Outcome::failure(QCoreApplication::translate("queue", "A ticket comes from the kiosk, a clerk or a "
                                                                  "reservation."),
                             QStringLiteral("unknown source %1").arg(source)));
    const QString day = today().toString(Qt::ISODate);
    QString detail;
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("cannot begin")));
    // The day's numbering per group: the upsert's row lock orders two kiosks issuing at once.
    QSqlQuery number(m_central.db());
    if (!run(number,
             QStringLiteral("INSERT INTO queue_numbers (business_date, group_id, last_value) VALUES (?, ?, 1) "
                            "ON CONFLICT (office_code, business_date, group_id) DO UPDATE SET last_value = "
                            "queue_numbers.last_value + 1 RETURNING last_value"),
             {day, groupId}, &detail) ||
        !number.next())
        return Result<Ticket>::refused(storeFailed(detail.isEmpty() ? QStringLiteral("no number") : detail));
    Ticket ticket;
    ticket.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ticket.number = QStringLiteral("%1-%2").arg(group->prefix).arg(number.value(0).toInt(), 3, 10, QLatin1Char('0'));
    number.finish();
    ticket.groupId = groupId;
    ticket.source = source;
    ticket.state = QStringLiteral("waiting");
    ticket.issuedAt = QDateTime::fromString(now(), Qt::ISODateWithMs);
    QSqlQuery insert(m_central.db());
    if (!run(insert,
             QStringLiteral(
                 "INSERT INTO queue_tickets (id, business_date, number, group_id, source, state, "
                 "terminal_id, issued_at, queued_at, absences) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?, 0)"),
             {ticket.id, day, ticket.number, groupId, source, m_terminalId, stamp(ticket.issuedAt),
              stamp(ticket.issuedAt)},
             &detail) ||
        !record(ticket, QStringLiteral("issued"), {}, &detail))
        return Result<Ticket>::refused(storeFailed(detail));
    if (alongside) {
        if (const Outcome also = alongside(ticket); !also) {
            qCInfo(lcStore).noquote() << "queue: ticket" << ticket.number << "not issued:" << also.detail;
            return Result<Ticket>::refused(also); // the transaction rolls back: the number too
        }
    }
    if (!transaction.commit())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("commit failed")));
    qCInfo(lcStore) << "queue: ticket" << ticket.number << "issued in" << groupId << "from" << source;
    return Result<Ticket>::of(ticket);
}

Result<std::optional<Ticket>> TicketQueue::callNext(const staff::Principal& who, const QString& counter,
                                                    const QStringList& groups) {
    using Answer = Result<std::optional<Ticket>>;
    const Outcome allowed = staff::authorize(who, staff::Action::CallTicket);
    if (!allowed)
        return Answer::refused(allowed);
    if (counter.trimmed().isEmpty())
        return Answer::refused(Outcome::failure(QCoreApplication::translate("queue", "Give the counter's name."),
                                                QStringLiteral("call-next without a counter")));
    QStringList served = groups;
    if (served.isEmpty()) {
        for (const CounterGroup& group : counterGroups())
            served.append(group.id);
    }
    const QString at = now();
    QVariantList values = {today().toString(Qt::ISODate), at, counter};
    QStringList marks;
    for (const QString& group : served) {
        marks.append(QStringLiteral("?"));
        values.append(group);
    }
    // SQLite: BEGIN IMMEDIATE (Connection::begin) holds the file's write lock from the first read, so two counters
    // queue one after the other. PostgreSQL: the row lock, skipping rows another counter holds, so 20 counters
    // each take a different ticket without waiting for each other.
    const bool postgres = m_central.backend() == store::Backend::Postgres;
    const QString select =
        QStringLiteral("SELECT %1 FROM queue_tickets WHERE business_date = ? AND (state = 'waiting' OR (state = "
                       "'absent' AND absent_until <= ?)) AND (target_counter IS NULL OR target_counter = ?) AND "
                       "group_id IN (%2) ORDER BY queued_at, number LIMIT 1%3")
            .arg(QLatin1String(kColumns), marks.join(QLatin1Char(',')),
                 postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    QString detail;
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return Answer::refused(storeFailed(QStringLiteral("cannot begin")));
    QSqlQuery q(m_central.db());
    if (!run(q, select, values, &detail))
        return Answer::refused(storeFailed(detail));
    if (!q.next())
        return Answer::of(std::nullopt);
    Ticket ticket = ticketFrom(q);
    q.finish();
    QSqlQuery update(m_central.db());
    if (!run(update,
             QStringLiteral("UPDATE queue_tickets SET state = 'called', counter = ?, target_counter = NULL, "
                            "called_at = ?, absent_until = NULL WHERE id = ?"),
             {counter, at, ticket.id}, &detail) ||
        !record(ticket, QStringLiteral("called"), counter, &detail))
        return Answer::refused(storeFailed(detail));
    if (!transaction.commit())
        return Answer::refused(storeFailed(QStringLiteral("commit failed")));
    ticket.state = QStringLiteral("called");
    ticket.counter = counter;
    ticket.targetCounter.clear();
    ticket.calledAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    ticket.absentUntil = {};
    qCInfo(lcStore) << "queue: ticket" << ticket.number << "called at counter" << counter;
    return Answer::of(ticket);
}

Result<std::optional<Ticket>> TicketQueue::ticketByNumber(const QString& number, bool lock) const {
    using Answer = Result<std::optional<Ticket>>;
    QSqlQuery q(m_central.db());
    QString detail;
    const bool forUpdate = lock && m_central.backend() == store::Backend::Postgres;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM queue_tickets WHERE business_date = ? AND number = ?%2")
                 .arg(QLatin1String(kColumns), forUpdate ? QStringLiteral(" FOR UPDATE") : QString()),
             {today().toString(Qt::ISODate), number.trimmed().toUpper()}, &detail))
        return Answer::refused(storeFailed(detail));
    if (!q.next())
        return Answer::of(std::nullopt);
    return Answer::of(ticketFrom(q));
}

Result<Ticket> TicketQueue::change(const staff::Principal& who, const QString& number, const QString& counter,
                                   const QStringList& fromStates, const char* event) {
    const Outcome allowed = staff::authorize(who, staff::Action::CallTicket);
    if (!allowed)
        return Result<Ticket>::refused(allowed);
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("cannot begin")));
    const Result<std::optional<Ticket>> found = ticketByNumber(number, true);
    if (!found)
        return Result<Ticket>::refused(found.outcome);
    if (!found->has_value())
        return Result<Ticket>::refused(notFound(number));
    Ticket ticket = **found;
    if (!fromStates.contains(ticket.state))
        return Result<Ticket>::refused(wrongState(ticket, event));
    const QString at = now();
    const QString name = QLatin1String(event);
    QString sql;
    QVariantList values;
    if (name == QLatin1String("called")) {
        sql = QStringLiteral("UPDATE queue_tickets SET state = 'called', counter = ?, target_counter = NULL, "
                             "called_at = ? WHERE id = ?");
        values = {counter, at, ticket.id};
        ticket.state = QStringLiteral("called");
        ticket.calledAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        ticket.counter = counter;
        ticket.targetCounter.clear();
    } else if (name == QLatin1String("recalled")) {
        sql = QStringLiteral("UPDATE queue_tickets SET counter = ?, called_at = ? WHERE id = ?");
        values = {counter, at, ticket.id};
        ticket.calledAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        ticket.counter = counter;
    } else if (name == QLatin1String("absent")) {
        ++ticket.absences;
        if (ticket.absences >= m_rules.absentLimit) {
            ticket.state = QStringLiteral("dropped");
            ticket.absentUntil = {};
        } else {
            ticket.state = QStringLiteral("absent");
            ticket.absentUntil = m_clock.now().toUTC().addSecs(qint64(m_rules.absentMinutes) * 60);
        }
        sql = QStringLiteral("UPDATE queue_tickets SET state = ?, absences = ?, absent_until = ? WHERE id = ?");
        values = {ticket.state, ticket.absences,
                  ticket.absentUntil.isValid() ? QVariant(stamp(ticket.absentUntil))
                                               : QVariant(QMetaType(QMetaType::QString)),
                  ticket.id};
    } else {
        ticket.state = name == QLatin1String("serving") ? QStringLiteral("serving") : QStringLiteral("done");
        sql = QStringLiteral("UPDATE queue_tickets SET state = ? WHERE id = ?");
        values = {ticket.state, ticket.id};
    }
    QString detail;
    QSqlQuery update(m_central.db());
    const QString recorded = ticket.state == QLatin1String("dropped") ? ticket.state : name;
    if (!run(update, sql, values, &detail) || !record(ticket, recorded, counter, &detail))
        return Result<Ticket>::refused(storeFailed(detail));
    // The visit ended: the kiosk's pre-entry goes with it, in the same transaction.
    if (ticket.state == QLatin1String("done") || ticket.state == QLatin1String("dropped")) {
        QSqlQuery forget(m_central.db());
        if (!run(forget, QString::fromLatin1(kiosk::PreEntryStore::deleteForTicketSql()), {ticket.id}, &detail))
            return Result<Ticket>::refused(storeFailed(detail));
    }
    if (!transaction.commit())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("commit failed")));
    qCInfo(lcStore) << "queue: ticket" << ticket.number << recorded << "at counter" << counter;
    return Result<Ticket>::of(ticket);
}

Result<Ticket> TicketQueue::call(const staff::Principal& who, const QString& number, const QString& counter) {
    return change(who, number, counter, {QStringLiteral("waiting")}, "called");
}

Result<Ticket> TicketQueue::recall(const staff::Principal& who, const QString& number, const QString& counter) {
    return change(who, number, counter, {QStringLiteral("called")}, "recalled");
}

Result<Ticket> TicketQueue::markAbsent(const staff::Principal& who, const QString& number, const QString& counter) {
    return change(who, number, counter, {QStringLiteral("called")}, "absent");
}

Result<Ticket> TicketQueue::serve(const staff::Principal& who, const QString& number, const QString& counter) {
    return change(who, number, counter, {QStringLiteral("called")}, "serving");
}

Result<Ticket> TicketQueue::finish(const staff::Principal& who, const QString& number, const QString& counter) {
    return change(who, number, counter, {QStringLiteral("called"), QStringLiteral("serving")}, "done");
}

Result<Ticket> TicketQueue::transfer(const staff::Principal& who, const QString& number, const QString& counter,
                                     const QString& toGroup, const QString& toCounter) {
    const Outcome allowed = staff::authorize(who, staff::Action::CallTicket);
    if (!allowed)
        return Result<Ticket>::refused(allowed);
    if (toGroup.isEmpty() && toCounter.isEmpty())
        return Result<Ticket>::refused(
            Outcome::failure(QCoreApplication::translate("queue", "Say where the ticket goes: a group or a counter."),
                             QStringLiteral("transfer without a destination")));
    if (!toGroup.isEmpty() && !findGroup(toGroup))
        return Result<Ticket>::refused(
            Outcome::failure(QCoreApplication::translate("queue", "There is no counter group %1.").arg(toGroup),
                             QStringLiteral("unknown group %1").arg(toGroup)));
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("cannot begin")));
    const Result<std::optional<Ticket>> found = ticketByNumber(number, true);
    if (!found)
        return Result<Ticket>::refused(found.outcome);
    if (!found->has_value())
        return Result<Ticket>::refused(notFound(number));
    Ticket ticket = **found;
    const QStringList open = {QStringLiteral("waiting"), QStringLiteral("called"), QStringLiteral("serving"),
                              QStringLiteral("absent")};
    if (!open.contains(ticket.state))
        return Result<Ticket>::refused(wrongState(ticket, "transferred"));
    if (!toGroup.isEmpty())
        ticket.groupId = toGroup;
    ticket.targetCounter = toCounter;
    ticket.state = QStringLiteral("waiting");
    ticket.counter.clear();
    ticket.absentUntil = {};
    // queued_at is kept: the resident does not lose their place in the new line.
    QString detail;
    QSqlQuery update(m_central.db());
    if (!run(update,
             QStringLiteral("UPDATE queue_tickets SET state = 'waiting', group_id = ?, target_counter = ?, counter = "
                            "NULL, absent_until = NULL WHERE id = ?"),
             {ticket.groupId, nullable(toCounter), ticket.id}, &detail) ||
        !record(ticket, QStringLiteral("transferred"), counter, &detail))
        return Result<Ticket>::refused(storeFailed(detail));
    if (!transaction.commit())
        return Result<Ticket>::refused(storeFailed(QStringLiteral("commit failed")));
    qCInfo(lcStore) << "queue: ticket" << ticket.number << "transferred to" << ticket.groupId << toCounter;
    return Result<Ticket>::of(ticket);
}

Result<QList<Ticket>> TicketQueue::list(const QDate& day) const {
    QSqlQuery q(m_central.db());
    QString detail;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM queue_tickets WHERE business_date = ? ORDER BY issued_at, number")
                 .arg(QLatin1String(kColumns)),
             {day.toString(Qt::ISODate)}, &detail))
        return Result<QList<Ticket>>::refused(storeFailed(detail));
    QList<Ticket> tickets;
    while (q.next())
        tickets.append(ticketFrom(q));
    return Result<QList<Ticket>>::of(tickets);
}

Result<QList<Ticket>> TicketQueue::recentlyCalled(int count) const {
    QSqlQuery q(m_central.db());
    QString detail;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM queue_tickets WHERE business_date = ? AND called_at IS NOT NULL AND state "
                            "IN ('called', 'serving', 'done', 'absent') ORDER BY called_at DESC LIMIT ?")
                 .arg(QLatin1String(kColumns)),
             {today().toString(Qt::ISODate), count}, &detail))
        return Result<QList<Ticket>>::refused(storeFailed(detail));
    QList<Ticket> tickets;
    while (q.next())
        tickets.append(ticketFrom(q));
    return Result<QList<Ticket>>::of(tickets);
}

Result<QList<GroupWaiting>> TicketQueue::waitingByGroup(const QDate& day) const {
    using Answer = Result<QList<GroupWaiting>>;
    const QString at = now();
    const QString since = stamp(m_clock.now().addSecs(-qint64(kActiveCounterMinutes) * 60));
    QList<GroupWaiting> result;
    QString detail;
    for (const CounterGroup& group : counterGroups()) {
        GroupWaiting waiting;
        waiting.groupId = group.id;
        QSqlQuery count(m_central.db());
        if (!run(count,
                 QStringLiteral("SELECT count(*) FROM queue_tickets WHERE business_date = ? AND group_id = ? AND "
                                "(state = 'waiting' OR state = 'absent')"),
                 {day.toString(Qt::ISODate), group.id}, &detail) ||
            !count.next())
            return Answer::refused(storeFailed(detail));
        waiting.waiting = count.value(0).toInt();
        // Recent service times: from the call to the end of the visit, the group's last services.
        QSqlQuery services(m_central.db());
        if (!run(services,
                 QStringLiteral("SELECT e.at, t.called_at FROM queue_events e JOIN queue_tickets t ON t.id = "
                                "e.ticket_id WHERE e.group_id = ? AND e.state = 'done' AND t.called_at IS NOT NULL "
                                "ORDER BY e.seq DESC LIMIT %1")
                     .arg(kRecentServices),
                 {group.id}, &detail))
            return Answer::refused(storeFailed(detail));
        double seconds = 0;
        int served = 0;
        while (services.next()) {
            const QDateTime end = parsed(services.value(0));
            const QDateTime start = parsed(services.value(1));
            if (end.isValid() && start.isValid() && start <= end) {
                seconds += double(start.secsTo(end));
                ++served;
            }
        }
        const double perTicket = served > 0 ? seconds / served : group.defaultServiceMinutes * 60.0;
        QSqlQuery counters(m_central.db());
        if (!run(counters,
                 QStringLiteral("SELECT count(DISTINCT counter) FROM queue_events WHERE group_id = ? AND state = "
                                "'called' AND at >= ? AND at <= ?"),
                 {group.id, since, at}, &detail) ||
            !counters.next())
            return Answer::refused(storeFailed(detail));
        const int open = std::max(1, counters.value(0).toInt());
        waiting.estimatedMinutes = int(std::ceil(waiting.waiting * perTicket / open / 60.0));
        result.append(waiting);
    }
    return Answer::of(result);
}

qint64 TicketQueue::changeMark() const {
    const QVariant events = m_central.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM queue_events"));
    const QVariant notice = m_central.scalar(QStringLiteral("SELECT coalesce(max(revision), 0) FROM lobby_notice"));
    return events.toLongLong() + notice.toLongLong();
}

Result<QString> TicketQueue::notice() const {
    QSqlQuery q(m_central.db());
    QString detail;
    if (!run(q, QStringLiteral("SELECT text FROM lobby_notice WHERE text <> '' LIMIT 1"), {}, &detail))
        return Result<QString>::refused(storeFailed(detail));
    return Result<QString>::of(q.next() ? q.value(0).toString() : QString());
}

Outcome TicketQueue::setNotice(const staff::Principal& who, const QString& text) {
    const Outcome allowed = staff::authorize(who, staff::Action::SetLobbyNotice);
    if (!allowed)
        return allowed;
    const QString shown = text.trimmed();
    if (shown.isEmpty())
        return Outcome::failure(QCoreApplication::translate("queue", "The notice is empty."),
                                QStringLiteral("empty notice"));
    QString detail;
    store::Transaction transaction(m_central);
    QSqlQuery q(m_central.db());
    // The revision only grows (a cleared notice keeps its row with empty text), so polling displays see every change.
    if (!transaction.isOpen() ||
        !run(q,
             QStringLiteral("INSERT INTO lobby_notice (text, set_by, set_at, revision) VALUES (?, ?, ?, 1) ON "
                            "CONFLICT (office_code) DO UPDATE SET text = excluded.text, set_by = excluded.set_by, "
                            "set_at = excluded.set_at, revision = lobby_notice.revision + 1"),
             {shown, who.login, now()}, &detail))
        return storeFailed(detail.isEmpty() ? QStringLiteral("cannot begin") : detail);
    if (m_central.backend() == store::Backend::Postgres) {
        QSqlQuery notify(m_central.db());
        if (!run(notify, QStringLiteral("SELECT pg_notify(?, 'notice')"), {QLatin1String(kNotifyChannel)}, &detail))
            return storeFailed(detail);
    }
    if (!transaction.commit())
        return storeFailed(QStringLiteral("commit failed"));
    qCInfo(lcStore) << "queue: lobby notice set by" << who.login;
    return Outcome::success();
}

Outcome TicketQueue::clearNotice(const staff::Principal& who) {
    const Outcome allowed = staff::authorize(who, staff::Action::SetLobbyNotice);
    if (!allowed)
        return allowed;
    QString detail;
    store::Transaction transaction(m_central);
    QSqlQuery q(m_central.db());
    if (!transaction.isOpen() ||
        !run(q, QStringLiteral("UPDATE lobby_notice SET text = '', set_by = ?, set_at = ?, revision = revision + 1"),
             {who.login, now()}, &detail))
        return storeFailed(detail.isEmpty() ? QStringLiteral("cannot begin") : detail);
    if (m_central.backend() == store::Backend::Postgres) {
        QSqlQuery notify(m_central.db());
        if (!run(notify, QStringLiteral("SELECT pg_notify(?, 'notice')"), {QLatin1String(kNotifyChannel)}, &detail))
            return storeFailed(detail);
    }
    if (!transaction.commit())
        return storeFailed(QStringLiteral("commit failed"));
    qCInfo(lcStore) << "queue: lobby notice cleared by" << who.login;
    return Outcome::success();
}

} // namespace madoguchi::queue
