// Benchmarks of the registry CSV import (rows per second) and of matching one card against N residents.
#include "catalogue/Catalogue.h"
#include "registry/RegistryCsv.h"
#include "registry/ResidentMatch.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace madoguchi::registry;

namespace {

// A synthetic registry of `households` households of three: household, resident ×3, seal, tax rows.
QByteArray syntheticCsv(int households) {
    QByteArray csv = "record,id,household_id,head_resident_id,postal_code,address,family_name,given_name,"
                     "family_name_kana,given_name_kana,birth_date,sex,relationship,resident_since,resident_id,"
                     "registration_number,registered_on,fiscal_year,income,resident_tax,resident_tax_paid\n";
    const char* givens[] = {"太郎,タロウ,1", "花子,ハナコ,2", "一郎,イチロウ,1"};
    const char* relationships[] = {"世帯主", "妻", "長男"};
    for (int h = 0; h < households; ++h) {
        const QByteArray hid = "H" + QByteArray::number(h);
        const QByteArray head = "R" + QByteArray::number(h * 3);
        csv += "household," + hid + ",," + head + ",1800012,東京都武蔵野市緑町" + QByteArray::number(h % 5 + 1) +
               "丁目" + QByteArray::number(h % 30 + 1) + "番" + QByteArray::number(h % 20 + 1) + "号,,,,,,,,,,,,,,,\n";
        for (int m = 0; m < 3; ++m) {
            const QList<QByteArray> g = QByteArray(givens[m]).split(',');
            const QByteArray birth = QByteArray::number(1950 + (h + m * 20) % 50) + "-0" + QByteArray::number(m + 1) +
                                     "-1" + QByteArray::number(h % 9);
            csv += "resident,R" + QByteArray::number(h * 3 + m) + "," + hid + ",,,,山田," + g[0] + ",ヤマダ," + g[1] +
                   "," + birth + "," + g[2] + "," + relationships[m] + ",2020-01-01,,,,,,,\n";
        }
        csv += "seal,,,,,,,,,,,,,," + head + ",S" + QByteArray::number(h) + ",2020-02-01,,,,\n";
        csv += "tax,,,,,,,,,,,,,," + head + ",,,2025,4000000,300000,300000\n";
    }
    return csv;
}

void BM_ParseRegistryCsv(benchmark::State& state) {
    const QByteArray csv = syntheticCsv(int(state.range(0)));
    qsizetype rows = 0;
    for (auto _ : state) {
        const RegistryImport result = parseRegistryCsv(csv);
        if (!result.ok())
            state.SkipWithError("synthetic registry refused");
        rows = result.households.size() + result.residents.size() + result.seals.size() + result.taxes.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] =
        benchmark::Counter(double(rows) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseRegistryCsv)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_MatchCard(benchmark::State& state) {
    const RegistryImport registry = parseRegistryCsv(syntheticCsv(int(state.range(0)) / 3));
    const CardIdentity card{u"山田　太郎"_s, u"東京都武蔵野市緑町１丁目１番１号"_s, QDate(1950, 1, 10), u"1"_s};
    for (auto _ : state)
        benchmark::DoNotOptimize(matchCard(card, registry.residents, registry.households));
    state.counters["residents"] = double(registry.residents.size());
}
// The store narrows by birth date or name first: tens of residents; the large sizes show the cost of not doing so.
BENCHMARK(BM_MatchCard)->Arg(30)->Arg(300)->Arg(30000)->Unit(benchmark::kMicrosecond);

void BM_LoadShippedCatalogue(benchmark::State& state) {
    for (auto _ : state) {
        const auto load =
            madoguchi::catalogue::loadCatalogueDirectory(madoguchi::catalogue::Catalogue::kShippedDirectory);
        if (!load.ok())
            state.SkipWithError("shipped catalogue refused");
        benchmark::DoNotOptimize(load);
    }
}
BENCHMARK(BM_LoadShippedCatalogue)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*=false"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
