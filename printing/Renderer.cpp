// Turns a template and a resident's data into a PDF: validates, lays out, embeds font subsets, writes with libharu.
#include "Renderer.h"

#include "FieldFormat.h"
#include "FontFace.h"
#include "PdfDocument.h"
#include "PrintLogging.h"
#include "QrCode.h"
#include "TextSetter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <set>

namespace madoguchi::print {

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;

bool isTruthy(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return v.isDouble();
}

QString codePointName(char32_t c) {
    return QStringLiteral("U+%1")
        .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QStringLiteral("0X"), QString());
}

// Everything one layout pass needs to know.
struct Pass {
    const Template& tmpl;
    const RenderRequest& request;
    const TextSetter& setter;
    DocumentLayout layout;
    int page = 0;
    int pages = 1;
    PrintError error;
    bool failed = false;

    double px(double mm) const { return mm * kPointsPerMm; }
    // Template y is from the top in mm; PDF y is from the bottom in points.
    double py(double mmFromTop) const { return layout.height - px(mmFromTop); }

    QJsonValue lookup(const QString& field, const QJsonObject& row) const {
        if (field == QLatin1String("serial"))
            return request.serial;
        if (field == QLatin1String("verification"))
            return request.verificationCode;
        if (field == QLatin1String("page"))
            return page + 1;
        if (field == QLatin1String("pages"))
            return pages;
        if (row.contains(field))
            return row.value(field);
        return request.data.value(field);
    }

    QString expand(const QString& text, const QJsonObject& row = {}) const {
        QString result;
        qsizetype at = 0;
        for (const Placeholder& p : FieldFormat::find(text)) {
            result += text.mid(at, p.start - at);
            result += FieldFormat::apply(lookup(p.field, row), p.format);
            at = p.start + p.length;
        }
        return result + text.mid(at);
    }

    // The data fields a piece of text shows, for naming them in an error.
    static QStringList fieldsOf(const QString& text, const QString& rowPrefix) {
        QStringList names;
        for (const Placeholder& p : FieldFormat::find(text))
            names.append(rowPrefix + p.field);
        return names;
    }

    void fail(PrintError::Kind kind, const QString& message, const QStringList& fields, const QString& detail) {
        if (failed)
            return;
        failed = true;
        error.kind = kind;
        error.message = message;
        error.detail = detail;
        for (const QString& f : fields)
            error.fields.append({f, message});
    }

    void setText(const QString& text, const QString& font, const TextBox& box, const QString& source,
                 const QString& rowPrefix) {
        char32_t missing = 0;
        const FontRole role = font == QLatin1String("gothic") ? FontRole::Gothic : FontRole::Mincho;
        switch (setter.set(text, role, box, layout.pages.last().texts, missing)) {
        case TextSetter::Outcome::Set:
            return;
        case TextSetter::Outcome::Overflow:
            fail(PrintError::Kind::TextOverflow,
                 QCoreApplication::translate(
                     "print", "The text does not fit its box on the form, even in the smallest allowed size: %1")
                     .arg(fieldsOf(source, rowPrefix).join(QStringLiteral(", "))),
                 fieldsOf(source, rowPrefix),
                 QStringLiteral("template %1: text of %2 characters overflows a %3×%4 pt box")
                     .arg(tmpl.id)
                     .arg(text.size())
                     .arg(box.w, 0, 'f', 1)
                     .arg(box.h, 0, 'f', 1));
            return;
        case TextSetter::Outcome::MissingGlyph:
            fail(PrintError::Kind::MissingGlyph,
                 QCoreApplication::translate(
                     "print", "The character “%1” (%2) cannot be printed: no installed font has it. Check the fonts "
                              "(fonts-ipamj-mincho) or ask for a 外字 registration.")
                     .arg(QString::fromUcs4(&missing, 1), codePointName(missing)),
                 fieldsOf(source, rowPrefix),
                 QStringLiteral("template %1: no font has %2").arg(tmpl.id, codePointName(missing)));
            return;
        }
    }

    TextBox boxOf(const Element& e) const {
        return TextBox{px(e.x), py(e.y + e.h), px(e.w), px(e.h), e.size, e.minSize, e.align, e.valign, e.wrap};
    }

    void drawText(const Element& e) {
        const QString text = expand(e.text);
        if (!text.isEmpty())
            setText(text, e.font, boxOf(e), e.text, {});
    }

