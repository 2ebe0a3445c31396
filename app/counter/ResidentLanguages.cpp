// The languages a resident can choose on their screen, and their translations.
#include "ResidentLanguages.h"

#include "CoreLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace madoguchi::counter {

ResidentLanguages::ResidentLanguages() {
    QFile file(QStringLiteral(":/madoguchi/languages.json"));
    QJsonParseError error{};
    const QJsonDocument doc =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (doc.isNull())
        qCWarning(lcCore) << "resident languages: cannot read languages.json:" << error.errorString();
    for (const QJsonValue& value : doc.object().value(QStringLiteral("languages")).toArray()) {
        const QJsonObject o = value.toObject();
        const ResidentLanguage language{o.value(QStringLiteral("code")).toString(),
                                        o.value(QStringLiteral("native_name")).toString()};
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
    if (m_languages.isEmpty() || m_languages.first().code != QLatin1String("ja")) {
        const auto it = std::find_if(m_languages.begin(), m_languages.end(),
                                     [](const ResidentLanguage& l) { return l.code == QLatin1String("ja"); });
        if (it != m_languages.end())
            std::rotate(m_languages.begin(), it, it + 1);
    }
}

ResidentLanguages::~ResidentLanguages() = default;

QString ResidentLanguages::text(const QString& language, const char* context, const char* source, int n) const {
    const auto it = m_translators.find(language);
    if (it != m_translators.end()) {
        QString translated = it->second->translate(context, source, nullptr, n);
        if (!translated.isEmpty()) {
            if (n >= 0)
                translated.replace(QStringLiteral("%n"), QString::number(n)); // as QCoreApplication::translate does
            return translated;
        }
    }
    QString text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace madoguchi::counter
