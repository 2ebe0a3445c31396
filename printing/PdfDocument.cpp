// The only door to libharu: one PDF under construction, every call checked, every failure a PrintError.
#include "PdfDocument.h"

#include "PrintLogging.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace madoguchi::print {

struct PdfDocument::State {
    HPDF_Doc doc = nullptr;
    HPDF_Page page = nullptr;
    QList<HPDF_Font> fonts;
    QList<std::set<char32_t>> fontCodePoints; // what each font can draw; empty for a whole font file
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS errorDetail = 0;
    QString operation; // what we were doing when libharu complained
    int fontTag = 0;

    // libharu reports through this callback and then returns an error status; we record the first one.
    static void onError(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
        auto* self = static_cast<State*>(data);
        if (self->error == HPDF_OK) {
            self->error = error;
            self->errorDetail = detail;
        }
    }
    bool check(HPDF_STATUS status, const char* what) {
        if (status != HPDF_OK && error == HPDF_OK) {
            error = status;
            errorDetail = HPDF_GetErrorDetail(doc);
        }
        if (error != HPDF_OK && operation.isEmpty())
            operation = QString::fromLatin1(what);
        return error == HPDF_OK;
    }
    bool usable() const { return doc != nullptr && error == HPDF_OK; }
    // A subset font draws only the characters it was given: anything else is an error, not a blank.
    bool drawable(int font, const QString& text) {
        const std::set<char32_t>& allowed = fontCodePoints.at(font);
        if (allowed.empty())
            return true; // a whole font file through the UTF-8 encoder
        for (const char32_t c : text.toUcs4()) {
            if (!allowed.contains(c)) {
                operation = QStringLiteral("text: U+%1 is not in the font subset")
                                .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                                .toUpper();
                return check(HPDF_INVALID_PARAMETER, "text");
            }
        }
        return true;
    }
    bool pageUsable() const { return usable() && page != nullptr; }
    // Raw operators for what libharu has no call for (marked content). Only ever between graphics objects.
    void writeRaw(const QByteArray& bytes) {
        auto attr = static_cast<HPDF_PageAttr>(page->attr);
        check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.constData()),
                                static_cast<HPDF_UINT>(bytes.size())),
              "marked content");
    }
};

PdfDocument::PdfDocument()
    : m_state(std::make_unique<State>()) {
    m_state->doc = HPDF_New(&State::onError, m_state.get());
    if (!m_state->doc) {
        m_state->error = HPDF_FAILD_TO_ALLOC_MEM;
        m_state->operation = QStringLiteral("create document");
        return;
    }
    m_state->check(HPDF_SetCompressionMode(m_state->doc, HPDF_COMP_ALL), "compression");
    m_state->check(HPDF_UseUTFEncodings(m_state->doc), "UTF-8 encodings");
    m_state->check(HPDF_SetCurrentEncoder(m_state->doc, "UTF-8"), "UTF-8 encoder");
    m_state->check(HPDF_SetInfoAttr(m_state->doc, HPDF_INFO_CREATOR, "Madoguchi"), "creator");
}

PdfDocument::~PdfDocument() {
    if (m_state->doc)
        HPDF_Free(m_state->doc);
}

void PdfDocument::setTitle(const QString& title) {
    if (m_state->usable())
        m_state->check(HPDF_SetInfoAttr(m_state->doc, HPDF_INFO_TITLE, title.toUtf8().constData()), "title");
}

