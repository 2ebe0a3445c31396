// One TrueType font held open across documents: which characters it has, how wide they are, a subset of it.
#include "FontFace.h"

#include "PrintLogging.h"

#include <QList>

#include <algorithm>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace madoguchi::print {

struct FontFace::Handles {
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    double upem = 1000;
    double ascent = 0.88;
    double descent = 0.12;
    ~Handles() {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

FontFace::FontFace(const QString& family, const QString& path, int index)
    : m_family(family)
    , m_path(path)
    , m_handles(std::make_unique<Handles>()) {
    if (path.isEmpty())
        return;
    m_handles->blob = hb_blob_create_from_file_or_fail(path.toLocal8Bit().constData());
    if (!m_handles->blob) {
        qCWarning(lcPrint) << "cannot read font file" << path;
        return;
    }
    m_handles->face = hb_face_create(m_handles->blob, static_cast<unsigned int>(index));
    m_handles->font = hb_font_create(m_handles->face);
    m_handles->upem = hb_face_get_upem(m_handles->face);
    hb_font_set_scale(m_handles->font, static_cast<int>(m_handles->upem), static_cast<int>(m_handles->upem));
    hb_font_extents_t extents{};
    if (hb_font_get_h_extents(m_handles->font, &extents) && m_handles->upem > 0) {
        m_handles->ascent = extents.ascender / m_handles->upem;
        m_handles->descent = -extents.descender / m_handles->upem;
    }
}

FontFace::~FontFace() = default;

bool FontFace::isValid() const {
    return m_handles->font != nullptr && hb_face_get_glyph_count(m_handles->face) > 0;
}

bool FontFace::hasGlyph(char32_t codePoint) const {
    hb_codepoint_t glyph = 0;
    return isValid() && hb_font_get_nominal_glyph(m_handles->font, codePoint, &glyph) && glyph != 0;
}

double FontFace::advance(char32_t codePoint) const {
    hb_codepoint_t glyph = 0;
    if (!isValid() || !hb_font_get_nominal_glyph(m_handles->font, codePoint, &glyph))
        return 1.0;
    return hb_font_get_glyph_h_advance(m_handles->font, glyph) / m_handles->upem;
}

double FontFace::ascent() const {
    return m_handles->ascent;
}

double FontFace::descent() const {
    return m_handles->descent;
}

namespace {
quint32 be32(const QByteArray& b, qsizetype at) {
    const auto* u = reinterpret_cast<const uchar*>(b.constData() + at);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}
void put16(QByteArray& b, qsizetype at, quint32 v) {
    b[at] = char(v >> 8);
    b[at + 1] = char(v);
}
void put32(QByteArray& b, qsizetype at, quint32 v) {
    put16(b, at, v >> 16);
    put16(b, at + 2, v & 0xFFFF);
}

// libharu 2.3 rebuilds an embedded font table by table and writes 'prep' last; a font without one gets an empty
// entry at the very end of the rebuilt font, where libharu then seeks to checksum it. Its memory stream cannot
// seek to its own end when that is a whole number of its 4 KiB buffers (HPDF_MemStream_SeekFunc finds no buffer:
// HPDF_INVALID_OBJECT "during save"), so an estimated one subset in a thousand could not be written. A subset without
// hinting has no 'prep': give it a four-byte one that only sets what is already the default (SVTCA[x-axis]).
QByteArray withPrepTable(const QByteArray& font) {
    if (font.size() < 12)
        return font;
    const int tables = int(be32(font, 4) >> 16);
    const qsizetype directoryEnd = 12 + qsizetype(tables) * 16;
    if (tables <= 0 || font.size() < directoryEnd)
        return font;
    QList<QByteArray> entries;
    for (int i = 0; i < tables; ++i) {
        QByteArray entry = font.mid(12 + qsizetype(i) * 16, 16);
        if (entry.startsWith("prep"))
            return font;
        put32(entry, 8, be32(entry, 8) + 16); // the directory grows by one entry
        entries.append(entry);
    }
    QByteArray body = font.mid(directoryEnd);
    while (body.size() % 4 != 0)
        body.append('\0');
    QByteArray prep(16, '\0');
    prep.replace(0, 4, "prep");
    put32(prep, 4, 0x01010101);                               // checksum of the four bytes below
    put32(prep, 8, quint32(directoryEnd + 16 + body.size())); // offset
    put32(prep, 12, 4);                                       // length
    entries.append(prep);
    std::sort(entries.begin(), entries.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.left(4) < b.left(4); });
    const int n = tables + 1;
    int selector = 0;
    while ((2 << selector) <= n)
        ++selector;
    QByteArray out = font.left(12);
    put16(out, 4, quint32(n));
    put16(out, 6, quint32((1 << selector) * 16));
    put16(out, 8, quint32(selector));
    put16(out, 10, quint32(n * 16 - (1 << selector) * 16));
    for (const QByteArray& e : entries)
        out += e;
    out += body;
    out += QByteArray(4, '\x01');
    return out;
}
} // namespace

QByteArray FontFace::subset(const std::set<char32_t>& codePoints) const {
    if (!isValid())
        return {};
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input)
        return {};
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (const char32_t c : codePoints)
        hb_set_add(unicodes, c);
    // libharu reads the 'name' table for the font's PostScript name and needs no hinting. It lays text out itself,
    // horizontally, one glyph per character: the layout tables (and the alternate glyphs their closure would pull
    // in) and vertical metrics only cost time and bytes.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "kern", "gasp", "hdmx",
                            "LTSH", "VDMX", "DSIG", "morx", "mort"})
        hb_set_add(dropped, hb_tag_from_string(tag, 4));
    hb_face_t* subsetFace = hb_subset_or_fail(m_handles->face, input);
    hb_subset_input_destroy(input);
    if (!subsetFace) {
        qCWarning(lcPrint) << "HarfBuzz could not subset" << m_family;
        return {};
    }
    hb_blob_t* blob = hb_face_reference_blob(subsetFace);
    unsigned int length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, static_cast<qsizetype>(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subsetFace);
    return withPrepTable(bytes);
}

