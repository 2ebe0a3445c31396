// `call-next` throughput with 20 concurrent counters on a 500-ticket queue, and the longest wait for the lock: on the
// embedded SQLite store (BEGIN IMMEDIATE: the counters queue on the file's write lock) and on PostgreSQL 15
// (SELECT … FOR UPDATE SKIP LOCKED). docs/benchmarks.md, lobby section.
// with-services: postgres
// 20 processes (this binary again), each one counter with its own connection, wait until all are connected, then
// press F2 (TicketQueue::callNext) as fast as they can until nobody waits. Each call is timed from before the
// transaction begins to after it commits; the lock wait is that time minus the median of one counter calling alone
// on the same queue (measured first, on another 500 tickets). Every ticket must be called exactly once.
// usage: bench_call_next [COUNTERS [TICKETS]]   (default 20 500)
#include "Outcome.h"
#include "TestServices.h"
#include "queue/CounterGroups.h"
#include "queue/TicketQueue.h"
#include "store/Schema.h"
#include "visit/VisitPorts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <vector>

using namespace madoguchi;

namespace {
const char* const kWorker = "MADOGUCHI_BENCH_CALL_NEXT_WORKER"; // the store's location: run as one counter

staff::Principal clerk(const QString& login) {
    return {QStringLiteral("id-") + login, login, domain::Role::Clerk, true};
}

qint64 nowUs() {
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// One counter: connects, says "ready", waits for "go" on stdin, then calls until nobody waits. Prints one line per
// call ("<number> <microseconds>") and, last, "span <first start µs> <last end µs>" (epoch, this machine's clock).
int runWorker(const QString& location, const QString& counter) {
    Result<store::Connection> central = store::Connection::open(location);
    if (!central)
        return 2;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, counter);
    const staff::Principal who = clerk(counter);
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != "go")
        return 3;
    QStringList lines;
    const qint64 start = nowUs();
    QElapsedTimer timer;
    for (;;) {
        timer.start();
        const Result<std::optional<queue::Ticket>> called = tickets.callNext(who, counter);
        const qint64 us = timer.nsecsElapsed() / 1000;
        if (!called) {
            QTextStream(stderr) << called.outcome.detail << Qt::endl;
            return 1;
        }
        if (!called->has_value())
            break;
        lines << QStringLiteral("%1 %2").arg((*called)->number).arg(us);
    }
    const qint64 end = nowUs();
    for (const QString& line : lines)
        out << line << '\n';
    out << "span " << start << ' ' << end << Qt::endl;
    return 0;
}

double percentile(std::vector<qint64> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = size_t(rank);
    const auto high = std::min(low + 1, values.size() - 1);
    return double(values[low]) + (rank - double(low)) * double(values[high] - values[low]);
}

bool fill(const QString& location, int count) {
    Result<store::Connection> central = store::Connection::open(location);
    if (!central)
        return false;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, QStringLiteral("kiosk"));
    const staff::Principal kiosk{QStringLiteral("kiosk-bench"), QStringLiteral("kiosk"), domain::Role::Kiosk, true};
    const QList<queue::CounterGroup>& groups = queue::counterGroups();
    for (int n = 0; n < count; ++n)
        if (!tickets.issue(kiosk, groups.at(n % groups.size()).id, QStringLiteral("kiosk")))
            return false;
    return true;
}

struct Round {
    std::vector<qint64> callsUs; // every call's time, all counters
    QHash<QString, int> calledBy;
    int duplicates = 0;
    int countersThatCalled = 0;
    qint64 wallUs = 0;
    bool ok = false;
};

// `counters` processes against `location` until nobody waits.
Round runCounters(const QString& location, int counters) {
    Round round;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < counters; ++w) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kWorker), location);
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("counter-%1").arg(w + 1)});
        workers.push_back(std::move(p));
    }
    // Everyone connected before anyone calls: the calls overlap from the first.
    for (auto& p : workers) {
        if (!p->waitForStarted(30000) || !p->waitForReadyRead(60000) || p->readLine().trimmed() != "ready") {
            std::fprintf(stderr, "a counter did not start: %s\n", p->readAllStandardError().constData());
            return round;
        }
    }
    // QProcess writes when asked to wait (there is no event loop here): each "go" is flushed before the next.
    for (auto& p : workers) {
        p->write("go\n");
        p->waitForBytesWritten(5000);
        p->closeWriteChannel();
    }
    qint64 first = std::numeric_limits<qint64>::max(), last = 0;
    for (int w = 0; w < counters; ++w) {
        QProcess& p = *workers[size_t(w)];
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "counter %d failed: %s\n", w + 1, p.readAllStandardError().constData());
            return round;
        }
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        int calls = 0;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts.at(0) == "span") {
                first = std::min(first, parts.at(1).toLongLong());
                last = std::max(last, parts.at(2).toLongLong());
            } else if (parts.size() == 2) {
                const QString number = QString::fromLatin1(parts.at(0));
                if (round.calledBy.contains(number))
                    ++round.duplicates;
                round.calledBy.insert(number, w);
                round.callsUs.push_back(parts.at(1).toLongLong());
                ++calls;
            }
        }
        round.countersThatCalled += calls > 0 ? 1 : 0;
    }
    round.wallUs = last - first;
    round.ok = true;
    return round;
}

