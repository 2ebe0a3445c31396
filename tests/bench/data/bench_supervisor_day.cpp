// with-services: postgres
// The supervisor's day view (one terminal-day, one office-day) on a central store of 2,000,000 visits, each with a
// certificate and a payment, generated server-side. Goal: ≤ 100 ms per view (docs/benchmarks.md).
#include "store/Connection.h"
#include "store/Schema.h"
#include "store/SupervisorDay.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace madoguchi;

namespace {
constexpr int kVisits = 2000000;
constexpr int kTerminals = 20;
constexpr int kDays = 365; // a year of office-days: ~5,500 visits per office-day, ~275 per terminal-day
const QDate kFirstDay(2025, 4, 1);

const store::Connection& central() {
    static store::Connection c = [] {
        Result<store::Connection> opened =
            store::Connection::openPostgres(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!opened)
            qFatal("no PostgreSQL: run through tests/bench/run.sh");
        store::Migrations::migrate(*opened, store::Schema::Central);
        const store::Connection& db = *opened;
        if (db.scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() < kVisits) {
            // generate_series on the server: rows never cross the wire, so the set-up takes a minute, not an hour.
            const auto run = [&](const QString& sql) {
                QString detail;
                if (!db.exec(sql, {}, &detail))
                    qFatal("set-up failed: %s", qPrintable(detail));
            };
            run(QStringLiteral(
                    "INSERT INTO visits (id, terminal_id, reception_number, channel, language, staff_id, resident_id, "
                    "business_date, received_at, completed_at) "
                    "SELECT 'v' || g, 'T' || lpad((g % %1)::text, 2, '0'), 'A-' || g, "
                    "CASE WHEN g % 10 = 0 THEN 'kiosk' ELSE 'counter' END, 'ja', 'clerk', 'R' || (g % 90000), "
                    "to_char(DATE '%3' + (g / (%2 / %4)) % %4, 'YYYY-MM-DD'), "
                    "to_char(DATE '%3' + (g / (%2 / %4)) % %4 + (g % 30000) * interval '1 second', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), NULL "
                    "FROM generate_series(0, %2 - 1) g")
                    .arg(kTerminals)
                    .arg(kVisits)
                    .arg(kFirstDay.toString(Qt::ISODate))
                    .arg(kDays));
            // Certificates and payments carry their visit's business day, as Issuance writes them.
            run(QStringLiteral(
                "INSERT INTO issued_documents (id, serial, visit_id, document_type, resident_id, copies, "
                "fee, content_digest, verification_code, issued_at, business_date) "
                "SELECT 'd' || v.id, 'S-' || v.id, v.id, 'juminhyo', v.resident_id, 1, 300, 'x', "
                "'C-' || v.id, v.received_at, v.business_date FROM visits v"));
            run(QStringLiteral("INSERT INTO payments (id, visit_id, amount, method, paid_at, business_date) "
                               "SELECT 'p' || v.id, v.id, 300, 'cash', v.received_at, v.business_date FROM visits v"));
            run(QStringLiteral("ANALYZE"));
        }
        return std::move(*opened.value);
    }();
    return c;
}

void BM_SupervisorTerminalDay(benchmark::State& state) {
    const store::Connection& c = central();
    int day = 0;
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto visits = store::supervisorDay(c, kFirstDay.addDays(day++ % kDays), QStringLiteral("T07"));
        if (!visits || visits->isEmpty())
            state.SkipWithError("no visits");
        rows = visits->size();
    }
    state.counters["visits"] = static_cast<double>(rows);
}

void BM_SupervisorOfficeDay(benchmark::State& state) {
    const store::Connection& c = central();
    int day = 0;
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto visits = store::supervisorDay(c, kFirstDay.addDays(day++ % kDays));
        if (!visits || visits->isEmpty())
            state.SkipWithError("no visits");
        rows = visits->size();
    }
    state.counters["visits"] = static_cast<double>(rows);
}
} // namespace

BENCHMARK(BM_SupervisorTerminalDay)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SupervisorOfficeDay)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
