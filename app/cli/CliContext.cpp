// What a madoguchi-cli command is given: its own arguments, the settings, and where to write.
#include "CliContext.h"

namespace madoguchi::cli {

int CliContext::fail(const QString& message, int code) const {
    err << message << Qt::endl;
    return code;
}

} // namespace madoguchi::cli
