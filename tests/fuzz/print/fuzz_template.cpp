// Fuzzes the template parser and, for templates that parse, data validation against their own sample.
#include "Template.h"

#include <QByteArray>
#include <QDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const madoguchi::print::Result<madoguchi::print::Template> parsed =
        madoguchi::print::Template::fromJson(json, QStringLiteral("fuzz.json"), QDir::tempPath());
    if (parsed.ok())
        (void)parsed.value().validate(parsed.value().sample);
    else if (parsed.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
    return 0;
}
