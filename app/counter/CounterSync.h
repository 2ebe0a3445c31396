// The counter's link to the centre, for the clerk's window: the Synchroniser runs its rounds on its own worker
// thread, so a central server that is slow, or accepts and never answers, never holds the window.
#pragma once

#include "counter/CounterPorts.h"
#include "sync/SyncRound.h"

#include <QThread>

namespace madoguchi::sync {
class Synchroniser;
}

namespace madoguchi::counter {

class CounterSync final : public SyncState {
    Q_OBJECT
public:
    // `localPath`: the terminal's SQLite file; `central`: its central store (a postgresql:// URL or the embedded
    // SQLite file). Nothing is opened until start() or syncNow().
    CounterSync(const QString& localPath, const QString& central, sync::SyncOptions options, QObject* parent = nullptr);
    ~CounterSync() override; // waits for a running round (bounded by the central URL's connect_timeout)

    // What the last round said, as seen on this (the window's) thread.
    bool online() const override { return m_online; }
    int waiting() const override { return std::max(0, m_waiting); }
    // Posts one round to the worker and returns at once.
    void syncNow() override;
    void start(int intervalMs = 10000, int maxBackoffMs = 300000);
    void stop();

    // Rounds finished so far and what the last one could not do (translated; empty when all went up).
    int rounds() const { return m_rounds; }
    QString lastProblem() const { return m_lastProblem; }
    // For tests: the thread the rounds run on.
    const QThread* worker() const { return &m_thread; }

private:
    QThread m_thread;
    sync::Synchroniser* m_sync = nullptr; // lives on m_thread, deleted there
    bool m_online = false;
    int m_waiting = -1;
    int m_rounds = 0;
    QString m_lastProblem;
};

} // namespace madoguchi::counter
