// `madoguchi-cli supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export`: the supervisor's work without
// widgets, for scripts and tests. Every subcommand signs in (--as LOGIN, the password on standard input); the core
// checks the role and audits.
#include "CardSecret.h"
#include "CliSignIn.h"
#include "CliStores.h"
#include "CounterIssuance.h"
#include "DataLogging.h"
#include "DocumentTemplates.h"
#include "Renderer.h"
#include "Settings.h"
#include "store/StoreLocations.h"
#include "supervisor/Alerts.h"
#include "supervisor/CashDesk.h"
#include "supervisor/Kpis.h"
#include "supervisor/OfficeDay.h"
#include "supervisor/OpenData.h"
#include "supervisor/VisitStory.h"
#include "supervisor/VoidRequests.h"
#include "sync/SyncRound.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace madoguchi::cli {

namespace {

QJsonObject documentJson(const supervisor::DocumentInfo& d) {
    return {{QStringLiteral("serial"), d.serial},
            {QStringLiteral("visit_id"), d.visitId},
            {QStringLiteral("terminal_id"), d.terminalId},
            {QStringLiteral("document_type"), d.documentType},
            {QStringLiteral("copies"), d.copies},
            {QStringLiteral("fee"), d.fee},
            {QStringLiteral("issued_at"), d.issuedAt},
            {QStringLiteral("business_date"), d.businessDate},
            {QStringLiteral("state"), !d.reissuedAs.isEmpty() ? QStringLiteral("reissued")
                                      : d.isVoid()            ? QStringLiteral("voided")
                                                              : QStringLiteral("issued")},
            {QStringLiteral("voided_at"), d.voidedAt},
            {QStringLiteral("void_reason"), d.voidReason},
            {QStringLiteral("voided_by"), d.voidedBy},
            {QStringLiteral("reissue_of"), d.reissueOf},
            {QStringLiteral("reissued_as"), d.reissuedAs}};
}

QJsonObject requestJson(const supervisor::VoidRequest& r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("serial"), r.serial},
            {QStringLiteral("terminal_id"), r.terminalId},
            {QStringLiteral("requested_by"), r.requestedBy},
            {QStringLiteral("requested_at"), r.requestedAt},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("decided_by"), r.decidedBy},
            {QStringLiteral("decided_at"), r.decidedAt},
            {QStringLiteral("decision_reason"), r.decisionReason}};
}

void printJson(CliContext& context, const QJsonValue& value) {
    context.out << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

struct Session {
    TerminalStores terminal;
    store::Connection central;
    staff::Principal who;
};

// The stores and the signed-in person; the role is left to the core, so a clerk's refusal comes from there.
std::optional<Session> open(CliContext& context, const QCommandLineParser& parser) {
    const QString login = parser.value(QStringLiteral("as")).trimmed();
    if (login.isEmpty()) {
        context.fail(QCoreApplication::translate("cli", "This command needs a staff sign-in: add --as LOGIN and give "
                                                        "the password on the first line of standard input."));
        return std::nullopt;
    }
    const QString centralUrl = parser.value(QStringLiteral("central"));
    std::optional<staff::Principal> who = signInFromStdin(context, login, centralUrl);
    if (!who)
        return std::nullopt;
    std::optional<TerminalStores> terminal = openTerminal(context);
    if (!terminal)
        return std::nullopt;
    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central)
        return std::nullopt;
    return Session{std::move(*terminal), std::move(*central), *who};
}

