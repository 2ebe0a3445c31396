// The cost of synchronous=FULL for the terminal's store: one issuance (visit, request, certificate, payment, audit
// event, outbox row — one transaction) recorded with synchronous=NORMAL and with FULL, the store on the real disk
// (not tmpfs, where fsync costs nothing). The terminal uses FULL (app/store/Connection.cpp); see docs/benchmarks.md.
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace madoguchi;

namespace {
issuance::VisitRecord visitNumber(int i) {
    issuance::VisitRecord r;
    r.visit.receptionNumber = QStringLiteral("A-%1").arg(i);
    r.visit.residentId = QStringLiteral("R%1").arg(i % 5000, 6, 10, QLatin1Char('0'));
    domain::ProcedureRequest request;
    request.procedureId = QStringLiteral("juminhyo");
    request.formData = QStringLiteral("{\"purpose\":\"勤務先へ提出\"}");
    r.requests.append(request);
    r.documents.append({0, QStringLiteral("juminhyo"), r.visit.residentId, 1, 300, "content"});
    r.payments.append({{}, 300, domain::Payment::Method::Cash, {}});
    return r;
}

// state.range(0): 1 = NORMAL, 2 = FULL (SQLite's numbering).
void BM_RecordIssuance(benchmark::State& state) {
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("durability-XXXXXX")));
    auto keys = privacy::KeyRing::load(dir.filePath(QStringLiteral("k.key")));
    Result<store::Connection> local = store::Connection::openSqlite(dir.filePath(QStringLiteral("local.sqlite")));
    if (!dir.isValid() || !keys || !local) {
        state.SkipWithError("cannot prepare the store");
        return;
    }
    store::Migrations::migrate(*local, store::Schema::Local);
    local->exec(state.range(0) == 2 ? QStringLiteral("PRAGMA synchronous=FULL")
                                    : QStringLiteral("PRAGMA synchronous=NORMAL"));
    state.SetLabel(local->scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2 ? "FULL" : "NORMAL");
    issuance::Issuance issuance(*local, *keys, {QStringLiteral("clerk"), QStringLiteral("BENCH"), {}});
    int i = 0;
    for (auto _ : state) {
        if (!issuance.record(visitNumber(i++))) {
            state.SkipWithError("cannot record");
            return;
        }
    }
    state.SetItemsProcessed(i);
}
} // namespace

BENCHMARK(BM_RecordIssuance)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(300)->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
