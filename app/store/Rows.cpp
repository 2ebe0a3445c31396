// The column lists shared by the local store, the outbox payloads and the central upserts, so the three never drift.
#include "Rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::store {

namespace {
QStringList split(const char* text) {
    return QString::fromLatin1(text).split(QLatin1Char(','));
}
bool isBlob(const QString& column) {
    return column == QLatin1String("my_number_sealed") || column == QLatin1String("printed_sealed");
}
} // namespace

const TableColumns& visitColumns() {
    static const TableColumns spec{
        QStringLiteral("visits"), QStringLiteral("id"),
        split("id,terminal_id,reception_number,channel,language,staff_id,resident_id,"
              "business_date,received_at,identified_at,confirmed_at,issued_at,completed_at,card_verdict,"
              "interpreter_language,interpreter_minutes")};
    return spec;
}

const TableColumns& requestColumns() {
    static const TableColumns spec{QStringLiteral("procedure_requests"), QStringLiteral("id"),
                                   split("id,visit_id,procedure_id,form_data,status,my_number_sealed,created_at,"
                                         "fields_prefilled,fields_typed")};
    return spec;
}

const TableColumns& documentColumns() {
    static const TableColumns spec{
        QStringLiteral("issued_documents"), QStringLiteral("id"),
        split(
            "id,serial,visit_id,request_id,document_type,resident_id,copies,fee,"
            "content_digest,verification_code,issued_at,voided_at,void_reason,voided_by,business_date,printed_sealed")};
    return spec;
}

const TableColumns& paymentColumns() {
    static const TableColumns spec{QStringLiteral("payments"), QStringLiteral("id"),
                                   split("id,visit_id,amount,method,paid_at,business_date,reference")};
    return spec;
}

const TableColumns& auditColumns() {
    static const TableColumns spec{
        QStringLiteral("audit_events"), QStringLiteral("terminal_id, seq"),
        split("terminal_id,seq,id,at,actor,action,subject,reason,prev_hash,hash,format,signature")};
    return spec;
}

const TableColumns& staffColumns() {
    static const TableColumns spec{QStringLiteral("staff"), QStringLiteral("id"),
                                   split("id,login,display_name,role,password_hash,active,updated_at")};
    return spec;
}

QVariantList rowValues(const TableColumns& spec, const QJsonObject& row) {
    QVariantList values;
    values.reserve(spec.columns.size());
    for (const QString& column : spec.columns) {
        const QJsonValue value = row.value(column);
        if (value.isNull() || value.isUndefined()) {
            values.append(isBlob(column) ? QVariant(QMetaType::fromType<QByteArray>())
                                         : QVariant(QMetaType::fromType<QString>()));
        } else if (isBlob(column)) {
            values.append(QByteArray::fromBase64(value.toString().toLatin1()));
        } else if (value.isDouble()) {
            // Only a number a qint64 can hold is one; anything else (3e43 in a tampered payload, which a cast would
            // turn into undefined behaviour) travels as its text, and the centre's integer column refuses it.
            const double number = value.toDouble();
            if (number >= -9223372036854775808.0 && number < 9223372036854775808.0)
                values.append(static_cast<qint64>(number));
            else
                values.append(QString::number(number, 'g', 17));
        } else {
            values.append(value.toString());
        }
    }
    return values;
}

QJsonObject rowObject(const TableColumns& spec, const QVariantList& values) {
    QJsonObject row;
    for (qsizetype i = 0; i < spec.columns.size() && i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const QString& column = spec.columns.at(i);
        if (value.isNull())
            row.insert(column, QJsonValue::Null);
        else if (isBlob(column))
            row.insert(column, QString::fromLatin1(value.toByteArray().toBase64()));
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            row.insert(column, value.toLongLong());
        else
            row.insert(column, value.toString());
    }
    return row;
}

bool upsertRows(const Connection& connection, const TableColumns& spec, const QList<QVariantList>& rows, bool update,
                QString* detail, QStringList* insertedKeys) {
    if (rows.isEmpty())
        return true;
    const qsizetype width = spec.columns.size();
    // Both backends cap bound parameters (SQLite 32766, PostgreSQL 65535); stay well below.
    const qsizetype perStatement = qMax<qsizetype>(1, 8000 / width);
    const QString one =
        QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    QString conflict = QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(spec.key);
    if (update) {
        QStringList assignments;
        for (const QString& column : spec.columns)
            assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
        conflict =
            QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2").arg(spec.key, assignments.join(QLatin1Char(',')));
    }
    if (insertedKeys && !update)
        conflict += QStringLiteral(" RETURNING %1").arg(spec.key);
    QSqlQuery query(connection.db());
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = qMin(perStatement, rows.size() - start);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                                .arg(spec.table, spec.columns.join(QLatin1Char(',')),
                                     QStringList(count, one).join(QLatin1Char(',')), conflict);
        if (!query.prepare(sql)) {
            if (detail)
                *detail = query.lastError().text();
            return false;
        }
        for (qsizetype r = start; r < start + count; ++r) {
            for (const QVariant& value : rows.at(r))
                query.addBindValue(value);
        }
        if (!query.exec()) {
            if (detail)
                *detail = query.lastError().text();
            return false;
        }
        while (insertedKeys && query.next())
            insertedKeys->append(query.value(0).toString());
    }
    return true;
}

} // namespace madoguchi::store
