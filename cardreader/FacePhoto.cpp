// The chip's face photo: JPEG 2000 through OpenJPEG into one wiped greyscale buffer.
#include "FacePhoto.h"

#include "CardSecret.h"

#include <openjpeg.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace madoguchi::card {

namespace {
constexpr int kMaxSide = 1024;

// An OpenJPEG stream over memory: reading from a view, or writing into a growing buffer (JP2 writing seeks back to
// fill in box lengths).
struct MemoryStream {
    const unsigned char* input = nullptr;
    QByteArray* output = nullptr;
    size_t size = 0;
    size_t pos = 0;
};

OPJ_SIZE_T readFn(void* buffer, OPJ_SIZE_T n, void* user) {
    auto* m = static_cast<MemoryStream*>(user);
    if (m->pos >= m->size)
        return static_cast<OPJ_SIZE_T>(-1);
    const size_t count = std::min<size_t>(n, m->size - m->pos);
    std::memcpy(buffer, m->input + m->pos, count);
    m->pos += count;
    return count;
}

OPJ_SIZE_T writeFn(void* buffer, OPJ_SIZE_T n, void* user) {
    auto* m = static_cast<MemoryStream*>(user);
    const size_t end = m->pos + n;
    if (end > static_cast<size_t>(m->output->size()))
        m->output->resize(static_cast<qsizetype>(end));
    std::memcpy(m->output->data() + m->pos, buffer, n);
    m->pos = end;
    m->size = std::max(m->size, end);
    return n;
}

OPJ_OFF_T skipFn(OPJ_OFF_T n, void* user) {
    auto* m = static_cast<MemoryStream*>(user);
    if (n < 0 || (m->output == nullptr && m->pos + static_cast<size_t>(n) > m->size))
        return -1;
    m->pos += static_cast<size_t>(n);
    return n;
}

OPJ_BOOL seekFn(OPJ_OFF_T n, void* user) {
    auto* m = static_cast<MemoryStream*>(user);
    if (n < 0 || (m->output == nullptr && static_cast<size_t>(n) > m->size))
        return OPJ_FALSE;
    m->pos = static_cast<size_t>(n);
    return OPJ_TRUE;
}

void quiet(const char*, void*) {}

struct CodecFree {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamFree {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
// The decoded components hold the photo too: zero them before OpenJPEG frees them.
struct ImageFree {
    void operator()(opj_image_t* image) const {
        for (OPJ_UINT32 c = 0; c < image->numcomps; ++c) {
            opj_image_comp_t& comp = image->comps[c];
            if (comp.data != nullptr)
                secureZero(comp.data, sizeof(OPJ_INT32) * size_t(comp.w) * size_t(comp.h));
        }
        opj_image_destroy(image);
    }
};

opj_stream_t* memoryStream(MemoryStream* m, bool input) {
    opj_stream_t* s = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, input ? OPJ_TRUE : OPJ_FALSE);
    if (s == nullptr)
        return nullptr;
    if (input)
        opj_stream_set_read_function(s, readFn);
    else
        opj_stream_set_write_function(s, writeFn);
    opj_stream_set_skip_function(s, skipFn);
    opj_stream_set_seek_function(s, seekFn);
    opj_stream_set_user_data(s, m, nullptr);
    if (input)
        opj_stream_set_user_data_length(s, m->size);
    return s;
}

void silence(opj_codec_t* codec) {
    opj_set_info_handler(codec, quiet, nullptr);
    opj_set_warning_handler(codec, quiet, nullptr);
    opj_set_error_handler(codec, quiet, nullptr);
}

CardError malformed(const QString& what) {
    return {CardError::Kind::MalformedData, what};
}

unsigned char to8bit(OPJ_INT32 v, const opj_image_comp_t& comp) {
    if (comp.sgnd != 0)
        v += 1 << (comp.prec - 1);
    if (comp.prec > 8)
        v >>= (comp.prec - 8);
    else if (comp.prec < 8)
        v <<= (8 - comp.prec);
    return static_cast<unsigned char>(std::clamp(v, 0, 255));
}
} // namespace

FacePhoto::Pixels::~Pixels() {
    zero();
}

void FacePhoto::Pixels::zero() {
    if (!bytes.empty())
        secureZero(bytes.data(), bytes.size());
    wiped = true;
}

FacePhoto FacePhoto::fromGrey(QByteArrayView pixels, int width, int height) {
    FacePhoto photo;
    if (width <= 0 || height <= 0 || pixels.size() != qsizetype(width) * height)
        return photo;
    photo.m_pixels = std::make_shared<Pixels>();
    photo.m_pixels->bytes.assign(pixels.begin(), pixels.end());
    photo.m_width = width;
    photo.m_height = height;
    return photo;
}

void FacePhoto::wipe() {
    if (m_pixels)
        m_pixels->zero();
    m_pixels.reset();
    m_width = 0;
    m_height = 0;
}

CardResult<FacePhoto> FacePhoto::decodeJpeg2000(QByteArrayView data) {
    static const QByteArray jp2Signature = QByteArray::fromHex("0000000C6A5020200D0A870A");
    static const QByteArray j2kSignature = QByteArray::fromHex("FF4FFF51");
    OPJ_CODEC_FORMAT format = OPJ_CODEC_UNKNOWN;
    if (data.startsWith(jp2Signature))
        format = OPJ_CODEC_JP2;
    else if (data.startsWith(j2kSignature))
        format = OPJ_CODEC_J2K;
    else
        return malformed(QStringLiteral("face photo is not JPEG 2000 (no JP2 or J2K signature)"));

    MemoryStream m;
    m.input = reinterpret_cast<const unsigned char*>(data.data());
    m.size = static_cast<size_t>(data.size());
    std::unique_ptr<opj_stream_t, StreamFree> stream(memoryStream(&m, true));
    std::unique_ptr<opj_codec_t, CodecFree> codec(opj_create_decompress(format));
    if (!stream || !codec)
        return malformed(QStringLiteral("OpenJPEG could not start a decoder"));
    silence(codec.get());
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (opj_setup_decoder(codec.get(), &parameters) == OPJ_FALSE)
        return malformed(QStringLiteral("OpenJPEG refused the decoder parameters"));
    opj_image_t* rawImage = nullptr;
    if (opj_read_header(stream.get(), codec.get(), &rawImage) == OPJ_FALSE || rawImage == nullptr)
        return malformed(QStringLiteral("face photo: unreadable JPEG 2000 header"));
    std::unique_ptr<opj_image_t, ImageFree> image(rawImage);
    const qint64 width = qint64(image->x1) - qint64(image->x0);
    const qint64 height = qint64(image->y1) - qint64(image->y0);
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide || image->numcomps == 0 ||
        image->numcomps > 4)
        return malformed(QStringLiteral("face photo of %1 × %2 pixels, %3 components refused")
                             .arg(width)
                             .arg(height)
                             .arg(image->numcomps));
    if (opj_decode(codec.get(), stream.get(), image.get()) == OPJ_FALSE ||
        opj_end_decompress(codec.get(), stream.get()) == OPJ_FALSE)
        return malformed(QStringLiteral("face photo: JPEG 2000 data does not decode"));
    const int colour = image->numcomps >= 3 ? 3 : 1;
    for (int c = 0; c < colour; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (comp.data == nullptr || qint64(comp.w) != width || qint64(comp.h) != height || comp.dx != 1 ||
            comp.dy != 1 || comp.prec == 0 || comp.prec > 16)
            return malformed(QStringLiteral("face photo: subsampled or empty component %1").arg(c));
    }
    FacePhoto photo;
    photo.m_pixels = std::make_shared<Pixels>();
    photo.m_pixels->bytes.resize(size_t(width * height));
    photo.m_width = static_cast<int>(width);
    photo.m_height = static_cast<int>(height);
    unsigned char* out = photo.m_pixels->bytes.data();
    const size_t count = size_t(width * height);
    if (colour == 1) {
        for (size_t i = 0; i < count; ++i)
            out[i] = to8bit(image->comps[0].data[i], image->comps[0]);
    } else {
        for (size_t i = 0; i < count; ++i) {
            const int r = to8bit(image->comps[0].data[i], image->comps[0]);
            const int g = to8bit(image->comps[1].data[i], image->comps[1]);
            const int b = to8bit(image->comps[2].data[i], image->comps[2]);
            out[i] = static_cast<unsigned char>((r * 299 + g * 587 + b * 114) / 1000);
        }
    }
    return photo;
}