int day(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate date = parser.isSet(QStringLiteral("date"))
                           ? QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
                           : QDate::currentDate();
    if (!date.isValid())
        return context.fail(QCoreApplication::translate("cli", "Give --date as YYYY-MM-DD."), UsageError);
    const auto visits = supervisor::officeDay(s.terminal.local, s.central, *s.terminal.keys, s.terminal.terminalId,
                                              s.who, date, parser.value(QStringLiteral("terminal")));
    if (!visits)
        return refuse(context, visits.outcome);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const store::VisitSummary& v : *visits) {
            rows.append(QJsonObject{{QStringLiteral("visit_id"), v.visitId},
                                    {QStringLiteral("terminal_id"), v.terminalId},
                                    {QStringLiteral("reception_number"), v.receptionNumber},
                                    {QStringLiteral("channel"), v.channel},
                                    {QStringLiteral("language"), v.language},
                                    {QStringLiteral("received_at"), v.receivedAt},
                                    {QStringLiteral("completed_at"), v.completedAt},
                                    {QStringLiteral("documents"), v.documents},
                                    {QStringLiteral("voided"), v.voided},
                                    {QStringLiteral("fees"), v.fees},
                                    {QStringLiteral("paid"), v.paid}});
        }
        printJson(context, rows);
        return Success;
    }
    for (const store::VisitSummary& v : *visits) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                           .arg(v.receivedAt, v.terminalId, v.receptionNumber, v.channel)
                           .arg(v.documents)
                           .arg(v.fees)
                           .arg(v.visitId);
    }
    context.out
        << QCoreApplication::translate("cli", "%1 visit(s) on %2.").arg(visits->size()).arg(date.toString(Qt::ISODate))
        << Qt::endl;
    return Success;
}

int visit(CliContext& context, const QCommandLineParser& parser, Session& s, const QString& visitId) {
    const auto story =
        supervisor::visitStory(s.terminal.local, s.central, *s.terminal.keys, s.terminal.terminalId, s.who, visitId);
    if (!story)
        return refuse(context, story.outcome);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray requests, documents, payments, events, chains;
        for (const supervisor::StoryRequest& r : story->requests)
            requests.append(QJsonObject{{QStringLiteral("procedure_id"), r.procedureId},
                                        {QStringLiteral("status"), r.status},
                                        {QStringLiteral("my_number_kept"), r.myNumberKept}});
        for (const supervisor::DocumentInfo& d : story->documents)
            documents.append(documentJson(d));
        for (const supervisor::StoryPayment& p : story->payments)
            payments.append(QJsonObject{{QStringLiteral("method"), p.method}, {QStringLiteral("amount"), p.amount}});
        for (const supervisor::StoryEvent& e : story->events)
            events.append(QJsonObject{{QStringLiteral("terminal_id"), e.event.terminalId},
                                      {QStringLiteral("seq"), e.event.seq},
                                      {QStringLiteral("at"), e.event.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("actor"), e.event.actor},
                                      {QStringLiteral("action"), e.event.action},
                                      {QStringLiteral("subject"), e.event.subject},
                                      {QStringLiteral("reason"), e.event.reason},
                                      {QStringLiteral("after_break"), e.afterBreak}});
        for (const supervisor::ChainCheck& c : story->chains)
            chains.append(QJsonObject{{QStringLiteral("terminal_id"), c.terminalId},
                                      {QStringLiteral("checked"), c.report.checked},
                                      {QStringLiteral("intact"), c.report.intact()},
                                      {QStringLiteral("first_bad_seq"), c.report.firstBadSeq},
                                      {QStringLiteral("problem"), c.report.problem}});
        const supervisor::StoryVisit& v = story->visit;
        printJson(context, QJsonObject{{QStringLiteral("visit"),
                                        QJsonObject{{QStringLiteral("id"), v.id},
                                                    {QStringLiteral("terminal_id"), v.terminalId},
                                                    {QStringLiteral("reception_number"), v.receptionNumber},
                                                    {QStringLiteral("channel"), v.channel},
                                                    {QStringLiteral("staff_id"), v.staffId},
                                                    {QStringLiteral("resident_id"), v.residentId},
                                                    {QStringLiteral("business_date"), v.businessDate},
                                                    {QStringLiteral("received_at"), v.receivedAt},
                                                    {QStringLiteral("completed_at"), v.completedAt}}},
                                       {QStringLiteral("requests"), requests},
                                       {QStringLiteral("documents"), documents},
                                       {QStringLiteral("payments"), payments},
                                       {QStringLiteral("events"), events},
                                       {QStringLiteral("chains"), chains},
                                       {QStringLiteral("intact"), story->intact()}});
        return Success;
    }
    context.out << QCoreApplication::translate("cli", "Visit %1 (%2, %3) at %4.")
                       .arg(story->visit.receptionNumber, story->visit.terminalId, story->visit.channel,
                            story->visit.receivedAt)
                << Qt::endl;
    for (const supervisor::DocumentInfo& d : story->documents)
        context.out << QStringLiteral("  %1 %2 %3 %4\n").arg(d.serial, d.documentType).arg(d.fee).arg(d.voidedAt);
    for (const supervisor::StoryEvent& e : story->events)
        context.out << QStringLiteral("  %1 %2#%3 %4 %5 %6%7\n")
                           .arg(e.event.at.toString(Qt::ISODateWithMs), e.event.terminalId)
                           .arg(e.event.seq)
                           .arg(e.event.actor, e.event.action, e.event.subject,
                                e.afterBreak ? QStringLiteral(" !") : QString());
    for (const supervisor::ChainCheck& c : story->chains) {
        if (!c.report.intact())
            context.out << QCoreApplication::translate("cli", "The audit trail of %1 is broken at event %2: %3.")
                               .arg(c.terminalId)
                               .arg(c.report.firstBadSeq)
                               .arg(c.report.problem)
                        << Qt::endl;
    }
    return story->intact() ? Success : Failure;
}

