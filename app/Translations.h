// Loading the interface language: Madoguchi's own strings and Qt's, both embedded or from Qt's install.
#pragma once

#include <QString>

class QCoreApplication;

namespace madoguchi {

class Translations {
public:
    // Installs the translators for `language` ("ja", "en"); English source strings are used where none is found.
    // Returns false when Madoguchi's own translation for a non-English language is missing.
    static bool install(QCoreApplication& app, const QString& language);
    static QStringList available();
};

} // namespace madoguchi
