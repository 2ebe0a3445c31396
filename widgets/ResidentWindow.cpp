// The resident-facing window: welcome and language, PIN pad, what was read, forms to confirm, done.
#include "ResidentWindow.h"

#include "CardSecret.h"

#include "InterpreterCall.h"
#include "LanguagePicker.h"
#include "PinPad.h"
#include "ResidentLanguages.h"
#include "ResidentSpeech.h"
#include "UiLogging.h"
#include "print/PdfPreview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace madoguchi::ui {

using visit::VisitWorkflow;
using Step = VisitWorkflow::Step;
using Stage = VisitWorkflow::IdentifyStage;

namespace {

constexpr const char* kContext = "ResidentWindow";

QLabel* bigLabel(int pointSize, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    ResidentTheme::setBaseFont(label, pointSize);
    return label;
}

QPushButton* bigButton(QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setMinimumHeight(88);
    button->setFocusPolicy(Qt::NoFocus);
    ResidentTheme::setBaseFont(button, 20, true);
    return button;
}

// A button of the bar at the top of every page: language, words, read aloud, contrast, text size.
QPushButton* barButton(const char* objectName, bool checkable, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setCheckable(checkable);
    button->setMinimumSize(72, 56);
    button->setFocusPolicy(Qt::NoFocus);
    // The bar keeps its size in large text: it must fit every language's words on the narrowest screen.
    ResidentTheme::setFixedFont(button, 13);
    return button;
}

QTextBrowser* readingPane(QWidget* parent) {
    auto* pane = new QTextBrowser(parent);
    ResidentTheme::setBaseFont(pane, 16);
    pane->setFocusPolicy(Qt::NoFocus);
    return pane;
}

} // namespace