// A request goes out with the terminal's sync; try once now so the supervisor sees it at once.
void deliver(CliContext& context, Session& s) {
    const auto sent = sync::syncOnce(s.terminal.local, s.central, {s.terminal.terminalId, 100, -1});
    if (!sent) {
        qCWarning(lcSync) << "void request kept for the next sync:" << sent.outcome.detail;
        context.err << QCoreApplication::translate("cli", "The centre did not take it yet; it is sent with the next "
                                                          "sync.")
                    << Qt::endl;
    }
}

int voids(CliContext& context, const QCommandLineParser& parser, Session& s, const QStringList& args) {
    supervisor::VoidDesk desk(s.terminal.local, s.central, *s.terminal.keys, {{}, s.terminal.terminalId, {}});
    const QString action = args.value(1);
    const QString reason = parser.value(QStringLiteral("reason"));
    if (action == QLatin1String("list")) {
        const auto list = desk.requests(s.who, parser.value(QStringLiteral("state")));
        if (!list)
            return refuse(context, list.outcome);
        QJsonArray rows;
        for (const supervisor::VoidRequest& r : *list) {
            rows.append(requestJson(r));
            if (!parser.isSet(QStringLiteral("json")))
                context.out
                    << QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(r.id, r.serial, r.state, r.requestedAt, r.reason);
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(context, rows);
        return Success;
    }
    if (args.size() != 3)
        return context.fail(QCoreApplication::translate("cli", "Say void request|direct SERIAL, void approve|refuse "
                                                               "REQUEST-ID, or void list."),
                            UsageError);
    const QString target = args.at(2);
    if (action == QLatin1String("request")) {
        const auto id = desk.requestVoid(s.who, target, reason);
        if (!id)
            return refuse(context, id.outcome);
        deliver(context, s);
        context.out
            << QCoreApplication::translate("cli", "Void of %1 requested (%2); a supervisor decides.").arg(target, *id)
            << Qt::endl;
        return Success;
    }
    Outcome done;
    if (action == QLatin1String("approve") || action == QLatin1String("refuse"))
        done = desk.decide(s.who, target, action == QLatin1String("approve"), reason);
    else if (action == QLatin1String("direct"))
        done = desk.voidDirectly(s.who, target, reason);
    else
        return context.fail(QCoreApplication::translate("cli", "Unknown void action %1.").arg(action), UsageError);
    if (!done)
        return refuse(context, done);
    context.out << QCoreApplication::translate("cli", "Done: %1 %2.").arg(action, target) << Qt::endl;
    return Success;
}

int reissue(CliContext& context, const QCommandLineParser& parser, Session& s, const QString& serial) {
    supervisor::VoidDesk desk(s.terminal.local, s.central, *s.terminal.keys, {{}, s.terminal.terminalId, {}});
    auto made = desk.reissue(s.who, serial, parser.value(QStringLiteral("reason")));
    if (!made)
        return refuse(context, made.outcome);
    // The new paper, from what the old one printed, as the counter renders it: into --out, else the terminal's
    // document folder (one folder per day). The reissue is recorded either way (exit 0); a paper that cannot be made
    // is said on stderr and in the JSON's print_problem.
    supervisor::Reissued& r = *made.value;
    const QString out = parser.isSet(QStringLiteral("out"))
                            ? parser.value(QStringLiteral("out"))
                            : context.settings.value(QStringLiteral("print/document_dir"));
    const print::Renderer renderer(DocumentTemplates::load(context.settings));
    const visit::SystemClock clock;
    const counter::CounterIssuance issuance(s.terminal.local, *s.terminal.keys, renderer, clock,
                                            {context.settings.value(QStringLiteral("office/addressee")),
                                             context.settings.value(QStringLiteral("office/issuer")), out});
    r.pdfPath = issuance.renderReissue(r.printed, r.document.visitId, r.document.serial, r.verificationCode,
                                       &r.certificate, &r.printProblem);
    card::secureWipe(r.printed);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject row = documentJson(r.document);
        row.insert(QStringLiteral("verification_code"), r.verificationCode);
        row.insert(QStringLiteral("pdf"), r.pdfPath);
        row.insert(QStringLiteral("security_paper"), r.certificate);
        if (!r.printProblem.isEmpty())
            row.insert(QStringLiteral("print_problem"), r.printProblem);
        printJson(context, row);
        return Success;
    }
    context.out << QCoreApplication::translate("cli", "%1 reissued as %2, verification code %3.")
                       .arg(serial, r.document.serial, r.verificationCode)
                << Qt::endl;
    if (r.pdfPath.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "The reissue is recorded, but no new paper was made: %1")
                           .arg(r.printProblem)
                    << Qt::endl;
        return Success; // the reissue itself is done and audited; what is missing is said
    }
    context.out << QCoreApplication::translate("cli", "New paper: %1 (%2)")
                       .arg(r.pdfPath, r.certificate ? QCoreApplication::translate("cli", "security paper")
                                                     : QCoreApplication::translate("cli", "plain paper"))
                << Qt::endl;
    return Success;
}

