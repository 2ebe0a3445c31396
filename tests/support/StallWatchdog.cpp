// How long the GUI thread was held, for the GUI tests and docs/benchmarks.md.
#include "StallWatchdog.h"

#include <QDebug>
#include <QFile>

#include <algorithm>

#include <unistd.h>

namespace madoguchi::test {

namespace {

thread_local StallWatchdog* t_current = nullptr;

// Nanoseconds this thread has spent runnable but waiting for a CPU (/proc/<pid>/task/<tid>/schedstat, 2nd field).
qint64 runQueueWaitNs() {
    QFile stat(QStringLiteral("/proc/self/task/%1/schedstat").arg(::gettid()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

} // namespace

StallWatchdog::StallWatchdog()
    : m_previous(t_current) {
    t_current = this;
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { round(); });
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_lastWaitNs = runQueueWaitNs();
    m_timer.start();
}

StallWatchdog::~StallWatchdog() {
    t_current = m_previous;
}

void StallWatchdog::round() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 wait = runQueueWaitNs();
    if (m_paused == 0) {
        const qint64 wall = now - m_lastNs;
        m_longestWallNs = std::max(m_longestWallNs, wall);
        m_longestNs = std::max(m_longestNs, wall - (wait - m_lastWaitNs));
    }
    m_lastNs = now;
    m_lastWaitNs = wait;
}

qint64 StallWatchdog::longest() {
    round();
    return m_longestNs / 1000000;
}

qint64 StallWatchdog::longestWall() {
    round();
    return m_longestWallNs / 1000000;
}

void StallWatchdog::report(const QString& label) {
    const QString line = QStringLiteral("%1: longest GUI-thread stall %2 ms (wall %3 ms)\n")
                             .arg(label)
                             .arg(longest())
                             .arg(longestWall());
    qInfo().noquote() << line.trimmed();
    const QString out = qEnvironmentVariable("MADOGUCHI_STALL_FIGURES");
    if (out.isEmpty())
        return;
    QFile file(out);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(line.toUtf8());
}

void StallWatchdog::tick() {
    if (t_current)
        t_current->round();
}

StallWatchdog::Pause::Pause() {
    if (t_current) {
        t_current->round();
        ++t_current->m_paused;
    }
}

StallWatchdog::Pause::~Pause() {
    if (t_current) {
        t_current->round(); // the paused time is not counted; the next gap starts now
        --t_current->m_paused;
    }
}

} // namespace madoguchi::test
