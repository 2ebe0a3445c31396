// The logging category of the widgets library.
#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "madoguchi.ui", QtInfoMsg)
