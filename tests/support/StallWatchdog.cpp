// How long the GUI thread was held, for the GUI tests and docs/benchmarks.md.
#include "StallWatchdog.h"

#include <QCoreApplication>
#include <QDebug>
#include <QEvent>
#include <QFile>
#include <QMetaEnum>
#include <QStringList>
#include <QThread>

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

// Sees every event delivered on the thread (an application event filter) and remembers the one after which the
// thread was longest without starting another: that event's handler (or the code that ran after it without the event
// loop) is what held the thread. Only pointers to static class names and implicitly shared names are kept per event.
class StallWatchdog::EventClock final : public QObject {
public:
    explicit EventClock(StallWatchdog& owner)
        : m_owner(owner) {
        m_clock.start();
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~EventClock() override {
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (QThread::currentThread() != thread())
            return false;
        const qint64 now = m_clock.nsecsElapsed();
        if (m_owner.m_paused == 0 && m_lastClass && now - m_lastNs > m_longestNs) {
            m_longestNs = now - m_lastNs;
            m_longestClass = m_lastClass;
            m_longestName = m_lastName;
            m_longestType = m_lastType;
            m_longestStep = m_lastStep;
            m_longestAtNs = m_lastNs;
        }
        m_lastNs = now;
        m_lastClass = m_owner.m_paused == 0 ? watched->metaObject()->className() : nullptr;
        m_lastName = watched->objectName();
        m_lastType = event->type();
        m_lastStep = m_owner.m_step;
        return false;
    }
    QString slowest() const {
        if (!m_longestClass)
            return {};
        return QStringLiteral("%1 to %2 (%3), %4 ms, in step \"%5\" at %6 ms")
            .arg(QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(m_longestType)))
            .arg(QString::fromLatin1(m_longestClass), m_longestName)
            .arg(m_longestNs / 1000000)
            .arg(m_longestStep)
            .arg(m_longestAtNs / 1000000);
    }
    void pauseEnds() { m_lastClass = nullptr; } // the paused span is nobody's

private:
    StallWatchdog& m_owner;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    const char* m_lastClass = nullptr;
    QString m_lastName;
    int m_lastType = 0;
    QString m_lastStep;
    QString m_longestStep;
    qint64 m_longestAtNs = 0;
    qint64 m_longestNs = 0;
    const char* m_longestClass = nullptr;
    QString m_longestName;
    int m_longestType = 0;
};

QString StallWatchdog::longestStep() const {
    return m_longestStep.isEmpty() ? QString()
                                   : QStringLiteral("\"%1\" at %2 ms").arg(m_longestStep).arg(m_longestAtNs / 1000000);
}

QString StallWatchdog::longestSteps(int count) const {
    QList<std::pair<qint64, QString>> steps;
    for (auto it = m_longestByStep.cbegin(); it != m_longestByStep.cend(); ++it)
        steps.append({it.value(), it.key()});
    std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (int i = 0; i < std::min<int>(count, steps.size()); ++i)
        out << QStringLiteral("\"%1\" %2 ms").arg(steps[i].second).arg(steps[i].first / 1000000);
    return out.join(QStringLiteral(", "));
}

QString StallWatchdog::slowestEvent() const {
    return m_events ? m_events->slowest() : QString();
}

StallWatchdog::StallWatchdog()
    : m_previous(t_current) {
    t_current = this;
    if (QCoreApplication::instance())
        m_events = std::make_unique<EventClock>(*this);
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
        const qint64 busy = wall - (wait - m_lastWaitNs);
        qint64& ofStep = m_longestByStep[m_step];
        ofStep = std::max(ofStep, busy);
        if (busy > m_longestNs) {
            m_longestNs = busy;
            m_longestStep = m_step;
            m_longestAtNs = m_lastNs;
        }
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
    const QString slowest = slowestEvent();
    const qint64 stall = longest();
    const QString line = QStringLiteral("%1: longest GUI-thread stall %2 ms (wall %3 ms) in step %4 (longest steps: "
                                        "%6)%5\n")
                             .arg(label)
                             .arg(stall)
                             .arg(longestWall())
                             .arg(longestStep())
                             .arg(slowest.isEmpty() ? QString() : QStringLiteral("; slowest event: ") + slowest)
                             .arg(longestSteps(4));
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

void StallWatchdog::step(const QString& what) {
    if (!t_current)
        return;
    t_current->round(); // what ran until now belongs to the step before
    t_current->m_step = what;
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
        if (t_current->m_events)
            t_current->m_events->pauseEnds();
    }
}

} // namespace madoguchi::test
