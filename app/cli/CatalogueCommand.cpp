// `madoguchi-cli catalogue list|check`: the procedures this terminal serves, and a municipality's files checked
// before they are put in place.
#include "CatalogueSources.h"
#include "CliStores.h"
#include "TemplateLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::cli {

namespace {
QJsonObject toJson(const catalogue::LocalizedText& text) {
    return {{QStringLiteral("ja"), text.ja}, {QStringLiteral("en"), text.en}};
}

QJsonObject toJson(const catalogue::CatalogueError& e) {
    return {{QStringLiteral("file"), e.file},
            {QStringLiteral("procedure"), e.procedure},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("detail"), e.detail}};
}

QJsonObject toJson(const catalogue::Procedure& p, const QString& directory) {
    QJsonArray fields;
    for (const catalogue::ProcedureField& f : p.fields) {
        QJsonObject field{{QStringLiteral("id"), f.id},
                          {QStringLiteral("label"), toJson(f.label)},
                          {QStringLiteral("type"), catalogue::fieldTypeName(f.type)},
                          {QStringLiteral("required"), f.required}};
        if (f.prefillSource != catalogue::PrefillSource::None)
            field.insert(QStringLiteral("prefill"), f.prefillKey);
        if (!f.validation.choices.isEmpty()) {
            QJsonArray choices;
            for (const catalogue::Choice& c : f.validation.choices)
                choices.append(c.value);
            field.insert(QStringLiteral("choices"), choices);
        }
        fields.append(field);
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), toJson(p.name)},
            {QStringLiteral("category"), catalogue::categoryName(p.category)},
            {QStringLiteral("fee"), QJsonObject{{QStringLiteral("amount"), p.fee.amount},
                                                {QStringLiteral("per"), catalogue::feeUnitName(p.fee.per)}}},
            {QStringLiteral("identity_verification"), catalogue::identityVerificationName(p.identityVerification)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("file"), p.sourceFile},
            {QStringLiteral("directory"), directory}};
}

// "childcare.json / pregnancy-notice / weeks_pregnant: message"
QString errorLine(const catalogue::CatalogueError& e) {
    QStringList where{e.file.isEmpty() ? QStringLiteral("-") : e.file};
    if (!e.procedure.isEmpty())
        where << e.procedure;
    if (!e.field.isEmpty())
        where << e.field;
    return where.join(QStringLiteral(" / ")) + QStringLiteral(": ") + e.message;
}

int list(CliContext& context, bool json) {
    const TerminalCatalogue terminal = CatalogueSources::load(context.settings);
    const catalogue::CatalogueFiles read = catalogue::readCatalogueFiles(
        terminal.fromLastGood ? QStringList{CatalogueSources::lastGoodDir(context.settings)}
                              : CatalogueSources::searchPath(context.settings));
    if (!terminal.refused.isEmpty())
        context.err << terminal.refusalMessage() << Qt::endl;
    if (!terminal.load.ok()) {
        for (const catalogue::CatalogueError& e : terminal.load.errors)
            context.err << errorLine(e) << Qt::endl;
        return Failure;
    }
    const catalogue::Catalogue& catalogue = terminal.load.catalogue;
    if (json) {
        QJsonArray procedures;
        for (const catalogue::Procedure& p : catalogue.procedures())
            procedures.append(toJson(p, read.directoryOf.value(p.sourceFile)));
        QJsonArray followUps;
        for (const catalogue::FollowUpRule& r : catalogue.followUpRules())
            followUps.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("when"), r.lifeEventId},
                                         {QStringLiteral("propose"), r.proposedProcedureId},
                                         {QStringLiteral("reason"), toJson(r.reason)}});
        QJsonObject versions;
        for (auto it = catalogue.versions().cbegin(); it != catalogue.versions().cend(); ++it)
            versions.insert(it.key(), it.value());
        QJsonArray refused;
        for (const catalogue::CatalogueError& e : terminal.refused)
            refused.append(toJson(e));
        const QJsonObject report{{QStringLiteral("procedures"), procedures},
                                 {QStringLiteral("follow_ups"), followUps},
                                 {QStringLiteral("versions"), versions},
                                 {QStringLiteral("from_last_good"), terminal.fromLastGood},
                                 {QStringLiteral("refused"), refused}};
        context.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const catalogue::Procedure& p : catalogue.procedures()) {
            const QString fee = p.fee.per == catalogue::FeeUnit::None
                                    ? QCoreApplication::translate("cli", "free")
                                    : QCoreApplication::translate("cli", "%1 yen").arg(p.fee.amount);
            context.out << p.id.leftJustified(34) << ' ' << catalogue::categoryName(p.category).leftJustified(11) << ' '
                        << fee.leftJustified(8) << ' ' << p.name.ja << "  (" << p.sourceFile << ')' << Qt::endl;
        }
    }
    return terminal.refused.isEmpty() ? Success : Failure;
}

