// Congestion for the city's website: queue.json and index.html from the queue's public views only.
#include "QueuePublication.h"

#include "CounterGroups.h"
#include "DataLogging.h"
#include "TicketQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace madoguchi::queue {

namespace {
// The page is static: it reloads itself, so a resident waiting outside sees their number come up.
QString page(const QJsonObject& content) {
    QString rows;
    for (const QJsonValue& value : content.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        QStringList calling;
        for (const QJsonValue& number : group.value(QStringLiteral("calling")).toArray())
            calling.append(number.toString().toHtmlEscaped());
        const QJsonObject name = group.value(QStringLiteral("name")).toObject();
        rows += QStringLiteral("<tr><th>%1<br><small>%2</small></th><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(name.value(QStringLiteral("ja")).toString().toHtmlEscaped(),
                         name.value(QStringLiteral("en")).toString().toHtmlEscaped(),
                         calling.isEmpty() ? QStringLiteral("–") : calling.join(QStringLiteral(" ")))
                    .arg(group.value(QStringLiteral("waiting")).toInt())
                    .arg(group.value(QStringLiteral("estimated_minutes")).toInt());
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
               "<meta http-equiv=\"refresh\" content=\"30\"><meta name=\"viewport\" "
               "content=\"width=device-width\"><title>窓口の混雑状況 / Counter waiting times</title>"
               "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #555;padding:.5em;text-align:left}td{font-size:1.4em}</style></head>\n"
               "<body><h1>窓口の混雑状況 <small>Counter waiting times</small></h1>\n"
               "<table><tr><th>窓口 / Counter</th><th>呼出中 / Now calling</th><th>待ち人数 / Waiting</th>"
               "<th>待ち時間の目安（分） / Estimated wait (min)</th></tr>\n%1</table>\n"
               "<p>更新 / Updated: %2</p></body></html>\n")
        .arg(rows, content.value(QStringLiteral("generated_at")).toString().toHtmlEscaped());
}

bool writePublic(const QString& path, const QByteArray& bytes, QString* detail) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *detail = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // Public by design (the web server serves it), unlike everything else this process writes.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}
} // namespace

Result<QJsonObject> congestion(const TicketQueue& queue) {
    const QDate day = queue.today();
    const Result<QList<GroupWaiting>> waiting = queue.waitingByGroup(day);
    if (!waiting)
        return Result<QJsonObject>::refused(waiting.outcome);
    const Result<QList<Ticket>> tickets = queue.list(day);
    if (!tickets)
        return Result<QJsonObject>::refused(tickets.outcome);
    QJsonArray groups;
    for (const GroupWaiting& group : *waiting) {
        const CounterGroup* data = findGroup(group.groupId);
        QJsonArray calling;
        for (const Ticket& ticket : *tickets) {
            if (ticket.groupId == group.groupId &&
                (ticket.state == QLatin1String("called") || ticket.state == QLatin1String("serving")))
                calling.append(ticket.number);
        }
        groups.append(QJsonObject{
            {QStringLiteral("id"), group.groupId},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("ja"), data ? data->name.in(QStringLiteral("ja")) : group.groupId},
                         {QStringLiteral("en"), data ? data->name.in(QStringLiteral("en")) : group.groupId}}},
            {QStringLiteral("waiting"), group.waiting},
            {QStringLiteral("estimated_minutes"), group.estimatedMinutes},
            {QStringLiteral("calling"), calling},
        });
    }
    return Result<QJsonObject>::of(QJsonObject{
        {QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("groups"), groups},
    });
}

Outcome publish(const TicketQueue& queue, const QString& directory) {
    const Result<QJsonObject> content = congestion(queue);
    if (!content)
        return content.outcome;
    QString detail;
    if (!QDir().mkpath(directory))
        detail = QStringLiteral("cannot create %1").arg(directory);
    const QDir dir(directory);
    if (detail.isEmpty() &&
        writePublic(dir.filePath(QStringLiteral("queue.json")), QJsonDocument(*content).toJson(QJsonDocument::Indented),
                    &detail) &&
        writePublic(dir.filePath(QStringLiteral("index.html")), page(*content).toUtf8(), &detail)) {
        qCInfo(lcStore) << "queue: congestion published to" << directory;
        return Outcome::success();
    }
    qCWarning(lcStore).noquote() << "queue: publishing failed:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("queue", "The waiting times could not be written to %1.").arg(directory), detail);
}

} // namespace madoguchi::queue