QJsonObject cashJson(const supervisor::DayCash& d) {
    QJsonArray terminals;
    for (const supervisor::TerminalCash& t : d.terminals)
        terminals.append(supervisor::terminalCashJson(t));
    return {{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
            {QStringLiteral("closed"), d.closed},
            {QStringLiteral("closed_by"), d.closedBy},
            {QStringLiteral("closed_at"), d.closedAt},
            {QStringLiteral("terminals"), terminals}};
}

void printCash(CliContext& context, const QCommandLineParser& parser, const supervisor::DayCash& d) {
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context, cashJson(d));
        return;
    }
    for (const supervisor::TerminalCash& t : d.terminals) {
        QStringList methods;
        for (const supervisor::MethodTotal& m : t.methods)
            methods << QStringLiteral("%1 %2").arg(m.method).arg(m.amount);
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                           .arg(t.terminalId, methods.join(QLatin1Char(' ')))
                           .arg(t.expectedCash)
                           .arg(t.counted ? QString::number(t.countedCash) : QStringLiteral("-"))
                           .arg(t.difference)
                           .arg(t.reason);
    }
    if (d.closed)
        context.out << QCoreApplication::translate("cli", "Closed by %1 at %2.").arg(d.closedBy, d.closedAt)
                    << Qt::endl;
}

QDate dayOption(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("date")) ? QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
                                                : QDate::currentDate();
}