namespace {
struct DrawState {
    const OutlineSink* sink;
    double scale;
};

void moveTo(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
    const auto* s = static_cast<DrawState*>(data);
    s->sink->moveTo(x * s->scale, y * s->scale);
}
void lineTo(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
    const auto* s = static_cast<DrawState*>(data);
    s->sink->lineTo(x * s->scale, y * s->scale);
}
void quadraticTo(hb_draw_funcs_t*, void* data, hb_draw_state_t* st, float cx, float cy, float x, float y, void*) {
    // PDF has only cubic curves: raise the degree (control points at 2/3 towards the quadratic control point).
    const auto* s = static_cast<DrawState*>(data);
    const double x0 = st->current_x, y0 = st->current_y;
    const double c1x = x0 + 2.0 / 3.0 * (cx - x0), c1y = y0 + 2.0 / 3.0 * (cy - y0);
    const double c2x = x + 2.0 / 3.0 * (cx - x), c2y = y + 2.0 / 3.0 * (cy - y);
    s->sink->cubicTo(c1x * s->scale, c1y * s->scale, c2x * s->scale, c2y * s->scale, x * s->scale, y * s->scale);
}
void cubicTo(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x,
             float y, void*) {
    const auto* s = static_cast<DrawState*>(data);
    s->sink->cubicTo(c1x * s->scale, c1y * s->scale, c2x * s->scale, c2y * s->scale, x * s->scale, y * s->scale);
}
void closePath(hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) {
    static_cast<DrawState*>(data)->sink->close();
}

hb_draw_funcs_t* drawFunctions() {
    static hb_draw_funcs_t* funcs = [] {
        hb_draw_funcs_t* f = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(f, moveTo, nullptr, nullptr);
        hb_draw_funcs_set_line_to_func(f, lineTo, nullptr, nullptr);
        hb_draw_funcs_set_quadratic_to_func(f, quadraticTo, nullptr, nullptr);
        hb_draw_funcs_set_cubic_to_func(f, cubicTo, nullptr, nullptr);
        hb_draw_funcs_set_close_path_func(f, closePath, nullptr, nullptr);
        hb_draw_funcs_make_immutable(f);
        return f;
    }();
    return funcs;
}
} // namespace

QList<ShapedGlyph> FontFace::shape(const QString& text, const QString& language) const {
    QList<ShapedGlyph> glyphs;
    if (!isValid() || text.isEmpty())
        return glyphs;
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(text.utf16()), static_cast<int>(text.size()), 0,
                        static_cast<int>(text.size()));
    const QByteArray tag = language.toLatin1();
    hb_buffer_set_language(buffer, hb_language_from_string(tag.constData(), static_cast<int>(tag.size())));
    hb_buffer_guess_segment_properties(buffer);
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_shape(m_handles->font, buffer, nullptr, 0);
    unsigned int count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    const double scale = 1.0 / m_handles->upem;
    glyphs.reserve(static_cast<qsizetype>(count));
    for (unsigned int i = 0; i < count; ++i)
        glyphs.append({info[i].codepoint, pos[i].x_offset * scale, pos[i].y_offset * scale, pos[i].x_advance * scale,
                       static_cast<int>(info[i].cluster)});
    hb_buffer_destroy(buffer);
    return glyphs;
}

void FontFace::drawGlyph(unsigned int glyph, const OutlineSink& sink) const {
    if (!isValid())
        return;
    DrawState state{&sink, 1.0 / m_handles->upem};
    hb_font_get_glyph_shape(m_handles->font, glyph, drawFunctions(), &state);
}

QString FontFace::declaredFamily() const {
    if (!isValid())
        return {};
    char name[256] = {};
    unsigned int size = sizeof name;
    hb_ot_name_get_utf8(m_handles->face, HB_OT_NAME_ID_FONT_FAMILY, HB_LANGUAGE_INVALID, &size, name);
    return QString::fromUtf8(name);
}

bool FontFace::drawOutline(char32_t codePoint, const OutlineSink& sink) const {
    hb_codepoint_t glyph = 0;
    if (!isValid() || !hb_font_get_nominal_glyph(m_handles->font, codePoint, &glyph) || glyph == 0)
        return false;
    DrawState state{&sink, 1.0 / m_handles->upem};
    hb_font_get_glyph_shape(m_handles->font, glyph, drawFunctions(), &state);
    return true;
}

} // namespace madoguchi::print