int check(CliContext& context, const QString& directory, bool json) {
    if (!QDir(directory).exists())
        return context.fail(QCoreApplication::translate("cli", "No such directory: %1").arg(directory), UsageError);
    // A municipality directory holds catalogue/ and templates/; a plain catalogue directory holds the files.
    const QDir dir(directory);
    const bool municipality = dir.exists(QStringLiteral("catalogue")) || dir.exists(QStringLiteral("templates"));
    const QString catalogueDir = municipality ? dir.filePath(QStringLiteral("catalogue")) : directory;
    const catalogue::CatalogueFiles read =
        catalogue::readCatalogueFiles(CatalogueSources::searchPathWith(catalogueDir));
    const catalogue::CatalogueLoad load = catalogue::loadCatalogue(read);
    QList<print::PrintError> templateProblems;
    if (municipality)
        templateProblems = print::TemplateLibrary::load({dir.filePath(QStringLiteral("templates"))}).problems();
    QStringList own;
    for (auto it = read.directoryOf.cbegin(); it != read.directoryOf.cend(); ++it) {
        if (it.value() == catalogueDir)
            own << it.key();
    }
    own.sort();
    const bool ok = load.ok() && templateProblems.isEmpty();
    if (json) {
        QJsonArray errors;
        for (const catalogue::CatalogueError& e : load.errors)
            errors.append(toJson(e));
        QJsonArray templates;
        for (const print::PrintError& e : templateProblems)
            templates.append(QJsonObject{{QStringLiteral("message"), e.message}, {QStringLiteral("detail"), e.detail}});
        const QJsonObject report{{QStringLiteral("ok"), ok},
                                 {QStringLiteral("files"), QJsonArray::fromStringList(own)},
                                 {QStringLiteral("procedures"), load.ok() ? load.catalogue.procedures().size() : 0},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("template_errors"), templates}};
        context.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
        return ok ? Success : Failure;
    }
    for (const catalogue::CatalogueError& e : load.errors)
        context.err << errorLine(e) << Qt::endl;
    for (const print::PrintError& e : templateProblems)
        context.err << e.message << QStringLiteral(" (") << e.detail << ')' << Qt::endl;
    if (!ok) {
        context.err << QCoreApplication::translate("cli", "%n error(s): the terminal would refuse these files.",
                                                   nullptr, int(load.errors.size() + templateProblems.size()))
                    << Qt::endl;
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "The catalogue is correct: %n procedure(s); files from %1: %2.",
                                               nullptr, int(load.catalogue.procedures().size()))
                       .arg(directory, own.isEmpty() ? QStringLiteral("-") : own.join(QStringLiteral(", ")))
                << Qt::endl;
    return Success;
}
} // namespace

int runCatalogue(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cli", "list or check DIR"));
    parser.addOption({{QStringLiteral("json")}, QCoreApplication::translate("cli", "Print one JSON object.")});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "The procedures catalogue: list what this terminal serves (municipality "
                                           "files first, then the installed ones), or check a directory of files."));
    if (early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.size() == 1 && args.first() == QLatin1String("list"))
        return list(context, json);
    if (args.size() == 2 && args.first() == QLatin1String("check"))
        return check(context, args.at(1), json);
    return context.fail(
        QCoreApplication::translate("cli", "Use: catalogue list [--json] | catalogue check DIR [--json]"), UsageError);
}

} // namespace madoguchi::cli
