// Step 2 for the clerk: card and registry side by side, differences highlighted.
#pragma once

#include "ClerkPage.h"

class QListWidget;
class QPushButton;
class QTableWidget;

namespace madoguchi::ui {

class CardCheckPanel;

// Step 2 for the clerk: the card and the registry record side by side, differences highlighted; accept the match, pick
// another candidate, or continue as a new resident (転入) when the registry has no record.
class MatchPage final : public ClerkPage {
    Q_OBJECT
public:
    MatchPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    QWidget* firstInput() const override;

    QTableWidget* comparison() const { return m_table; }
    QListWidget* candidateList() const { return m_candidates; }
    QString offlineText() const;

public:
    CardCheckPanel* cardCheck() const { return m_check; }

private:
    CardCheckPanel* m_check = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_offline = nullptr;
    QListWidget* m_candidates = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace madoguchi::ui
