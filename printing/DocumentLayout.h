// A document laid out and ready to be written: pages of positioned text runs, lines, boxes and pictures.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace madoguchi::print {

// Fonts a layout uses, by index.
enum class FontRole { Mincho = 0, Gothic = 1, Gaiji = 2 };

// Positions are PDF points from the page's bottom-left corner; y is the baseline.
struct TextRun {
    FontRole font = FontRole::Mincho;
    double size = 10.5;
    double x = 0, y = 0;
    QString text;
    // One character outside the BMP, drawn as its outline from `font` (libharu 2.3 cannot encode it as text).
    bool outline = false;
};

struct RuledLine {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5;
};

struct Frame {
    double x = 0, y = 0, w = 0, h = 0;
    double lineWidth = 0.5; // 0 = no outline
    double gray = -1;       // fill; -1 = none
};

struct Picture {
    QByteArray png;
    double x = 0, y = 0, w = 0, h = 0;
};

struct LayoutPage {
    QList<Frame> frames;
    QList<RuledLine> lines;
    QList<Picture> pictures;
    QList<TextRun> texts;
};

struct DocumentLayout {
    QString title;
    double width = 595.28; // points
    double height = 841.89;
    QList<LayoutPage> pages;
};

} // namespace madoguchi::print
