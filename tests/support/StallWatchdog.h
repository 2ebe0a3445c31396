// How long the GUI thread was held: a 10 ms timer that must come round, the longest gap between two rounds.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QTimer>

#include <memory>

namespace madoguchi::test {

// Measures stalls of the thread it is made on (the GUI thread in the GUI tests). A stall is the time between two
// rounds less the time the thread was ready to run but the machine's CPUs were taken by other processes (2 cores
// shared by several builds here, /proc/self/task/<tid>/schedstat): what is left is the thread busy or blocked — what
// the clerk would feel on an idle terminal. A test helper that sends events without the event loop (key clicks,
// typed characters) calls tick() after each one, so each event is measured on its own; what the test itself blocks on
// (pdftotext, a CLI run, its own SQL checks) is left out with a Pause.
class StallWatchdog {
public:
    StallWatchdog();
    ~StallWatchdog();
    StallWatchdog(const StallWatchdog&) = delete;
    StallWatchdog& operator=(const StallWatchdog&) = delete;

    // Milliseconds: the longest stall, and the same by the wall clock (with waits for a CPU).
    qint64 longest();
    qint64 longestWall();
    // Appends "LABEL: longest GUI-thread stall N ms (wall M ms)" to the file named by MADOGUCHI_STALL_FIGURES, when
    // that is set; always logs it.
    void report(const QString& label);

    // A round now, on the watchdog of this thread if there is one.
    static void tick();
    // A round now, and names what the test does from here on ("openCounter: services", "key F10 on …"): the longest
    // stall and the slowest event are reported with the step they fell in and when (ms since the watchdog started).
    static void step(const QString& what);
    // While one lives, the time does not count (the test's own blocking work).
    class Pause {
    public:
        Pause();
        ~Pause();
        Pause(const Pause&) = delete;
        Pause& operator=(const Pause&) = delete;
    };

    // The event whose delivery started the longest quiet span of the thread (no other event began until it ended):
    // what held it, as "type to Class (objectName), N ms by the wall clock". Empty when nothing was measured.
    QString slowestEvent() const;
    // The step in which the longest stall fell, "STEP at N ms".
    QString longestStep() const;
    // The `count` steps with the longest stalls, longest first: "STEP N ms, …".
    QString longestSteps(int count) const;

private:
    class EventClock;
    void round();
    std::unique_ptr<EventClock> m_events;

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_lastWaitNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestWallNs = 0;
    int m_paused = 0;
    QString m_step = QStringLiteral("start");
    QString m_longestStep;
    qint64 m_longestAtNs = 0;
    QHash<QString, qint64> m_longestByStep; // the longest stall of each step (ns)
    StallWatchdog* m_previous = nullptr;
};

} // namespace madoguchi::test
