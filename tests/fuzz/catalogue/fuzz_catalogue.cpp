// libFuzzer target for loadCatalogue(): no crash; a refused file yields no procedures and named errors.
#include "catalogue/Catalogue.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
        return true;
    }();
    Q_UNUSED(quiet)
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto load = madoguchi::catalogue::loadCatalogue({{QStringLiteral("fuzz.json"), bytes}});
    if (!load.ok() && !load.catalogue.procedures().isEmpty())
        std::abort();
    for (const auto& error : load.errors) {
        if (error.file != QStringLiteral("fuzz.json") || error.message.isEmpty() || error.detail.isEmpty())
            std::abort();
    }
    // Follow-ups of whatever loaded must be computable.
    for (const auto& event : load.catalogue.lifeEvents())
        (void)load.catalogue.followUps({event.id, QDate(2026, 4, 1), {QDate(2020, 1, 1), QDate(1950, 1, 1)}, {}});
    return 0;
}
