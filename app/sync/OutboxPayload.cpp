// What one outbox row carries to the centre, decoded into rows in the central tables' column order.
#include "OutboxPayload.h"

#include "store/Rows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace madoguchi::sync {

void decodeOutboxPayload(OutboxRows& rows, const QString& kind, const QByteArray& payload) {
    const QJsonObject bundle = QJsonDocument::fromJson(payload).object();
    if (kind == QLatin1String("void")) {
        rows.voidRows.append(bundle);
        ++rows.voids;
        return;
    }
    if (kind == QLatin1String("void_request")) {
        rows.voidRequests.append(payload);
        return;
    }
    rows.visitRows.append(store::rowValues(store::visitColumns(), bundle.value(QStringLiteral("visit")).toObject()));
    const auto add = [&](const char* key, const store::TableColumns& spec, QList<QVariantList>& into) {
        for (const QJsonValue& row : bundle.value(QLatin1String(key)).toArray())
            into.append(store::rowValues(spec, row.toObject()));
    };
    add("requests", store::requestColumns(), rows.requestRows);
    add("documents", store::documentColumns(), rows.documentRows);
    add("payments", store::paymentColumns(), rows.paymentRows);
    ++rows.visits;
}

} // namespace madoguchi::sync
