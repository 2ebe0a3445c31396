// The chip's face photo (券面AP DF27, JPEG 2000) decoded with OpenJPEG into one wiped greyscale buffer: for the
// clerk's eyes only, never stored, never logged, zeroed when the visit ends.
#pragma once

#include "CardError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <vector>

namespace madoguchi::card {

// Copies share one pixel buffer (nothing is duplicated when the photo travels from the card thread to the screen).
// wipe() zeroes that buffer in place, so every copy sees zeros from then on; the buffer is zeroed again when the
// last copy goes. The widget paints a QImage over pixels() without copying it.
class FacePhoto final {
public:
    FacePhoto() = default;
    // From 8-bit grey pixels, row-major, `width` bytes per row (tests and the encoder's input).
    static FacePhoto fromGrey(QByteArrayView pixels, int width, int height);

    bool isNull() const { return !m_pixels || m_pixels->bytes.empty() || m_pixels->wiped; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    const unsigned char* pixels() const { return m_pixels ? m_pixels->bytes.data() : nullptr; }
    qsizetype byteCount() const { return m_pixels ? static_cast<qsizetype>(m_pixels->bytes.size()) : 0; }
    // Zeroes the shared pixels and lets go of them.
    void wipe();

    // Decodes a JP2 file or a raw J2K codestream. Refuses images larger than 1024 × 1024 before decoding (the
    // card's photo is far smaller); MalformedData for anything OpenJPEG cannot read. Colour is reduced to grey.
    static CardResult<FacePhoto> decodeJpeg2000(QByteArrayView data);
    // JP2, lossy, one greyscale component (the virtual card's photos). Empty when encoding fails.
    static QByteArray encodeJpeg2000(QByteArrayView greyPixels, int width, int height);
    // A fictitious face drawn from `seed` (the virtual card's personas): grey background, head, eyes, mouth.
    static QByteArray syntheticFace(quint32 seed, int width, int height);

private:
    struct Pixels {
        std::vector<unsigned char> bytes;
        bool wiped = false;
        ~Pixels();
        void zero();
    };
    std::shared_ptr<Pixels> m_pixels;
    int m_width = 0;
    int m_height = 0;
};

} // namespace madoguchi::card
