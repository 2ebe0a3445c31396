// What one outbox row carries to the centre: a visit bundle (the visit, its requests, documents and payments) or a
// void, as JSON written by the terminal; decoded here into rows in the central tables' column order.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

namespace madoguchi::sync {

struct OutboxRows {
    QList<QVariantList> visitRows, requestRows, documentRows, paymentRows;
    QList<QJsonObject> voidRows;
    QList<QByteArray> voidRequests; // a clerk's requests for a supervisor (supervisor/VoidRequests)
    int visits = 0;
    int voids = 0;
};

// Appends what `payload` of `kind` ("visit", "void" or "void_request") holds to `rows`. Any bytes are taken without a
// crash: what is not a JSON object decodes as an empty one, and every row has exactly its table's columns (missing ones
// null), so a damaged payload fails at the centre's constraints instead of in the terminal.
void decodeOutboxPayload(OutboxRows& rows, const QString& kind, const QByteArray& payload);

} // namespace madoguchi::sync
