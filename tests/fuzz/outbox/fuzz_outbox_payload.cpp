// libFuzzer target for sync::decodeOutboxPayload(): the first byte picks the kind (visit or void), the rest is the
// payload. No crash; every row has exactly its table's columns; a row re-encoded with rowObject() decodes the same.
#include "store/Rows.h"
#include "sync/OutboxPayload.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace madoguchi;

namespace {
void checkRows(const QList<QVariantList>& rows, const store::TableColumns& spec) {
    for (const QVariantList& row : rows) {
        if (row.size() != spec.columns.size())
            std::abort();
        // What the centre would receive is stable: encode and decode again, the same values.
        if (store::rowValues(spec, store::rowObject(spec, row)) != row)
            std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const QString kind = (data[0] & 1) != 0 ? QStringLiteral("void") : QStringLiteral("visit");
    const QByteArray payload(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    sync::OutboxRows rows;
    sync::decodeOutboxPayload(rows, kind, payload);
    if (rows.visits + rows.voids != 1)
        std::abort();
    if (kind == QLatin1String("void") ? (rows.voidRows.size() != 1 || !rows.visitRows.isEmpty())
                                      : (rows.visitRows.size() != 1 || !rows.voidRows.isEmpty()))
        std::abort();
    checkRows(rows.visitRows, store::visitColumns());
    checkRows(rows.requestRows, store::requestColumns());
    checkRows(rows.documentRows, store::documentColumns());
    checkRows(rows.paymentRows, store::paymentColumns());
    return 0;
}