// "10000=2,1000=5,100=3": pieces per denomination; false on anything else.
bool parseCounts(const QString& text, QMap<int, int>* counts) {
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        bool okDenomination = false;
        bool okPieces = false;
        if (pair.size() != 2)
            return false;
        const int denomination = pair.at(0).trimmed().toInt(&okDenomination);
        const int pieces = pair.at(1).trimmed().toInt(&okPieces);
        if (!okDenomination || !okPieces)
            return false;
        (*counts)[denomination] += pieces;
    }
    return true;
}

int reconcile(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate date = dayOption(parser);
    if (!date.isValid())
        return context.fail(QCoreApplication::translate("cli", "Give --date as YYYY-MM-DD."), UsageError);
    supervisor::CashDesk desk(s.terminal.local, s.central, *s.terminal.keys, s.terminal.terminalId);
    if (parser.isSet(QStringLiteral("count"))) {
        QMap<int, int> counts;
        if (!parseCounts(parser.value(QStringLiteral("count")), &counts) || !parser.isSet(QStringLiteral("terminal")))
            return context.fail(QCoreApplication::translate("cli", "Give --terminal ID and --count as "
                                                                   "DENOMINATION=PIECES,…, e.g. 1000=3,100=4."),
                                UsageError);
        const Outcome counted = desk.count(s.who, parser.value(QStringLiteral("terminal")), date, counts,
                                           parser.value(QStringLiteral("reason")));
        if (!counted)
            return refuse(context, counted);
    }
    const auto day = desk.day(s.who, date);
    if (!day)
        return refuse(context, day.outcome);
    printCash(context, parser, *day);
    return Success;
}

int close(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate date = dayOption(parser);
    if (!date.isValid())
        return context.fail(QCoreApplication::translate("cli", "Give --date as YYYY-MM-DD."), UsageError);
    supervisor::CashDesk desk(s.terminal.local, s.central, *s.terminal.keys, s.terminal.terminalId);
    const auto closed = desk.close(s.who, date);
    if (!closed)
        return refuse(context, closed.outcome);
    printCash(context, parser, *closed);
    if (!parser.isSet(QStringLiteral("out")))
        return Success;
    // The 日報 of every terminal, from the figures just kept.
    const QDir dir(parser.value(QStringLiteral("out")));
    if (!QDir().mkpath(dir.path()))
        return context.fail(QCoreApplication::translate("cli", "Cannot create %1.").arg(dir.path()));
    const print::Renderer renderer(DocumentTemplates::load(context.settings));
    for (const supervisor::TerminalCash& t : closed->terminals) {
        const QJsonObject data = supervisor::nippoData(closed->figures, t.terminalId);
        if (data.value(QStringLiteral("visits")).toArray().isEmpty())
            continue;
        const QString path =
            dir.filePath(QStringLiteral("nippo-%1-%2.pdf").arg(date.toString(Qt::ISODate), t.terminalId));
        const auto written = renderer.renderToFile({QStringLiteral("nippo"), data, {}, {}}, path);
        if (!written.ok()) {
            context.err << written.error().message << Qt::endl;
            for (const print::FieldError& f : written.error().fields)
                context.err << QStringLiteral("  %1: %2").arg(f.field, f.message) << Qt::endl;
            return Failure;
        }
        context.err << QCoreApplication::translate("cli", "Written: %1").arg(path) << Qt::endl;
    }
    return Success;
}

int reopen(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate date = dayOption(parser);
    if (!date.isValid() || !parser.isSet(QStringLiteral("date")))
        return context.fail(QCoreApplication::translate("cli", "Give --date as YYYY-MM-DD."), UsageError);
    supervisor::CashDesk desk(s.terminal.local, s.central, *s.terminal.keys, s.terminal.terminalId);
    const Outcome reopened = desk.reopen(s.who, date, parser.value(QStringLiteral("reason")));
    if (!reopened)
        return refuse(context, reopened);
    context.out << QCoreApplication::translate("cli", "The day %1 is open again.").arg(date.toString(Qt::ISODate))
                << Qt::endl;
    return Success;
}

