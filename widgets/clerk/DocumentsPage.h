// Step 5 for the clerk: the required documents checklist per procedure, copies, the fee total and how it is paid.
#pragma once

#include "ClerkPage.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace madoguchi::ui {

class DocumentsPage final : public ClerkPage {
    Q_OBJECT
public:
    DocumentsPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    void enter() override;
    QWidget* firstInput() const override;

    QListWidget* checklist() const { return m_checklist; }
    QComboBox* payment() const { return m_payment; }
    QLineEdit* paymentReference() const { return m_reference; }
    QString totalText() const;

private:
    QListWidget* m_checklist = nullptr;
    QFormLayout* m_copies = nullptr;
    QList<QSpinBox*> m_copyBoxes;
    QLabel* m_total = nullptr;
    QComboBox* m_payment = nullptr;
    QLineEdit* m_reference = nullptr;
};

QString paymentMethodName(const QString& method);

} // namespace madoguchi::ui
