// Sets a string into a box: picks a font for each character, breaks lines by Japanese rules, shrinks to fit.
#include "TextSetter.h"

#include "FontFace.h"
#include "LineBreaking.h"

namespace madoguchi::print {

namespace {
constexpr double kLineSpacing = 1.35; // baseline to baseline, in ems
constexpr double kAscent = 0.88;      // IPAex fonts: 880 of 1000 units above the baseline

double widthOf(const auto& glyphs, double size) {
    double w = 0;
    for (const auto& g : glyphs)
        w += g.advance * size;
    return w;
}
} // namespace

bool TextSetter::shape(const QString& text, FontRole font, QList<Glyph>& glyphs, char32_t& missing) const {
    const FontFace* primary = m_faces[static_cast<int>(font)];
    const FontFace* gaiji = m_faces[static_cast<int>(FontRole::Gaiji)];
    for (const char32_t c : text.toUcs4()) {
        const bool bmp = c <= 0xFFFF;
        if (primary && primary->hasGlyph(c)) {
            glyphs.append({c, font, !bmp, primary->advance(c)});
        } else if (gaiji && gaiji->hasGlyph(c)) {
            glyphs.append({c, FontRole::Gaiji, !bmp, gaiji->advance(c)});
        } else {
            missing = c;
            return false;
        }
    }
    return true;
}

QList<QList<TextSetter::Glyph>> TextSetter::breakLines(const QList<Glyph>& glyphs, double width, double size) {
    QList<QList<Glyph>> lines;
    QList<Glyph> line;
    double used = 0;
    for (const Glyph& g : glyphs) {
        if (g.codePoint == U'\n') {
            lines.append(line);
            line.clear();
            used = 0;
            continue;
        }
        if (!line.isEmpty() && used + g.advance * size > width + 0.01) {
            // Walk back to the last place the rules allow a break; without one, break here.
            qsizetype cut = line.size();
            while (cut > 0 && !LineBreaking::mayBreakBetween(line.at(cut - 1).codePoint,
                                                             cut < line.size() ? line.at(cut).codePoint : g.codePoint))
                --cut;
            if (cut == 0)
                cut = line.size();
            QList<Glyph> rest = line.mid(cut);
            line.resize(cut);
            while (!line.isEmpty() && line.last().codePoint == U' ')
                line.removeLast();
            lines.append(line);
            line = rest;
            while (!line.isEmpty() && line.first().codePoint == U' ')
                line.removeFirst();
            used = widthOf(line, size);
        }
        line.append(g);
        used += g.advance * size;
    }
    lines.append(line);
    return lines;
}

void TextSetter::emitLine(const QList<Glyph>& line, double x, double baseline, double size, double spacing,
                          QList<TextRun>& runs) {
    double pen = x;
    TextRun current;
    bool open = false;
    const auto flush = [&] {
        if (open && !current.text.isEmpty())
            runs.append(current);
        open = false;
    };
    for (const Glyph& g : line) {
        if (g.outline || spacing > 0 || !open || current.font != g.font) {
            flush();
            current = TextRun{g.font, size, pen, baseline, {}, g.outline};
            open = true;
        }
        current.text += QString::fromUcs4(&g.codePoint, 1);
        pen += g.advance * size + spacing;
        if (g.outline)
            flush();
    }
    flush();
}

TextSetter::Outcome TextSetter::set(const QString& text, FontRole font, const TextBox& box, QList<TextRun>& runs,
                                    char32_t& missing) const {
    QList<Glyph> glyphs;
    if (!shape(text, font, glyphs, missing))
        return Outcome::MissingGlyph;
    // Shrink in 5% steps until the text fits; below the template's minimum size it overflows. Short values (dates,
    // names) stay on one line while they fit at 80% of the size: a date broken after 月 reads worse than a smaller one.
    const double start = std::min(box.size, box.h);
    const bool hasNewline = text.contains(QLatin1Char('\n'));
    for (double size = start; size >= box.minSize - 0.001; size *= 0.95) {
        const bool singleLine =
            !box.wrap || (!hasNewline && size >= start * 0.8 - 0.001 && widthOf(glyphs, start * 0.8) <= box.w + 0.01);
        QList<QList<Glyph>> lines;
        if (!singleLine) {
            lines = breakLines(glyphs, box.w, size);
        } else {
            QList<Glyph> one;
            for (const Glyph& g : glyphs) {
                if (g.codePoint != U'\n')
                    one.append(g);
            }
            lines.append(one);
        }
        const double blockHeight = size + (static_cast<double>(lines.size()) - 1) * size * kLineSpacing;
        bool fits = blockHeight <= box.h + 0.01;
        for (const QList<Glyph>& line : lines)
            fits = fits && widthOf(line, size) <= box.w + 0.01;
        if (!fits)
            continue;
        double top = box.y + box.h; // PDF y grows upwards
        if (box.valign == QLatin1String("middle"))
            top -= (box.h - blockHeight) / 2;
        else if (box.valign == QLatin1String("bottom"))
            top -= box.h - blockHeight;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QList<Glyph>& line = lines.at(i);
            const double lineWidth = widthOf(line, size);
            const double baseline = top - kAscent * size - static_cast<double>(i) * size * kLineSpacing;
            double x = box.x;
            double spacing = 0;
            if (box.align == QLatin1String("center"))
                x += (box.w - lineWidth) / 2;
            else if (box.align == QLatin1String("right"))
                x += box.w - lineWidth;
            else if (box.align == QLatin1String("spread") && line.size() > 1)
                spacing = (box.w - lineWidth) / static_cast<double>(line.size() - 1);
            emitLine(line, x, baseline, size, spacing, runs);
        }
        return Outcome::Set;
    }
    return Outcome::Overflow;
}

} // namespace madoguchi::print
