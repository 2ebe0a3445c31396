// The logging categories of the card-reader library.
#include "CardLogging.h"

Q_LOGGING_CATEGORY(lcCard, "madoguchi.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCardApdu, "madoguchi.card.apdu", QtInfoMsg)
