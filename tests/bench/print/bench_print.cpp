// One single-page certificate (住民票の写し, sample household), three ways, same content, same run: the warm
// renderer (fonts open, subsets per document), libharu embedding the whole font per document, and QPdfWriter.
#include "DocumentLayout.h"
#include "FontCatalog.h"
#include "PdfDocument.h"
#include "Renderer.h"
#include "TemplateLibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace madoguchi::print;

namespace {
RenderRequest certificate(const Renderer& renderer) {
    const Template* t = renderer.library().find(QStringLiteral("juminhyo"));
    return {QStringLiteral("juminhyo"), t ? t->sample : QJsonObject{}, QStringLiteral("MD-2026-000123"),
            QStringLiteral("K7Q2-9XHM")};
}

const Renderer& warmRenderer() {
    static const Renderer renderer(TemplateLibrary::load({TemplateLibrary::embeddedDir()}));
    return renderer;
}

const DocumentLayout& layout() {
    static const DocumentLayout laidOut = [] {
        const Result<DocumentLayout> r = warmRenderer().layout(certificate(warmRenderer()));
        return r.ok() ? r.value() : DocumentLayout{};
    }();
    return laidOut;
}

// Anchor 1: the same drawing through libharu, which loads and parses the full IPAex fonts for every document.
QByteArray haruWithFontFiles(const DocumentLayout& doc) {
    const FontCatalog fonts;
    PdfDocument pdf;
    pdf.setTitle(doc.title);
    // Only the fonts the document uses, as the renderer does (住民票の写し is all Mincho).
    bool usesMincho = false, usesGothic = false;
    for (const LayoutPage& page : doc.pages) {
        for (const TextRun& run : page.texts)
            (run.font == FontRole::Gothic ? usesGothic : usesMincho) = true;
    }
    const int mincho = usesMincho ? pdf.addFontFile(fonts.mincho().path) : -1;
    const int gothic = usesGothic ? pdf.addFontFile(fonts.gothic().path) : -1;
    for (const LayoutPage& page : doc.pages) {
        pdf.addPage(doc.width, doc.height);
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
        for (const TextRun& run : page.texts)
            pdf.text(run.font == FontRole::Gothic ? gothic : mincho, run.size, run.x, run.y, run.text);
    }
    Result<QByteArray> bytes = pdf.finish();
    return bytes.ok() ? bytes.value() : QByteArray();
}

// Anchor 2: Qt's own PDF writer, same positions, same fonts (registered from the same files).
QByteArray qtPdfWriter(const DocumentLayout& doc) {
    static const QString mincho = [] {
        const int id = QFontDatabase::addApplicationFont(FontCatalog().mincho().path);
        return QFontDatabase::applicationFontFamilies(id).value(0);
    }();
    static const QString gothic = [] {
        const int id = QFontDatabase::addApplicationFont(FontCatalog().gothic().path);
        return QFontDatabase::applicationFontFamilies(id).value(0);
    }();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(doc.title);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QSizeF(doc.width, doc.height), QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    bool first = true;
    for (const LayoutPage& page : doc.pages) {
        if (!first)
            writer.newPage();
        first = false;
        const auto y = [&](double v) { return doc.height - v; };
        for (const Frame& f : page.frames) {
            const QRectF r(f.x, y(f.y + f.h), f.w, f.h);
            if (f.gray >= 0)
                painter.fillRect(r, QColor::fromRgbF(float(f.gray), float(f.gray), float(f.gray)));
            if (f.lineWidth > 0) {
                painter.setPen(QPen(Qt::black, f.lineWidth));
                painter.drawRect(r);
            }
        }
        for (const RuledLine& l : page.lines) {
            painter.setPen(QPen(Qt::black, l.width));
            painter.drawLine(QPointF(l.x1, y(l.y1)), QPointF(l.x2, y(l.y2)));
        }
        for (const Picture& p : page.pictures)
            painter.drawImage(QRectF(p.x, y(p.y + p.h), p.w, p.h), QImage::fromData(p.png));
        for (const TextRun& run : page.texts) {
            QFont font(run.font == FontRole::Gothic ? gothic : mincho);
            font.setPointSizeF(run.size);
            painter.setFont(font);
            painter.drawText(QPointF(run.x, y(run.y)), run.text);
        }
    }
    painter.end();
    return buffer.data();
}

// Share of the layout's text runs that pdftotext finds again (checked once per variant, outside the timing).
double extractableShare(const QByteArray& pdf) {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doc.pdf")));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    process.waitForFinished(30000);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QLatin1Char(' ')).remove(QChar(u'\u3000'));
    int found = 0, total = 0;
    for (const TextRun& run : layout().pages.value(0).texts) {
        QString want = run.text;
        want.remove(QLatin1Char(' ')).remove(QChar(u'\u3000'));
        if (want.isEmpty())
            continue;
        ++total;
        found += text.contains(want) ? 1 : 0;
    }
    return total == 0 ? 0 : double(found) / total;
}

// MADOGUCHI_BENCH_PDF_DIR=dir keeps each variant's last PDF there (dir/BM_Name.pdf), to look at what was measured.
void keep(const char* name, const QByteArray& pdf) {
    const QString dir = qEnvironmentVariable("MADOGUCHI_BENCH_PDF_DIR");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".pdf")));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