namespace {
// libharu builds a font's CIDToGIDMap by looking up all 65,536 BMP code points, each by a linear walk over the
// cmap's segments: milliseconds per font and document. Before it does, give the loaded font a one-segment cmap
// that indexes an array directly (format 4 allows that), filled from the real cmap for the characters in use.
// Only the lookup table in memory changes; the embedded font keeps its own cmap.
bool installDirectCmap(HPDF_MMgr mmgr, HPDF_FontDef def, const std::set<char32_t>& codePoints) {
    auto attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
    if (attr->cmap.format != 4)
        return false;
    constexpr HPDF_UINT kEntries = 0xFFFF; // code points 0000–FFFE through the array, FFFF in its own segment
    auto* glyphs = static_cast<HPDF_UINT16*>(HPDF_GetMem(mmgr, kEntries * sizeof(HPDF_UINT16)));
    auto* ends = static_cast<HPDF_UINT16*>(HPDF_GetMem(mmgr, 2 * sizeof(HPDF_UINT16)));
    auto* starts = static_cast<HPDF_UINT16*>(HPDF_GetMem(mmgr, 2 * sizeof(HPDF_UINT16)));
    auto* deltas = static_cast<HPDF_INT16*>(HPDF_GetMem(mmgr, 2 * sizeof(HPDF_INT16)));
    auto* offsets = static_cast<HPDF_UINT16*>(HPDF_GetMem(mmgr, 2 * sizeof(HPDF_UINT16)));
    if (!glyphs || !ends || !starts || !deltas || !offsets)
        return false; // libharu's error handler has recorded the allocation failure
    std::fill(glyphs, glyphs + kEntries, HPDF_UINT16(0));
    for (const char32_t c : codePoints) {
        if (c < kEntries)
            glyphs[c] = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c));
    }
    HPDF_FreeMem(mmgr, attr->cmap.end_count);
    HPDF_FreeMem(mmgr, attr->cmap.start_count);
    HPDF_FreeMem(mmgr, attr->cmap.id_delta);
    HPDF_FreeMem(mmgr, attr->cmap.id_range_offset);
    HPDF_FreeMem(mmgr, attr->cmap.glyph_id_array);
    ends[0] = 0xFFFE, ends[1] = 0xFFFF;
    starts[0] = 0x0000, starts[1] = 0xFFFF;
    deltas[0] = 0, deltas[1] = 1;
    // Segment 0 of 2: index = offset / 2 + (code - start) - (segments - 0) = code when offset is 4.
    offsets[0] = 4, offsets[1] = 0;
    attr->cmap.seg_count_x2 = 4;
    attr->cmap.end_count = ends;
    attr->cmap.start_count = starts;
    attr->cmap.id_delta = deltas;
    attr->cmap.id_range_offset = offsets;
    attr->cmap.glyph_id_array = glyphs;
    attr->cmap.glyph_id_array_count = kEntries;
    return true;
}

// libharu's UTF-8 encoder writes each character as its Unicode value (Identity-H: code = CID = U+xxxx), so every
// font gets a CIDToGIDMap and a widths scan over all 65,536 CIDs, built and deflated for every document whatever
// the text. Each subset font gets its own encoder instead: the characters it draws are numbered 1..n (in code
// point order), the content stream carries those numbers, libharu builds the map and widths for n CIDs only, and
// a ToUnicode CMap written here maps the numbers back to Unicode for text extraction. The encoder keeps the UTF-8
// parsing of the UTF-8 encoder (libharu measures text widths through it), and its character numbers in cid_map,
// where libharu looks for them when it builds the font.
constexpr char32_t kUnusedSlot = 0x1F; // a control character, never drawn: see compactEncoder()

HPDF_STATUS initCompactEncoder(HPDF_Encoder encoder) {
    const HPDF_STATUS ret = HPDF_CMapEncoder_InitAttr(encoder);
    if (ret != HPDF_OK)
        return ret;
    const HPDF_CidRange_Rec codeSpace = {0x0000, 0xFFFF, 0};
    if (HPDF_CMapEncoder_AddCodeSpaceRange(encoder, codeSpace) != HPDF_OK)
        return encoder->error->error_no;
    auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    // "Identity-H" makes libharu name the predefined Identity-H encoding and put its generated CMap under
    // ToUnicode, which addFont() then rewrites.
    std::strcpy(attr->registry, "Adobe");
    std::strcpy(attr->ordering, "Identity-H");
    attr->suppliment = 0;
    attr->writing_mode = HPDF_WMODE_HORIZONTAL;
    encoder->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
    return HPDF_OK;
}