ResidentWindow::ResidentWindow(VisitWorkflow& visit, const counter::ResidentLanguages& languages, QWidget* parent)
    : QWidget(parent)
    , m_visit(visit)
    , m_languages(languages) {
    setObjectName(QStringLiteral("residentWindow"));
    setMinimumSize(800, 600);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    // The bar on every page, the first included: language, words, read aloud, high contrast, large text.
    auto* top = new QHBoxLayout;
    m_languageButton = barButton("residentLanguage", true, this);
    m_wordsButton = barButton("residentWords", true, this);
    m_readButton = barButton("residentReadAloud", false, this);
    m_contrastButton = barButton("residentHighContrast", true, this);
    m_largeButton = barButton("residentLargeText", true, this);
    m_interpreterButton = barButton("residentInterpreter", true, this);
    m_interpreterButton->hide(); // until a service for the resident's language is set up
    for (QPushButton* b :
         {m_languageButton, m_wordsButton, m_readButton, m_contrastButton, m_largeButton, m_interpreterButton})
        top->addWidget(b);
    layout->addLayout(top);
    m_picker = new LanguagePicker(languages.available(), this);
    layout->addWidget(m_picker);
    m_notice = bigLabel(14, this);
    m_notice->setObjectName(QStringLiteral("residentNotice"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_speech = new ResidentSpeech(qEnvironmentVariable("MADOGUCHI_SPEECH_ENGINE"), this);
    // The engine answers on its own thread: a voice found missing only then is said the same way.
    connect(m_speech, &ResidentSpeech::unavailable, this, [this] {
        m_notice->setText(text(
            QT_TRANSLATE_NOOP("ResidentWindow", "Reading aloud is not available in this language on this terminal.")));
        m_notice->show();
    });

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_welcome = messagePage(&m_welcomeTitle, &m_welcomeBody);

    m_pin = new QWidget(m_pages);
    auto* pinLayout = new QVBoxLayout(m_pin);
    m_pinTitle = bigLabel(24, m_pin);
    m_pinTries = bigLabel(18, m_pin);
    m_pinPad = new PinPad(m_pin);
    pinLayout->addWidget(m_pinTitle);
    pinLayout->addWidget(m_pinTries);
    pinLayout->addWidget(m_pinPad, 1, Qt::AlignHCenter);
    m_pages->addWidget(m_pin);

    m_warning = new QWidget(m_pages);
    auto* warningLayout = new QVBoxLayout(m_warning);
    m_warningTitle = bigLabel(26, m_warning);
    m_warningTitle->setObjectName(QStringLiteral("residentWarning")); // coloured by the theme
    m_warningBody = bigLabel(18, m_warning);
    m_lastTry = bigButton(m_warning);
    m_lastTry->setObjectName(QStringLiteral("confirmLastTry"));
    warningLayout->addStretch();
    warningLayout->addWidget(m_warningTitle);
    warningLayout->addWidget(m_warningBody);
    warningLayout->addSpacing(24);
    warningLayout->addWidget(m_lastTry);
    warningLayout->addStretch();
    m_pages->addWidget(m_warning);

    m_message = messagePage(&m_messageTitle, &m_messageBody);

    m_read = new QWidget(m_pages);
    auto* readLayout = new QVBoxLayout(m_read);
    m_readTitle = bigLabel(22, m_read);
    m_readBody = readingPane(m_read);
    m_readHint = bigLabel(16, m_read);
    readLayout->addWidget(m_readTitle);
    readLayout->addWidget(m_readBody, 1);
    readLayout->addWidget(m_readHint);
    m_pages->addWidget(m_read);

    m_review = new QWidget(m_pages);
    auto* reviewLayout = new QVBoxLayout(m_review);
    m_reviewTitle = bigLabel(22, m_review);
    m_reviewBody = readingPane(m_review);
    m_confirm = bigButton(m_review);
    m_confirm->setObjectName(QStringLiteral("residentConfirm"));
    m_reviewHint = bigLabel(16, m_review);
    reviewLayout->addWidget(m_reviewTitle);
    // What the resident confirms: the forms in their language beside the printouts as they will come out.
    auto* reviewColumns = new QHBoxLayout;
    reviewColumns->addWidget(m_reviewBody, 1);
    auto* previewColumn = new QVBoxLayout;
    m_reviewPdfTitle = bigLabel(14, m_review);
    m_reviewPdfTitle->setObjectName(QStringLiteral("residentPreviewTitle"));
    m_previewBar = new QHBoxLayout;
    m_reviewPdf = new PdfPreview(m_review);
    m_reviewPdf->setObjectName(QStringLiteral("residentPreview"));
    m_reviewPdf->setMinimumWidth(320);
    previewColumn->addWidget(m_reviewPdfTitle);
    previewColumn->addLayout(m_previewBar);
    previewColumn->addWidget(m_reviewPdf, 1);
    reviewColumns->addLayout(previewColumn, 1);
    reviewLayout->addLayout(reviewColumns, 1);
    reviewLayout->addWidget(m_confirm);
    reviewLayout->addWidget(m_reviewHint);
    m_pages->addWidget(m_review);

    m_words = new QWidget(m_pages);
    auto* wordsLayout = new QVBoxLayout(m_words);
    m_wordsTitle = bigLabel(22, m_words);
    m_wordsBody = readingPane(m_words);
    m_wordsBack = bigButton(m_words);
    m_wordsBack->setObjectName(QStringLiteral("residentWordsBack"));
    wordsLayout->addWidget(m_wordsTitle);
    wordsLayout->addWidget(m_wordsBody, 1);
    wordsLayout->addWidget(m_wordsBack);
    m_pages->addWidget(m_words);

    connect(m_picker, &LanguagePicker::chosen, this, [this](const QString& code) {
        m_pickerOpen = false;
        m_visit.setLanguage(code); // refreshes through changed(); every input stays where it is
        refresh();
    });
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        m_pickerOpen = !m_pickerOpen;
        refresh();
    });
    connect(m_wordsButton, &QPushButton::clicked, this, [this] {
        m_wordsOpen = !m_wordsOpen;
        refresh();
    });
    connect(m_wordsBack, &QPushButton::clicked, this, [this] {
        m_wordsOpen = false;
        refresh();
    });
    connect(m_readButton, &QPushButton::clicked, this, &ResidentWindow::readAloud);
    connect(m_contrastButton, &QPushButton::toggled, this, [this](bool on) {
        ResidentLook look = m_look;
        look.highContrast = on;
        setLook(look);
    });
    connect(m_largeButton, &QPushButton::toggled, this, [this](bool on) {
        ResidentLook look = m_look;
        look.largeText = on;
        setLook(look);
    });
    connect(m_pinPad, &PinPad::entered, this, [this](QByteArray pin) {
        card::CardSecret secret = card::CardSecret::pin(pin);
        card::secureWipe(pin);
        m_visit.submitPin(std::move(secret));
    });
    connect(m_lastTry, &QPushButton::clicked, &m_visit, &VisitWorkflow::confirmLastTry);
    connect(m_confirm, &QPushButton::clicked, &m_visit, &VisitWorkflow::confirmByResident);
    connect(&m_visit, &VisitWorkflow::changed, this, &ResidentWindow::refresh);
    connect(&m_visit, &VisitWorkflow::residentDataDropped, this, [this] {
        // Nothing of the last resident stays on this screen, not even in a hidden page.
        m_pinPad->clear();
        m_readBody->clear();
        m_readHtml.clear();
        m_reviewBody->clear();
        m_reviewHtml.clear();
        m_previewShown.clear();
        m_reviewPdf->showData({});
    });
    ResidentTheme::apply(this, m_look);
    refresh();
}

