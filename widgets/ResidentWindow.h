// The resident-facing window (second screen or counter tablet): language, PIN pad, what was read, review, done.
#pragma once

#include "ResidentTheme.h"
#include "visit/VisitWorkflow.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace madoguchi::counter {
class ResidentLanguages;
}

namespace madoguchi::ui {

class InterpreterCall;
class LanguagePicker;
class PdfPreview;
class PinPad;
class ResidentSpeech;

// The resident-facing window (second screen or counter tablet): welcome and language, the PIN pad, what was read, the
// forms to confirm in the resident's language, done. It shows only what the resident should see, and forgets
// everything when the visit ends.
class ResidentWindow final : public QWidget {
    Q_OBJECT
public:
    ResidentWindow(visit::VisitWorkflow& visit, const counter::ResidentLanguages& languages, QWidget* parent = nullptr);

    // For tests and the screenshot tool: which page is up and what it says.
    QString pageName() const;
    // Behind the clerk's idle lock: a neutral "please wait" page, nothing of the resident's shown.
    void setHeld(bool held);
    QString visibleText() const;
    PinPad* pinPad() const { return m_pinPad; }
    QPushButton* confirmButton() const { return m_confirm; }
    // The review's preview of the printouts as they will come out, and the buttons that choose among several.
    PdfPreview* reviewPreview() const { return m_reviewPdf; }
    QList<QPushButton*> previewButtons() const { return m_previewButtons; }
    QPushButton* lastTryButton() const { return m_lastTry; }
    LanguagePicker* languagePicker() const { return m_picker; }
    QPushButton* wordsButton() const { return m_wordsButton; }
    QPushButton* readAloudButton() const { return m_readButton; }
    QPushButton* highContrastButton() const { return m_contrastButton; }
    QPushButton* largeTextButton() const { return m_largeButton; }
    QPushButton* languageButton() const { return m_languageButton; }
    // The interpreter button, shown only where the city set up a service for the resident's language.
    QPushButton* interpreterButton() const { return m_interpreterButton; }
    void setInterpreter(InterpreterCall* call);
    ResidentLook look() const { return m_look; }
    // The words page (glossary) in the current language, for tests.
    QString wordsText() const;
    // What the last press of "read aloud" asked the engine to speak (readings instead of kanji), for tests.
    QString lastSpoken() const { return m_lastSpoken; }

private:
    QString text(const char* source, int n = -1) const;
    QString catalogue(const visit::LocalText& text) const;
    void setLook(const ResidentLook& look);
    void readAloud();
    void showWords();
    QWidget* messagePage(QLabel** title, QLabel** body);
    void retranslate();
    void refresh();
    void showCardFace();
    void showForms();

    visit::VisitWorkflow& m_visit;
    const counter::ResidentLanguages& m_languages;
    QPushButton* m_languageButton = nullptr;
    QPushButton* m_wordsButton = nullptr;
    QPushButton* m_readButton = nullptr;
    QPushButton* m_contrastButton = nullptr;
    QPushButton* m_largeButton = nullptr;
    QPushButton* m_interpreterButton = nullptr;
    InterpreterCall* m_interpreter = nullptr;
    bool m_interpreterNotice = false; // the notice line says the interpreter is being called
    QLabel* m_notice = nullptr;
    LanguagePicker* m_picker = nullptr;
    bool m_pickerOpen = false;
    bool m_wordsOpen = false;
    ResidentLook m_look;
    ResidentSpeech* m_speech = nullptr;
    QString m_lastSpoken;
    QWidget* m_words = nullptr;
    QLabel* m_wordsTitle = nullptr;
    QTextBrowser* m_wordsBody = nullptr;
    QPushButton* m_wordsBack = nullptr;
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
    QString m_readHtml; // what m_readBody shows
    QString m_reviewHtml;
    PdfPreview* m_reviewPdf = nullptr;
    QLabel* m_reviewPdfTitle = nullptr;
    QHBoxLayout* m_previewBar = nullptr;
    QList<QPushButton*> m_previewButtons;
    QList<QByteArray> m_previewShown; // the printouts the preview was made from
    int m_previewIndex = 0;
    void showPreview(int index);
    bool m_held = false;
};

} // namespace madoguchi::ui
