// The resident-facing window (second screen or counter tablet): language, PIN pad, what was read, review, done.
#pragma once

#include "visit/VisitWorkflow.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace madoguchi::counter {
class ResidentLanguages;
}

namespace madoguchi::ui {

class LanguagePicker;
class PinPad;

// The resident-facing window (second screen or counter tablet): welcome and language, the PIN pad, what was read, the
// forms to confirm in the resident's language, done. It shows only what the resident should see, and forgets
// everything when the visit ends.
class ResidentWindow final : public QWidget {
    Q_OBJECT
public:
    ResidentWindow(visit::VisitWorkflow& visit, const counter::ResidentLanguages& languages, QWidget* parent = nullptr);

    // For tests and the screenshot tool: which page is up and what it says.
    QString pageName() const;
    QString visibleText() const;
    PinPad* pinPad() const { return m_pinPad; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* lastTryButton() const { return m_lastTry; }
    LanguagePicker* languagePicker() const { return m_picker; }

private:
    QString text(const char* source, int n = -1) const;
    QWidget* messagePage(QLabel** title, QLabel** body);
    void retranslate();
    void refresh();
    void showCardFace();
    void showForms();

    visit::VisitWorkflow& m_visit;
    const counter::ResidentLanguages& m_languages;
    QLabel* m_header = nullptr;
    LanguagePicker* m_picker = nullptr;
    QStackedWidget* m_pages = nullptr;

    QWidget* m_welcome = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeBody = nullptr;
    QWidget* m_pin = nullptr;
    QLabel* m_pinTitle = nullptr;
    QLabel* m_pinTries = nullptr;
    PinPad* m_pinPad = nullptr;
    QWidget* m_warning = nullptr;
    QLabel* m_warningTitle = nullptr;
    QLabel* m_warningBody = nullptr;
    QPushButton* m_lastTry = nullptr;
    QWidget* m_message = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageBody = nullptr;
    QWidget* m_read = nullptr;
    QLabel* m_readTitle = nullptr;
    QTextBrowser* m_readBody = nullptr;
    QLabel* m_readHint = nullptr;
    QWidget* m_review = nullptr;
    QLabel* m_reviewTitle = nullptr;
    QTextBrowser* m_reviewBody = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_reviewHint = nullptr;
    QString m_reviewHtml;
};

} // namespace madoguchi::ui
