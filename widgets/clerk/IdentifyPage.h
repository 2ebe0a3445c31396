// Step 1 for the clerk: identify the resident by card (PIN or 照合番号B) or without one.
#pragma once

#include "ClerkPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

class CardCheckPanel;

// Step 1 for the clerk: identify the resident by My Number card (PIN on the resident's screen, or 照合番号B), or
// without a card (ID document checked by eye, recorded, then a registry search).
class IdentifyPage final : public ClerkPage {
    Q_OBJECT
public:
    IdentifyPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    void enter() override;
    QWidget* firstInput() const override;

    QLineEdit* codeBEdit() const { return m_codeB; }
    QComboBox* idDocument() const { return m_document; }
    QLineEdit* searchName() const { return m_name; }
    QLineEdit* searchBirthDate() const { return m_birthDate; }
    QLineEdit* searchAddress() const { return m_address; }
    QString statusText() const;

public:
    CardCheckPanel* cardCheck() const { return m_check; }

private:
    CardCheckPanel* m_check = nullptr;
    void submitCodeB();
    void search();

    QLabel* m_title = nullptr;
    QCheckBox* m_readMyNumber = nullptr;
    QPushButton* m_card = nullptr;
    QPushButton* m_codeBButton = nullptr;
    QPushButton* m_noCard = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_codeBBox = nullptr;
    QLineEdit* m_codeB = nullptr;
    QGroupBox* m_noCardBox = nullptr;
    QComboBox* m_document = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_birthDateError = nullptr;
    QPushButton* m_search = nullptr;
};

} // namespace madoguchi::ui
