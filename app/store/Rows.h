// The column lists shared by the local store, the outbox payloads and the central upserts, so the three never drift.
#pragma once

#include "Connection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace madoguchi::store {

struct TableColumns {
    QString table;
    QString key; // conflict target of the idempotent upsert
    QStringList columns;
};

const TableColumns& visitColumns();
const TableColumns& requestColumns();
const TableColumns& documentColumns();
const TableColumns& paymentColumns();
const TableColumns& auditColumns(); // central: includes terminal_id
const TableColumns& staffColumns();

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
inline QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

// JSON row (as written to the outbox) → values in column order. Blobs travel as base64.
QVariantList rowValues(const TableColumns& spec, const QJsonObject& row);
QJsonObject rowObject(const TableColumns& spec, const QVariantList& values);

// INSERT ... ON CONFLICT (key) DO NOTHING (or DO UPDATE when `update`), many rows per statement.
// Sending the same rows twice changes nothing: the basis of sync's exactly-once. `insertedKeys` (single-column keys,
// DO NOTHING only) receives the keys of the rows actually inserted, so the caller can compare the others.
bool upsertRows(const Connection& connection, const TableColumns& spec, const QList<QVariantList>& rows, bool update,
                QString* detail, QStringList* insertedKeys = nullptr);

} // namespace madoguchi::store
