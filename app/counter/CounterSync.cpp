// The counter's link to the centre: the Synchroniser on its own worker thread, its state mirrored on the window's.
#include "CounterSync.h"

#include "sync/Synchroniser.h"

namespace madoguchi::counter {

CounterSync::CounterSync(const QString& localPath, const QString& central, sync::SyncOptions options, QObject* parent)
    : SyncState(parent) {
    m_thread.setObjectName(QStringLiteral("counter-sync"));
    m_sync = new sync::Synchroniser(localPath, central, std::move(options));
    m_sync->moveToThread(&m_thread); // with its timer: each round, timed or asked for, runs on m_thread
    // Queued to this thread: the window reads its own copy, never the worker's.
    connect(m_sync, &sync::Synchroniser::onlineChanged, this, [this](bool online) {
        m_online = online;
        Q_EMIT changed();
    });
    connect(m_sync, &sync::Synchroniser::waitingChanged, this, [this](int visits) {
        m_waiting = visits;
        Q_EMIT changed();
    });
    connect(m_sync, &sync::Synchroniser::roundFinished, this, [this](bool, const QString& problem) {
        ++m_rounds;
        m_lastProblem = problem;
        Q_EMIT changed();
    });
    m_thread.start();
}

CounterSync::~CounterSync() {
    // The Synchroniser and its timer are deleted on their thread, after a round that is running; connect_timeout
    // (and tcp_user_timeout) bound how long that can take.
    sync::Synchroniser* synchroniser = m_sync;
    m_sync = nullptr;
    QMetaObject::invokeMethod(
        synchroniser, [synchroniser] { delete synchroniser; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CounterSync::syncNow() {
    QMetaObject::invokeMethod(m_sync, &sync::Synchroniser::syncNow, Qt::QueuedConnection);
}

void CounterSync::start(int intervalMs, int maxBackoffMs) {
    sync::Synchroniser* synchroniser = m_sync;
    QMetaObject::invokeMethod(
        synchroniser, [synchroniser, intervalMs, maxBackoffMs] { synchroniser->start(intervalMs, maxBackoffMs); },
        Qt::QueuedConnection);
}

void CounterSync::stop() {
    sync::Synchroniser* synchroniser = m_sync;
    QMetaObject::invokeMethod(
        synchroniser, [synchroniser] { synchroniser->stop(); }, Qt::QueuedConnection);
}

} // namespace madoguchi::counter
