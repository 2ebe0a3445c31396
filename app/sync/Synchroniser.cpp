// The terminal's link to the centre as the UI sees it: online or offline, how many visits wait, retrying with
// exponential backoff while the centre is away.
#include "Synchroniser.h"

#include "DataLogging.h"
#include "store/StoreLocations.h"

#include <QRandomGenerator>

namespace madoguchi::sync {

Synchroniser::Synchroniser(QString localPath, QString central, SyncOptions options, QObject* parent)
    : QObject(parent)
    , m_localPath(std::move(localPath))
    , m_central(std::move(central))
    , m_options(std::move(options)) {
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
    bool ok = false;
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
                m_lastProblem.clear();
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
    return ok;
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
