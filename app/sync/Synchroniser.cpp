// The terminal's link to the centre as the UI sees it: online or offline, how many visits wait, retrying with
// exponential backoff while the centre is away.
#include "Synchroniser.h"

#include "DataLogging.h"
#include "store/StoreLocations.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace madoguchi::sync {

namespace {
// What the clerk's status line and `sync --once` say when the centre answered but did not take everything.
QString problemOf(const SyncReport& report) {
    QStringList parts;
    if (report.refused > 0)
        parts << QCoreApplication::translate("sync",
                                             "the central database refused %n record(s); they are kept and "
                                             "tried again",
                                             nullptr, report.refused);
    if (report.setAside > 0)
        parts << QCoreApplication::translate("sync",
                                             "%n record(s) refused again and again were set aside on this "
                                             "terminal (madoguchi-cli sync set-aside); the supervisor is alerted",
                                             nullptr, report.setAside);
    if (report.conflicts > 0)
        parts << QCoreApplication::translate("sync",
                                             "%n record(s) differ from what the central database already holds "
                                             "and were not sent; the supervisor is alerted",
                                             nullptr, report.conflicts);
    qCWarning(lcSync) << "sync incomplete:" << report.problem;
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}
} // namespace

Synchroniser::Synchroniser(QString localPath, QString central, SyncOptions options, QObject* parent)
    : QObject(parent)
    , m_localPath(std::move(localPath))
    , m_central(std::move(central))
    , m_options(std::move(options))
    , m_timer(this) { // a child: moveToThread() takes the timer along
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Synchroniser::syncNow);
}

Synchroniser::~Synchroniser() = default;

void Synchroniser::start(int intervalMs, int maxBackoffMs) {
    m_intervalMs = intervalMs;
    m_maxBackoffMs = maxBackoffMs;
    m_running = true;
    m_timer.start(0);
}

void Synchroniser::stop() {
    m_running = false;
    m_timer.stop();
}

bool Synchroniser::syncNow() {
    bool ok = false;    // the centre answered
    bool clean = false; // and took everything
    {
        Result<store::Connection> local = store::Connection::openSqlite(m_localPath);
        Result<store::Connection> central =
            local ? store::openCentral(m_central) : Result<store::Connection>::refused(local.outcome);
        if (local)
            setWaiting(waitingVisits(*local));
        if (!central) {
            m_lastProblem = central.outcome.message;
            qCInfo(lcSync) << "centre unreachable:" << central.outcome.detail;
        } else {
            const Result<SyncReport> report = syncOnce(*local, *central, m_options);
            if (report) {
                ok = true;
                clean = report->clean();
                m_lastProblem = clean ? QString() : problemOf(*report);
                setWaiting(report->waiting);
                Q_EMIT synced(*report);
            } else {
                m_lastProblem = report.outcome.message;
                if (local)
                    setWaiting(waitingVisits(*local));
            }
        }
    }
    setOnline(ok);
    if (ok) {
        m_delayMs = m_intervalMs;
    } else {
        // Doubling with jitter, so twenty terminals coming back after an outage do not all knock at once.
        const int base = m_delayMs <= 0 || m_delayMs == m_intervalMs ? 1000 : qMin(m_delayMs * 2, m_maxBackoffMs);
        m_delayMs = qMin(m_maxBackoffMs, base + static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1)));
    }
    if (m_running)
        m_timer.start(m_delayMs);
    Q_EMIT roundFinished(ok, m_lastProblem);
    return ok && clean;
}

void Synchroniser::setOnline(bool online) {
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "centre online" : "centre offline");
    Q_EMIT onlineChanged(online);
}

void Synchroniser::setWaiting(int waiting) {
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    Q_EMIT waitingChanged(waiting);
}

} // namespace madoguchi::sync
