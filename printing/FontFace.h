// One TrueType font held open across documents: which characters it has, how wide they are, a subset of it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <set>

namespace madoguchi::print {

// Receives a glyph's outline in font units (y up), as PDF path operators take it.
struct OutlineSink {
    std::function<void(double x, double y)> moveTo;
    std::function<void(double x, double y)> lineTo;
    std::function<void(double x1, double y1, double x2, double y2, double x, double y)> cubicTo;
    std::function<void()> close;
};

// One glyph placed by HarfBuzz's shaping (conjuncts and reordered vowel signs in Devanagari, kerning in Latin):
// positions in units of the em, `cluster` the index of the first UTF-16 unit of the text it stands for.
struct ShapedGlyph {
    unsigned int glyph = 0;
    double x = 0, y = 0; // offset from the pen position
    double advance = 0;
    int cluster = 0;
};

// Loading and parsing a 8 MB font costs tens of milliseconds; a FontFace does it once and is then reused,
// which is what makes a warm renderer fast. Not thread-safe: one per rendering thread.
class FontFace final {
public:
    // Opens the file; check isValid(). `family` is the name templates use ("IPAexMincho"); `index` picks a face of
    // a collection (.ttc: Noto Sans CJK holds JP, KR, SC, TC … faces).
    FontFace(const QString& family, const QString& path, int index = 0);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    bool isValid() const;
    QString family() const { return m_family; }
    QString path() const { return m_path; }

    bool hasGlyph(char32_t codePoint) const;
    // Horizontal advance as a fraction of the em (1.0 = one full-width character).
    double advance(char32_t codePoint) const;
    double ascent() const;  // fraction of the em above the baseline
    double descent() const; // fraction of the em below the baseline, positive

    // A TrueType font holding only these characters' glyphs (plus .notdef): what libharu is given to embed.
    // Empty on failure.
    QByteArray subset(const std::set<char32_t>& codePoints) const;

    // Calls `sink` with the outline of the character, in units of the em (y up). False when the glyph is missing.
    bool drawOutline(char32_t codePoint, const OutlineSink& sink) const;

    // Shapes `text` (one run: one script, left to right) for `language` (BCP 47, "ne", "vi"); glyph 0 marks a
    // character the font lacks.
    QList<ShapedGlyph> shape(const QString& text, const QString& language) const;
    // The outline of a glyph from shape(), in units of the em (y up), for any outline format (glyf or CFF).
    void drawGlyph(unsigned int glyph, const OutlineSink& sink) const;
    // The family name the font itself declares (name ID 1), e.g. "Noto Sans CJK SC".
    QString declaredFamily() const;

private:
    struct Handles;
    QString m_family;
    QString m_path;
    std::unique_ptr<Handles> m_handles;
};

} // namespace madoguchi::print
