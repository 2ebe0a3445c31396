// The document templates this terminal can print: files a municipality edits, over the copies built into the program.
#pragma once

#include "Template.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace madoguchi::print {

class TemplateLibrary {
public:
    // The embedded copies of resources/templates (present when madoguchi_resources is linked).
    static QString embeddedDir() { return QStringLiteral(":/madoguchi/templates"); }

    // Reads every *.json in `dirs`; a template in an earlier directory hides one with the same id in a later one.
    // A file that does not validate is kept as a problem under its id (or file name), never half-loaded.
    static TemplateLibrary load(const QStringList& dirs);

    QList<Template> templates() const; // sorted by id
    const Template* find(const QString& id) const;
    // The error for an id whose file did not validate; nullptr when there is none.
    const PrintError* problem(const QString& id) const;
    QList<PrintError> problems() const { return m_problems.values(); }

    void add(const Template& t);

private:
    QHash<QString, Template> m_templates;
    QHash<QString, PrintError> m_problems;
};

} // namespace madoguchi::print
