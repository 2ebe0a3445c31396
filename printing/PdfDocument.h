// The only door to libharu: one PDF under construction, every call checked, every failure a PrintError.
#pragma once

#include "PrintResult.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <set>

namespace madoguchi::print {

// Coordinates are PDF points, origin bottom-left, as libharu takes them. After the first libharu error every
// further call does nothing and finish() reports that error: callers draw freely and check once.
class PdfDocument final {
public:
    PdfDocument();
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    // Document title only: metadata must never carry personal data.
    void setTitle(const QString& title);

    // Embeds a TrueType font given as bytes (already subset to `codePoints`, the only characters that will be
    // drawn with it: text() with any other is an error); returns its handle, or -1 after an error. The characters
    // get CIDs 1..n, so the font's CIDToGIDMap and widths cover n entries, not 65,536.
    int addFont(const QByteArray& trueType, const std::set<char32_t>& codePoints);
    // Embeds a whole font file the way libharu does by itself (parsing all of it for every document). Products use
    // addFont() with a subset; this is the anchor the benchmark compares against.
    int addFontFile(const QString& path);
    void addPage(double width, double height);

    void text(int font, double size, double x, double y, const QString& text);
    // Invisible text: selectable and extractable, drawn by nothing (used under outline glyphs).
    void invisibleText(int font, double size, double x, double y, const QString& text);
    // Marks what is drawn until endActualText() as standing for `text` (PDF ActualText), so text extraction
    // returns characters that are drawn as outlines.
    void beginActualText(const QString& text);
    void endActualText();

    void line(double x1, double y1, double x2, double y2, double width);
    void rectangle(double x, double y, double w, double h, double lineWidth);
    void fillRectangle(double x, double y, double w, double h, double gray);

    // A filled path (glyph outlines): moveTo/lineTo/curveTo/closePath, then fillPath().
    void moveTo(double x, double y);
    void lineTo(double x, double y);
    void curveTo(double x1, double y1, double x2, double y2, double x3, double y3);
    void closePath();
    void fillPath();

    void pngImage(const QByteArray& png, double x, double y, double w, double h);

    bool failed() const;
    // The finished PDF, or the first error met on the way.
    Result<QByteArray> finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace madoguchi::print