// UTF-8 in, two-byte character numbers out (libharu frees the result with free()).
char* encodeCompact(HPDF_Encoder encoder, const char* text, HPDF_UINT len, HPDF_UINT* length) {
    const auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    auto* out = static_cast<char*>(std::malloc(len * 2 + 2));
    HPDF_UINT n = 0;
    if (!out) {
        *length = 0;
        return out;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    for (HPDF_UINT i = 0; i < len;) {
        const unsigned char b = bytes[i];
        char32_t c = 0;
        int more = 0;
        if (b < 0x80)
            c = b;
        else if ((b & 0xE0) == 0xC0)
            c = b & 0x1F, more = 1;
        else if ((b & 0xF0) == 0xE0)
            c = b & 0x0F, more = 2;
        else
            c = b & 0x07, more = 3;
        ++i;
        for (; more > 0 && i < len; --more, ++i)
            c = (c << 6) | (bytes[i] & 0x3F);
        // Characters outside the font's set were refused by text(); they would show as .notdef (CID 0).
        const HPDF_UINT16 cid = (c > kUnusedSlot && c < 0x10000) ? attr->cid_map[c >> 8][c & 0xFF] : 0;
        out[n++] = static_cast<char>(cid >> 8);
        out[n++] = static_cast<char>(cid & 0xFF);
    }
    *length = n;
    return out;
}

QByteArray hex4(unsigned v) {
    return QByteArray::number(v | 0x10000, 16).mid(1).toUpper();
}

// A ToUnicode CMap from character numbers (1..n, code point order) back to the characters.
QByteArray toUnicodeCMap(const std::set<char32_t>& codePoints) {
    QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    std::vector<char32_t> chars(codePoints.begin(), codePoints.end());
    for (size_t from = 0; from < chars.size(); from += 100) {
        const size_t to = std::min(chars.size(), from + 100);
        cmap += QByteArray::number(static_cast<qulonglong>(to - from)) + " beginbfchar\n";
        for (size_t i = from; i < to; ++i)
            cmap += '<' + hex4(static_cast<unsigned>(i + 1)) + "> <" + hex4(chars[i]) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// Creates the font through a per-font encoder that numbers `codePoints` (all BMP, none below U+0020) 1..n.
HPDF_Font compactFont(HPDF_Doc doc, HPDF_FontDef def, const std::set<char32_t>& codePoints, int tag) {
    HPDF_Encoder utf8 = HPDF_GetEncoder(doc, "UTF-8");
    if (!utf8)
        return nullptr;
    char name[16];
    std::snprintf(name, sizeof name, "MDG-%d", tag);
    HPDF_Encoder encoder = HPDF_CMapEncoder_New(doc->mmgr, name, initCompactEncoder);
    if (!encoder || HPDF_Doc_RegisterEncoder(doc, encoder) != HPDF_OK)
        return nullptr;
    if (HPDF_GetEncoder(doc, name) != encoder) // runs initCompactEncoder
        return nullptr;
    // The UTF-8 parsing keeps its state in the first entries of cid_map: characters from U+0020 on never meet it.
    auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    HPDF_UINT16 cid = 0;
    for (const char32_t c : codePoints) {
        if (c <= kUnusedSlot || c > 0xFFFF)
            return nullptr;
        attr->cid_map[c >> 8][c & 0xFF] = ++cid;
        attr->unicode_map[c >> 8][c & 0xFF] = static_cast<HPDF_UNICODE>(c);
    }
    // libharu writes widths and map entries for CIDs below the highest one it finds: one more, mapped to .notdef,
    // so that the last character is covered.
    attr->cid_map[0][kUnusedSlot] = ++cid;
    attr->unicode_map[0][kUnusedSlot] = static_cast<HPDF_UNICODE>(kUnusedSlot);
    // With HPDF_CMapEncoder_ToUnicode as its Unicode function, libharu builds the font from cid_map and
    // unicode_map; for measuring and writing text the encoder parses UTF-8 like the UTF-8 encoder.
    encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
    HPDF_Font font = HPDF_GetFont(doc, def->base_font, name);
    encoder->byte_type_fn = utf8->byte_type_fn;
    encoder->to_unicode_fn = utf8->to_unicode_fn;
    encoder->encode_text_fn = encodeCompact;
    if (!font)
        return nullptr;
    auto fontAttr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_Dict toUnicode = fontAttr->cmap_stream;
    if (!toUnicode || !toUnicode->stream)
        return nullptr;
    const QByteArray cmap = toUnicodeCMap(codePoints);
    HPDF_Stream stream = HPDF_MemStream_New(doc->mmgr, static_cast<HPDF_UINT>(cmap.size()));
    if (!stream || HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(cmap.constData()),
                                     static_cast<HPDF_UINT>(cmap.size())) != HPDF_OK)
        return nullptr;
    HPDF_Stream_Free(toUnicode->stream);
    toUnicode->stream = stream;
    return font;
}

} // namespace

int PdfDocument::addFont(const QByteArray& trueType, const std::set<char32_t>& codePoints) {
    if (!m_state->usable())
        return -1;
    // libharu 2.3 can only load a TrueType font from a file; its stream loader is what that uses inside,
    // fed here from memory so that no temporary file holds the subset.
    HPDF_Stream stream = HPDF_MemStream_New(m_state->doc->mmgr, 8192);
    if (!stream || !m_state->check(HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(trueType.constData()),
                                                     static_cast<HPDF_UINT>(trueType.size())),
                                   "font bytes")) {
        m_state->check(HPDF_FAILD_TO_ALLOC_MEM, "font stream");
        return -1;
    }
    HPDF_FontDef def = HPDF_TTFontDef_Load(m_state->doc->mmgr, stream, HPDF_TRUE);
    if (!def) {
        m_state->check(HPDF_TTF_INVALID_FOMAT, "load TrueType");
        return -1;
    }
    if (!m_state->check(HPDF_Doc_RegisterFontDef(m_state->doc, def), "register font"))
        return -1;
    if (!installDirectCmap(m_state->doc->mmgr, def, codePoints) && !m_state->check(HPDF_OK, "font cmap"))
        return -1;
    // The six-letter tag makes viewers (and pdffonts) see an embedded subset.
    const char tag[] = {'M',
                        'D',
                        'G',
                        'C',
                        static_cast<char>('A' + m_state->fontTag / 26 % 26),
                        static_cast<char>('A' + m_state->fontTag % 26),
                        0};
    ++m_state->fontTag;
    HPDF_TTFontDef_SetTagName(def, const_cast<char*>(tag));
    // Characters outside the BMP are drawn as outlines (Renderer), never as font text.
    for (const char32_t c : codePoints) {
        if (c <= kUnusedSlot || c > 0xFFFF) {
            m_state->operation = QStringLiteral("font: U+%1 cannot be set as text")
                                     .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                                     .toUpper();
            m_state->check(HPDF_INVALID_PARAMETER, "font");
            return -1;
        }
    }
    HPDF_Font font = compactFont(m_state->doc, def, codePoints, m_state->fontTag - 1);
    if (!font) {
        m_state->check(HPDF_INVALID_FONT, "get font");
        return -1;
    }
    m_state->fonts.append(font);
    m_state->fontCodePoints.append(codePoints);
    return static_cast<int>(m_state->fonts.size() - 1);
}

