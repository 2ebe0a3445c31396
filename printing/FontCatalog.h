// Where the fonts that documents embed live on this machine, and whether they are there.
#pragma once

#include <QList>
#include <QString>

namespace madoguchi::print {

struct FontFile {
    QString family;  // "IPAexMincho"
    QString path;    // empty when not installed
    QString package; // the Debian package that provides it, for the help desk
    bool installed() const { return !path.isEmpty(); }
};

// The fonts certificates use: IPAex Mincho (body), IPAex Gothic (headings), IPAmj Mincho (外字 outside the BMP).
// Noto CJK is deliberately absent: libharu cannot load its CFF-outline .ttc files.
class FontCatalog {
public:
    // Looks in the standard Debian locations, and first in `extraDirs` (a municipality's own fonts).
    explicit FontCatalog(const QList<QString>& extraDirs = {});

    FontFile mincho() const { return m_mincho; }
    FontFile gothic() const { return m_gothic; }
    FontFile gaiji() const { return m_gaiji; }
    QList<FontFile> all() const { return {m_mincho, m_gothic, m_gaiji}; }

private:
    FontFile m_mincho;
    FontFile m_gothic;
    FontFile m_gaiji;
};

} // namespace madoguchi::print
