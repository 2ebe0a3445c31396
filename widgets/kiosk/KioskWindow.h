// The lobby kiosk's one full-screen window (--mode kiosk): language first, what brings the resident, the follow-up
// questions, the pre-entry, what to bring and the fees, the card (optional), then the reception ticket.
#pragma once

#include "ResidentTheme.h"
#include "kiosk/KioskJourney.h"
#include "kiosk/KioskServices.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace madoguchi::ui {

class KanaPad;
class LanguagePicker;
class NumberPad;
class PinPad;
class ResidentSpeech;

// One resident at a time, touch only. Nothing stays behind: after the ticket, on やめる (stop) or after inactivity
// (kiosk/inactivity_seconds, with a kiosk/warning_seconds warning) every resident text is cleared from the widgets and
// from memory (the journey's buffers are zeroed). There is no way out but the staff PIN: closing is ignored, and
// Escape, Alt+F4, Ctrl+Q and the like are swallowed before any widget sees them; no dialog is ever opened.
class KioskWindow final : public QWidget {
    Q_OBJECT
public:
    enum class Page { Language, Tiles, Questions, PreEntry, Preparation, Card, Issuing, Ticket, Warning, Staff };
    Q_ENUM(Page)

    explicit KioskWindow(kiosk::KioskServices& services, QWidget* parent = nullptr);
    ~KioskWindow() override;

    Page page() const { return m_page; }
    QString language() const { return m_journey.language(); }
    const kiosk::KioskJourney& journey() const { return m_journey; }
    // Applies the inactivity rules now (a timer calls it every second).
    void tick();
    // Escape keys, close requests and the like refused so far.
    int refusedEscapes() const { return m_refused; }
    bool exitAllowed() const { return m_exitAllowed; }

    // For tests: the controls a finger touches.
    LanguagePicker* languagePicker() const { return m_picker; }
    QPushButton* tileButton(const QString& id) const;
    QPushButton* answerButton(const QString& questionOrProcedure, bool yes) const;
    QLineEdit* fieldEdit(const QString& key) const;
    QPushButton* choiceButton(const QString& key, const QString& value) const;
    KanaPad* kanaPad() const { return m_kanaPad; }
    NumberPad* numberPad() const { return m_numberPad; }
    QLineEdit* memberName() const { return m_memberName; }
    QLineEdit* memberBirth() const { return m_memberBirth; }
    QPushButton* memberSex(const QString& code) const;
    QPushButton* memberRelationship(const QString& value) const;
    QPushButton* addMemberButton() const { return m_addMember; }
    QPushButton* nextButton() const;
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* staffButton() const { return m_staff; }
    QPushButton* contrastButton() const { return m_contrast; }
    QPushButton* largeTextButton() const { return m_large; }
    QPushButton* useCardButton() const { return m_useCard; }
    QPushButton* skipCardButton() const { return m_skipCard; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* doneButton() const { return m_done; }
    PinPad* pinPad() const { return m_pinPad; }
    PinPad* staffPad() const { return m_staffPad; }
    QString ticketNumber() const { return m_ticket.ticket.number; }
    kiosk::IssuedTicket ticket() const { return m_ticket; }
    QString visibleText() const;

Q_SIGNALS:
    void pageChanged(madoguchi::ui::KioskWindow::Page page);
    void cleared();     // every resident text is gone
    void exitGranted(); // the staff PIN was right: the application may quit

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString text(const char* source) const;
    QString shared(const char* source) const; // the resident screen's own texts (Back, Clear …)
    QString bilingual(const char* context, const char* source) const; // 日本語 / English (and the chosen language)
    QString catalogue(const visit::LocalText& t) const;
    void showPage(Page page);
    void touch();
    void clearResident();
    void dropInputs();
    void retranslate();
    void setLook(const ResidentLook& look);
    void next();
    void back();
    bool refused(QEvent* event);

    void buildTiles();
    void buildQuestions();
    void buildPreEntry();
    void buildPreparation();
    void showTicket();
    QString ticketText() const;      // the ticket page's lines below the number
    QString ticketPrintLine() const; // what the receipt printer did with the ticket, in the resident's words
    bool storeFields();
    void addMember();
    void readCard(QByteArray pin);
    void issue();
    void staffEntered(QByteArray pin);
    void readAloud();
    QWidget* page(Page page) const { return m_pages.value(page); }
    QVBoxLayout* rebuild(Page page);

    kiosk::KioskServices& m_services;
    kiosk::KioskJourney m_journey;
    Page m_page = Page::Language;
    Page m_beforeWarning = Page::Language;
    QDateTime m_lastTouch;
    bool m_exitAllowed = false;
    bool m_busy = false;
    int m_refused = 0;
    quint64 m_generation = 0; // bumped by every clearing: a late card or ticket answer is then ignored
    ResidentLook m_look;
    QStringList m_shownFields;

    QStackedWidget* m_stack = nullptr;
    QMap<Page, QWidget*> m_pages;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_languageButton = nullptr;
    QPushButton* m_contrast = nullptr;
    QPushButton* m_large = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_staff = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    LanguagePicker* m_picker = nullptr;
    QMap<QString, QPushButton*> m_tiles;
    QMap<QString, QPushButton*> m_answers; // "<id>/yes", "<id>/no"
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QLabel*> m_fieldErrors;
    QMap<QString, QPushButton*> m_choices; // "<key>/<value>"
    QMap<QString, visit::FieldKind> m_fieldKinds;
    KanaPad* m_kanaPad = nullptr;
    NumberPad* m_numberPad = nullptr;
    QLineEdit* m_memberName = nullptr;
    QLineEdit* m_memberBirth = nullptr;
    QMap<QString, QPushButton*> m_memberChoices; // "sex/<code>", "rel/<value>"
    QString m_memberSex;
    QString m_memberRelationship;
    QPushButton* m_addMember = nullptr;
    QLabel* m_membersList = nullptr;
    QLabel* m_cardText = nullptr;
    QPushButton* m_useCard = nullptr;
    QPushButton* m_skipCard = nullptr;
    PinPad* m_pinPad = nullptr;
    QLabel* m_issuingText = nullptr;
    kiosk::IssuedTicket m_ticket;
    QLabel* m_ticketNumber = nullptr;
    QLabel* m_ticketText = nullptr;
    QLabel* m_ticketQr = nullptr;
    QPushButton* m_done = nullptr;
    QLabel* m_warningText = nullptr;
    QPushButton* m_continue = nullptr;
    PinPad* m_staffPad = nullptr;
    QLabel* m_staffText = nullptr;
    ResidentSpeech* m_speech = nullptr;
};

} // namespace madoguchi::ui
