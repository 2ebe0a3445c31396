// `madoguchi-cli print`: render a document template to PDF from a JSON file or its own sample; list the templates.
#include "CliContext.h"
#include "DocumentTemplates.h"
#include "Renderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::cli {

namespace {
int listTemplates(CliContext& context, const print::TemplateLibrary& library, bool json) {
    if (json) {
        QJsonArray list;
        for (const print::Template& t : library.templates()) {
            QJsonArray required;
            for (const print::FieldSpec& f : t.requiredFields())
                required.append(f.name);
            list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("kind"), t.kind},
                                    {QStringLiteral("required"), required}});
        }
        context.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const print::Template& t : library.templates())
            context.out << QStringLiteral("%1  %2").arg(t.id.leftJustified(24), t.title) << Qt::endl;
    }
    for (const print::PrintError& problem : library.problems())
        context.err << problem.message << Qt::endl;
    return library.problems().isEmpty() ? Success : Failure;
}

int report(CliContext& context, const print::PrintError& error) {
    context.err << error.message << Qt::endl;
    for (const print::FieldError& f : error.fields)
        context.err << QStringLiteral("  %1: %2").arg(f.field, f.message) << Qt::endl;
    context.err << QCoreApplication::translate("cli", "Nothing was written.") << Qt::endl;
    return Failure;
}
} // namespace

int runPrint(CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Render a document template to PDF; list the templates."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list-templates"),
                                        QCoreApplication::translate("cli", "List the document templates."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "With --list-templates: print a JSON array."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QCoreApplication::translate("cli", "The template to render."),
                                            QStringLiteral("id"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QCoreApplication::translate("cli", "JSON file with the document's data."),
                                        QStringLiteral("file"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"), QCoreApplication::translate("cli", "Use the template's own fictitious sample data."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("cli", "The PDF file to write."), QStringLiteral("file"));
    const QCommandLineOption serialOption(QStringLiteral("serial"),
                                          QCoreApplication::translate("cli", "The certificate's serial number."),
                                          QStringLiteral("text"));
    const QCommandLineOption codeOption(QStringLiteral("verification"),
                                        QCoreApplication::translate("cli", "The certificate's verification code."),
                                        QStringLiteral("text"));
    parser.addOptions(
        {listOption, jsonOption, templateOption, dataOption, sampleOption, outOption, serialOption, codeOption});
    if (!parser.parse(context.arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }

    const print::TemplateLibrary library = DocumentTemplates::load(context.settings);
    if (parser.isSet(listOption))
        return listTemplates(context, library, parser.isSet(jsonOption));

    if (!parser.isSet(templateOption) || !parser.isSet(outOption) ||
        parser.isSet(dataOption) == parser.isSet(sampleOption))
        return context.fail(
            QCoreApplication::translate("cli", "Give --template and --out, and either --data FILE or --sample."),
            UsageError);

    print::RenderRequest request;
    request.templateId = parser.value(templateOption);
    request.serial = parser.value(serialOption);
    request.verificationCode = parser.value(codeOption);
    if (parser.isSet(sampleOption)) {
        const print::Template* t = library.find(request.templateId);
        if (t)
            request.data = t->sample;
        // A preview is marked as such where the real serial and code would be.
        if (request.serial.isEmpty())
            request.serial = QStringLiteral("見本-000000");
        if (request.verificationCode.isEmpty())
            request.verificationCode = QStringLiteral("SAMPLE-0000");
    } else {
        QFile file(parser.value(dataOption));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("cli", "Cannot read the data file %1: %2")
                                    .arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return context.fail(
                QCoreApplication::translate(
                    "cli", "The data file %1 is not a JSON object: %2 (at byte %3). Nothing was written.")
                    .arg(file.fileName(), parseError.errorString())
                    .arg(parseError.offset));
        request.data = doc.object();
    }

    const print::Renderer renderer(library);
    const print::Result<print::Done> result = renderer.renderToFile(request, parser.value(outOption));
    if (!result.ok())
        return report(context, result.error());
    context.out << QCoreApplication::translate("cli", "Written: %1").arg(parser.value(outOption)) << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
