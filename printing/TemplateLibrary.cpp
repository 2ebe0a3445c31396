// The document templates this terminal can print: files a municipality edits, over the copies built into the program.
#include "TemplateLibrary.h"

#include "PrintLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::print {

TemplateLibrary TemplateLibrary::load(const QStringList& dirs) {
    TemplateLibrary library;
    for (const QString& dirPath : dirs) {
        const QDir dir(dirPath);
        if (dirPath.isEmpty() || !dir.exists())
            continue;
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcPrint) << "cannot read template" << file.fileName();
                continue;
            }
            const QByteArray json = file.readAll();
            Result<Template> parsed = Template::fromJson(json, file.fileName(), dir.path());
            // The id the file claims, so that an invalid edit is reported under the id the clerk asks for.
            QString id = QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                id = QFileInfo(name).completeBaseName();
            if (library.m_templates.contains(id) || library.m_problems.contains(id))
                continue; // an earlier directory already decided this id
            if (parsed.ok()) {
                library.m_templates.insert(id, parsed.value());
            } else {
                qCWarning(lcPrint).noquote() << parsed.error().detail;
                library.m_problems.insert(id, parsed.error());
            }
        }
    }
    return library;
}

QList<Template> TemplateLibrary::templates() const {
    QList<Template> list = m_templates.values();
    std::sort(list.begin(), list.end(), [](const Template& a, const Template& b) { return a.id < b.id; });
    return list;
}

const Template* TemplateLibrary::find(const QString& id) const {
    const auto it = m_templates.constFind(id);
    return it == m_templates.cend() ? nullptr : &it.value();
}

const PrintError* TemplateLibrary::problem(const QString& id) const {
    const auto it = m_problems.constFind(id);
    return it == m_problems.cend() ? nullptr : &it.value();
}

void TemplateLibrary::add(const Template& t) {
    m_problems.remove(t.id);
    m_templates.insert(t.id, t);
}

} // namespace madoguchi::print
