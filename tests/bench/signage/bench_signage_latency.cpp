// A ticket called in another process → shown on the lobby display: p50/p95 on PostgreSQL (LISTEN/NOTIFY) and on the
// embedded SQLite store (polling). Goal: p95 ≤ 500 ms on PostgreSQL, ≤ 1 s embedded (docs/benchmarks.md).
// with-services: postgres
// One process runs the real display (LobbyWatch + SignageWindow, offscreen); a second process (this binary again)
// issues and calls a ticket at irregular intervals and prints the wall-clock time right after each commit; the
// latency is the moment the window shows that number minus that time (same machine, same clock).
// usage: bench_signage_latency [CALLS]   (default 100 per store)
#include "Outcome.h"
#include "TestServices.h"
#include "counter/ResidentLanguages.h"
#include "queue/CounterGroups.h"
#include "queue/LobbyWatch.h"
#include "queue/TicketQueue.h"
#include "signage/SignageWindow.h"
#include "store/Schema.h"
#include "visit/VisitPorts.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace madoguchi;

namespace {
const char* const kWorker = "MADOGUCHI_BENCH_SIGNAGE_WORKER";

int runWorker(const QString& location, int calls) {
    Result<store::Connection> central = store::Connection::open(location);
    if (!central)
        return 2;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, QStringLiteral("bench"));
    const staff::Principal clerk{QStringLiteral("id-bench"), QStringLiteral("bench"), domain::Role::Clerk, true};
    const QString group = queue::counterGroups().first().id;
    QTextStream out(stdout);
    for (int i = 0; i < calls; ++i) {
        // Irregular gaps, so the calls do not line up with the embedded store's polling.
        QThread::msleep(250 + QRandomGenerator::global()->bounded(250));
        const Result<queue::Ticket> issued = tickets.issue(clerk, group, QStringLiteral("kiosk"));
        if (!issued)
            return 3;
        const Result<queue::Ticket> called = tickets.call(clerk, issued->number, QStringLiteral("%1").arg(i % 5 + 1));
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        if (!called)
            return 4;
        out << called->number << ' ' << at << Qt::endl;
    }
    return 0;
}

double percentile(QList<qint64> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = qsizetype(rank);
    const auto high = std::min(low + 1, values.size() - 1);
    return double(values[low]) + (rank - double(low)) * double(values[high] - values[low]);
}

bool measure(const char* name, const QString& location, int calls) {
    Result<store::Connection> opened = store::Connection::open(location);
    if (!opened || !store::Migrations::migrate(*opened, store::Schema::Central)) {
        std::fprintf(stderr, "%s: cannot prepare the store\n", name);
        return false;
    }
    const counter::ResidentLanguages languages;
    queue::LobbyWatch::Options options;
    options.centralLocation = location;
    queue::LobbyWatch watch(options);
    ui::SignageWindow window(languages);
    QObject::connect(&watch, &queue::LobbyWatch::changed, &window, &ui::SignageWindow::showState);
    window.resize(1920, 1080);
    window.show();
    watch.start();
    QElapsedTimer wait;
    wait.start();
    while (!watch.state().reachable && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    QHash<QString, qint64> committed; // number → when the other process committed its call
    QHash<QString, qint64> shown;     // number → when the window first showed it
    QObject::connect(&window, &ui::SignageWindow::stateShown, &window, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString& number : window.callingNumbers()) {
            if (!shown.contains(number))
                shown.insert(number, now);
        }
    });
    QProcess worker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kWorker), location);
    worker.setProcessEnvironment(env);
    QObject::connect(&worker, &QProcess::readyReadStandardOutput, &worker, [&] {
        while (worker.canReadLine()) {
            const QStringList parts = QString::fromUtf8(worker.readLine()).trimmed().split(QLatin1Char(' '));
            committed.insert(parts.value(0), parts.value(1).toLongLong());
        }
    });
    worker.start(QCoreApplication::applicationFilePath(), {QString::number(calls)});
    while (worker.state() != QProcess::NotRunning || worker.bytesAvailable() > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    wait.restart();
    while (wait.elapsed() < 3000) // the last call's way to the screen
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (worker.exitCode() != 0) {
        std::fprintf(stderr, "%s: the calling process failed (%d): %s\n", name, worker.exitCode(),
                     worker.readAllStandardError().constData());
        return false;
    }
    QList<qint64> latencies;
    int missed = 0;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (!shown.contains(it.key())) {
            ++missed;
            continue;
        }
        latencies.append(std::max<qint64>(0, shown.value(it.key()) - it.value()));
    }
    std::printf(
        "%-22s calls %3d  shown %3lld  missed %d  p50 %6.1f ms  p95 %6.1f ms  max %5lld ms\n", name, calls,
        static_cast<long long>(latencies.size()), missed, percentile(latencies, 0.5), percentile(latencies, 0.95),
        static_cast<long long>(latencies.isEmpty() ? 0 : *std::max_element(latencies.begin(), latencies.end())));
    std::fflush(stdout);
    return missed == 0;
}
} // namespace

int main(int argc, char** argv) {
    if (const QString location = qEnvironmentVariable(kWorker); !location.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWorker(location, app.arguments().value(1).toInt());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int calls = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100;
    QTemporaryDir dir;
    bool ok = measure("embedded (SQLite)", dir.filePath(QStringLiteral("central.sqlite")), calls);
    if (test::TestServices::hasPostgres())
        ok = measure("PostgreSQL (LISTEN)", test::TestServices::postgresUrl(), calls) && ok;
    else
        std::fprintf(stderr, "no PostgreSQL: run through tests/bench/run.sh bench_signage_latency\n");
    return ok ? 0 : 1;
}
