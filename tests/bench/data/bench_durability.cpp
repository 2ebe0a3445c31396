// What synchronous=FULL (the terminal store's setting: a committed issuance survives a power loss) costs against
// NORMAL (WAL's default, which may lose the last commits): one counter issuance (a visit with its request,
// certificate, payment, outbox bundle and audit events, in one transaction, through issuance::Issuance) per
// iteration, on the disk the store would be on (the working directory, not tmpfs). docs/benchmarks.md.
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

issuance::VisitRecord oneVisit(int i) {
    issuance::VisitRecord r;
    r.visit.receptionNumber = QStringLiteral("A-%1").arg(i);
    r.visit.residentId = QStringLiteral("R%1").arg(i % 5000, 6, 10, QLatin1Char('0'));
    domain::ProcedureRequest request;
    request.procedureId = QStringLiteral("juminhyo");
    request.formData = QStringLiteral("{\"purpose\":\"勤務先へ提出\"}");
    r.requests.append(request);
    r.documents.append({0, QStringLiteral("juminhyo"), r.visit.residentId, 1, 300, "content", {}});
    r.payments.append({{}, 300, domain::Payment::Method::Cash, {}, {}});
    return r;
}

// Arg 1: FULL (what Connection::openSqlite sets), 0: NORMAL.
void BM_IssuanceCommit(benchmark::State& state) {
    const bool full = state.range(0) == 1;
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-durability-XXXXXX")));
    if (!dir.isValid()) {
        state.SkipWithError("cannot create a folder in the working directory");
        return;
    }
    Result<privacy::KeyRing> keys = privacy::KeyRing::load(dir.filePath(QStringLiteral("office.key")));
    Result<store::Connection> local = store::Connection::openSqlite(dir.filePath(QStringLiteral("terminal.sqlite")));
    if (!keys || !local || !store::Migrations::migrate(*local, store::Schema::Local)) {
        state.SkipWithError("cannot open the store");
        return;
    }
    if (!full)
        local->exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const QString mode = local->scalar(QStringLiteral("PRAGMA synchronous")).toString();
    if (mode != (full ? QLatin1String("2") : QLatin1String("1"))) {
        state.SkipWithError("synchronous is not what was asked for");
        return;
    }
    issuance::Issuance issuance(*local, *keys.value, {QStringLiteral("clerk"), QStringLiteral("BENCH"), {}});
    int i = 0;
    for (auto _ : state) {
        if (!issuance.record(oneVisit(i++))) {
            state.SkipWithError("the issuance was not recorded");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(full ? "synchronous=FULL" : "synchronous=NORMAL");
}
} // namespace

BENCHMARK(BM_IssuanceCommit)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(300)
    ->Repetitions(3)
    ->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
