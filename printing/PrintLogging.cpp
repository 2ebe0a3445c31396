// The logging category of the printing library.
#include "PrintLogging.h"

Q_LOGGING_CATEGORY(lcPrint, "madoguchi.print", QtInfoMsg)
