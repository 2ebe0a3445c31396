// Where this terminal finds its document templates: the municipality's own directory, then the installed copies,
// then the ones built into the program.
#include "DocumentTemplates.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QDir>

namespace madoguchi {

QStringList DocumentTemplates::searchPath(const Settings& settings) {
    QStringList dirs;
    const QString configured = settings.value(QStringLiteral("print/template_dir"));
    if (!configured.isEmpty())
        dirs << configured;
    const QString municipality = settings.value(QStringLiteral("municipality/dir"));
    if (!municipality.isEmpty())
        dirs << QDir(municipality).filePath(QStringLiteral("templates"));
    dirs << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/madoguchi/templates"));
    dirs << print::TemplateLibrary::embeddedDir();
    return dirs;
}

print::TemplateLibrary DocumentTemplates::load(const Settings& settings) {
    return print::TemplateLibrary::load(searchPath(settings));
}

} // namespace madoguchi