    void drawQr(const Element& e) {
        const QString text = expand(e.text);
        const QrCode code = QrCode::encode(text.toUtf8());
        if (code.size == 0) {
            fail(PrintError::Kind::TextOverflow,
                 QCoreApplication::translate("print", "The QR code's content is too long."), fieldsOf(e.text, {}),
                 QStringLiteral("template %1: QR content of %2 bytes").arg(tmpl.id).arg(text.toUtf8().size()));
            return;
        }
        // A two-module quiet zone inside the box; the paper around it is white anyway.
        const double module = std::min(px(e.w), px(e.h)) / (code.size + 4);
        const double left = px(e.x) + 2 * module;
        const double top = py(e.y) - 2 * module;
        for (int y = 0; y < code.size; ++y) {
            for (int x = 0; x < code.size;) {
                if (!code.isDark(x, y)) {
                    ++x;
                    continue;
                }
                int run = 1;
                while (x + run < code.size && code.isDark(x + run, y))
                    ++run;
                // Slight overlap so that viewers' anti-aliasing leaves no hairlines between modules.
                layout.pages.last().frames.append(
                    {left + x * module, top - (y + 1) * module - 0.05, run * module + 0.05, module + 0.1, 0, 0});
                x += run;
            }
        }
    }

    void drawTable(const Element& e, const QJsonArray& rows, int perPage) {
        LayoutPage& out = layout.pages.last();
        const double x0 = px(e.x);
        const double top = py(e.y);
        const double header = px(e.headerHeight);
        const double rowH = px(e.rowHeight);
        const qsizetype first = static_cast<qsizetype>(page) * perPage;
        const qsizetype count = std::max<qsizetype>(0, std::min<qsizetype>(perPage, rows.size() - first));
        // The header row is repeated on every page the table runs over.
        const int drawnRows = static_cast<int>(std::max<qsizetype>(count, 1));
        const double height = header + drawnRows * rowH;
        double width = 0;
        for (const TableColumn& c : e.columns)
            width += px(c.width);
        if (header > 0)
            out.frames.append({x0, top - header, width, header, 0, 0.9});
        out.frames.append({x0, top - height, width, height, e.lineWidth * 1.5, -1});
        for (int r = 0; r <= drawnRows; ++r)
            out.lines.append({x0, top - header - r * rowH, x0 + width, top - header - r * rowH, e.lineWidth});
        double cx = x0;
        for (qsizetype c = 0; c < e.columns.size(); ++c) {
            const TableColumn& column = e.columns.at(c);
            if (c > 0)
                out.lines.append({cx, top, cx, top - height, e.lineWidth});
            const double pad = px(1.0);
            if (header > 0 && !column.header.isEmpty()) {
                const TextBox box{cx + pad,     top - header, px(column.width) - 2 * pad, header,
                                  e.size * 0.9, e.size * 0.5, QStringLiteral("center"),   QStringLiteral("middle"),
                                  true};
                setText(column.header, e.headerFont, box, {}, {});
            }
            for (qsizetype r = 0; r < count; ++r) {
                const QJsonObject row = rows.at(first + r).toObject();
                const QString text = expand(column.text, row);
                if (text.isEmpty())
                    continue;
                const TextBox box{cx + pad,
                                  top - header - (r + 1) * rowH,
                                  px(column.width) - 2 * pad,
                                  rowH,
                                  e.size,
                                  e.minSize,
                                  column.align,
                                  QStringLiteral("middle"),
                                  true};
                setText(text, e.font, box, column.text, QStringLiteral("%1[%2].").arg(e.field).arg(first + r));
            }
            cx += px(column.width);
        }
    }

    bool visible(const Element& e) const {
        if (!e.when.isEmpty() && !isTruthy(request.data.value(e.when)))
            return false;
        if (!e.unless.isEmpty() && isTruthy(request.data.value(e.unless)))
            return false;
        if (e.pages == Element::Pages::First && page != 0)
            return false;
        if (e.pages == Element::Pages::Last && page != pages - 1)
            return false;
        return true;
    }

    static int rowsPerPage(const Element& e) {
        return std::max(1, static_cast<int>(std::floor((e.h - e.headerHeight + 0.01) / e.rowHeight)));
    }

