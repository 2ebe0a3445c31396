// QR codes (libqrencode) as a square of dark and light modules, ready to be drawn as filled rectangles.
#pragma once

#include <QByteArray>
#include <QList>

namespace madoguchi::print {

struct QrCode {
    int size = 0;     // modules per side, without the quiet zone
    QList<bool> dark; // size × size, row by row from the top
    bool isDark(int x, int y) const { return dark.at(y * size + x); }

    // Error correction level M, byte mode. Empty (size 0) when the text is too long for a QR code.
    static QrCode encode(const QByteArray& utf8);
};

} // namespace madoguchi::print
