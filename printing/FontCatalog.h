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

// A resident language's fonts for the printed guidance, in the order they are tried for each character.
// `family` is the name the font declares (a collection's face is found by it).
struct ResidentFonts {
    QList<FontFile> faces;
    QString missing() const; // packages to install when a face is missing, empty when all are there
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

    // Guidance sheets: Noto Sans CJK SC/TC/KR for Chinese and Korean, Noto Sans Devanagari for Nepali, Noto Sans
    // (Latin with Vietnamese) for the Latin-script languages, IPAex Gothic for Japanese; each list ends with the
    // others' fallbacks, so Japanese terms and Latin digits are covered in every language.
    ResidentFonts residentFonts(const QString& language) const;

private:
    QList<QString> m_extraDirs;
    FontFile m_mincho;
    FontFile m_gothic;
    FontFile m_gaiji;
};

} // namespace madoguchi::print