    void run() {
        layout.title = tmpl.title;
        layout.width = px(tmpl.pageWidth);
        layout.height = px(tmpl.pageHeight);
        for (const Element& e : tmpl.elements) {
            if (e.kind != Element::Kind::Table)
                continue;
            const auto rows = request.data.value(e.field).toArray().size();
            pages = std::max(pages, static_cast<int>((rows + rowsPerPage(e) - 1) / rowsPerPage(e)));
        }
        for (page = 0; page < pages && !failed; ++page) {
            layout.pages.append(LayoutPage{});
            for (const Element& e : tmpl.elements) {
                if (failed || !visible(e))
                    continue;
                switch (e.kind) {
                case Element::Kind::Text:
                    drawText(e);
                    break;
                case Element::Kind::Box:
                    layout.pages.last().frames.append({px(e.x), py(e.y + e.h), px(e.w), px(e.h), e.lineWidth, e.gray});
                    break;
                case Element::Kind::Line:
                    layout.pages.last().lines.append({px(e.x), py(e.y), px(e.x + e.w), py(e.y + e.h), e.lineWidth});
                    break;
                case Element::Kind::Table:
                    drawTable(e, request.data.value(e.field).toArray(), rowsPerPage(e));
                    break;
                case Element::Kind::Image:
                    layout.pages.last().pictures.append({e.png, px(e.x), py(e.y + e.h), px(e.w), px(e.h)});
                    break;
                case Element::Kind::Qr:
                    drawQr(e);
                    break;
                }
            }
        }
    }
};

PrintError missingFont(const FontFile& font) {
    PrintError error;
    error.kind = PrintError::Kind::MissingFont;
    error.message = QCoreApplication::translate("print", "The font %1 is not installed (Debian package %2).")
                        .arg(font.family, font.package);
    error.detail = QStringLiteral("font %1 not found (package %2)").arg(font.family, font.package);
    return error;
}
} // namespace

Renderer::Renderer(TemplateLibrary library, const FontCatalog& fonts)
    : m_library(std::move(library))
    , m_mincho(std::make_unique<FontFace>(fonts.mincho().family, fonts.mincho().path))
    , m_gothic(std::make_unique<FontFace>(fonts.gothic().family, fonts.gothic().path))
    , m_gaiji(std::make_unique<FontFace>(fonts.gaiji().family, fonts.gaiji().path))
    , m_catalog(fonts) {}

Renderer::~Renderer() = default;

Result<DocumentLayout> Renderer::layout(const RenderRequest& request) const {
    const Template* tmpl = m_library.find(request.templateId);
    if (!tmpl) {
        if (const PrintError* problem = m_library.problem(request.templateId))
            return *problem;
        PrintError error;
        error.kind = PrintError::Kind::UnknownTemplate;
        error.message =
            QCoreApplication::translate("print", "There is no document template “%1”.").arg(request.templateId);
        error.detail = QStringLiteral("unknown template id %1").arg(request.templateId);
        return error;
    }
    QList<FieldError> problems = tmpl->validate(request.data);
    if (tmpl->isCertificate()) {
        if (request.serial.trimmed().isEmpty())
            problems.append({QStringLiteral("serial"),
                             QCoreApplication::translate("print", "A certificate needs its serial number.")});
        if (request.verificationCode.trimmed().isEmpty())
            problems.append({QStringLiteral("verification"),
                             QCoreApplication::translate("print", "A certificate needs its verification code.")});
    }
    if (!problems.isEmpty()) {
        PrintError error;
        error.kind = PrintError::Kind::InvalidData;
        const int count = static_cast<int>(problems.size());
        error.message =
            QCoreApplication::translate("print", "The data for %1 is not complete or not correct (%n problem(s)).",
                                        "data errors", count)
                .arg(tmpl->title);
        error.fields = problems;
        QStringList names;
        for (const FieldError& f : problems)
            names.append(f.field);
        error.detail = QStringLiteral("template %1: invalid data in %2").arg(tmpl->id, names.join(QLatin1Char(',')));
        return error;
    }
    if (!m_mincho->isValid())
        return missingFont(m_catalog.mincho());
    if (!m_gothic->isValid())
        return missingFont(m_catalog.gothic());

    const TextSetter setter({m_mincho.get(), m_gothic.get(), m_gaiji->isValid() ? m_gaiji.get() : nullptr});
    Pass pass{*tmpl, request, setter, {}, 0, 1, {}, false};
    pass.run();
    if (pass.failed) {
        qCWarning(lcPrint).noquote() << pass.error.detail;
        return pass.error;
    }
    return pass.layout;
}

