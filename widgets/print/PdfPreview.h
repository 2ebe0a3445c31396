// A PDF shown as it will come out of the printer (Qt PDF), page after page, fitted to the width.
#pragma once

#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace madoguchi::ui {

class PdfPreview final : public QWidget {
    Q_OBJECT
public:
    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;
    // Empty path: clears. Returns false (and says so in the widget) when the file cannot be read.
    bool show(const QString& path);
    // The PDF from memory (a preview that is never written to disk); empty: clears.
    bool showData(const QByteArray& pdf);
    QString path() const { return m_path; }
    int pageCount() const;
    // The text of one page as the PDF holds it (tests).
    QString pageText(int page) const;
    // The first page as rendered (tests and screenshots).
    QImage renderFirstPage(const QSize& size) const;

private:
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QBuffer* m_buffer = nullptr;
    QString m_path;
};

} // namespace madoguchi::ui
