// A PDF shown as it will come out of the printer (Qt PDF), page after page, fitted to the width.
#include "PdfPreview.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScroller>
#include <QVBoxLayout>

namespace madoguchi::ui {

PdfPreview::PdfPreview(QWidget* parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("pdfPreview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setAccessibleName(tr("Preview of the document"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setFocusPolicy(Qt::NoFocus); // the clerk's keys stay with the page; the preview only shows
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
}

PdfPreview::~PdfPreview() {
    // QPdfView grabs a flick gesture whose recognizer Qt frees only when the gesture is given back.
    QScroller::ungrabGesture(m_view);
    QScroller::ungrabGesture(m_view->viewport());
}

bool PdfPreview::show(const QString& path) {
    m_path = path;
    m_document->close();
    m_note->hide();
    if (path.isEmpty())
        return true;
    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None) {
        m_note->setText(
            tr("The preview of %1 cannot be shown; the PDF itself is kept.").arg(QFileInfo(path).fileName()));
        m_note->show();
        return false;
    }
    return true;
}

bool PdfPreview::showData(const QByteArray& pdf) {
    m_path.clear();
    m_document->close();
    m_note->hide();
    delete m_buffer;
    m_buffer = nullptr;
    if (pdf.isEmpty())
        return true;
    m_buffer = new QBuffer(this);
    m_buffer->setData(pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() == QPdfDocument::Status::Error) {
        m_note->setText(tr("The preview cannot be shown."));
        m_note->show();
        return false;
    }
    return true;
}

int PdfPreview::pageCount() const {
    return m_document->pageCount();
}

QString PdfPreview::pageText(int page) const {
    return m_document->getAllText(page).text();
}

QImage PdfPreview::renderFirstPage(const QSize& size) const {
    return m_document->pageCount() > 0 ? m_document->render(0, size) : QImage();
}

} // namespace madoguchi::ui
