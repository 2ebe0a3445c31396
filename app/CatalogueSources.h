// Where this terminal finds its procedures catalogue: the municipality's own directory, then the installed copy, then
// the one built into the program. A municipality catalogue that does not validate is refused whole and the terminal
// keeps the last catalogue that did, never half of one.
#pragma once

#include "catalogue/Catalogue.h"

#include <QStringList>

namespace madoguchi {

class Settings;

// The catalogue a terminal works with, and why.
struct TerminalCatalogue {
    catalogue::CatalogueLoad load; // not ok only when no copy at all validates
    // The errors of the catalogue that was refused (the municipality's files over the installed ones); empty when it
    // was taken.
    QList<catalogue::CatalogueError> refused;
    bool fromLastGood = false; // the last good copy saved when the catalogue last validated

    // For the clerk and IT staff: what was refused and what the terminal uses instead; empty when nothing was refused.
    QString refusalMessage() const;
};

class CatalogueSources {
public:
    // In order of precedence: municipality/dir + /catalogue, <prefix>/share/madoguchi/catalogue, the embedded copy.
    static QStringList searchPath(const Settings& settings);
    // The search path with `directory` first instead of the municipality's (what `catalogue check DIR` validates).
    static QStringList searchPathWith(const QString& directory);
    // Where the last catalogue that validated is kept: <data>/catalogue-last-good.
    static QString lastGoodDir(const Settings& settings);

    // The layered catalogue when it validates (and then saved as the last good copy); else the last good copy; else
    // the installed and embedded copies without the municipality's files.
    static TerminalCatalogue load(const Settings& settings);
};

} // namespace madoguchi