int PdfDocument::addFontFile(const QString& path) {
    if (!m_state->usable())
        return -1;
    const char* name = HPDF_LoadTTFontFromFile(m_state->doc, path.toLocal8Bit().constData(), HPDF_TRUE);
    if (!name) {
        m_state->check(HPDF_TTF_INVALID_FOMAT, "load TrueType file");
        return -1;
    }
    HPDF_Font font = HPDF_GetFont(m_state->doc, name, "UTF-8");
    if (!font) {
        m_state->check(HPDF_INVALID_FONT, "get font");
        return -1;
    }
    m_state->fonts.append(font);
    m_state->fontCodePoints.append(std::set<char32_t>());
    return static_cast<int>(m_state->fonts.size() - 1);
}

void PdfDocument::addPage(double width, double height) {
    if (!m_state->usable())
        return;
    m_state->page = HPDF_AddPage(m_state->doc);
    if (!m_state->page) {
        m_state->check(HPDF_INVALID_PAGE, "add page");
        return;
    }
    m_state->check(HPDF_Page_SetWidth(m_state->page, static_cast<HPDF_REAL>(width)), "page width");
    m_state->check(HPDF_Page_SetHeight(m_state->page, static_cast<HPDF_REAL>(height)), "page height");
}

namespace {
HPDF_REAL real(double v) {
    return static_cast<HPDF_REAL>(v);
}
} // namespace