void report(benchmark::State& state, const char* name, const QByteArray& pdf) {
    state.counters["pdf_bytes"] = double(pdf.size());
    state.counters["text_extractable"] = extractableShare(pdf);
    keep(name, pdf);
}

void BM_WarmRenderer(benchmark::State& state) {
    const Renderer& renderer = warmRenderer();
    const RenderRequest request = certificate(renderer);
    QByteArray pdf;
    for (auto _ : state) {
        Result<QByteArray> r = renderer.render(request);
        if (!r.ok()) {
            state.SkipWithError("render failed");
            return;
        }
        pdf = r.value();
        benchmark::DoNotOptimize(pdf.data());
    }
    report(state, "BM_WarmRenderer", pdf);
}

void BM_HaruFontPerDocument(benchmark::State& state) {
    QByteArray pdf;
    for (auto _ : state) {
        pdf = haruWithFontFiles(layout());
        benchmark::DoNotOptimize(pdf.data());
    }
    report(state, "BM_HaruFontPerDocument", pdf);
}

void BM_QPdfWriter(benchmark::State& state) {
    QByteArray pdf;
    for (auto _ : state) {
        pdf = qtPdfWriter(layout());
        benchmark::DoNotOptimize(pdf.data());
    }
    report(state, "BM_QPdfWriter", pdf);
}

BENCHMARK(BM_WarmRenderer)->Unit(benchmark::kMillisecond);

// A lighter certificate (印鑑登録証明書: fewer distinct characters, no table), warm renderer only.
void BM_WarmRendererInkan(benchmark::State& state) {
    const Renderer& renderer = warmRenderer();
    const Template* t = renderer.library().find(QStringLiteral("inkan-toroku"));
    const RenderRequest request{QStringLiteral("inkan-toroku"), t ? t->sample : QJsonObject{},
                                QStringLiteral("MD-2026-000123"), QStringLiteral("K7Q2-9XHM")};
    QByteArray pdf;
    for (auto _ : state) {
        Result<QByteArray> r = renderer.render(request);
        if (!r.ok()) {
            state.SkipWithError("render failed");
            return;
        }
        pdf = r.value();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pdf_bytes"] = double(pdf.size());
    keep("BM_WarmRendererInkan", pdf);
}
BENCHMARK(BM_WarmRendererInkan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HaruFontPerDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QPdfWriter)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter and QFontDatabase need one
    if (layout().pages.isEmpty()) {
        std::fprintf(stderr, "the sample certificate did not lay out\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
