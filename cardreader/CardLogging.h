// The logging categories of the card-reader library.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCard)
// The APDU trace: off unless enabled (QT_LOGGING_RULES="madoguchi.card.apdu.debug=true"); masks VERIFY data and never
// shows the My Number record.
Q_DECLARE_LOGGING_CATEGORY(lcCardApdu)