void PdfDocument::text(int font, double size, double x, double y, const QString& text) {
    if (!m_state->pageUsable() || font < 0 || font >= m_state->fonts.size())
        return;
    if (!m_state->drawable(font, text))
        return;
    HPDF_Page p = m_state->page;
    m_state->check(HPDF_Page_BeginText(p), "begin text") &&
        m_state->check(HPDF_Page_SetFontAndSize(p, m_state->fonts.at(font), real(size)), "font") &&
        m_state->check(HPDF_Page_TextOut(p, real(x), real(y), text.toUtf8().constData()), "text") &&
        m_state->check(HPDF_Page_EndText(p), "end text");
}

void PdfDocument::invisibleText(int font, double size, double x, double y, const QString& text) {
    if (!m_state->pageUsable() || font < 0 || font >= m_state->fonts.size())
        return;
    if (!m_state->drawable(font, text))
        return;
    HPDF_Page p = m_state->page;
    m_state->check(HPDF_Page_BeginText(p), "begin text") &&
        m_state->check(HPDF_Page_SetTextRenderingMode(p, HPDF_INVISIBLE), "rendering mode") &&
        m_state->check(HPDF_Page_SetFontAndSize(p, m_state->fonts.at(font), real(size)), "font") &&
        m_state->check(HPDF_Page_TextOut(p, real(x), real(y), text.toUtf8().constData()), "text") &&
        m_state->check(HPDF_Page_SetTextRenderingMode(p, HPDF_FILL), "rendering mode") &&
        m_state->check(HPDF_Page_EndText(p), "end text");
}

void PdfDocument::beginActualText(const QString& text) {
    if (!m_state->pageUsable())
        return;
    QByteArray utf16("FEFF");
    for (const QChar c : text)
        utf16 += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    m_state->writeRaw("/Span <</ActualText <" + utf16 + ">>> BDC\n");
}

void PdfDocument::endActualText() {
    if (m_state->pageUsable())
        m_state->writeRaw("EMC\n");
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double width) {
    if (!m_state->pageUsable())
        return;
    HPDF_Page p = m_state->page;
    m_state->check(HPDF_Page_SetLineWidth(p, real(width)), "line width") &&
        m_state->check(HPDF_Page_MoveTo(p, real(x1), real(y1)), "move") &&
        m_state->check(HPDF_Page_LineTo(p, real(x2), real(y2)), "line") &&
        m_state->check(HPDF_Page_Stroke(p), "stroke");
}

void PdfDocument::rectangle(double x, double y, double w, double h, double lineWidth) {
    if (!m_state->pageUsable())
        return;
    HPDF_Page p = m_state->page;
    m_state->check(HPDF_Page_SetLineWidth(p, real(lineWidth)), "line width") &&
        m_state->check(HPDF_Page_Rectangle(p, real(x), real(y), real(w), real(h)), "rectangle") &&
        m_state->check(HPDF_Page_Stroke(p), "stroke");
}

void PdfDocument::fillRectangle(double x, double y, double w, double h, double gray) {
    if (!m_state->pageUsable())
        return;
    HPDF_Page p = m_state->page;
    m_state->check(HPDF_Page_SetGrayFill(p, real(gray)), "fill colour") &&
        m_state->check(HPDF_Page_Rectangle(p, real(x), real(y), real(w), real(h)), "rectangle") &&
        m_state->check(HPDF_Page_Fill(p), "fill") && m_state->check(HPDF_Page_SetGrayFill(p, 0), "fill colour");
}

