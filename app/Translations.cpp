// Loading the interface language: Madoguchi's own strings and Qt's, both embedded or from Qt's install.
#include "Translations.h"

#include "CoreLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace madoguchi {

bool Translations::install(QCoreApplication& app, const QString& language) {
    // Parented to the application so they live exactly as long as it does.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto* ownTranslator = new QTranslator(&app);
    const QString file = QStringLiteral(":/i18n/madoguchi_%1.qm").arg(language);
    if (!ownTranslator->load(file)) {
        qCWarning(lcCore) << "no translation for language" << language << "at" << file;
        delete ownTranslator;
        return language == QLatin1String("en");
    }
    QCoreApplication::installTranslator(ownTranslator);
    return true;
}

QStringList Translations::available() {
    QStringList languages;
    const auto entries = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("madoguchi_*.qm")});
    for (const QString& entry : entries)
        languages << entry.mid(10, entry.size() - 13);
    return languages;
}

} // namespace madoguchi
