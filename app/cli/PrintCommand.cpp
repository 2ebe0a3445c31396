// `madoguchi-cli print`: render a document template to PDF from a JSON file or its own sample; list the templates.
#include "CliContext.h"
#include "CliSignIn.h"
#include "CliStores.h"
#include "DocumentTemplates.h"
#include "Renderer.h"
#include "printer/PrintSpooler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// Sends one PDF to the printer configured for `kind` and follows the job until it is printed, held up or refused.
// `reprintBy` is set for a kept document printed again: it is recorded under that staff member first.
int sendToPrinter(CliContext& context, const QString& pdfPath, const QString& kindName, int waitSeconds,
                  const std::optional<staff::Principal>& reprintBy) {
    printer::PaperKind kind;
    if (!printer::paperKindFromName(kindName, &kind))
        return context.fail(
            QCoreApplication::translate("cli", "--to takes certificate, form or ticket, not \"%1\".").arg(kindName),
            UsageError);
    const printer::PrinterSetup setup = printer::PrinterSetup::fromSettings(context.settings);
    if (!setup.destination(kind).configured())
        return context.fail(QCoreApplication::translate("cli", "No printer is set for the %1 (printer/%2_queue). "
                                                               "The PDF is kept: %3")
                                .arg(printer::paperKindLabel(kind), kindName, pdfPath));
    if (reprintBy) {
        // A reprint of a kept document reads resident data again: it goes into the audit trail first, under the
        // staff member who signed in.
        QString detail;
        if (!auditEvent(context, *reprintBy, QStringLiteral("document.reprint"), QFileInfo(pdfPath).fileName(),
                        QStringLiteral("reprint from the CLI"), &detail)) {
            return refuse(context,
                          Outcome::failure(QCoreApplication::translate(
                                               "cli", "The reprint could not be recorded; nothing was printed."),
                                           detail));
        }
    }
    printer::PrintSpooler spooler(setup);
    const QString key = QFileInfo(pdfPath).absoluteFilePath();
    spooler.print({key, key, QFileInfo(pdfPath).completeBaseName(), kind, 1, 0});
    // Until printed or refused; a job held up (paper, offline, stopped queue) stays queued and is reported.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitSeconds * 1000) {
        spooler.waitUntilQuiet(waitSeconds * 1000 - static_cast<int>(timer.elapsed()));
        const printer::PrintProgress p = spooler.progress(key);
        if (p.settled() || p.stage == printer::PrintProgress::Stage::Waiting)
            break;
    }
    const printer::PrintProgress p = spooler.progress(key);
    if (p.stage == printer::PrintProgress::Stage::Printed) {
        context.out << printer::progressText(p) << Qt::endl;
        return Success;
    }
    if (p.stage == printer::PrintProgress::Stage::Queued || p.stage == printer::PrintProgress::Stage::Printing) {
        context.out << printer::progressText(p) << Qt::endl;
        context.err << QCoreApplication::translate("cli", "Not printed yet after %1 s; the job stays in the queue.")
                           .arg(waitSeconds)
                    << Qt::endl;
        return Failure;
    }
    context.err << printer::progressText(p) << Qt::endl;
    return Failure;
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
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("cli", "Also print it on the printer set for this kind of paper: certificate, "
                                           "form or ticket (printer/*_queue, printer/*_tray)."),
        QStringLiteral("kind"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"),
        QCoreApplication::translate(
            "cli",
            "Print this kept PDF again (with --to and --as; recorded in the audit trail under the staff member)."),
        QStringLiteral("file"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"), QCoreApplication::translate("cli", "Seconds to follow the print job (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({listOption, jsonOption, templateOption, dataOption, sampleOption, outOption, serialOption,
                       codeOption, toOption, pdfOption, waitOption});
    addSignInOption(parser);
    if (!parser.parse(context.arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }

    bool waitOk = false;
    const int waitSeconds = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || waitSeconds < 1 || waitSeconds > 3600)
        return context.fail(QCoreApplication::translate("cli", "--wait takes seconds, 1 to 3600."), UsageError);
    if (parser.isSet(pdfOption)) {
        if (!parser.isSet(toOption))
            return context.fail(QCoreApplication::translate("cli", "--pdf needs --to KIND."), UsageError);
        // A kept PDF is an issued document with the resident's data: printing it again is part of serving a visit,
        // the same check as a reprint at the counter, made before the file is even looked at.
        const QString pdf = parser.value(pdfOption);
        const std::optional<staff::Principal> who =
            signInFor(context, parser, staff::Action::ServeVisit, QFileInfo(pdf).fileName());
        if (!who)
            return Failure;
        if (!QFileInfo(pdf).isFile())
            return context.fail(QCoreApplication::translate("cli", "No such PDF: %1").arg(pdf));
        return sendToPrinter(context, pdf, parser.value(toOption), waitSeconds, who);
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
    if (parser.isSet(toOption))
        return sendToPrinter(context, parser.value(outOption), parser.value(toOption), waitSeconds, std::nullopt);
    return Success;
}

} // namespace madoguchi::cli
