// The languages offered to residents, their translations, and the glossary they can open under "words".
#include "ResidentLanguages.h"

#include "CoreLogging.h"
#include "visit/LocalText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>

namespace madoguchi::counter {

namespace {

QJsonObject readJson(const QString& path) {
    QFile file(path);
    QJsonParseError error{};
    const QJsonDocument doc =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (doc.isNull())
        qCWarning(lcCore) << "resident languages: cannot read" << path << error.errorString();
    return doc.object();
}

const QString kJapanese = QStringLiteral("ja");
const QString kEnglish = QStringLiteral("en");

} // namespace

ResidentLanguages::ResidentLanguages() {
    const QJsonObject doc = readJson(QStringLiteral(":/madoguchi/languages.json"));
    for (const QJsonValue& value : doc.value(QStringLiteral("languages")).toArray()) {
        const QJsonObject o = value.toObject();
        const ResidentLanguage language{
            o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("native_name")).toString(),
            o.value(QStringLiteral("locale")).toString(), o.value(QStringLiteral("ruby")).toBool(),
            o.value(QStringLiteral("ui_font")).toString()};
        if (language.code.isEmpty() || language.nativeName.isEmpty())
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/madoguchi_%1.qm").arg(language.code))) {
            qCWarning(lcCore) << "resident languages: no translation for" << language.code << "- not offered";
            continue;
        }
        m_translators.emplace(language.code, std::move(translator));
        m_languages.append(language);
    }
    const auto it = std::find_if(m_languages.begin(), m_languages.end(),
                                 [](const ResidentLanguage& l) { return l.code == kJapanese; });
    if (it != m_languages.end())
        std::rotate(m_languages.begin(), it, it + 1);

    const QJsonObject glossary = readJson(QStringLiteral(":/madoguchi/glossary.json"));
    for (const QJsonValue& value : glossary.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject resident = value.toObject().value(QStringLiteral("resident")).toObject();
        if (resident.isEmpty())
            continue;
        Term term{value.toObject().value(QStringLiteral("ja")).toString(),
                  resident.value(QStringLiteral("reading")).toString(),
                  {}};
        for (auto r = resident.begin(); r != resident.end(); ++r) {
            // A rendering is a string, or a list whose first entry is what is shown (the others are accepted
            // inflections for the glossary lint).
            const QString shown = r.value().isArray() ? r.value().toArray().first().toString() : r.value().toString();
            if (!shown.isEmpty())
                term.renderings.emplace(r.key(), shown);
        }
        m_terms.append(term);
    }
}

ResidentLanguages::~ResidentLanguages() = default;

ResidentLanguage ResidentLanguages::language(const QString& code) const {
    for (const ResidentLanguage& l : m_languages)
        if (l.code == code)
            return l;
    return {};
}

QString ResidentLanguages::lookup(const QString& language, const char* context, const char* source, int n) const {
    const auto it = m_translators.find(language);
    if (it == m_translators.end())
        return {};
    QString translated = it->second->translate(context, source, nullptr, n);
    if (!translated.isEmpty() && n >= 0)
        translated.replace(QStringLiteral("%n"), QString::number(n)); // as QCoreApplication::translate does
    return translated;
}

QString ResidentLanguages::text(const QString& language, const char* context, const char* source, int n) const {
    QString text = lookup(language, context, source, n);
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return showReadings(text);
}

QString ResidentLanguages::catalogueText(const QString& language, const visit::LocalText& text) const {
    const QString japanese = text.in(kJapanese);
    if (language == kJapanese)
        return japanese;
    const QString english = text.byLanguage.value(kEnglish);
    if (const QString own = text.byLanguage.value(language); !own.isEmpty())
        return showReadings(own); // a municipality's catalogue may carry the language itself
    if (!english.isEmpty()) {
        const QString translated = lookup(language, "ResidentCatalogue", english.toUtf8().constData(), -1);
        if (!translated.isEmpty())
            return showReadings(translated);
    }
    return japanese; // the declared fallback (translations/catalogue-fallbacks.json)
}

QList<GlossaryWord> ResidentLanguages::words(const QString& language) const {
    QList<GlossaryWord> words;
    for (const Term& term : m_terms) {
        const auto it = term.renderings.find(language);
        words.append({term.japanese, term.reading, it != term.renderings.end() ? showReadings(it->second) : QString()});
    }
    return words;
}

QString ResidentLanguages::showReadings(const QString& marked) {
    if (!marked.contains(QLatin1Char('{')))
        return marked;
    static const QRegularExpression ruby(QStringLiteral("\\{([^{}|]+)\\|([^{}|]+)\\}"));
    QString shown = marked;
    shown.replace(ruby, QStringLiteral("\\1（\\2）"));
    return shown;
}

QString ResidentLanguages::spoken(const QString& text) {
    static const QRegularExpression marked(QStringLiteral("\\{([^{}|]+)\\|([^{}|]+)\\}"));
    static const QRegularExpression shown(QStringLiteral(
        "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}々〆]+（([\\x{3041}-\\x{30FF}ー]+)）"));
    QString s = text;
    s.replace(marked, QStringLiteral("\\2"));
    s.replace(shown, QStringLiteral("\\1"));
    return s;
}

} // namespace madoguchi::counter
