// `madoguchi-cli queue groups|issue|call-next|recall|absent|serve|done|transfer|list|notice|publish`: the office's
// reception queue in the central store, the same core (queue::TicketQueue) as the counter, kiosk and lobby display.
#include "CliSignIn.h"
#include "CliStores.h"
#include "Settings.h"
#include "queue/CounterGroups.h"
#include "queue/QueuePublication.h"
#include "queue/TicketQueue.h"
#include "store/StoreLocations.h"
#include "visit/VisitPorts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::cli {

namespace {
constexpr int kNobodyWaiting = 3; // call-next: the queue is empty for this counter

void printJson(CliContext& context, const QJsonDocument& doc) {
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString groupName(const QString& id) {
    const queue::CounterGroup* group = queue::findGroup(id);
    return group ? group->name.in(QStringLiteral("ja")) : id;
}

int printTicket(CliContext& context, const queue::Ticket& ticket, bool json) {
    if (json) {
        printJson(context, QJsonDocument(QJsonObject{{QStringLiteral("ticket"), ticket.number},
                                                     {QStringLiteral("state"), ticket.state},
                                                     {QStringLiteral("group"), ticket.groupId},
                                                     {QStringLiteral("counter"), ticket.counter}}));
    } else {
        context.out << QCoreApplication::translate("cli", "%1 (%2): %3")
                           .arg(ticket.number, groupName(ticket.groupId), ticket.state)
                    << Qt::endl;
    }
    return Success;
}

queue::QueueRules rulesFrom(const Settings& settings) {
    queue::QueueRules rules;
    rules.absentMinutes = qMax(0, settings.value(QStringLiteral("queue/absent_minutes")).toInt());
    rules.absentLimit = qMax(1, settings.value(QStringLiteral("queue/absent_limit")).toInt());
    return rules;
}
} // namespace

int runQueue(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate(
            "cli", "groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | "
                   "publish"));
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("cli", "Counter group id (queue groups)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("source"),
                      QCoreApplication::translate("cli", "Where the ticket comes from: clerk (default), kiosk, "
                                                         "reservation."),
                      QStringLiteral("SOURCE"), QStringLiteral("clerk")});
    parser.addOption({QStringLiteral("counter"), QCoreApplication::translate("cli", "This counter's name, e.g. 3."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("groups"),
                      QCoreApplication::translate("cli", "Groups this counter serves, comma-separated (default: all)."),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("ticket"), QCoreApplication::translate("cli", "Ticket number, e.g. A-012."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("to-group"), QCoreApplication::translate("cli", "transfer: the new group."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("to-counter"),
                      QCoreApplication::translate("cli", "transfer: only this counter calls it."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("cli", "notice set: the notice's text."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "publish: the directory to write."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    addSignInOption(parser);
    const int early = parseCommandLine(
        context, parser,
        QCoreApplication::translate("cli", "The office's reception queue. issue needs a clerk, supervisor or kiosk "
                                           "sign-in, the counter's actions a clerk or supervisor, notice a "
                                           "supervisor: --as LOGIN, the password on standard input."));
    if (early >= 0)
        return early;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString centralUrl = parser.value(QStringLiteral("central"));

    if (action == QLatin1String("groups")) {
        QJsonArray groups;
        for (const queue::CounterGroup& group : queue::counterGroups()) {
            if (json)
                groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                          {QStringLiteral("name"), group.name.in(QStringLiteral("ja"))}});
            else
                context.out << group.id << '\t' << group.prefix << '\t' << group.name.in(QStringLiteral("ja"))
                            << Qt::endl;
        }
        if (json)
            printJson(context, QJsonDocument(groups));
        return queue::counterGroups().isEmpty() ? Failure : Success;
    }

    const QStringList known = {QStringLiteral("issue"),    QStringLiteral("call-next"), QStringLiteral("recall"),
                               QStringLiteral("absent"),   QStringLiteral("serve"),     QStringLiteral("done"),
                               QStringLiteral("transfer"), QStringLiteral("list"),      QStringLiteral("notice"),
                               QStringLiteral("publish")};
    if (!known.contains(action))
        return context.fail(QCoreApplication::translate("cli", "Unknown queue action: %1").arg(action), UsageError);
    const QString counter = parser.value(QStringLiteral("counter")).trimmed();
    const QString number = parser.value(QStringLiteral("ticket")).trimmed();
    const bool counterAction = action != QLatin1String("issue") && action != QLatin1String("list") &&
                               action != QLatin1String("notice") && action != QLatin1String("publish");
    if (counterAction && counter.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give the counter (--counter)."), UsageError);
    if (counterAction && action != QLatin1String("call-next") && number.isEmpty())
        return context.fail(QCoreApplication::translate("cli", "Give the ticket number (--ticket)."), UsageError);
    if (action == QLatin1String("issue") && !parser.isSet(QStringLiteral("group")))
        return context.fail(QCoreApplication::translate("cli", "Give the counter group (--group)."), UsageError);
    if (action == QLatin1String("publish") && !parser.isSet(QStringLiteral("out")))
        return context.fail(QCoreApplication::translate("cli", "Give the directory to write (--out)."), UsageError);
    const QString noticeAction = positional.value(1);
    if (action == QLatin1String("notice") && noticeAction != QLatin1String("set") &&
        noticeAction != QLatin1String("clear"))
        return context.fail(QCoreApplication::translate("cli", "Use queue notice set --text TEXT, or queue notice "
                                                               "clear."),
                            UsageError);

    // Read-only views carry no person and need no sign-in: they are what the lobby display and the website show.
    std::optional<staff::Principal> who;
    if (action == QLatin1String("issue")) {
        who = signInFor(context, parser, staff::Action::IssueTicket, parser.value(QStringLiteral("group")), centralUrl);
    } else if (action == QLatin1String("notice")) {
        who = signInFor(context, parser, staff::Action::SetLobbyNotice, QStringLiteral("lobby notice"), centralUrl);
    } else if (counterAction) {
        who = signInFor(context, parser, staff::Action::CallTicket, number.isEmpty() ? counter : number, centralUrl);
    } else {
        who = staff::Principal{};
    }
    if (!who)
        return Failure;
    std::optional<store::Connection> central = openCentralStore(context, centralUrl);
    if (!central)
        return Failure;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, store::terminalId(context.settings), rulesFrom(context.settings));

    if (action == QLatin1String("issue")) {
        const Result<queue::Ticket> ticket =
            tickets.issue(*who, parser.value(QStringLiteral("group")), parser.value(QStringLiteral("source")));
        if (!ticket)
            return refuse(context, ticket.outcome);
        if (json)
            printJson(context, QJsonDocument(QJsonObject{{QStringLiteral("ticket"), ticket->number},
                                                         {QStringLiteral("group"), ticket->groupId}}));
        else
            context.out << ticket->number << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("call-next")) {
        const QString groups = parser.value(QStringLiteral("groups"));
        const Result<std::optional<queue::Ticket>> called =
            tickets.callNext(*who, counter, groups.isEmpty() ? QStringList() : groups.split(QLatin1Char(',')));
        if (!called)
            return refuse(context, called.outcome);
        if (!called->has_value()) {
            context.err << QCoreApplication::translate("cli", "Nobody is waiting.") << Qt::endl;
            return kNobodyWaiting;
        }
        if (json)
            printJson(context, QJsonDocument(QJsonObject{{QStringLiteral("ticket"), (*called)->number},
                                                         {QStringLiteral("counter"), (*called)->counter}}));
        else
            context.out << (*called)->number << Qt::endl;
        return Success;
    }
    if (counterAction) {
        Result<queue::Ticket> changed;
        if (action == QLatin1String("recall"))
            changed = tickets.recall(*who, number, counter);
        else if (action == QLatin1String("absent"))
            changed = tickets.markAbsent(*who, number, counter);
        else if (action == QLatin1String("serve"))
            changed = tickets.serve(*who, number, counter);
        else if (action == QLatin1String("done"))
            changed = tickets.finish(*who, number, counter);
        else
            changed = tickets.transfer(*who, number, counter, parser.value(QStringLiteral("to-group")).trimmed(),
                                       parser.value(QStringLiteral("to-counter")).trimmed());
        if (!changed)
            return refuse(context, changed.outcome);
        return printTicket(context, *changed, json);
    }
    if (action == QLatin1String("notice")) {
        const Outcome done = noticeAction == QLatin1String("set")
                                 ? tickets.setNotice(*who, parser.value(QStringLiteral("text")))
                                 : tickets.clearNotice(*who);
        if (!done)
            return refuse(context, done);
        QString detail;
        if (!auditEvent(context, *who, QStringLiteral("queue.notice_") + noticeAction, QStringLiteral("lobby"), {},
                        &detail))
            context.err << QCoreApplication::translate("cli", "The notice was changed, but the audit trail could "
                                                              "not be written: %1")
                               .arg(detail)
                        << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("publish")) {
        const Outcome written = queue::publish(tickets, parser.value(QStringLiteral("out")));
        if (!written)
            return refuse(context, written);
        return Success;
    }
    // list
    const Result<QList<queue::Ticket>> all = tickets.list(tickets.today());
    if (!all)
        return refuse(context, all.outcome);
    QJsonArray rows;
    for (const queue::Ticket& ticket : *all) {
        if (json)
            rows.append(QJsonObject{{QStringLiteral("ticket"), ticket.number},
                                    {QStringLiteral("state"), ticket.state},
                                    {QStringLiteral("group"), ticket.groupId},
                                    {QStringLiteral("counter"), ticket.counter}});
        else
            printTicket(context, ticket, false);
    }
    if (json)
        printJson(context, QJsonDocument(rows));
    return Success;
}

} // namespace madoguchi::cli
