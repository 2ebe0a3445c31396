// Turns a template and a resident's data into a PDF: validates, lays out, embeds font subsets, writes with libharu.
#pragma once

#include "DocumentLayout.h"
#include "FontCatalog.h"
#include "PrintResult.h"
#include "TemplateLibrary.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace madoguchi::print {

class FontFace;

// What the counter workflow asks for. Serial and verification code come from the issuance (the caller computes
// them); a certificate template refuses to render without them.
struct RenderRequest {
    QString templateId;
    QJsonObject data;
    QString serial;           // 交付番号, printed as text and in the QR code
    QString verificationCode; // 照合用コード, printed as text and in the QR code
};

// Keeps the fonts open between documents (a warm renderer): create one and reuse it. Not thread-safe.
class Renderer final {
public:
    explicit Renderer(TemplateLibrary library, const FontCatalog& fonts = FontCatalog());
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    const TemplateLibrary& library() const { return m_library; }

    // The whole path: validate the data, lay it out, write the PDF. Nothing is produced on error.
    Result<QByteArray> render(const RenderRequest& request) const;
    // As render(), then writes `path` atomically: on any error the file is neither created nor changed.
    Result<Done> renderToFile(const RenderRequest& request, const QString& path) const;

    // The first two steps alone (also what the benchmark feeds to other PDF writers).
    Result<DocumentLayout> layout(const RenderRequest& request) const;
    // The last step alone.
    Result<QByteArray> write(const DocumentLayout& layout) const;

private:
    TemplateLibrary m_library;
    std::unique_ptr<FontFace> m_mincho;
    std::unique_ptr<FontFace> m_gothic;
    std::unique_ptr<FontFace> m_gaiji;
    FontCatalog m_catalog;
};

} // namespace madoguchi::print
