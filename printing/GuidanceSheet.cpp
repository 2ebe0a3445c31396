// The one-page guidance a resident takes home, in their language: what was done, what happens next, whom to ask.
#include "GuidanceSheet.h"

#include "FontCatalog.h"
#include "FontFace.h"
#include "LineBreaking.h"
#include "PdfDocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace madoguchi::print {

namespace {

constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56;

struct Face {
    std::unique_ptr<FontFace> font;
    bool embeddable = false; // a TrueType (glyf) file libharu can embed as a subset
};

// One run of text in one face on one line.
struct Run {
    int face = 0;
    QString text;
    double x = 0, y = 0, size = 0;
    bool outline = false;
    QList<ShapedGlyph> glyphs;
};

bool combining(char32_t c) {
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing ||
           c == 0x200C || c == 0x200D || c == 0xFE0F;
}

bool devanagari(char32_t c) {
    return c >= 0x0900 && c <= 0x097F;
}

bool wide(char32_t c) {
    return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x20000;
}

class Layout {
public:
    Layout(std::vector<Face>& faces, QString shaping)
        : m_faces(faces)
        , m_shaping(std::move(shaping)) {}

    // Splits `text` into runs of one face each (the first face that has the character; marks stay with theirs).
    bool split(const QString& text, QList<Run>& runs, char32_t& missing) const {
        const QList<uint> ucs = text.toUcs4();
        int current = -1;
        for (const uint u : ucs) {
            const auto c = static_cast<char32_t>(u);
            int face = current;
            if (current < 0 || !(combining(c) || c == U' ' || m_faces[current].font->hasGlyph(c))) {
                face = -1;
                for (int i = 0; i < int(m_faces.size()) && face < 0; ++i)
                    if (m_faces[i].font->hasGlyph(c))
                        face = i;
                if (face < 0 && (c == U' ' || combining(c)) && current >= 0)
                    face = current;
                if (face < 0) {
                    missing = c;
                    return false;
                }
            }
            if (face != current || runs.isEmpty()) {
                runs.append(Run{});
                runs.last().face = face;
                current = face;
            }
            runs.last().text += QString::fromUcs4(&c, 1);
        }
        for (Run& run : runs) {
            bool shaped = !m_faces[run.face].embeddable;
            for (const QChar ch : run.text)
                shaped = shaped || devanagari(ch.unicode());
            run.outline = shaped;
            run.glyphs = m_faces[run.face].font->shape(run.text, m_shaping);
        }
        return true;
    }

    double width(const QList<Run>& runs) const {
        double w = 0;
        for (const Run& r : runs)
            for (const ShapedGlyph& g : r.glyphs)
                w += g.advance;
        return w;
    }

    // Greedy line breaking at spaces, and between wide (CJK) characters where 禁則 allows it.
    bool lines(const QString& paragraph, double size, double maxWidth, QList<QList<Run>>& out, char32_t& missing) {
        QStringList units;
        QString unit;
        const QList<uint> ucs = paragraph.toUcs4();
        for (int i = 0; i < ucs.size(); ++i) {
            const auto c = static_cast<char32_t>(ucs[i]);
            unit += QString::fromUcs4(&c, 1);
            const bool last = i + 1 == ucs.size();
            const auto next = last ? U'\0' : static_cast<char32_t>(ucs[i + 1]);
            const bool breakHere =
                last || c == U' ' ||
                ((wide(c) || wide(next)) && next != U' ' && LineBreaking::mayBreakBetween(c, next) && !combining(next));
            if (breakHere) {
                units << unit;
                unit.clear();
            }
        }
        QString line;
        for (const QString& u : units) {
            const QString candidate = line + u;
            QList<Run> runs;
            if (!split(candidate.trimmed(), runs, missing))
                return false;
            if (!line.isEmpty() && width(runs) * size > maxWidth) {
                QList<Run> done;
                split(line.trimmed(), done, missing);
                out.append(done);
                line = u;
            } else {
                line = candidate;
            }
        }
        if (!line.trimmed().isEmpty()) {
            QList<Run> done;
            if (!split(line.trimmed(), done, missing))
                return false;
            out.append(done);
        }
        return true;
    }

private:
    std::vector<Face>& m_faces;
    QString m_shaping;
};

struct Placed {
    QList<QList<Run>> lines;
    double size = 0;
    double indent = 0;
    bool bullet = false;
    bool ruleBelow = false;
    double spaceBefore = 0;
};

} // namespace

