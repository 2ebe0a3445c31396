// Where this terminal finds its procedures catalogue: the municipality's own directory, then the installed copy, then
// the one built into the program; a broken municipality catalogue is refused whole and the last good one kept.
#include "CatalogueSources.h"

#include "CoreLogging.h"
#include "FileModes.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace madoguchi {

namespace {
QString installedDir() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/madoguchi/catalogue"));
}

bool sameFiles(const catalogue::CatalogueFiles& a, const catalogue::CatalogueFiles& b) {
    if (a.files.size() != b.files.size())
        return false;
    for (qsizetype i = 0; i < a.files.size(); ++i) {
        if (a.files.at(i).name != b.files.at(i).name || a.files.at(i).json != b.files.at(i).json)
            return false;
    }
    return true;
}

// Replaces the saved copy with `read` as a whole: written beside it first, so a crash leaves the old copy or the new.
void saveLastGood(const QString& dir, const catalogue::CatalogueFiles& read) {
    if (sameFiles(read, catalogue::readCatalogueFiles({dir})))
        return;
    const QString fresh = dir + QStringLiteral(".new");
    const QString old = dir + QStringLiteral(".old");
    QDir(fresh).removeRecursively();
    QDir(old).removeRecursively();
    if (!files::makeOwnerOnlyDir(fresh)) {
        qCWarning(lcCore) << "cannot keep the last good catalogue in" << fresh;
        return;
    }
    for (const catalogue::CatalogueFile& file : read.files) {
        QFile out(QDir(fresh).filePath(file.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.json) != file.json.size() || !out.flush()) {
            qCWarning(lcCore) << "cannot keep the last good catalogue:" << out.fileName() << out.errorString();
            QDir(fresh).removeRecursively();
            return;
        }
    }
    if (QDir(dir).exists() && !QDir().rename(dir, old)) {
        qCWarning(lcCore) << "cannot replace the last good catalogue in" << dir;
        QDir(fresh).removeRecursively();
        return;
    }
    QDir().rename(fresh, dir);
    QDir(old).removeRecursively();
}
} // namespace

QString TerminalCatalogue::refusalMessage() const {
    if (refused.isEmpty())
        return {};
    QString message = QCoreApplication::translate("CatalogueSources",
                                                  "The municipality's procedures catalogue has errors and was not "
                                                  "used (%n error(s)); the first: %1",
                                                  nullptr, int(refused.size()))
                          .arg(refused.first().message);
    message += QLatin1Char('\n');
    if (!load.ok())
        message += QCoreApplication::translate("CatalogueSources", "No usable catalogue is left: the counter cannot "
                                                                   "serve residents until the files are fixed.");
    else if (fromLastGood)
        message += QCoreApplication::translate("CatalogueSources",
                                               "The counter works with the last catalogue that was correct. Check "
                                               "the files with: madoguchi-cli catalogue check DIR");
    else
        message += QCoreApplication::translate("CatalogueSources",
                                               "The counter works with the installed catalogue. Check the files "
                                               "with: madoguchi-cli catalogue check DIR");
    return message;
}

QStringList CatalogueSources::searchPath(const Settings& settings) {
    const QString municipality = settings.value(QStringLiteral("municipality/dir"));
    return searchPathWith(municipality.isEmpty() ? QString()
                                                 : QDir(municipality).filePath(QStringLiteral("catalogue")));
}

QStringList CatalogueSources::searchPathWith(const QString& directory) {
    QStringList dirs;
    if (!directory.isEmpty())
        dirs << directory;
    dirs << installedDir() << catalogue::Catalogue::kShippedDirectory;
    return dirs;
}

QString CatalogueSources::lastGoodDir(const Settings& settings) {
    return QDir(settings.dataDir()).filePath(QStringLiteral("catalogue-last-good"));
}

TerminalCatalogue CatalogueSources::load(const Settings& settings) {
    TerminalCatalogue result;
    const catalogue::CatalogueFiles read = catalogue::readCatalogueFiles(searchPath(settings));
    result.load = catalogue::loadCatalogue(read);
    if (result.load.ok()) {
        saveLastGood(lastGoodDir(settings), read);
        return result;
    }
    result.refused = result.load.errors;
    for (const catalogue::CatalogueError& e : std::as_const(result.refused))
        qCWarning(lcCore).noquote() << "municipality catalogue refused:" << e.detail;

    const catalogue::CatalogueFiles lastGood = catalogue::readCatalogueFiles({lastGoodDir(settings)});
    if (!lastGood.files.isEmpty()) {
        result.load = catalogue::loadCatalogue(lastGood);
        result.fromLastGood = result.load.ok();
        if (result.fromLastGood)
            return result;
    }
    result.load = catalogue::loadCatalogue(catalogue::readCatalogueFiles(searchPathWith({})));
    return result;
}

} // namespace madoguchi