void ResidentWindow::setInterpreter(InterpreterCall* call) {
    m_interpreter = call;
    if (!call)
        return;
    connect(call, &InterpreterCall::changed, this, &ResidentWindow::refresh);
    // The resident asks for the interpreter; ending the call is the clerk's (a second touch does not hang up).
    connect(m_interpreterButton, &QPushButton::clicked, this, [this] {
        if (m_interpreter && !m_interpreter->active())
            m_interpreter->start();
        refresh();
    });
    refresh();
}

void ResidentWindow::setLook(const ResidentLook& look) {
    m_look = look;
    ResidentTheme::apply(this, m_look);
    qCInfo(lcUi) << "resident screen: high contrast" << look.highContrast << "large text" << look.largeText;
}

QString ResidentWindow::catalogue(const visit::LocalText& text) const {
    return m_languages.catalogueText(m_visit.language(), text);
}

void ResidentWindow::readAloud() {
    m_lastSpoken = counter::ResidentLanguages::spoken(visibleText());
    const counter::ResidentLanguage language = m_languages.language(m_visit.language());
    if (m_speech->speak(m_lastSpoken, QLocale(language.locale))) {
        m_notice->hide();
        return;
    }
    m_notice->setText(
        text(QT_TRANSLATE_NOOP("ResidentWindow", "Reading aloud is not available in this language on this terminal.")));
    m_notice->show();
}

void ResidentWindow::showWords() {
    const QList<counter::GlossaryWord> words = m_languages.words(m_visit.language());
    QString html = QStringLiteral("<table cellpadding='8'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                                  "<th align='left'>%3</th></tr>")
                       .arg(text(QT_TRANSLATE_NOOP("ResidentWindow", "Japanese")).toHtmlEscaped(),
                            text(QT_TRANSLATE_NOOP("ResidentWindow", "Reading")).toHtmlEscaped(),
                            text(QT_TRANSLATE_NOOP("ResidentWindow", "In your language")).toHtmlEscaped());
    for (const counter::GlossaryWord& word : words)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(word.japanese.toHtmlEscaped(), word.reading.toHtmlEscaped(), word.rendering.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_wordsBody->setHtml(html);
    m_wordsTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Words used at the counter")));
}

QString ResidentWindow::wordsText() const {
    return m_wordsBody->toPlainText();
}

QString ResidentWindow::text(const char* source, int n) const {
    return m_languages.text(m_visit.language(), kContext, source, n);
}

QWidget* ResidentWindow::messagePage(QLabel** title, QLabel** body) {
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    *title = bigLabel(28, page);
    *body = bigLabel(18, page);
    layout->addStretch();
    layout->addWidget(*title);
    layout->addSpacing(16);
    layout->addWidget(*body);
    layout->addStretch();
    m_pages->addWidget(page);
    return page;
}

void ResidentWindow::retranslate() {
    setWindowTitle(text(QT_TRANSLATE_NOOP("ResidentWindow", "Counter — for you")));
    const counter::ResidentLanguage language = m_languages.language(m_visit.language());
    const QString current = language.nativeName;
    if (m_look.family != language.uiFont) {
        // The whole window follows the language's font, so Chinese is drawn with Chinese glyph shapes and Korean
        // with Korean ones.
        m_look.family = language.uiFont;
        ResidentTheme::apply(this, m_look);
    }
    m_languageButton->setText(QStringLiteral("%1 ▾").arg(current));
    m_languageButton->setAccessibleName(text(QT_TRANSLATE_NOOP("ResidentWindow", "Language: %1")).arg(current));
    m_wordsButton->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Words")));
    m_readButton->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Read aloud")));
    m_contrastButton->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "High contrast")));
    m_largeButton->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Large text")));
    m_interpreterButton->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Interpreter")));
    m_wordsBack->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Back")));
    for (QPushButton* b :
         {m_wordsButton, m_readButton, m_contrastButton, m_largeButton, m_interpreterButton, m_wordsBack})
        b->setAccessibleName(b->text());
    m_pinPad->setTexts(
        text(QT_TRANSLATE_NOOP("ResidentWindow", "Clear")), text(QT_TRANSLATE_NOOP("ResidentWindow", "Delete")),
        text(QT_TRANSLATE_NOOP("ResidentWindow", "Enter")), text(QT_TRANSLATE_NOOP("ResidentWindow", "PIN pad")));
    m_lastTry->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "I understand — enter my PIN")));
    m_confirm->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Everything is correct")));
}

