// `madoguchi-cli guidance`: the guidance sheet a resident takes home, for any language and procedures, as PDF.
#include "CatalogueSources.h"
#include "CliStores.h"
#include "ResidentGuidance.h"
#include "ResidentLanguages.h"
#include "catalogue/Catalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::cli {

int runGuidance(CliContext& context) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("cli", "Resident language code (ja, vi, ne…)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("done"),
                      QCoreApplication::translate("cli", "A procedure done today (repeatable)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("next"),
                      QCoreApplication::translate("cli", "A procedure proposed for later (repeatable)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reception"), QCoreApplication::translate("cli", "Reception number."),
                      QStringLiteral("NUMBER")});
    parser.addOption(
        {QStringLiteral("out"), QCoreApplication::translate("cli", "Where to write the PDF."), QStringLiteral("FILE")});
    const int early = parseCommandLine(context, parser,
                                       QCoreApplication::translate("cli", "Write a resident's guidance sheet as PDF."));
    if (early >= 0)
        return early;
    const counter::ResidentLanguages languages;
    const QString language = parser.value(QStringLiteral("language"));
    if (languages.language(language).code.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Unknown resident language: %1").arg(language),
                            UsageError);
    if (parser.value(QStringLiteral("out")).isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give --out FILE."), UsageError);
    const TerminalCatalogue terminal = CatalogueSources::load(context.settings);
    const catalogue::CatalogueLoad& load = terminal.load;
    if (!load.ok())
        return context.fail(load.errors.first().message);
    counter::GuidanceVisit visit{language, QDate::currentDate(), parser.value(QStringLiteral("reception")),
                                 parser.values(QStringLiteral("done")), parser.values(QStringLiteral("next"))};
    for (const QString& id : visit.done + visit.next)
        if (!load.catalogue.procedure(id))
            return context.fail(QCoreApplication::translate("cli", "Unknown procedure: %1").arg(id), UsageError);
    const Outcome written = counter::writeGuidanceSheet(counter::guidanceSheet(visit, load.catalogue, languages),
                                                        parser.value(QStringLiteral("out")));
    if (!written)
        return context.fail(written.message + QLatin1Char('\n') + written.detail);
    context.out << parser.value(QStringLiteral("out")) << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
