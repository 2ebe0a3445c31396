// Sets a string into a box: picks a font for each character, breaks lines by Japanese rules, shrinks to fit.
#pragma once

#include "DocumentLayout.h"

#include <QList>
#include <QString>

#include <array>

namespace madoguchi::print {

class FontFace;

struct TextBox {
    double x = 0, y = 0, w = 0, h = 0; // points, bottom-left origin
    double size = 10.5;
    double minSize = 6;
    QString align = QStringLiteral("left"); // left | center | right | spread
    QString valign = QStringLiteral("middle");
    bool wrap = false;
};

class TextSetter {
public:
    enum class Outcome { Set, Overflow, MissingGlyph };

    // Faces by FontRole; the gaiji face (IPAmj Mincho) is the fallback for characters the others lack.
    explicit TextSetter(const std::array<const FontFace*, 3>& faces)
        : m_faces(faces) {}

    // Appends the runs for `text` to `runs`. On MissingGlyph, `missing` is the character no font has.
    Outcome set(const QString& text, FontRole font, const TextBox& box, QList<TextRun>& runs, char32_t& missing) const;

private:
    struct Glyph {
        char32_t codePoint;
        FontRole font;
        bool outline;
        double advance; // em
    };
    bool shape(const QString& text, FontRole font, QList<Glyph>& glyphs, char32_t& missing) const;
    static QList<QList<Glyph>> breakLines(const QList<Glyph>& glyphs, double width, double size);
    static void emitLine(const QList<Glyph>& line, double x, double baseline, double size, double spacing,
                         QList<TextRun>& runs);

    std::array<const FontFace*, 3> m_faces;
};

} // namespace madoguchi::print
