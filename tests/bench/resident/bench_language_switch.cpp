// Switching the resident's language: from the touch to a repainted resident window, on the welcome page, the PIN
// page and the review page of a real visit (simulated card, real stores and catalogue). Goal: ≤ 100 ms
// (docs/benchmarks.md). Runs under QT_QPA_PLATFORM=offscreen; needs MADOGUCHI_CLI (tests/bench/run.sh sets it).
#include "CardPersona.h"
#include "CounterServices.h"
#include "LanguagePicker.h"
#include "ResidentLanguages.h"
#include "ResidentWindow.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "VirtualMyNumberCard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;

namespace {

struct Counter {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<counter::CounterServices> services;
    std::unique_ptr<ui::ResidentWindow> window;
    QStringList codes;
};

bool waitFor(const std::function<bool()>& done) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

Counter& bench() {
    static Counter c = [] {
        Counter k;
        qputenv("MADOGUCHI_DATA_DIR", k.dir.path().toUtf8());
        const QString config = k.dir.filePath(QStringLiteral("madoguchi.ini"));
        const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
        const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
        if (cli.isEmpty() || source.isEmpty())
            qFatal("run through tests/bench/run.sh (MADOGUCHI_CLI, MADOGUCHI_SOURCE_DIR)");
        const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
        const struct {
            QStringList args;
            QByteArray input;
        } steps[] = {
            {{QStringLiteral("db"), QStringLiteral("init")}, {}},
            {{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
              QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"),
              QStringLiteral("admin")},
             "admin-pass-1\n"},
            {QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                         source + QStringLiteral("/resources/demo/registry.csv")} +
                 asAdmin,
             "admin-pass-1\n"},
        };
        for (const auto& step : steps) {
            QProcess p;
            p.start(cli, QStringList{QStringLiteral("--config"), config} + step.args);
            p.write(step.input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                qFatal("set-up failed: %s", p.readAllStandardError().constData());
        }
        k.settings = std::make_unique<Settings>(config);
        QString error;
        const auto persona =
            card::CardPersona::find(card::CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
        auto reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*persona));
        counter::CounterServices::Options options;
        options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
            return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
        };
        options.startSync = false;
        auto opened = counter::CounterServices::open(*k.settings, std::move(options));
        if (!opened)
            qFatal("counter: %s", qPrintable(opened.outcome.detail));
        k.services = std::move(*opened.value);
        k.window = std::make_unique<ui::ResidentWindow>(k.services->visit(), k.services->languages());
        k.window->resize(1280, 800);
        k.window->show();
        for (const counter::ResidentLanguage& l : k.services->languages().available())
            k.codes << l.code;
        return k;
    }();
    return c;
}

// One switch: the touch on the language's button, then a synchronous repaint of the whole window.
void switchLanguages(benchmark::State& state) {
    Counter& c = bench();
    int i = 0;
    for (auto _ : state) {
        const QString code = c.codes.at(++i % c.codes.size());
        auto* button = c.window->languagePicker()->findChild<QPushButton*>(QStringLiteral("language_") + code);
        button->click();
        c.window->repaint();
    }
    state.counters["languages"] = double(c.codes.size());
}

void welcomePage(benchmark::State& state) {
    switchLanguages(state);
}

void pinPage(benchmark::State& state) {
    Counter& c = bench();
    visit::VisitWorkflow& v = c.services->visit();
    if (v.step() == Step::Idle) {
        v.start({});
        v.useCard();
        waitFor([&] { return c.window->pageName() == QLatin1String("pin"); });
    }
    switchLanguages(state);
}

void reviewPage(benchmark::State& state) {
    Counter& c = bench();
    visit::VisitWorkflow& v = c.services->visit();
    if (c.window->pageName() == QLatin1String("pin")) {
        v.submitPin(card::CardSecret::pin("1234"));
        waitFor([&] { return v.step() == Step::Match; });
        v.acceptMatch();
        v.chooseProcedures({QStringLiteral("resident-certificate")});
        v.confirmChoice();
        v.setField(0, QStringLiteral("purpose"), QStringLiteral("employment"));
        v.setField(0, QStringLiteral("scope"), QStringLiteral("all"));
        v.setField(0, QStringLiteral("copies"), QStringLiteral("1"));
        v.confirmForms();
        for (int d = 0; d < v.documents().size(); ++d)
            v.setDocumentChecked(d, true);
        v.setPaymentMethod(QStringLiteral("cash"));
        v.confirmDocuments();
        v.confirmDocuments();
        waitFor([&] { return c.window->pageName() == QLatin1String("review"); });
    }
    if (c.window->pageName() != QLatin1String("review"))
        state.SkipWithError("the visit did not reach the review page");
    switchLanguages(state);
}

} // namespace

BENCHMARK(welcomePage)->Unit(benchmark::kMillisecond);
BENCHMARK(pinPage)->Unit(benchmark::kMillisecond);
BENCHMARK(reviewPage)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench().window.reset();
    bench().services->waitForCard();
    return 0;
}
