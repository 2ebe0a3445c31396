// The terminal's link to the centre as the UI sees it: online or offline, how many visits wait, retrying with
// exponential backoff while the centre is away.
#pragma once

#include "sync/SyncRound.h"

#include <QObject>
#include <QTimer>

namespace madoguchi::sync {

class Synchroniser final : public QObject {
    Q_OBJECT
public:
    // `localPath`: the terminal's SQLite file; `central`: a postgresql:// URL or the embedded SQLite file.
    Synchroniser(QString localPath, QString central, SyncOptions options, QObject* parent = nullptr);
    ~Synchroniser() override;

    bool isOnline() const { return m_online; }
    int waiting() const { return m_waiting; }
    int nextDelayMs() const { return m_delayMs; }
    QString lastProblem() const { return m_lastProblem; } // translated, for a status line

    // Polls every `intervalMs` while online; backs off from 1 s doubling to `maxBackoffMs` while offline.
    void start(int intervalMs = 10000, int maxBackoffMs = 300000);
    void stop();

public Q_SLOTS:
    // One round now (also what start()'s timer calls). Returns true when the centre took everything offered.
    bool syncNow();

Q_SIGNALS:
    void onlineChanged(bool online);
    void waitingChanged(int visits);
    void synced(const madoguchi::sync::SyncReport& report);
    // After every round, answered or not: `problem` is lastProblem() (empty when the centre took everything).
    void roundFinished(bool online, const QString& problem);

private:
    void setOnline(bool online);
    void setWaiting(int waiting);

    QString m_localPath;
    QString m_central;
    SyncOptions m_options;
    QTimer m_timer;
    int m_intervalMs = 10000;
    int m_maxBackoffMs = 300000;
    int m_delayMs = 0;
    bool m_running = false;
    bool m_online = false;
    int m_waiting = -1;
    QString m_lastProblem;
};

} // namespace madoguchi::sync
