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
#include <QMetaEnum>
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
            // The clerk who serves the visit: the core refuses every step of a visit without a signed-in clerk.
            {QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                         QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("窓口　花子"),
                         QStringLiteral("--role"), QStringLiteral("clerk")} +
                 asAdmin,
             "admin-pass-1\ncounter-pass-1\n"},
            // The terminal's copy of the staff list, which answers the sign-in, is refreshed by a sync.
            {{QStringLiteral("sync"), QStringLiteral("--once")}, {}},
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
        const counter::SignIn clerk =
            k.services->staff().signIn(QStringLiteral("clerk1"), QStringLiteral("counter-pass-1"));
        if (!clerk.ok)
            qFatal("sign-in: %s", qPrintable(clerk.message));
        k.services->setClerk(clerk);
        k.window = std::make_unique<ui::ResidentWindow>(k.services->visit(), k.services->languages());
        k.window->resize(1280, 800);
        k.window->show();
        for (const counter::ResidentLanguage& l : k.services->languages().available())
            k.codes << l.code;
        return k;
    }();
    return c;
}

QString where(Counter& c) {
    return QStringLiteral("step %1, resident page %2")
        .arg(QString::fromLatin1(QMetaEnum::fromType<Step>().valueToKey(int(c.services->visit().step()))),
             c.window->pageName());
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
    if (c.window->pageName() != QLatin1String("pin")) {
        state.SkipWithError(qPrintable(QStringLiteral("the visit did not reach the PIN page: ") + where(c)));
        return;
    }
    switchLanguages(state);
}

void reviewPage(benchmark::State& state) {
    Counter& c = bench();
    visit::VisitWorkflow& v = c.services->visit();
    // The visit as the clerk drives it (tests/gui/tst_residentscreens): each step checked, so a step the core
    // refuses says where the visit stopped instead of measuring the wrong page.
    const auto step = [&](bool done, const char* what) {
        if (!done)
            qWarning("bench_language_switch: %s refused at %s", what, qPrintable(where(c)));
        return done;
    };
    if (c.window->pageName() == QLatin1String("pin")) {
        // Some steps answer later (the registry and the household are read on the counter's worker): each waits
        // for the step it leads to.
        const auto at = [&](Step next) { return waitFor([&] { return v.step() == next; }); };
        const bool reached =
            step(v.submitPin(card::CardSecret::pin("1234")), "the PIN") && step(at(Step::Match), "reading the card") &&
            step(v.acceptMatch(), "accepting the match") && step(at(Step::Choose), "the household") &&
            step(v.chooseProcedures({QStringLiteral("resident-certificate")}), "choosing the certificate") &&
            step(v.confirmChoice(), "confirming the choice") && step(at(Step::Forms), "the forms") &&
            step(v.setField(0, QStringLiteral("purpose"), QStringLiteral("employment")).ok, "the purpose") &&
            step(v.setField(0, QStringLiteral("scope"), QStringLiteral("all")).ok, "the scope") &&
            step(v.confirmForms(), "confirming the forms") && step(at(Step::Documents), "what to bring");
        if (reached) {
            // What to bring seen, the fee paid in cash; the first press shows the summary, the second confirms.
            for (int d = 0; d < v.documents().size(); ++d)
                v.setDocumentChecked(d, true);
            if (step(v.setPaymentMethod(QStringLiteral("cash")), "cash") &&
                step(v.confirmDocuments(), "confirming the documents") && v.step() == Step::Documents)
                step(v.confirmDocuments(), "confirming the documents (second press)");
            waitFor([&] { return c.window->pageName() == QLatin1String("review"); });
        }
    }
    if (c.window->pageName() != QLatin1String("review")) {
        state.SkipWithError(qPrintable(QStringLiteral("the visit did not reach the review page: ") + where(c)));
        return;
    }
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
    bench().services.reset(); // while the application (and its SQL drivers) still exist
    return 0;
}
