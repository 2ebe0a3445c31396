// `madoguchi-cli visit run SCRIPT.json [--out DIR] [--json] --as LOGIN`: complete visits headless, through the
// counter's own VisitWorkflow and stores, with the simulated My Number card. docs/visit-scripts.md.
#include "CardPersona.h"
#include "CatalogueSources.h"
#include "CliSignIn.h"
#include "CliStores.h"
#include "CounterCatalogue.h"
#include "CounterServices.h"
#include "ResidentLanguages.h"
#include "SimulatedTransport.h"
#include "VirtualMyNumberCard.h"
#include "VisitScript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <memory>

namespace madoguchi::cli {

namespace {

// The simulated reader, with one card per persona for the whole run (a wrong PIN counts against that card, as on a
// real one); the visit puts its persona's card on the reader before it is read.
class PersonaCards {
public:
    void use(const QString& persona) {
        auto& reader = m_readers[persona];
        if (!reader) {
            QString error;
            const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), persona, &error);
            if (found)
                reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
        }
        *m_current = reader;
    }
    card::AsyncCardReader::TransportFactory factory() const {
        return [current = m_current]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
            const std::shared_ptr<card::SimulatedReader> reader = *current;
            if (!reader) // a visit without a card
                return card::CardError(card::CardError::Kind::NoCard, QStringLiteral("no persona on the reader"));
            return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
        };
    }

private:
    std::map<QString, std::shared_ptr<card::SimulatedReader>> m_readers;
    std::shared_ptr<std::shared_ptr<card::SimulatedReader>> m_current =
        std::make_shared<std::shared_ptr<card::SimulatedReader>>();
};