QByteArray FacePhoto::encodeJpeg2000(QByteArrayView grey, int width, int height) {
    if (width <= 0 || height <= 0 || grey.size() != qsizetype(width) * height)
        return {};
    opj_image_cmptparm_t component{};
    component.dx = 1;
    component.dy = 1;
    component.w = static_cast<OPJ_UINT32>(width);
    component.h = static_cast<OPJ_UINT32>(height);
    component.prec = 8;
    component.sgnd = 0;
    std::unique_ptr<opj_image_t, ImageFree> image(opj_image_create(1, &component, OPJ_CLRSPC_GRAY));
    if (!image)
        return {};
    image->x0 = 0;
    image->y0 = 0;
    image->x1 = static_cast<OPJ_UINT32>(width);
    image->y1 = static_cast<OPJ_UINT32>(height);
    for (qsizetype i = 0; i < grey.size(); ++i)
        image->comps[0].data[i] = static_cast<quint8>(grey.at(i));

    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = 12; // about 12:1, a few kilobytes like the card's photo
    parameters.cp_disto_alloc = 1;
    parameters.irreversible = 1;
    parameters.numresolution = 4;
    std::unique_ptr<opj_codec_t, CodecFree> codec(opj_create_compress(OPJ_CODEC_JP2));
    if (!codec)
        return {};
    silence(codec.get());
    if (opj_setup_encoder(codec.get(), &parameters, image.get()) == OPJ_FALSE)
        return {};
    QByteArray out;
    MemoryStream m;
    m.output = &out;
    std::unique_ptr<opj_stream_t, StreamFree> stream(memoryStream(&m, false));
    if (!stream || opj_start_compress(codec.get(), image.get(), stream.get()) == OPJ_FALSE ||
        opj_encode(codec.get(), stream.get()) == OPJ_FALSE || opj_end_compress(codec.get(), stream.get()) == OPJ_FALSE)
        return {};
    stream.reset(); // flushes what the stream still buffers
    out.truncate(static_cast<qsizetype>(m.size));
    return out;
}

