// Following the office's reception queue for the lobby display, on a thread of its own.
#include "LobbyWatch.h"

#include "CounterGroups.h"
#include "DataLogging.h"
#include "store/StoreLocations.h"
#include "visit/VisitPorts.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <optional>

namespace madoguchi::queue {

namespace {
// A PostgreSQL row's sequence number is taken at insert, its commit may come later: the new calls are looked for a
// little below the last one seen, and the ones already announced are skipped.
constexpr qint64 kSeqMargin = 64;
// After the centre was away, calls older than this are shown but not announced again.
constexpr qint64 kAnnounceWithinMs = 60000;
constexpr int kStatementTimeoutMs = 5000;

QDateTime timeOf(const QVariant& value) {
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

// Everything the worker owns: used and destroyed on the worker thread. A QObject there, so that deleting it also
// drops the reads still queued for it.
struct LobbyWatch::Parts final : QObject {
    Options options;
    const visit::Clock* clock = nullptr;
    visit::SystemClock systemClock;
    QPointer<LobbyWatch> watch;
    QTimer* timer = nullptr; // a child
    std::optional<store::Connection> central;
    LobbyState state;
    qint64 lastMark = -1;
    qint64 lastSeq = -1; // -1: not read yet (the calls made before the display started are not announced)
    QSet<qint64> announced;
    bool loggedAway = false;
    bool readPending = false;
    QElapsedTimer sinceFullRead;

    bool postgres() const { return central && central->backend() == store::Backend::Postgres; }

    void schedule(int ms) {
        if (!timer->isActive() || timer->remainingTime() > ms)
            timer->start(ms);
    }

    void report() {
        if (!watch)
            return;
        QMetaObject::invokeMethod(
            watch.data(),
            [to = watch, shown = state] {
                if (!to)
                    return;
                to->m_state = shown;
                Q_EMIT to->changed(shown);
            },
            Qt::QueuedConnection);
    }

    void announce(const LobbyCall& call) {
        if (!watch)
            return;
        QMetaObject::invokeMethod(
            watch.data(),
            [to = watch, call] {
                if (to)
                    Q_EMIT to->called(call);
            },
            Qt::QueuedConnection);
    }

    void lost(const QString& detail) {
        if (!loggedAway)
            qCWarning(lcStore).noquote() << "lobby display: the central store does not answer:" << detail;
        loggedAway = true;
        central.reset();
        lastMark = -1;
        state.reachable = false;
        state.listening = false;
        state.problem = detail;
        report();
        schedule(options.reconnectMs);
    }

    bool open() {
        auto opened = store::openCentral(options.centralLocation);
        if (!opened) {
            lost(opened.outcome.detail);
            return false;
        }
        central.emplace(std::move(*opened.value));
        if (postgres()) {
            // A display's reads are small: one the server never finishes is given up and the link tried again.
            central->exec(QStringLiteral("SET statement_timeout = %1").arg(kStatementTimeoutMs));
            QSqlDriver* driver = central->db().driver();
            if (driver->subscribeToNotification(QLatin1String(kNotifyChannel))) {
                QObject::connect(driver, &QSqlDriver::notification, this,
                                 [this](const QString&, QSqlDriver::NotificationSource, const QVariant&) {
                                     // A burst of changes (20 counters at once) becomes one read.
                                     if (!readPending) {
                                         readPending = true;
                                         QMetaObject::invokeMethod(
                                             this, [this] { tick(); }, Qt::QueuedConnection);
                                     }
                                 });
                state.listening = true;
            } else {
                qCWarning(lcStore).noquote() << "lobby display: cannot LISTEN on" << kNotifyChannel << ":"
                                             << driver->lastError().text() << "- polling instead";
            }
        }
        if (loggedAway)
            qCInfo(lcStore).noquote() << "lobby display: the central store answers again at" << central->location();
        else
            qCInfo(lcStore).noquote() << "lobby display: following the queue at" << central->location()
                                      << (state.listening ? "(LISTEN)" : "(polling)");
        loggedAway = false;
        return true;
    }

    // The number that grows with every change of the queue or the notice; nullopt when the store did not answer.
    std::optional<qint64> changeMark(QString* detail) {
        QSqlQuery q(central->db());
        if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(seq), 0) FROM queue_events), (SELECT "
                                   "coalesce(max(revision), 0) FROM lobby_notice)")) ||
            !q.next()) {
            *detail = q.lastError().text();
            return std::nullopt;
        }
        return q.value(0).toLongLong() * 1000003 + q.value(1).toLongLong();
    }

    bool readCalls(const QDate& day, QString* detail) {
        QSqlQuery q(central->db());
        q.prepare(
            QStringLiteral("SELECT number, group_id, counter, called_at FROM queue_tickets WHERE business_date "
                           "= ? AND state = 'called' AND called_at IS NOT NULL ORDER BY called_at DESC LIMIT 64"));
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec()) {
            *detail = q.lastError().text();
            return false;
        }
        QList<LobbyCall> calling;
        QSet<QString> counters;
        while (q.next()) {
            LobbyCall call;
            call.number = q.value(0).toString();
            call.groupId = q.value(1).toString();
            call.counter = q.value(2).toString();
            call.at = timeOf(q.value(3));
            // A counter calls one resident at a time: an older call of the same counter is no longer "now".
            if (counters.contains(call.counter) || calling.size() >= options.callingCount)
                continue;
            counters.insert(call.counter);
            calling.append(call);
        }
        state.calling = calling;
        return true;
    }

    bool readRecent(const QDate& day, QString* detail) {
        QSqlQuery q(central->db());
        q.prepare(QStringLiteral("SELECT number, group_id, counter, called_at FROM queue_tickets WHERE business_date "
                                 "= ? AND called_at IS NOT NULL AND state IN ('called', 'serving', 'done', 'absent') "
                                 "ORDER BY called_at DESC LIMIT ?"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(options.recentCount + options.callingCount);
        if (!q.exec()) {
            *detail = q.lastError().text();
            return false;
        }
        QSet<QString> now;
        for (const LobbyCall& call : std::as_const(state.calling))
            now.insert(call.number);
        QList<LobbyCall> recent;
        while (q.next() && recent.size() < options.recentCount) {
            LobbyCall call;
            call.number = q.value(0).toString();
            if (now.contains(call.number))
                continue;
            call.groupId = q.value(1).toString();
            call.counter = q.value(2).toString();
            call.at = timeOf(q.value(3));
            recent.append(call);
        }
        state.recent = recent;
        return true;
    }

    // The calls made since the last read, in the order they were made.
    bool readNewCalls(const QDate& day, QList<LobbyCall>* fresh, QString* detail) {
        QSqlQuery q(central->db());
        q.prepare(QStringLiteral("SELECT e.seq, t.number, e.group_id, e.counter, e.at, e.state FROM queue_events e "
                                 "JOIN queue_tickets t ON t.id = e.ticket_id WHERE e.business_date = ? AND e.state IN "
                                 "('called', 'recalled') AND e.seq > ? ORDER BY e.seq"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(lastSeq < 0 ? qint64(0) : std::max<qint64>(0, lastSeq - kSeqMargin));
        if (!q.exec()) {
            *detail = q.lastError().text();
            return false;
        }
        const bool first = lastSeq < 0;
        const QDateTime now = clock->now();
        qint64 highest = std::max<qint64>(lastSeq, 0);
        while (q.next()) {
            LobbyCall call;
            call.seq = q.value(0).toLongLong();
            highest = std::max(highest, call.seq);
            if (announced.contains(call.seq))
                continue;
            announced.insert(call.seq);
            call.number = q.value(1).toString();
            call.groupId = q.value(2).toString();
            call.counter = q.value(3).toString();
            call.at = timeOf(q.value(4));
            call.recall = q.value(5).toString() == QLatin1String("recalled");
            if (!first && call.at.isValid() && call.at.msecsTo(now) <= kAnnounceWithinMs)
                fresh->append(call);
        }
        lastSeq = highest;
        // Only the margin's worth of numbers can come again.
        for (auto it = announced.begin(); it != announced.end();)
            it = *it < lastSeq - kSeqMargin ? announced.erase(it) : std::next(it);
        return true;
    }

    bool readAll(QString* detail) {
        const TicketQueue tickets(*central, *clock, QString());
        const QDate day = tickets.today();
        QList<LobbyCall> fresh;
        if (!readNewCalls(day, &fresh, detail) || !readCalls(day, detail) || !readRecent(day, detail))
            return false;
        const Result<QList<GroupWaiting>> waiting = tickets.waitingByGroup(day);
        if (!waiting) {
            *detail = waiting.outcome.detail;
            return false;
        }
        state.waiting = *waiting;
        const Result<QString> notice = tickets.notice();
        if (!notice) {
            *detail = notice.outcome.detail;
            return false;
        }
        state.notice = *notice;
        state.reachable = true;
        state.problem.clear();
        state.readAt = clock->now();
        sinceFullRead.start();
        report();
        for (const LobbyCall& call : std::as_const(fresh))
            announce(call);
        return true;
    }

    void tick() {
        readPending = false;
        if (!central && !open())
            return;
        QString detail;
        const std::optional<qint64> mark = changeMark(&detail);
        if (!mark) {
            lost(detail);
            return;
        }
        if (*mark != lastMark || !sinceFullRead.isValid() || sinceFullRead.elapsed() >= options.refreshMs) {
            if (!readAll(&detail)) {
                lost(detail);
                return;
            }
            lastMark = *mark;
        }
        schedule(postgres() && state.listening ? options.safetyPollMs : options.pollMs);
    }
};

LobbyWatch::LobbyWatch(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    qRegisterMetaType<LobbyState>();
    qRegisterMetaType<LobbyCall>();
    m_thread.setObjectName(QStringLiteral("lobby-watch"));
}

LobbyWatch::~LobbyWatch() {
    // Deleted on the worker (its connection closed on the thread that opened it) before the thread ends.
    if (m_parts)
        std::exchange(m_parts, nullptr)->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void LobbyWatch::start() {
    if (m_parts)
        return;
    auto* parts = new Parts;
    parts->options = m_options;
    parts->clock = m_options.clock ? m_options.clock : &parts->systemClock;
    parts->watch = this;
    parts->moveToThread(&m_thread);
    m_parts = parts;
    m_thread.start();
    QMetaObject::invokeMethod(
        parts,
        [parts] {
            parts->timer = new QTimer(parts);
            parts->timer->setSingleShot(true);
            QObject::connect(parts->timer, &QTimer::timeout, parts, [parts] { parts->tick(); });
            parts->tick();
        },
        Qt::QueuedConnection);
}

} // namespace madoguchi::queue
