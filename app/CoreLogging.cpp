// The logging category of the core library.
#include "CoreLogging.h"

Q_LOGGING_CATEGORY(lcCore, "madoguchi.core", QtInfoMsg)