Result<QByteArray> renderGuidanceSheet(const GuidanceSheet& sheet, const FontCatalog& catalog) {
    const ResidentFonts fonts = catalog.residentFonts(sheet.language);
    if (!fonts.missing().isEmpty()) {
        PrintError error;
        error.kind = PrintError::Kind::MissingFont;
        error.message = QCoreApplication::translate("print", "A font for this language is not installed (%1).")
                            .arg(fonts.missing());
        error.detail = QStringLiteral("guidance %1: missing font packages %2").arg(sheet.language, fonts.missing());
        return error;
    }
    std::vector<Face> faces;
    for (const FontFile& f : fonts.faces) {
        // A collection's faces are found by the family they declare.
        std::unique_ptr<FontFace> face;
        for (int index = 0; index < 32; ++index) {
            auto candidate = std::make_unique<FontFace>(f.family, f.path, index);
            if (!candidate->isValid())
                break;
            if (!f.path.endsWith(QLatin1String(".ttc")) || candidate->declaredFamily() == f.family) {
                face = std::move(candidate);
                break;
            }
        }
        if (!face) {
            PrintError error;
            error.kind = PrintError::Kind::MissingFont;
            error.message =
                QCoreApplication::translate("print", "A font for this language is not installed (%1).").arg(f.package);
            error.detail = QStringLiteral("guidance: no face \"%1\" in %2").arg(f.family, f.path);
            return error;
        }
        faces.push_back(Face{std::move(face), f.path.endsWith(QLatin1String(".ttf"))});
    }
    // The invisible anchor under outline runs lives in the first embeddable face.
    int anchorFace = -1;
    for (int i = 0; i < int(faces.size()) && anchorFace < 0; ++i)
        if (faces[i].embeddable && faces[i].font->hasGlyph(U' '))
            anchorFace = i;

    Layout layout(faces, sheet.shaping);
    const double textWidth = kPageWidth - 2 * kMargin;
    QList<Placed> blocks;
    double bodySize = 11.5;
    for (;; bodySize -= 0.5) {
        blocks.clear();
        char32_t missing = 0;
        auto place = [&](const QString& text, double size, double indent, bool bullet, bool rule, double before) {
            Placed p{{}, size, indent, bullet, rule, before};
            if (!layout.lines(text, size, textWidth - indent, p.lines, missing))
                return false;
            blocks.append(p);
            return true;
        };
        bool ok = place(sheet.title, bodySize * 1.75, 0, false, true, 0);
        for (const QString& line : sheet.intro)
            ok = ok && place(line, bodySize, 0, false, false, bodySize * 0.3);
        for (const GuidanceSection& section : sheet.sections) {
            ok = ok && place(section.heading, bodySize * 1.25, 0, false, true, bodySize * 1.2);
            for (const QString& item : section.items)
                ok = ok && place(item, bodySize, bodySize * 1.4, true, false, bodySize * 0.35);
        }
        if (!sheet.footer.isEmpty())
            ok = ok && place(sheet.footer, bodySize * 0.85, 0, false, false, bodySize * 1.5);
        if (!ok) {
            PrintError error;
            error.kind = PrintError::Kind::MissingGlyph;
            error.message =
                QCoreApplication::translate("print", "A character cannot be printed with the installed fonts.");
            error.detail = QStringLiteral("guidance %1: no font has U+%2")
                               .arg(sheet.language)
                               .arg(static_cast<uint>(missing), 4, 16, QLatin1Char('0'));
            return error;
        }
        double height = 0;
        for (const Placed& p : blocks)
            height += p.spaceBefore + p.lines.size() * p.size * 1.45 + (p.ruleBelow ? p.size * 0.4 : 0);
        if (height <= kPageHeight - 2 * kMargin)
            break;
        if (bodySize <= 8) {
            PrintError error;
            error.kind = PrintError::Kind::TextOverflow;
            error.message = QCoreApplication::translate("print", "The guidance does not fit on one page.");
            error.detail = QStringLiteral("guidance %1: %2 pt of text").arg(sheet.language).arg(height);
            return error;
        }
    }

    // Positions, and the characters each embedded face must carry.
    std::map<int, std::set<char32_t>> used;
    QList<Run> runs;
    struct RuleLine {
        double y;
    };
    QList<RuleLine> rules;
    QList<std::pair<double, double>> bullets; // x, y baseline, at body size
    double y = kPageHeight - kMargin;
    for (const Placed& p : blocks) {
        y -= p.spaceBefore;
        for (int i = 0; i < p.lines.size(); ++i) {
            y -= p.size * 1.45;
            if (p.bullet && i == 0)
                bullets.append({kMargin + p.indent * 0.3, y + p.size * 0.3});
            double x = kMargin + p.indent;
            for (Run run : p.lines.at(i)) {
                run.x = x;
                run.y = y;
                run.size = p.size;
                for (const ShapedGlyph& g : run.glyphs)
                    x += g.advance * p.size;
                if (run.outline) {
                    if (anchorFace >= 0)
                        used[anchorFace].insert(U' ');
                } else {
                    for (const uint c : run.text.toUcs4())
                        used[run.face].insert(static_cast<char32_t>(c));
                }
                runs.append(run);
            }
        }
        if (p.ruleBelow) {
            y -= p.size * 0.4;
            rules.append(RuleLine{y});
        }
    }

    PdfDocument pdf;
    pdf.setTitle(sheet.title);
    std::map<int, int> handles;
    for (const auto& [face, chars] : used) {
        const QByteArray subset = faces[face].font->subset(chars);
        if (subset.isEmpty()) {
            PrintError error;
            error.message = QCoreApplication::translate("print", "The PDF could not be created.");
            error.detail = QStringLiteral("subsetting %1 failed").arg(faces[face].font->family());
            return error;
        }
        handles[face] = pdf.addFont(subset, chars);
    }
    pdf.addPage(kPageWidth, kPageHeight);
    for (const RuleLine& r : rules)
        pdf.line(kMargin, r.y, kPageWidth - kMargin, r.y, 0.6);
    for (const auto& [bx, by] : bullets)
        pdf.fillRectangle(bx, by - 1.6, 3.2, 3.2, 0);
    for (const Run& run : runs) {
        if (!run.outline) {
            pdf.text(handles.at(run.face), run.size, run.x, run.y, run.text);
            continue;
        }
        pdf.beginActualText(run.text);
        if (anchorFace >= 0) {
            // Invisible spaces as wide as the run: text extraction places the ActualText where the run is.
            double runWidth = 0;
            for (const ShapedGlyph& g : run.glyphs)
                runWidth += g.advance;
            const double space = std::max(0.1, faces[anchorFace].font->advance(U' '));
            const int count = std::max(1, int(runWidth / space + 0.5));
            pdf.invisibleText(handles.at(anchorFace), run.size, run.x, run.y, QString(count, QLatin1Char(' ')));
        }
        double pen = run.x;
        const FontFace& face = *faces[run.face].font;
        for (const ShapedGlyph& g : run.glyphs) {
            const double ox = pen + g.x * run.size, oy = run.y + g.y * run.size, s = run.size;
            bool drawn = false; // a space has no outline, and filling no path is an error
            OutlineSink sink{
                [&](double x, double yy) {
                    drawn = true;
                    pdf.moveTo(ox + x * s, oy + yy * s);
                },
                [&](double x, double yy) { pdf.lineTo(ox + x * s, oy + yy * s); },
                [&](double x1, double y1, double x2, double y2, double x, double yy) {
                    pdf.curveTo(ox + x1 * s, oy + y1 * s, ox + x2 * s, oy + y2 * s, ox + x * s, oy + yy * s);
                },
                [&] { pdf.closePath(); },
            };
            face.drawGlyph(g.glyph, sink);
            if (drawn)
                pdf.fillPath();
            pen += g.advance * run.size;
        }
        pdf.endActualText();
    }
    return pdf.finish();
}

} // namespace madoguchi::print
