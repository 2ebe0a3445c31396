// Open data: one aggregated row per day, procedure and channel, streamed from a forward-only query to CSV and JSON:
// from the rollups on PostgreSQL (central v17), else from a scan of visits, requests and certificates.
#include "OpenData.h"

#include "DataLogging.h"
#include "audit/AuditTrail.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::supervisor {

namespace {
// Text cells are quoted when they hold a separator, a quote or a line break (RFC 4180).
QByteArray csvCell(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

QString channelLabel(const QString& channel) {
    return channel == QLatin1String("kiosk") ? QStringLiteral("キオスク端末") : QStringLiteral("窓口");
}
} // namespace

QString municipalityCode(const QString& fiveDigits) {
    static const QRegularExpression five(QStringLiteral("^[0-9]{5}$"));
    if (!five.match(fiveDigits).hasMatch())
        return {};
    int sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += fiveDigits.at(i).digitValue() * (6 - i);
    const int check = (11 - sum % 11) % 10;
    return fiveDigits + QString::number(check);
}

QStringList openDataHeader() {
    return {QStringLiteral("全国地方公共団体コード"),
            QStringLiteral("地方公共団体名"),
            QStringLiteral("年月日"),
            QStringLiteral("手続ID"),
            QStringLiteral("受付区分"),
            QStringLiteral("来庁件数"),
            QStringLiteral("手続件数"),
            QStringLiteral("交付通数")};
}

QString openDataFileName(const QString& code6, const QString& extension) {
    return QStringLiteral("%1_counter_procedures.%2").arg(code6, extension);
}

bool openDataRollupsReadable(const store::Connection& central) {
    if (central.backend() != store::Backend::Postgres)
        return false;
    return central
        .scalar(QStringLiteral("SELECT to_regclass('kpi_copies') IS NOT NULL AND to_regclass('kpi_counts') IS NOT NULL "
                               "AND has_table_privilege('kpi_copies', 'SELECT') AND "
                               "has_table_privilege('kpi_counts', 'SELECT')"))
        .toBool();
}

Result<OpenDataReport> exportOpenData(const store::Connection& central, const staff::Principal& who, const QDate& from,
                                      const QDate& to, const QString& municipalityCode5,
                                      const QString& municipalityName, QIODevice* csv, QIODevice* json,
                                      OpenDataSource source) {
    using R = Result<OpenDataReport>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ExportData); !allowed)
        return R::refused(allowed);
    const QString code = municipalityCode(municipalityCode5);
    if (code.isEmpty() || municipalityName.trimmed().isEmpty())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "Set the municipality's five-digit code and name "
                                                      "(office/municipality_code, office/municipality_name)."),
            QStringLiteral("municipality code '%1'").arg(municipalityCode5)));
    if (!from.isValid() || !to.isValid() || from > to)
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "Give a valid period."),
                                           QStringLiteral("bad period")));
    // Per day, procedure and channel: distinct visits, requests, and copies of certificates still valid issued on a
    // day of the period. The aggregation is the database's; the rows come one by one.
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    if (source == OpenDataSource::Best && openDataRollupsReadable(central)) {
        // The day rows of the rollups, summed over the offices this role may read; the same columns, order and
        // values as the scan below.
        q.prepare(QStringLiteral(
            "SELECT c.period, c.procedure_id, c.channel, c.visits, c.requests, coalesce(d.copies, 0) "
            "FROM (SELECT period, substr(key, strpos(key, ':') + 1) AS procedure_id, split_part(key, ':', 1) AS "
            "channel, "
            "             sum(visits)::bigint AS visits, sum(procedures)::bigint AS requests FROM kpi_counts "
            "      WHERE grain = 'd' AND dimension = 'procedure_channel' AND period >= ? AND period <= ? "
            "      GROUP BY 1, 2, 3) c "
            "LEFT JOIN (SELECT business_date, procedure_id, channel, sum(copies)::bigint AS copies FROM kpi_copies "
            "           WHERE business_date >= ? AND business_date <= ? AND document_date >= ? AND document_date <= ? "
            "           GROUP BY 1, 2, 3) d "
            "  ON d.business_date = c.period AND d.procedure_id = c.procedure_id AND d.channel = c.channel "
            "ORDER BY c.period, c.procedure_id, c.channel"));
        for (int i = 0; i < 3; ++i) {
            q.addBindValue(first);
            q.addBindValue(last);
        }
    } else {
        q.prepare(QStringLiteral(
            "SELECT v.business_date, r.procedure_id, v.channel, count(DISTINCT v.id), count(*), "
            "coalesce(sum(d.copies), 0) "
            "FROM procedure_requests r JOIN visits v ON v.id = r.visit_id "
            "LEFT JOIN (SELECT request_id, sum(copies) AS copies FROM issued_documents WHERE voided_at IS NULL AND "
            "           business_date >= ? AND business_date <= ? GROUP BY request_id) d ON d.request_id = r.id "
            "WHERE v.business_date >= ? AND v.business_date <= ? "
            "GROUP BY v.business_date, r.procedure_id, v.channel ORDER BY v.business_date, r.procedure_id, v.channel"));
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(first);
            q.addBindValue(last);
        }
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "open data query failed:" << q.lastError().text();
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "The figures cannot be read from the central database."),
            q.lastError().text()));
    }
    const QStringList header = openDataHeader();
    if (csv) {
        QByteArray line;
        for (const QString& name : header)
            line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvCell(name);
        csv->write(line + "\r\n");
    }
    if (json)
        json->write("[");
    OpenDataReport report;
    const QString name = municipalityName.trimmed();
    while (q.next()) {
        const qint64 visits = q.value(3).toLongLong();
        if (visits < kMinimumVisits) {
            ++report.suppressed;
            continue;
        }
        const QString day = q.value(0).toString();
        const QString procedure = q.value(1).toString();
        const QString channel = channelLabel(q.value(2).toString());
        const qint64 requests = q.value(4).toLongLong();
        const qint64 copies = q.value(5).toLongLong();
        if (csv) {
            csv->write(csvCell(code) + ',' + csvCell(name) + ',' + day.toUtf8() + ',' + csvCell(procedure) + ',' +
                       csvCell(channel) + ',' + QByteArray::number(visits) + ',' + QByteArray::number(requests) + ',' +
                       QByteArray::number(copies) + "\r\n");
        }
        if (json) {
            const QJsonObject row{{header.at(0), code},      {header.at(1), name},    {header.at(2), day},
                                  {header.at(3), procedure}, {header.at(4), channel}, {header.at(5), visits},
                                  {header.at(6), requests},  {header.at(7), copies}};
            json->write((report.rows > 0 ? QByteArray(",\n") : QByteArray("\n")) +
                        QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        ++report.rows;
    }
    if (json)
        json->write("\n]\n");
    return R::of(report);
}

Result<OpenDataFiles> writeOpenDataFiles(const store::Connection& central, const store::Connection& local,
                                         const privacy::KeyRing& keys, const QString& terminalId,
                                         const staff::Principal& who, const QDate& from, const QDate& to,
                                         const QString& municipalityCode5, const QString& municipalityName,
                                         const QString& dir) {
    using R = Result<OpenDataFiles>;
    const QString period = from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    audit::AuditTrail trail(local, keys);
    if (Outcome allowed = staff::authorizeAudited(who, staff::Action::ExportData, local, trail, terminalId, period);
        !allowed)
        return R::refused(allowed);
    const QString code6 = municipalityCode(municipalityCode5);
    if (code6.isEmpty())
        return R::refused(
            Outcome::failure(QCoreApplication::translate(
                                 "supervisor", "The municipality code (office/municipality_code) must be five digits."),
                             QStringLiteral("bad municipality code %1").arg(municipalityCode5)));
    const QDir into(dir);
    if (!QDir().mkpath(into.path()))
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "Cannot create %1.").arg(dir),
                                           QStringLiteral("mkpath %1 failed").arg(dir)));
    QSaveFile csv(into.filePath(openDataFileName(code6, QStringLiteral("csv"))));
    QSaveFile json(into.filePath(openDataFileName(code6, QStringLiteral("json"))));
    const auto cannotWrite = [](const QSaveFile& file) {
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "Cannot write %1: %2").arg(file.fileName(), file.errorString()),
            file.errorString()));
    };
    if (!csv.open(QIODevice::WriteOnly))
        return cannotWrite(csv);
    if (!json.open(QIODevice::WriteOnly))
        return cannotWrite(json);
    const auto report = exportOpenData(central, who, from, to, municipalityCode5, municipalityName, &csv, &json);
    if (!report) {
        csv.cancelWriting();
        json.cancelWriting();
        return R::refused(report.outcome);
    }
    QString detail;
    store::Transaction transaction(local);
    if (!transaction.isOpen() ||
        !trail.append({who.staffId, terminalId,
                       QStringLiteral("%1 row(s), %2 suppressed").arg(report->rows).arg(report->suppressed)},
                      QStringLiteral("export.open_data"), period, &detail) ||
        !transaction.commit()) {
        csv.cancelWriting();
        json.cancelWriting();
        return R::refused(
            Outcome::failure(QCoreApplication::translate("supervisor", "The export could not be recorded in the "
                                                                       "audit trail, so it is not written."),
                             detail));
    }
    if (!csv.commit())
        return cannotWrite(csv);
    if (!json.commit())
        return cannotWrite(json);
    return R::of({csv.fileName(), json.fileName(), *report});
}

} // namespace madoguchi::supervisor