int kpi(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    supervisor::KpiBucket bucket = supervisor::KpiBucket::Day;
    if (!from.isValid() || !to.isValid() || from > to ||
        (parser.isSet(QStringLiteral("by")) && !supervisor::parseBucket(parser.value(QStringLiteral("by")), &bucket)))
        return context.fail(QCoreApplication::translate("cli", "Give --from and --to as dates (from not after to) and "
                                                               "--by hour, day or month."),
                            UsageError);
    const auto k = supervisor::kpis(s.central, s.who, from, to, bucket);
    if (!k) {
        if (!staff::authorize(s.who, staff::Action::ViewKpis))
            authorizeFor(context, s.who, staff::Action::ViewKpis, QStringLiteral("kpi"));
        return refuse(context, k.outcome);
    }
    const QJsonObject o = supervisor::toJson(*k);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context, o);
        return Success;
    }
    context.out << QCoreApplication::translate("cli", "%1 visit(s), %2 procedure(s); card identified: %3; kiosk "
                                                      "pre-entries: %4.")
                       .arg(k->visits)
                       .arg(k->procedures)
                       .arg(k->cardIdentified)
                       .arg(k->kioskPreEntries)
                << Qt::endl;
    for (const supervisor::InterpreterUse& u : k->interpreters)
        context.out << QCoreApplication::translate("cli", "Interpreter (%1): %2 visit(s), %3 min.")
                           .arg(u.language)
                           .arg(u.visits)
                           .arg(u.minutes)
                    << Qt::endl;
    for (const supervisor::KpiCount& c : k->byBucket)
        context.out << QStringLiteral("%1\t%2\t%3\n").arg(c.key).arg(c.visits).arg(c.procedures);
    return Success;
}

int exportOpenData(CliContext& context, const QCommandLineParser& parser, Session& s) {
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to || !parser.isSet(QStringLiteral("out")))
        return context.fail(QCoreApplication::translate("cli", "Give --from and --to as dates (from not after to) and "
                                                               "--out DIR."),
                            UsageError);
    const auto written = supervisor::writeOpenDataFiles(
        s.central, s.terminal.local, *s.terminal.keys, s.terminal.terminalId, s.who, from, to,
        context.settings.value(QStringLiteral("office/municipality_code")),
        context.settings.value(QStringLiteral("office/municipality_name")), parser.value(QStringLiteral("out")));
    if (!written)
        return refuse(context, written.outcome);
    const supervisor::OpenDataReport* report = &written->report;
    context.out << QCoreApplication::translate("cli", "%1 row(s) written to %2 and %3; %4 row(s) under %5 visits "
                                                      "left out.")
                       .arg(report->rows)
                       .arg(written->csvPath, written->jsonPath)
                       .arg(report->suppressed)
                       .arg(supervisor::kMinimumVisits)
                << Qt::endl;
    return Success;
}

int alerts(CliContext& context, const QCommandLineParser& parser, Session& s) {
    supervisor::AlertOptions options;
    bool ok = true;
    options.staleMinutes =
        parser.isSet(QStringLiteral("stale-minutes"))
            ? parser.value(QStringLiteral("stale-minutes")).toInt(&ok)
            : qBound(1, context.settings.value(QStringLiteral("supervisor/stale_sync_minutes")).toInt(), 1440);
    if (!ok || options.staleMinutes < 1)
        return context.fail(QCoreApplication::translate("cli", "Give --stale-minutes as a number of minutes (1 or "
                                                               "more)."),
                            UsageError);
    const auto found = supervisor::officeAlerts(s.central, *s.terminal.keys, s.who, options);
    if (!found) {
        if (!staff::authorize(s.who, staff::Action::ViewSupervisorDay))
            authorizeFor(context, s.who, staff::Action::ViewSupervisorDay, QStringLiteral("alerts"));
        return refuse(context, found.outcome);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const supervisor::Alert& a : *found)
            rows.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("terminal_id"), a.terminalId},
                                    {QStringLiteral("since"), a.since},
                                    {QStringLiteral("detail"), a.detail},
                                    {QStringLiteral("alarm_id"), a.alarmId}});
        printJson(context, rows);
        return Success;
    }
    for (const supervisor::Alert& a : *found)
        context.out << QStringLiteral("%1\t%2\t%3\t%4\n").arg(a.kind, a.terminalId, a.since, a.detail);
    context.out << QCoreApplication::translate("cli", "%n alert(s).", nullptr, int(found->size())) << Qt::endl;
    return Success;
}

} // namespace

