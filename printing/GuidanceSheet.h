// The one-page guidance a resident takes home, in their language: what was done, what happens next, whom to ask.
#pragma once

#include "PrintResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::print {

class FontCatalog;

struct GuidanceSection {
    QString heading;
    QStringList items; // one paragraph each, set with a bullet and a hanging indent
};

struct GuidanceSheet {
    QString language; // resident language code ("vi", "ja_easy"): picks the fonts
    QString shaping;  // BCP 47 tag HarfBuzz shapes for ("vi", "ja", "ne")
    QString title;
    QStringList intro; // date and reception number, under the title
    QList<GuidanceSection> sections;
    QString footer;
};

// Lays the sheet out on one A4 page (the body shrinks down to 8 pt before giving up) and writes the PDF. Text is
// shaped with HarfBuzz in the language's fonts (FontCatalog::residentFonts), so Devanagari conjuncts and vowel
// signs come out right. Latin and Japanese runs are real text in an embedded TrueType subset; runs HarfBuzz must
// shape (Devanagari) or whose font libharu cannot embed (Noto Sans CJK's CFF outlines) are drawn as the shaped
// glyphs' outlines, marked with their text (PDF ActualText) over an invisible anchor in an embedded font, so
// copying and pdftotext give the text back. Fails with MissingFont, MissingGlyph or TextOverflow.
Result<QByteArray> renderGuidanceSheet(const GuidanceSheet& sheet, const FontCatalog& fonts);

} // namespace madoguchi::print