bool measure(const char* name, const QString& location, int counters, int ticketCount) {
    {
        Result<store::Connection> opened = store::Connection::open(location);
        if (!opened || !store::Migrations::migrate(*opened, store::Schema::Central)) {
            std::fprintf(stderr, "%s: cannot prepare the store\n", name);
            return false;
        }
    }
    // One counter alone: what a call costs without anyone to wait for.
    if (!fill(location, ticketCount)) {
        std::fprintf(stderr, "%s: cannot issue the tickets\n", name);
        return false;
    }
    const Round alone = runCounters(location, 1);
    if (!alone.ok)
        return false;
    const double baseUs = percentile(alone.callsUs, 0.5);
    // The same queue length again, then all the counters at once.
    if (!fill(location, ticketCount)) {
        std::fprintf(stderr, "%s: cannot issue the tickets\n", name);
        return false;
    }
    const Round all = runCounters(location, counters);
    if (!all.ok)
        return false;
    const bool exactlyOnce = all.duplicates == 0 && int(all.calledBy.size()) == ticketCount;
    const qint64 maxUs = all.callsUs.empty() ? 0 : *std::max_element(all.callsUs.begin(), all.callsUs.end());
    std::printf("%-20s 1 counter: %4d calls in %7.1f ms = %6.1f calls/s, median call %6.2f ms\n", name,
                int(alone.callsUs.size()), double(alone.wallUs) / 1000.0,
                alone.wallUs > 0 ? double(alone.callsUs.size()) * 1e6 / double(alone.wallUs) : 0.0, baseUs / 1000.0);
    std::printf("%-20s %d counters: %4d calls in %7.1f ms = %6.1f calls/s (%d counters called), exactly once: %s\n",
                name, counters, int(all.callsUs.size()), double(all.wallUs) / 1000.0,
                all.wallUs > 0 ? double(all.callsUs.size()) * 1e6 / double(all.wallUs) : 0.0, all.countersThatCalled,
                exactlyOnce ? "yes" : "NO");
    std::printf("%-20s   call p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms; longest wait for the lock "
                "(max - alone's median) %7.2f ms\n",
                name, percentile(all.callsUs, 0.5) / 1000.0, percentile(all.callsUs, 0.95) / 1000.0,
                percentile(all.callsUs, 0.99) / 1000.0, double(maxUs) / 1000.0,
                std::max(0.0, double(maxUs) - baseUs) / 1000.0);
    std::fflush(stdout);
    return exactlyOnce;
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}
} // namespace

int main(int argc, char** argv) {
    if (const QString location = qEnvironmentVariable(kWorker); !location.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWorker(location, app.arguments().value(1));
    }
    QCoreApplication app(argc, argv);
    const int counters = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 20;
    const int tickets = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 500;
    std::printf("load average before: %s (cores: %d)\n", qPrintable(loadAverage()), QThread::idealThreadCount());
    QTemporaryDir dir;
    bool ok = measure("embedded (SQLite)", dir.filePath(QStringLiteral("central.sqlite")), counters, tickets);
    if (test::TestServices::hasPostgres()) {
        const QString url = test::TestServices::postgresUrl();
        Result<store::Connection> admin = store::Connection::openPostgres(url);
        const QString name = QStringLiteral("bench_call_next");
        if (!admin || !admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) ||
            !admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            std::fprintf(stderr, "cannot create the PostgreSQL database\n");
            return 1;
        }
        ok = measure("PostgreSQL 15", url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + name, counters, tickets) && ok;
    } else {
        std::fprintf(stderr, "no PostgreSQL: run through tests/bench/run.sh bench_call_next\n");
    }
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return ok ? 0 : 1;
}