void ResidentWindow::setHeld(bool held) {
    m_held = held;
    refresh();
}

void ResidentWindow::refresh() {
    retranslate();
    if (m_held) {
        m_picker->setVisible(false);
        m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Please wait a moment")));
        m_messageBody->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "The clerk will be with you again shortly.")));
        m_pages->setCurrentWidget(m_message);
        return;
    }
    m_picker->setCurrent(m_visit.language());
    m_picker->setVisible(m_pickerOpen || m_visit.step() == Step::Idle);
    m_languageButton->setChecked(m_picker->isVisibleTo(this));
    m_wordsButton->setChecked(m_wordsOpen);
    const bool interpreting = m_interpreter && (m_interpreter->active() || m_interpreter->starting());
    m_interpreterButton->setVisible(m_interpreter && (interpreting || m_interpreter->available()));
    m_interpreterButton->setChecked(interpreting);
    if (interpreting) {
        m_notice->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Calling an interpreter. Please wait a moment.")));
        m_notice->show();
        m_interpreterNotice = true;
    } else if (m_interpreterNotice) {
        m_notice->hide();
        m_interpreterNotice = false;
    }
    QWidget* page = m_message;
    switch (m_visit.step()) {
    case Step::Idle:
        page = m_welcome;
        m_welcomeTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Welcome")));
        m_welcomeBody->setText(text(QT_TRANSLATE_NOOP(
            "ResidentWindow", "Choose your language. The clerk will call you and guide you step by step.")));
        break;
    case Step::Identify:
        switch (m_visit.identifyStage()) {
        case Stage::PinEntry:
            page = m_pin;
            m_pinTitle->setText(text(QT_TRANSLATE_NOOP(
                "ResidentWindow", "Please enter your card's 4-digit PIN. Only you see this screen.")));
            m_pinTries->setText(m_visit.triesLeft() >= 0
                                    ? text(QT_TRANSLATE_N_NOOP("ResidentWindow", "Tries left: %n"), m_visit.triesLeft())
                                    : QString());
            break;
        case Stage::ConfirmLastTry:
            page = m_warning;
            m_warningTitle->setText(text(QT_TRANSLATE_N_NOOP("ResidentWindow", "Tries left: %n"), 1));
            m_warningBody->setText(text(QT_TRANSLATE_NOOP(
                "ResidentWindow",
                "If this PIN is wrong, your card will be locked and must be unlocked at the My Number card "
                "counter. If you are not sure of your PIN, tell the clerk: you can be served without it.")));
            break;
        case Stage::Reading:
        case Stage::CheckingCard:
            m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Reading your card…")));
            m_messageBody->setText(
                text(QT_TRANSLATE_NOOP("ResidentWindow", "Please leave the card on the reader until this is done.")));
            break;
        case Stage::Locked:
            m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Your card's PIN is locked")));
            m_messageBody->setText(text(QT_TRANSLATE_NOOP(
                "ResidentWindow", "Do not worry: the clerk can still serve you today in another way.")));
            break;
        case Stage::ChooseMethod:
        case Stage::CodeBEntry:
        case Stage::ConfirmLastCodeBTry: // the clerk types and confirms 照合番号B; the resident has nothing to do
        case Stage::NoCard:
            m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Confirming who you are")));
            m_messageBody->setText(text(QT_TRANSLATE_NOOP(
                "ResidentWindow", "If you have your My Number card, please place it on the reader on the counter.")));
            break;
        }
        break;
    case Step::Match:
    case Step::Choose:
    case Step::Forms:
    case Step::Documents:
        page = m_read;
        showCardFace();
        break;
    case Step::Review:
        page = m_review;
        showForms();
        break;
    case Step::Issuing:
        m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Thank you")));
        m_messageBody->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "Your documents are being prepared.")));
        break;
    case Step::Done:
        m_messageTitle->setText(text(QT_TRANSLATE_NOOP("ResidentWindow", "All done. Thank you!")));
        m_messageBody->setText(text(
            QT_TRANSLATE_N_NOOP("ResidentWindow", "The clerk will hand you your documents. %n document(s) issued."),
            int(m_visit.issued().size())));
        break;
    }
    if (m_wordsOpen) {
        showWords();
        page = m_words;
    }
    m_pages->setCurrentWidget(page);
}

