// with-services: postgres
// A 10,000-visit offline backlog synced to PostgreSQL by the real sync code, against a raw batched INSERT of the same
// rows in the same run. Goal: sync ≥ 0.5× the raw rate (docs/benchmarks.md).
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Rows.h"
#include "store/Schema.h"
#include "sync/SyncRound.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <utility>

using namespace madoguchi;

namespace {
constexpr int kVisits = 10000;

struct Backlog {
    QTemporaryDir dir;
    QString prepared; // a terminal store with kVisits visits waiting in its outbox
    std::optional<privacy::KeyRing> keys;
    QList<QVariantList> visits, requests, documents, payments; // the same rows, for the raw insert
};

Backlog& backlog() {
    static Backlog b = [] {
        Backlog made;
        made.prepared = made.dir.filePath(QStringLiteral("prepared.sqlite"));
        made.keys.emplace(std::move(*privacy::KeyRing::load(made.dir.filePath(QStringLiteral("k.key"))).value));
        Result<store::Connection> local = store::Connection::openSqlite(made.prepared);
        store::Migrations::migrate(*local, store::Schema::Local);
        issuance::Issuance issuance(*local, *made.keys, {QStringLiteral("clerk"), QStringLiteral("BENCH"), {}});
        for (int i = 0; i < kVisits; ++i) {
            issuance::VisitRecord r;
            r.visit.receptionNumber = QStringLiteral("A-%1").arg(i);
            r.visit.residentId = QStringLiteral("R%1").arg(i % 5000, 6, 10, QLatin1Char('0'));
            domain::ProcedureRequest request;
            request.procedureId = QStringLiteral("juminhyo");
            request.formData = QStringLiteral("{\"purpose\":\"勤務先へ提出\"}");
            r.requests.append(request);
            r.documents.append({0, QStringLiteral("juminhyo"), r.visit.residentId, 1, 300, "content", {}});
            r.payments.append({{}, 300, domain::Payment::Method::Cash, {}, {}});
            if (!issuance.record(r))
                qFatal("cannot record the backlog");
        }
        QSqlQuery q(local->db());
        q.exec(QStringLiteral("SELECT payload FROM outbox ORDER BY seq"));
        while (q.next()) {
            const QJsonObject bundle = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            made.visits.append(
                store::rowValues(store::visitColumns(), bundle.value(QStringLiteral("visit")).toObject()));
            const auto add = [&](const char* key, const store::TableColumns& spec, QList<QVariantList>& into) {
                for (const QJsonValue& row : bundle.value(QLatin1String(key)).toArray())
                    into.append(store::rowValues(spec, row.toObject()));
            };
            add("requests", store::requestColumns(), made.requests);
            add("documents", store::documentColumns(), made.documents);
            add("payments", store::paymentColumns(), made.payments);
        }
        return made;
    }();
    return b;
}

store::Connection central() {
    Result<store::Connection> c = store::Connection::openPostgres(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
    if (!c)
        qFatal("no PostgreSQL: run through tests/bench/run.sh");
    store::Migrations::migrate(*c, store::Schema::Central);
    return std::move(*c.value);
}

void emptyCentral(const store::Connection& c) {
    c.exec(QStringLiteral("TRUNCATE visits, procedure_requests, issued_documents, payments, audit_events, kpi_counts, "
                          "kpi_copies"));
}

// What a hand-written loader would do: multi-row INSERTs of ready-made rows in one transaction, no conflict check.
void rawInsert(const store::Connection& c, const store::TableColumns& spec, const QList<QVariantList>& rows) {
    const qsizetype width = spec.columns.size();
    const qsizetype perStatement = 8000 / width;
    const QString one =
        QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    QSqlQuery q(c.db());
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype n = qMin(perStatement, rows.size() - start);
        q.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(spec.table, spec.columns.join(QLatin1Char(',')), QStringList(n, one).join(QLatin1Char(','))));
        for (qsizetype r = start; r < start + n; ++r)
            for (const QVariant& v : rows.at(r))
                q.addBindValue(v);
        if (!q.exec())
            qFatal("raw insert failed");
    }
}

void BM_RawBatchedInsert(benchmark::State& state) {
    Backlog& b = backlog();
    const store::Connection c = central();
    for (auto _ : state) {
        state.PauseTiming();
        emptyCentral(c);
        state.ResumeTiming();
        c.begin();
        rawInsert(c, store::visitColumns(), b.visits);
        rawInsert(c, store::requestColumns(), b.requests);
        rawInsert(c, store::documentColumns(), b.documents);
        rawInsert(c, store::paymentColumns(), b.payments);
        c.commit();
    }
    state.SetItemsProcessed(state.iterations() * kVisits);
}

// The KPI rollups' triggers (central v16 and v17) on or off for the run: their cost per sync batch.
void setRollupTriggers(const store::Connection& c, bool on) {
    const std::pair<const char*, const char*> triggers[] = {{"visits", "visits_kpi"},
                                                            {"procedure_requests", "procedure_requests_kpi"},
                                                            {"procedure_requests", "procedure_requests_open_data"},
                                                            {"issued_documents", "issued_documents_open_data"},
                                                            {"issued_documents", "issued_documents_open_data_void"}};
    for (const auto& [table, trigger] : triggers)
        c.exec(QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                   .arg(QLatin1String(table), on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"),
                        QLatin1String(trigger)));
}

void BM_SyncOfflineBacklog(benchmark::State& state) {
    Backlog& b = backlog();
    const store::Connection c = central();
    setRollupTriggers(c, state.range(1) != 0);
    QTemporaryDir work;
    for (auto _ : state) {
        state.PauseTiming();
        emptyCentral(c);
        const QString path = work.filePath(QStringLiteral("terminal.sqlite"));
        QFile::remove(path);
        QFile::copy(b.prepared, path);
        Result<store::Connection> local = store::Connection::openSqlite(path);
        state.ResumeTiming();
        const auto report = sync::syncOnce(*local, c, {QStringLiteral("BENCH"), static_cast<int>(state.range(0)), -1});
        if (!report || report->visitsSent != kVisits)
            state.SkipWithError("sync did not send the whole backlog");
    }
    state.SetItemsProcessed(state.iterations() * kVisits);
    setRollupTriggers(c, true);
}
} // namespace

BENCHMARK(BM_RawBatchedInsert)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
// Second argument: the KPI rollups' triggers on (1) or off (0).
BENCHMARK(BM_SyncOfflineBacklog)
    ->Args({200, 1})
    ->Args({1000, 1})
    ->Args({200, 0})
    ->Args({1000, 0})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
