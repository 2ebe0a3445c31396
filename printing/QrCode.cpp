// QR codes (libqrencode) as a square of dark and light modules, ready to be drawn as filled rectangles.
#include "QrCode.h"

#include <qrencode.h>

namespace madoguchi::print {

QrCode QrCode::encode(const QByteArray& utf8) {
    QrCode code;
    QRcode* qr = QRcode_encodeData(static_cast<int>(utf8.size()),
                                   reinterpret_cast<const unsigned char*>(utf8.constData()), 0, QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.size = qr->width;
    code.dark.reserve(static_cast<qsizetype>(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.dark.append((qr->data[i] & 1) != 0); // bit 0 is the module's colour; the others are encoder notes
    QRcode_free(qr);
    return code;
}

} // namespace madoguchi::print
