// The languages offered to residents (data: resources/languages.json), their translators, and the glossary.
#pragma once

#include <QList>
#include <QString>

#include <map>
#include <memory>

class QTranslator;

namespace madoguchi::visit {
struct LocalText;
}

namespace madoguchi::counter {

struct ResidentLanguage {
    QString code;       // "ja", "ja_easy", "en", "zh_CN", …: the suffix of translations/madoguchi_<code>.ts
    QString nativeName; // shown on the button in its own language: 日本語, English, नेपाली
    QString locale;     // Qt locale for voices and numbers: "ja_JP", "ne_NP"
    bool ruby = false;  // translations carry readings as {漢字|かんじ} (やさしい日本語)
    QString uiFont;     // font family its screens prefer: Noto Sans CJK SC draws Chinese with Chinese glyph shapes
};

// One administrative term of the glossary as a resident sees it under "words": the Japanese term, its reading,
// and the agreed rendering in the resident's language.
struct GlossaryWord {
    QString japanese; // 住民票の写し
    QString reading;  // じゅうみんひょうのうつし
    QString rendering;
};

// The languages a resident can choose on their screens: a list kept as data (resources/languages.json) and one
// translator per language, independent of the clerk's interface language. Resident-facing texts live in
// translation contexts whose name starts with "Resident" (docs/languages.md); the catalogue's texts in
// "ResidentCatalogue", keyed by their English.
class ResidentLanguages final {
public:
    ResidentLanguages();
    ~ResidentLanguages();
    ResidentLanguages(const ResidentLanguages&) = delete;
    ResidentLanguages& operator=(const ResidentLanguages&) = delete;

    // The languages listed in the data that also have a translation, in the data's order; Japanese always first.
    QList<ResidentLanguage> available() const { return m_languages; }
    ResidentLanguage language(const QString& code) const;

    // Text marked with QT_TRANSLATE_NOOP(context, ...) in `language`, ready to show (readings of a ruby language
    // after each kanji word: 住民票（じゅうみんひょう）); the English source when none is found.
    QString text(const QString& language, const char* context, const char* source, int n = -1) const;
    // A catalogue text (procedure name, document, field label, choice) in `language`: the catalogue's own
    // Japanese and English, the translation of "ResidentCatalogue" otherwise, Japanese when there is none.
    QString catalogueText(const QString& language, const visit::LocalText& text) const;

    // The glossary's resident terms with their rendering in `language` (resources/glossary.json).
    QList<GlossaryWord> words(const QString& language) const;

    // {住民票|じゅうみんひょう} → 住民票（じゅうみんひょう）: how readings are shown on screen and printed.
    static QString showReadings(const QString& marked);
    // {住民票|じゅうみんひょう} → じゅうみんひょう; a shown text 住民票（じゅうみんひょう） → じゅうみんひょう: what is
    // read aloud.
    static QString spoken(const QString& text);

private:
    QString lookup(const QString& language, const char* context, const char* source, int n) const;

    QList<ResidentLanguage> m_languages;
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
    struct Term {
        QString japanese;
        QString reading;
        std::map<QString, QString> renderings;
    };
    QList<Term> m_terms;
};

} // namespace madoguchi::counter