void PdfDocument::moveTo(double x, double y) {
    if (m_state->pageUsable())
        m_state->check(HPDF_Page_MoveTo(m_state->page, real(x), real(y)), "path");
}

void PdfDocument::lineTo(double x, double y) {
    if (m_state->pageUsable())
        m_state->check(HPDF_Page_LineTo(m_state->page, real(x), real(y)), "path");
}

void PdfDocument::curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
    if (m_state->pageUsable())
        m_state->check(HPDF_Page_CurveTo(m_state->page, real(x1), real(y1), real(x2), real(y2), real(x3), real(y3)),
                       "path");
}

void PdfDocument::closePath() {
    if (m_state->pageUsable())
        m_state->check(HPDF_Page_ClosePath(m_state->page), "path");
}

void PdfDocument::fillPath() {
    if (m_state->pageUsable())
        m_state->check(HPDF_Page_Fill(m_state->page), "fill path");
}

void PdfDocument::pngImage(const QByteArray& png, double x, double y, double w, double h) {
    if (!m_state->pageUsable())
        return;
    // libharu lets libpng abort the whole process on a damaged PNG: only hand over what Qt can decode. A
    // template's seal is the same bytes on every certificate: remember the last few that decoded.
    thread_local QList<QByteArray> decodable;
    if (!decodable.contains(png)) {
        if (QImage::fromData(png, "PNG").isNull()) {
            m_state->check(HPDF_INVALID_PNG_IMAGE, "PNG image (not decodable)");
            return;
        }
        if (decodable.size() >= 8)
            decodable.removeFirst();
        decodable.append(png);
    }
    HPDF_Image image = HPDF_LoadPngImageFromMem(m_state->doc, reinterpret_cast<const HPDF_BYTE*>(png.constData()),
                                                static_cast<HPDF_UINT>(png.size()));
    if (!image) {
        m_state->check(HPDF_INVALID_PNG_IMAGE, "load PNG");
        return;
    }
    // libharu writes a PNG's alpha channel (the soft mask) uncompressed: 25 KB for a 160-pixel seal. Compress it.
    if (auto smask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT)))
        smask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    m_state->check(HPDF_Page_DrawImage(m_state->page, image, real(x), real(y), real(w), real(h)), "draw image");
}

bool PdfDocument::failed() const {
    return m_state->error != HPDF_OK;
}

Result<QByteArray> PdfDocument::finish() {
    if (m_state->usable()) {
        m_state->check(HPDF_SaveToStream(m_state->doc), "save");
    }
    if (!m_state->usable()) {
        PrintError error;
        error.kind = PrintError::Kind::Pdf;
        error.message = QCoreApplication::translate("print", "The PDF could not be created.");
        error.detail = QStringLiteral("libharu error 0x%1 (detail %2) during %3")
                           .arg(QString::number(m_state->error, 16).toUpper())
                           .arg(m_state->errorDetail)
                           .arg(m_state->operation);
        qCWarning(lcPrint).noquote() << error.detail;
        return error;
    }
    const HPDF_UINT32 size = HPDF_GetStreamSize(m_state->doc);
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    HPDF_UINT32 read = size;
    HPDF_ResetStream(m_state->doc);
    const HPDF_STATUS status = HPDF_ReadFromStream(m_state->doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
    // Reading the whole stream ends with HPDF_STREAM_EOF, which is success here.
    if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || read != size) {
        PrintError error;
        error.message = QCoreApplication::translate("print", "The PDF could not be created.");
        error.detail = QStringLiteral("reading the PDF stream failed: 0x%1, %2 of %3 bytes")
                           .arg(QString::number(status, 16))
                           .arg(read)
                           .arg(size);
        return error;
    }
    return bytes;
}

} // namespace madoguchi::print
