// libFuzzer target for parseRegistryCsv(): no crash, and a refused file never returns records.
#include "registry/RegistryCsv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const madoguchi::registry::RegistryImport result = madoguchi::registry::parseRegistryCsv(bytes);
    if (!result.ok() && (!result.residents.isEmpty() || !result.households.isEmpty() || !result.seals.isEmpty() ||
                         !result.taxes.isEmpty()))
        std::abort();
    for (const auto& error : result.errors) {
        if (error.message.isEmpty() || error.detail.isEmpty())
            std::abort();
    }
    return 0;
}
