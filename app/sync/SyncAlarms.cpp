// Alarms the sync raises in the central store for the supervisor (警報).
#include "SyncAlarms.h"

#include "DataLogging.h"
#include "store/Connection.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace madoguchi::sync {

bool raiseAlarm(const store::Connection& central, const QString& terminalId, const QString& kind,
                const QString& detail) {
    qCCritical(lcSync).noquote() << "alarm" << kind << "for terminal" << terminalId << ":" << detail;
    if (central
            .scalar(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE terminal_id = ? AND kind = ? AND "
                                   "cleared_at IS NULL"),
                    {terminalId, kind})
            .toInt() > 0)
        return true;
    return central.exec(QStringLiteral("INSERT INTO sync_alarms (id, terminal_id, kind, detail, raised_at) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {QUuid::createUuid().toString(QUuid::WithoutBraces), terminalId, kind, detail,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QList<SyncAlarm> openAlarms(const store::Connection& central) {
    QList<SyncAlarm> alarms;
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, terminal_id, kind, detail, raised_at FROM sync_alarms WHERE cleared_at IS "
                               "NULL ORDER BY raised_at DESC")))
        return alarms;
    while (q.next())
        alarms.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    return alarms;
}

bool clearAlarm(const store::Connection& central, const QString& id) {
    return central.exec(QStringLiteral("UPDATE sync_alarms SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL"),
                        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
}

} // namespace madoguchi::sync
