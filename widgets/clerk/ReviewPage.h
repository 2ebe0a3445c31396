// Steps 6 and 7 for the clerk: the resident's confirmation, issuing, and the issued documents.
#pragma once

#include "ClerkPage.h"

#include <QStringList>

class QListWidget;
class QTextBrowser;

namespace madoguchi::counter {
class CounterPrinting;
}

namespace madoguchi::ui {

class PrintPanel;

// Steps 6 and 7 for the clerk: the forms as the resident confirms them on their screen, then issuing; and the issued
// documents with their serials, to open for printing.
class ReviewPage final : public ClerkPage {
    Q_OBJECT
public:
    ReviewPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    void enter() override;
    QString confirmationText() const;

private:
    QTextBrowser* m_summary = nullptr;
    QLabel* m_confirmation = nullptr;
};

class DonePage final : public ClerkPage {
    Q_OBJECT
public:
    DonePage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    QWidget* firstInput() const override;
    QListWidget* documentList() const { return m_documents; }
    // Shows where each document is on the printers, with a preview of the chosen one.
    void attachPrinting(counter::CounterPrinting& printing);
    PrintPanel* printPanel() const { return m_printPanel; }
    int chosenDocument() const;

private:
    QListWidget* m_documents = nullptr;
    PrintPanel* m_printPanel = nullptr;
    QStringList m_lines, m_titles, m_paths; // what the list and the print panel show
};

} // namespace madoguchi::ui
