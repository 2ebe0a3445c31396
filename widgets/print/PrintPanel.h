// The done page's printing: where each issued document is (queued, printing, printed, held up and why) and a preview.
#pragma once

#include "visit/VisitData.h"

#include <QWidget>

class QListWidget;

namespace madoguchi::counter {
class CounterPrinting;
}
namespace madoguchi::printer {
struct PrintProgress;
}

namespace madoguchi::ui {

class PdfPreview;

// Shows, for the visit's issued documents, what the printers did with them (one line each, the problem and what to do
// in the clerk's words) and a preview of the chosen document. Ctrl+P on the done page prints the chosen one again.
class PrintPanel final : public QWidget {
    Q_OBJECT
public:
    PrintPanel(counter::CounterPrinting& printing, QWidget* parent = nullptr);

    void setDocuments(const QList<visit::IssuedPdf>& issued, const QStringList& titles);
    void choose(int index);
    int chosen() const { return m_chosen; }
    QString statusText(int index) const;
    PdfPreview* preview() const { return m_preview; }
    QListWidget* statusList() const { return m_status; }

private:
    void update(const printer::PrintProgress& progress);
    void showStatus(int index);

    counter::CounterPrinting& m_printing;
    QList<visit::IssuedPdf> m_issued;
    QStringList m_titles;
    int m_chosen = -1;
    QListWidget* m_status = nullptr;
    PdfPreview* m_preview = nullptr;
};

} // namespace madoguchi::ui
