// Finding a procedure as the clerk types: by its name (Japanese or English), its reading in kana and its keywords.
#include "ProcedureSearch.h"

namespace madoguchi::visit {

QString searchKey(const QString& text) {
    static const QString dropped = QStringLiteral(" ・（）()／/「」、,.-　");
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (dropped.contains(c))
            continue;
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
            c = QChar(c.unicode() - 0x60); // katakana → hiragana
        key.append(c);
    }
    return key;
}

bool matchesSearch(const LocalText& name, const QString& reading, const QStringList& keywords, const QString& query) {
    QStringList haystack;
    for (const QString& text : name.byLanguage)
        haystack << searchKey(text);
    haystack << searchKey(reading);
    for (const QString& keyword : keywords)
        haystack << searchKey(keyword);
    const QStringList words =
        query.normalized(QString::NormalizationForm_KC).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString needle = searchKey(word);
        if (needle.isEmpty())
            continue;
        bool found = false;
        for (const QString& hay : std::as_const(haystack))
            found = found || hay.contains(needle);
        if (!found)
            return false;
    }
    return true;
}

} // namespace madoguchi::visit
