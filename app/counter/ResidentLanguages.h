// The languages offered on the resident's screen (data: resources/languages.json) and their translators.
#pragma once

#include <QList>
#include <QString>

#include <map>
#include <memory>

class QTranslator;

namespace madoguchi::counter {

struct ResidentLanguage {
    QString code;       // "ja", "en"
    QString nativeName; // shown on the button in its own language: 日本語, English
};

// The languages a resident can choose on their screen: a list kept as data (resources/languages.json) and one
// translator per language, independent of the clerk's interface language.
class ResidentLanguages final {
public:
    ResidentLanguages();
    ~ResidentLanguages();
    ResidentLanguages(const ResidentLanguages&) = delete;
    ResidentLanguages& operator=(const ResidentLanguages&) = delete;

    // The languages listed in the data that also have a translation; Japanese always first.
    QList<ResidentLanguage> available() const { return m_languages; }

    // Text marked with QT_TRANSLATE_NOOP(context, ...) in `language`; the English source when none is found.
    QString text(const QString& language, const char* context, const char* source, int n = -1) const;

private:
    QList<ResidentLanguage> m_languages;
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace madoguchi::counter