void ResidentWindow::showCardFace() {
    const visit::CardFace face = m_visit.cardFace();
    const bool fromCard = m_visit.identitySource() == visit::IdentitySource::CardPin ||
                          m_visit.identitySource() == visit::IdentitySource::CardCodeB;
    m_readTitle->setText(fromCard ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Read from your card"))
                                  : text(QT_TRANSLATE_NOOP("ResidentWindow", "Found in the city's records")));
    const visit::RegistryPerson person = m_visit.resident();
    const QString name = fromCard ? face.name : person.name;
    const QString address = fromCard ? face.address : person.address;
    const QDate birth = fromCard ? face.birthDate : person.birthDate;
    const QString sex = fromCard ? face.sex : person.sex;
    const QString sexText = sex == QLatin1String("1")   ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Male"))
                            : sex == QLatin1String("2") ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Female"))
                                                        : text(QT_TRANSLATE_NOOP("ResidentWindow", "Not stated"));
    QString html = QStringLiteral("<table cellpadding='8'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td style='white-space:pre-wrap'>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(text(QT_TRANSLATE_NOOP("ResidentWindow", "Name")), name);
    row(text(QT_TRANSLATE_NOOP("ResidentWindow", "Address")), address);
    row(text(QT_TRANSLATE_NOOP("ResidentWindow", "Date of birth")), birth.toString(Qt::ISODate));
    row(text(QT_TRANSLATE_NOOP("ResidentWindow", "Sex")), sexText);
    html += QStringLiteral("</table>");
    // The visit changes with every key on the clerk's side: the document is laid out again only when it differs.
    if (m_readHtml != html) {
        m_readHtml = html;
        m_readBody->setHtml(html);
    }
    m_readHint->setText(
        text(QT_TRANSLATE_NOOP("ResidentWindow", "The clerk is preparing your forms. You will not need to write.")));
}

void ResidentWindow::showForms() {
    QString html;
    const auto forms = m_visit.forms();
    for (int i = 0; i < forms.size(); ++i) {
        const visit::FormDraft& form = forms.at(i);
        html += QStringLiteral("<h2>%1</h2><table cellpadding='6'>").arg(catalogue(form.title).toHtmlEscaped());
        for (const visit::FormField& field : form.fields) {
            QString value = field.value;
            const int option = int(field.spec.options.indexOf(field.value));
            if (field.spec.kind == visit::FieldKind::MyNumber)
                value = text(QT_TRANSLATE_NOOP("ResidentWindow", "(read from your card; not shown)"));
            else if (field.spec.kind == visit::FieldKind::YesNo && !value.isEmpty())
                value = value == QLatin1String("yes") ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Yes"))
                                                      : text(QT_TRANSLATE_NOOP("ResidentWindow", "No"));
            else if (option >= 0 && option < field.spec.optionLabels.size())
                value = catalogue(field.spec.optionLabels.at(option));
            else if (field.spec.prefill == QLatin1String("card.sex"))
                value = value == QLatin1String("1")   ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Male"))
                        : value == QLatin1String("2") ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Female"))
                                                      : text(QT_TRANSLATE_NOOP("ResidentWindow", "Not stated"));
            html += QStringLiteral("<tr><td><b>%1</b></td><td style='white-space:pre-wrap'>%2</td></tr>")
                        .arg(catalogue(field.spec.label).toHtmlEscaped(), value.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (m_visit.fee(i) > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(text(QT_TRANSLATE_NOOP("ResidentWindow", "Fee: %1 yen")).arg(m_visit.fee(i)));
    }
    if (m_visit.totalFee() > 0)
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(text(QT_TRANSLATE_NOOP("ResidentWindow", "Total to pay: %1 yen")).arg(m_visit.totalFee()));
    // Keep the resident's reading position when the clerk's side changes something unrelated.
    if (m_reviewHtml != html) {
        m_reviewHtml = html;
        m_reviewBody->setHtml(html);
    }
    m_reviewTitle->setText(
        text(QT_TRANSLATE_NOOP("ResidentWindow", "Please check your forms. Is everything correct?")));
    // The printouts as they will come out (rendered on the counter's worker): shown once they are there.
    const QList<QByteArray> previews = m_visit.previewPdfs();
    if (previews != m_previewShown) {
        m_previewShown = previews;
        qDeleteAll(m_previewButtons);
        m_previewButtons.clear();
        for (int i = 0; previews.size() > 1 && i < previews.size(); ++i) {
            auto* b = new QPushButton(QString::number(i + 1), m_review);
            b->setObjectName(QStringLiteral("residentPreview%1").arg(i + 1));
            b->setCheckable(true);
            b->setMinimumSize(56, 56);
            b->setFocusPolicy(Qt::NoFocus);
            connect(b, &QPushButton::clicked, this, [this, i] { showPreview(i); });
            m_previewBar->addWidget(b);
            m_previewButtons.append(b);
        }
        showPreview(0);
    }
    m_reviewPdfTitle->setText(previews.isEmpty()
                                  ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Preparing the printed form…"))
                                  : text(QT_TRANSLATE_NOOP("ResidentWindow", "The form as it will be printed")));
    for (int i = 0; i < m_previewButtons.size(); ++i)
        m_previewButtons.at(i)->setAccessibleName(
            text(QT_TRANSLATE_NOOP("ResidentWindow", "Printed form %1")).arg(i + 1));
    if (auto* view = m_reviewPdf->findChild<QWidget*>(QStringLiteral("pdfView")))
        view->setAccessibleName(text(QT_TRANSLATE_NOOP("ResidentWindow", "The form as it will be printed")));
    const bool confirmed = m_visit.residentConfirmed();
    m_confirm->setVisible(!confirmed);
    m_reviewHint->setText(
        confirmed ? text(QT_TRANSLATE_NOOP("ResidentWindow", "Thank you. The clerk will now issue your documents."))
                  : text(QT_TRANSLATE_NOOP("ResidentWindow", "If something is wrong, please tell the clerk.")));
}

void ResidentWindow::showPreview(int index) {
    m_previewIndex = index;
    m_reviewPdf->showData(m_previewShown.value(index));
    for (int i = 0; i < m_previewButtons.size(); ++i)
        m_previewButtons.at(i)->setChecked(i == index);
}

QString ResidentWindow::pageName() const {
    QWidget* page = m_pages->currentWidget();
    if (m_held)
        return QStringLiteral("wait");
    if (page == m_welcome)
        return QStringLiteral("welcome");
    if (page == m_pin)
        return QStringLiteral("pin");
    if (page == m_warning)
        return QStringLiteral("last-try");
    if (page == m_read)
        return QStringLiteral("read");
    if (page == m_review)
        return QStringLiteral("review");
    if (page == m_words)
        return QStringLiteral("words");
    return QStringLiteral("message");
}

QString ResidentWindow::visibleText() const {
    QStringList parts;
    QWidget* page = m_pages->currentWidget();
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisibleTo(page))
            parts << label->text();
    for (const QTextBrowser* browser : page->findChildren<QTextBrowser*>())
        parts << browser->toPlainText();
    for (const QPushButton* button : page->findChildren<QPushButton*>())
        if (button->isVisibleTo(page))
            parts << button->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace madoguchi::ui
