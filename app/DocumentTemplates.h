// Where this terminal finds its document templates: the municipality's own directory, then the installed copies,
// then the ones built into the program.
#pragma once

#include "TemplateLibrary.h"

#include <QStringList>

namespace madoguchi {

class Settings;

class DocumentTemplates {
public:
    // In order of precedence: print/template_dir, municipality/dir + /templates, <prefix>/share/madoguchi/templates,
    // the embedded copies.
    static QStringList searchPath(const Settings& settings);
    static print::TemplateLibrary load(const Settings& settings);
};

} // namespace madoguchi