Result<QByteArray> Renderer::write(const DocumentLayout& layout) const {
    const std::array<const FontFace*, 3> faces = {m_mincho.get(), m_gothic.get(), m_gaiji.get()};
    std::array<std::set<char32_t>, 3> used;
    bool outlines = false;
    for (const LayoutPage& page : layout.pages) {
        for (const TextRun& run : page.texts) {
            if (run.outline) {
                outlines = true;
                continue;
            }
            for (const char32_t c : run.text.toUcs4())
                used[static_cast<int>(run.font)].insert(c);
        }
    }
    // An outline glyph sits over an invisible ideographic space: that is what text extraction finds and replaces
    // by the ActualText.
    if (outlines)
        used[0].insert(U'\u3000');

    PdfDocument pdf;
    pdf.setTitle(layout.title);
    std::array<int, 3> handles = {-1, -1, -1};
    for (int role = 0; role < 3; ++role) {
        if (used[role].empty())
            continue;
        const QByteArray subset = faces[role]->subset(used[role]);
        if (subset.isEmpty()) {
            PrintError error;
            error.message = QCoreApplication::translate("print", "The PDF could not be created.");
            error.detail = QStringLiteral("subsetting %1 failed").arg(faces[role]->family());
            return error;
        }
        handles[role] = pdf.addFont(subset, used[role]);
    }
    for (const LayoutPage& page : layout.pages) {
        pdf.addPage(layout.width, layout.height);
        for (const Frame& f : page.frames) {
            if (f.gray >= 0)
                pdf.fillRectangle(f.x, f.y, f.w, f.h, f.gray);
            if (f.lineWidth > 0)
                pdf.rectangle(f.x, f.y, f.w, f.h, f.lineWidth);
        }
        for (const RuledLine& l : page.lines)
            pdf.line(l.x1, l.y1, l.x2, l.y2, l.width);
        for (const Picture& p : page.pictures)
            pdf.pngImage(p.png, p.x, p.y, p.w, p.h);
        for (const TextRun& run : page.texts) {
            if (!run.outline) {
                pdf.text(handles[static_cast<int>(run.font)], run.size, run.x, run.y, run.text);
                continue;
            }
            const char32_t c = run.text.toUcs4().value(0);
            pdf.beginActualText(run.text);
            pdf.invisibleText(handles[0], run.size, run.x, run.y, QStringLiteral("\u3000"));
            const double s = run.size;
            const double x = run.x, y = run.y;
            OutlineSink sink{
                [&](double ex, double ey) { pdf.moveTo(x + ex * s, y + ey * s); },
                [&](double ex, double ey) { pdf.lineTo(x + ex * s, y + ey * s); },
                [&](double x1, double y1, double x2, double y2, double x3, double y3) {
                    pdf.curveTo(x + x1 * s, y + y1 * s, x + x2 * s, y + y2 * s, x + x3 * s, y + y3 * s);
                },
                [&] { pdf.closePath(); },
            };
            faces[static_cast<int>(run.font)]->drawOutline(c, sink);
            pdf.fillPath();
            pdf.endActualText();
        }
    }
    return pdf.finish();
}

Result<QByteArray> Renderer::render(const RenderRequest& request) const {
    Result<DocumentLayout> laidOut = layout(request);
    if (!laidOut.ok())
        return laidOut.error();
    return write(laidOut.value());
}

Result<Done> Renderer::renderToFile(const RenderRequest& request, const QString& path) const {
    Result<QByteArray> pdf = render(request);
    if (!pdf.ok())
        return pdf.error();
    QSaveFile file(path);
    // A PDF carries a resident's data: owner-only (0600) whatever the umask.
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit() ||
        !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        PrintError error;
        error.kind = PrintError::Kind::Io;
        error.message =
            QCoreApplication::translate("print", "The file %1 could not be written: %2").arg(path, file.errorString());
        error.detail = QStringLiteral("writing %1 failed: %2").arg(path, file.errorString());
        return error;
    }
    return Done{};
}

} // namespace madoguchi::print
