// The logging category of the card-reader library.
#include "CardLogging.h"

Q_LOGGING_CATEGORY(lcCard, "madoguchi.card", QtInfoMsg)
