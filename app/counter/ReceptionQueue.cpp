// The counter's side of the office's reception queue: every read and write runs on the counter's worker.
#include "ReceptionQueue.h"

#include "CounterBackground.h"
#include "kiosk/PreEntryStore.h"

#include <QPointer>
#include <QTimer>

namespace madoguchi::counter {

namespace {
bool waitsFor(const queue::Ticket& t, const ReceptionQueue::Config& config) {
    const bool open = t.state == QLatin1String("waiting") || t.state == QLatin1String("absent");
    const bool mine = t.targetCounter.isEmpty() || t.targetCounter == config.counter;
    return open && mine && (config.groups.isEmpty() || config.groups.contains(t.groupId));
}
} // namespace

ReceptionQueue::ReceptionQueue(CounterBackground& background, Config config, QObject* parent)
    : QObject(parent)
    , m_background(background)
    , m_config(std::move(config))
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &ReceptionQueue::refresh);
    if (m_config.refreshMs > 0)
        m_timer->start(m_config.refreshMs);
    refresh();
}

void ReceptionQueue::refresh() {
    // While the central store is away the list is not asked for: each try would hold the worker for its timeout.
    if (m_refreshing || !m_background.centralOpen())
        return;
    m_refreshing = true;
    const Config config = m_config;
    askQueue<QList<queue::Ticket>>(
        m_background, this, config.rules,
        [config](queue::TicketQueue& tickets, const staff::Principal&) {
            QList<queue::Ticket> mine;
            const Result<QList<queue::Ticket>> all = tickets.list(tickets.today());
            if (all) {
                for (const queue::Ticket& t : *all)
                    if (waitsFor(t, config))
                        mine.append(t);
            }
            return mine;
        },
        [this](const QList<queue::Ticket>& mine) {
            m_refreshing = false;
            if (mine.size() == m_waiting.size() &&
                std::equal(mine.begin(), mine.end(), m_waiting.begin(),
                           [](const queue::Ticket& a, const queue::Ticket& b) { return a.id == b.id; }))
                return;
            m_waiting = mine;
            Q_EMIT changed();
        },
        {});
}

void ReceptionQueue::issue(QObject* context, const QString& groupId, const QString& source,
                           std::function<void(Answer)> done) {
    const Config config = m_config;
    QPointer<QObject> guard(context);
    askQueue<Answer>(
        m_background, this, config.rules,
        [config, groupId, source](queue::TicketQueue& tickets, const staff::Principal& who) {
            const Result<queue::Ticket> t = tickets.issue(who, groupId, source);
            return t ? Answer{Outcome::success(), *t} : Answer{t.outcome, std::nullopt};
        },
        [this, guard, done](const Answer& answer) {
            refresh();
            if (guard && done)
                done(answer);
        },
        [](const Outcome& refused) {
            return Answer{refused, std::nullopt};
        });
}

void ReceptionQueue::callNext(QObject* context, std::function<void(Answer)> done) {
    if (m_busy)
        return;
    m_busy = true;
    const Config config = m_config;
    QPointer<QObject> guard(context);
    askQueue<Answer>(
        m_background, this, config.rules,
        [config](queue::TicketQueue& tickets, const staff::Principal& who) {
            const Result<std::optional<queue::Ticket>> t = tickets.callNext(who, config.counter, config.groups);
            return t ? Answer{Outcome::success(), *t} : Answer{t.outcome, std::nullopt};
        },
        [this, guard, done](const Answer& answer) {
            called(answer);
            if (guard && done)
                done(answer);
        },
        [](const Outcome& refused) {
            return Answer{refused, std::nullopt};
        });
}

void ReceptionQueue::walkIn(QObject* context, std::function<void(Answer)> done) {
    if (m_busy)
        return;
    m_busy = true;
    const Config config = m_config;
    QPointer<QObject> guard(context);
    askQueue<Answer>(
        m_background, this, config.rules,
        [config](queue::TicketQueue& tickets, const staff::Principal& who) {
            const Result<queue::Ticket> issued = tickets.issue(who, config.walkInGroup, QStringLiteral("clerk"));
            if (!issued)
                return Answer{issued.outcome, std::nullopt};
            const Result<queue::Ticket> t = tickets.call(who, issued->number, config.counter);
            return t ? Answer{Outcome::success(), *t} : Answer{t.outcome, std::nullopt};
        },
        [this, guard, done](const Answer& answer) {
            called(answer);
            if (guard && done)
                done(answer);
        },
        // The central store is away: the resident in front of the clerk is still served, numbered on the spot.
        [walkIn = ++m_localWalkIns](const Outcome&) {
            queue::Ticket local;
            local.number = QStringLiteral("W-%1").arg(walkIn, 3, 10, QLatin1Char('0'));
            local.state = QStringLiteral("called");
            local.source = QStringLiteral("clerk");
            return Answer{Outcome::success(), local};
        });
}

void ReceptionQueue::preEntry(QObject* context, const QString& ticketId, std::function<void(PreEntryAnswer)> done) {
    QPointer<QObject> guard(context);
    m_background.ask<PreEntryAnswer>(
        this,
        [ticketId](BackgroundParts& parts) {
            PreEntryAnswer answer;
            const Outcome ran = runOnPreEntries(parts, [&](kiosk::PreEntryStore& store, const staff::Principal& who) {
                Result<std::optional<visit::PreEntry>> loaded = store.load(who, ticketId);
                if (!loaded)
                    answer.outcome = loaded.outcome;
                else
                    answer.entry = std::move(*loaded.value);
            });
            if (!ran)
                answer.outcome = ran;
            return answer;
        },
        [guard, done](PreEntryAnswer answer) {
            if (guard && done)
                done(std::move(answer));
        });
}

void ReceptionQueue::called(const Answer& answer) {
    m_busy = false;
    if (answer.ticket && !answer.ticket->id.isEmpty())
        m_current = answer.ticket->number;
    refresh();
}

void ReceptionQueue::finishCurrent() {
    if (m_current.isEmpty())
        return;
    const QString number = std::exchange(m_current, {});
    const Config config = m_config;
    askQueue<Answer>(
        m_background, this, config.rules,
        [config, number](queue::TicketQueue& tickets, const staff::Principal& who) {
            const Result<queue::Ticket> t = tickets.finish(who, number, config.counter);
            return t ? Answer{Outcome::success(), *t} : Answer{t.outcome, std::nullopt};
        },
        [](const Answer&) {},
        [](const Outcome& refused) {
            return Answer{refused, std::nullopt};
        });
}

} // namespace madoguchi::counter