void printText(CliContext& context, const VisitReport& r) {
    QTextStream& out = context.out;
    out << QCoreApplication::translate("cli", "Visit %1%2: %3")
               .arg(r.index)
               .arg(r.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.name),
                    r.done() ? QCoreApplication::translate("cli", "done, visit %1").arg(r.visitId)
                             : QCoreApplication::translate("cli", "stopped at %1").arg(r.step))
        << Qt::endl;
    for (const FormReport& f : r.forms) {
        QStringList prefilled;
        QStringList typed;
        QStringList missing;
        for (const FieldReport& field : f.fields) {
            if (field.source == QLatin1String("typed"))
                typed << field.key;
            else if (field.source == QLatin1String("missing"))
                missing << field.key;
            else
                prefilled << QStringLiteral("%1 (%2)").arg(field.key, field.source);
        }
        out << "  " << f.procedureId << "  " << QCoreApplication::translate("cli", "fee %L1 yen").arg(f.fee)
            << Qt::endl;
        out << "    " << QCoreApplication::translate("cli", "prefilled: %1").arg(prefilled.join(QStringLiteral(", ")))
            << Qt::endl;
        out << "    " << QCoreApplication::translate("cli", "typed: %1").arg(typed.join(QStringLiteral(", ")))
            << Qt::endl;
        if (!missing.isEmpty())
            out << "    " << QCoreApplication::translate("cli", "missing: %1").arg(missing.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    for (const DocumentReport& d : r.documents)
        out << "  "
            << QCoreApplication::translate("cli", "document %1  template %2  serial %3  fee %L4 yen  %5")
                   .arg(d.procedureId, d.templateId, d.serial)
                   .arg(d.fee)
                   .arg(d.pdfPath)
            << Qt::endl;
    if (r.totalFee > 0)
        out << "  " << QCoreApplication::translate("cli", "paid %L1 yen by %2").arg(r.totalFee).arg(r.payment)
            << Qt::endl;
    for (const QString& w : r.warnings)
        out << "  " << QCoreApplication::translate("cli", "note: %1").arg(w) << Qt::endl;
    for (const ScriptError& e : r.errors)
        context.err << e.line() << Qt::endl;
}

int run(CliContext& context, const QCommandLineParser& parser, const QString& path) {
    const bool json = parser.isSet(QStringLiteral("json"));
    // The script is checked whole, against the catalogue this terminal serves, before anyone signs in or anything is
    // recorded.
    const TerminalCatalogue terminal = CatalogueSources::load(context.settings);
    if (!terminal.load.ok())
        return context.fail(QCoreApplication::translate("cli", "The procedures catalogue has errors: %1")
                                .arg(terminal.load.errors.first().message));
    const counter::CounterCatalogue catalogue(terminal.load.catalogue);
    QStringList languages;
    for (const counter::ResidentLanguage& l : counter::ResidentLanguages().available())
        languages << l.code;
    QList<ScriptError> errors;
    const VisitScript script = readScript(path, &errors);
    if (errors.isEmpty())
        errors = checkScript(script, catalogue, QDate::currentDate(), languages);
    if (!errors.isEmpty()) {
        if (json) {
            QJsonArray list;
            for (const ScriptError& e : errors)
                list.append(e.toJson());
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                     {QStringLiteral("refused"), true},
                                                     {QStringLiteral("errors"), list}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
        }
        for (const ScriptError& e : errors)
            context.err << e.line() << Qt::endl;
        context.err << QCoreApplication::translate("cli", "The script was refused; no visit was run or recorded.")
                    << Qt::endl;
        return Failure;
    }

    const std::optional<staff::Principal> who =
        signInFor(context, parser, staff::Action::ServeVisit, QFileInfo(path).fileName());
    if (!who)
        return Failure;

    PersonaCards cards;
    counter::CounterServices::Options options;
    options.cardTransport = cards.factory();
    options.startSync = false;
    if (parser.isSet(QStringLiteral("out"))) {
        options.documentDir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
        if (!QDir().mkpath(options.documentDir))
            return context.fail(
                QCoreApplication::translate("cli", "Cannot create the folder %1.").arg(options.documentDir));
    }
    auto opened = counter::CounterServices::open(context.settings, std::move(options));
    if (!opened)
        return refuse(context, opened.outcome);
    std::unique_ptr<counter::CounterServices> services = std::move(*opened.value);
    counter::SignIn clerk;
    clerk.ok = true;
    clerk.staffId = who->staffId;
    clerk.displayName = who->login;
    clerk.principal = *who;
    services->setClerk(clerk);
    visit::VisitWorkflow& workflow = services->visit();
    workflow.setInactivityTimeout(24 * 3600); // a script does not walk away from the counter
    workflow.setReviewPreview(false);         // nobody looks at a resident's screen

    QElapsedTimer clock;
    clock.start();
    QList<VisitReport> reports;
    int done = 0;
    const QString runId = QDateTime::currentDateTime().toString(QStringLiteral("HHmmss"));
    for (int i = 0; i < script.visits.size(); ++i) {
        const QString reception = QStringLiteral("S%1-%2").arg(runId).arg(i + 1, 3, 10, QLatin1Char('0'));
        VisitReport report = runScriptVisit(workflow, script, i, reception, [&](const QString& p) { cards.use(p); });
        services->waitForCard();
        done += int(report.done());
        if (!json)
            printText(context, report);
        else
            for (const ScriptError& e : report.errors)
                context.err << e.line() << Qt::endl;
        reports.append(std::move(report));
    }
    const QString guidance = services->lastGuidanceSheet(); // waits for the last sheet to be written
    const qint64 elapsed = clock.elapsed();
    services.reset(); // finishes the audit events posted to the worker, closes the stores
    const bool ok = done == script.visits.size();
    if (json) {
        QJsonArray list;
        for (const VisitReport& r : std::as_const(reports))
            list.append(r.toJson());
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), ok},
                                                 {QStringLiteral("refused"), false},
                                                 {QStringLiteral("visits"), list},
                                                 {QStringLiteral("done"), done},
                                                 {QStringLiteral("elapsed_ms"), elapsed}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("cli", "%1 of %2 visit(s) done in %3 ms.")
                           .arg(done)
                           .arg(script.visits.size())
                           .arg(elapsed)
                    << Qt::endl;
    }
    Q_UNUSED(guidance)
    return ok ? Success : Failure;
}

} // namespace

int runVisit(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), QCoreApplication::translate("cli", "run SCRIPT.json"));
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("cli", "Write the issued PDFs under DIR (one folder per day)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON.")});
    addSignInOption(parser);
    const int early =
        parseCommandLine(context, parser,
                         QCoreApplication::translate(
                             "cli", "Run scripted visits through the counter's workflow (docs/visit-scripts.md)."));
    if (early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("run"))
        return context.fail(QCoreApplication::translate("cli", "Usage: visit run SCRIPT.json [--out DIR] [--json] "
                                                               "--as LOGIN"),
                            UsageError);
    return run(context, parser, args.at(1));
}

} // namespace madoguchi::cli
