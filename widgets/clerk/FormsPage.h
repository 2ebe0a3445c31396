// Step 4 for the clerk: the prefilled forms; only what is still missing can be typed, checked as typed.
#pragma once

#include "ClerkPage.h"

#include <QMap>

class QComboBox;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace madoguchi::ui {

// Step 4 for the clerk: every form of the visit, prefilled; what the card, the registry or the answers hold is shown
// read-only with its source, and only what is still missing can be typed, checked as it is typed.
class FormsPage final : public ClerkPage {
    Q_OBJECT
public:
    FormsPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    void enter() override;
    QWidget* firstInput() const override;

    // The editor of a field the clerk may type, by form index and field key; nullptr for held fields.
    QLineEdit* editor(int form, const QString& key) const;
    // The picker of a choice or yes/no field the clerk may set, by form index and field key.
    QComboBox* picker(int form, const QString& key) const;
    QString errorText(int form, const QString& key) const;
    QString myNumberText() const;
    // Who a form is about when it is not the resident (the deceased, the spouse), chosen from the household.
    QComboBox* personPicker(const QString& role) const { return m_personPickers.value(role); }
    int editorCount() const { return int(m_editors.size()); }

private:
    struct Row {
        int form = -1;
        QString key;
        QLineEdit* edit = nullptr;
        QComboBox* combo = nullptr;
        QLabel* error = nullptr;
        QLabel* value = nullptr; // held values and the masked My Number
        QLabel* date = nullptr;  // a typed date read back in 和暦 with the Western year
    };

    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QList<Row> m_rows;
    QList<QWidget*> m_editors;
    QMap<QString, QComboBox*> m_personPickers;
};

} // namespace madoguchi::ui