QByteArray FacePhoto::syntheticFace(quint32 seed, int width, int height) {
    QByteArray pixels(qsizetype(width) * height, '\0');
    auto rnd = [&seed](int range) { // a small LCG: the same persona always gets the same face
        seed = seed * 1664525u + 1013904223u;
        return static_cast<int>((seed >> 16) % static_cast<quint32>(range));
    };
    const double cx = width / 2.0;
    const double cy = height * (0.42 + rnd(6) / 100.0);
    const double rx = width * (0.26 + rnd(8) / 100.0);
    const double ry = height * (0.28 + rnd(6) / 100.0);
    const int background = 200 + rnd(40);
    const int skin = 120 + rnd(50);
    const int hair = 30 + rnd(50);
    const double eyeY = cy - ry * 0.15;
    const double eyeDx = rx * (0.38 + rnd(10) / 100.0);
    const double mouthY = cy + ry * (0.45 + rnd(10) / 100.0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double dx = (x - cx) / rx;
            const double dy = (y - cy) / ry;
            const double r = dx * dx + dy * dy;
            int v = background - y / 4; // a soft gradient behind the head
            if (y > cy + ry * 0.9 && std::abs(x - cx) < rx * 1.6)
                v = 70; // shoulders
            if (r <= 1.0)
                v = y < cy - ry * 0.55 ? hair : skin;
            const double ex1 = (x - (cx - eyeDx)) / (rx * 0.12);
            const double ex2 = (x - (cx + eyeDx)) / (rx * 0.12);
            const double ey = (y - eyeY) / (ry * 0.07);
            if (ex1 * ex1 + ey * ey <= 1.0 || ex2 * ex2 + ey * ey <= 1.0)
                v = 20;
            if (std::abs(y - mouthY) < ry * 0.04 && std::abs(x - cx) < rx * 0.35)
                v = 60;
            pixels[qsizetype(y) * width + x] = static_cast<char>(std::clamp(v, 0, 255));
        }
    }
    return pixels;
}

} // namespace madoguchi::card