int runSupervisor(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate(
            "cli", "day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts"),
        QStringLiteral("day|visit|void|reissue|reconcile|close|reopen|kpi|export|alerts"));
    addSignInOption(parser);
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("cli", "The day, YYYY-MM-DD (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("terminal"), QCoreApplication::translate("cli", "Only this terminal."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("cli", "Why (required for every change)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate("cli", "void list: only pending, approved or refused requests."),
                      QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("cli", "reconcile: the counted cash, DENOMINATION=PIECES,…"),
                      QStringLiteral("COUNTS")});
    parser.addOption(
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "cli",
             "close: write the 日報 PDFs here; reissue: the new paper (default: the terminal's document folder)."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("cli", "export: first day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("cli", "export: last day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("cli", "kpi: hour, day or month."),
                      QStringLiteral("BUCKET")});
    parser.addOption({QStringLiteral("stale-minutes"),
                      QCoreApplication::translate("cli", "alerts: a terminal silent this long is named (default: "
                                                         "supervisor/stale_sync_minutes)."),
                      QStringLiteral("MINUTES")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate(
            "cli", "The supervisor's work: day [--date D] [--terminal T]; visit ID; void request SERIAL | void list | "
                   "void approve ID | void refuse ID | void direct SERIAL (each with --reason); reissue SERIAL "
                   "--reason; reconcile [--date D] [--terminal T --count 1000=3,… --reason R]; close [--date D] "
                   "[--out DIR]; reopen --date D --reason R; kpi --from D --to D [--by hour|day|month]; export --from "
                   "D --to D --out DIR (open data); alerts [--stale-minutes N]. Sign in with --as LOGIN, the password "
                   "on standard input."));
    if (early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(0);
    const bool known =
        (what == QLatin1String("day") && args.size() == 1) || (what == QLatin1String("visit") && args.size() == 2) ||
        (what == QLatin1String("void") && args.size() >= 2) || (what == QLatin1String("reissue") && args.size() == 2) ||
        ((what == QLatin1String("reconcile") || what == QLatin1String("close") || what == QLatin1String("reopen") ||
          what == QLatin1String("export") || what == QLatin1String("kpi") || what == QLatin1String("alerts")) &&
         args.size() == 1);
    if (!known)
        return context.fail(
            QCoreApplication::translate(
                "cli", "Say day, visit ID, void …, reissue SERIAL, reconcile, close, reopen, kpi, export or alerts."),
            UsageError);
    std::optional<Session> session = open(context, parser);
    if (!session)
        return Failure;
    if (what == QLatin1String("day"))
        return day(context, parser, *session);
    if (what == QLatin1String("visit"))
        return visit(context, parser, *session, args.at(1));
    if (what == QLatin1String("void"))
        return voids(context, parser, *session, args);
    if (what == QLatin1String("reconcile"))
        return reconcile(context, parser, *session);
    if (what == QLatin1String("close"))
        return close(context, parser, *session);
    if (what == QLatin1String("reopen"))
        return reopen(context, parser, *session);
    if (what == QLatin1String("kpi"))
        return kpi(context, parser, *session);
    if (what == QLatin1String("export"))
        return exportOpenData(context, parser, *session);
    if (what == QLatin1String("alerts"))
        return alerts(context, parser, *session);
    return reissue(context, parser, *session, args.at(1));
}

} // namespace madoguchi::cli
