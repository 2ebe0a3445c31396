// The lobby kiosk's full-screen window: the resident's journey page by page, and nothing left behind.
#include "KioskWindow.h"

#include "CardSecret.h"
#include "KioskPads.h"
#include "LanguagePicker.h"
#include "PinPad.h"
#include "QrCode.h"
#include "ResidentLanguages.h"
#include "ResidentSpeech.h"
#include "UiLogging.h"
#include "kiosk/MemberChoices.h"
#include "queue/CounterGroups.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {
constexpr const char* kContext = "ResidentKiosk";

QPushButton* touchButton(const QString& text, QWidget* parent, int pointSize = 18) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(text);
    b->setMinimumSize(120, 64);
    b->setFocusPolicy(Qt::NoFocus);
    ResidentTheme::setBaseFont(b, pointSize);
    return b;
}

QLabel* textLabel(QWidget* parent, int pointSize = 16, bool bold = false) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    ResidentTheme::setBaseFont(l, pointSize, bold);
    return l;
}

bool padKind(visit::FieldKind kind) {
    using K = visit::FieldKind;
    return kind == K::Date || kind == K::BirthDate || kind == K::PostalCode || kind == K::Phone || kind == K::Count ||
           kind == K::Number;
}

// Every line edit under `root` emptied with setText (which also drops its undo history, where clear() would keep
// the old text).
void emptyFields(QWidget* root) {
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        edit->setText(QString());
}
} // namespace

KioskWindow::KioskWindow(kiosk::KioskServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_journey(services.catalogue(), services.clock()) {
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    setContextMenuPolicy(Qt::NoContextMenu);
    m_speech = new ResidentSpeech({}, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    // The bar: language, high contrast and large text one touch away on every page; stop (やめる) always there.
    auto* bar = new QHBoxLayout;
    m_languageButton = touchButton({}, this, 16);
    m_contrast = touchButton({}, this, 16);
    m_contrast->setCheckable(true);
    m_large = touchButton({}, this, 16);
    m_large->setCheckable(true);
    m_read = touchButton({}, this, 16);
    m_staff = touchButton({}, this, 12);
    m_staff->setMinimumSize(64, 48);
    m_staff->setObjectName(QStringLiteral("kioskStaff"));
    m_stop = touchButton({}, this, 18);
    m_stop->setObjectName(QStringLiteral("kioskStop"));
    for (QPushButton* b : {m_languageButton, m_contrast, m_large, m_read})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_staff);
    bar->addWidget(m_stop);
    layout->addLayout(bar);
    m_title = textLabel(this, 26, true);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_hint = textLabel(this, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    const QList<Page> all = {Page::Language, Page::Tiles,   Page::Questions, Page::PreEntry, Page::Preparation,
                             Page::Card,     Page::Issuing, Page::Ticket,    Page::Warning,  Page::Staff};
    for (Page p : all) {
        auto* scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto* content = new QWidget(scroll);
        new QVBoxLayout(content);
        scroll->setWidget(content);
        m_stack->addWidget(scroll);
        m_pages.insert(p, scroll);
    }

    // Language: every resident language of resources/languages.json.
    m_picker = new LanguagePicker(services.languages().available(), this, 3);
    rebuild(Page::Language)->addWidget(m_picker);
    connect(m_picker, &LanguagePicker::chosen, this, [this](const QString& code) {
        m_journey.setLanguage(code);
        const counter::ResidentLanguage language = m_services.languages().language(code);
        m_look.family = language.uiFont;
        setLook(m_look);
        buildTiles();
        showPage(Page::Tiles);
    });

    // Card (optional): the basic four with the resident's PIN, never the My Number.
    {
        QVBoxLayout* l = rebuild(Page::Card);
        m_cardText = textLabel(this, 18);
        l->addWidget(m_cardText);
        auto* row = new QHBoxLayout;
        m_useCard = touchButton({}, this);
        m_useCard->setObjectName(QStringLiteral("kioskUseCard"));
        m_skipCard = touchButton({}, this);
        m_skipCard->setObjectName(QStringLiteral("kioskSkipCard"));
        row->addWidget(m_useCard);
        row->addWidget(m_skipCard);
        l->addLayout(row);
        m_pinPad = new PinPad(this);
        m_pinPad->hide();
        l->addWidget(m_pinPad);
        l->addStretch();
        connect(m_useCard, &QPushButton::clicked, this, [this] {
            m_pinPad->clear();
            m_pinPad->show();
            m_cardText->setText(text(QT_TRANSLATE_NOOP(
                "ResidentKiosk", "Place your My Number card on the reader and enter your PIN (4 digits).")));
        });
        connect(m_skipCard, &QPushButton::clicked, this, &KioskWindow::issue);
        connect(m_pinPad, &PinPad::entered, this, &KioskWindow::readCard);
    }
    {
        QVBoxLayout* l = rebuild(Page::Issuing);
        m_issuingText = textLabel(this, 22, true);
        l->addWidget(m_issuingText);
        l->addStretch();
    }
    {
        QVBoxLayout* l = rebuild(Page::Ticket);
        m_ticketNumber = textLabel(this, 72, true);
        m_ticketNumber->setObjectName(QStringLiteral("kioskTicketNumber"));
        m_ticketNumber->setAlignment(Qt::AlignCenter);
        m_ticketText = textLabel(this, 18);
        m_ticketText->setAlignment(Qt::AlignCenter);
        m_ticketQr = new QLabel(this);
        m_ticketQr->setAlignment(Qt::AlignCenter);
        m_done = touchButton({}, this, 22);
        m_done->setObjectName(QStringLiteral("kioskDone"));
        l->addWidget(m_ticketNumber);
        l->addWidget(m_ticketText);
        l->addWidget(m_ticketQr);
        l->addWidget(m_done);
        l->addStretch();
        connect(m_done, &QPushButton::clicked, this, &KioskWindow::clearResident);
        // The receipt printer's word on this ticket: printing, printed, or a problem said in the resident's
        // language while the number stays on the screen.
        connect(&m_services.ticketPrinter(), &printer::PrintSpooler::progressChanged, this,
                [this](const printer::PrintProgress& progress) {
                    if (m_ticket.printing && progress.key == m_ticket.pdfPath && m_page == Page::Ticket)
                        m_ticketText->setText(ticketText());
                });
    }
    {
        QVBoxLayout* l = rebuild(Page::Warning);
        m_warningText = textLabel(this, 24, true);
        m_warningText->setObjectName(QStringLiteral("residentWarning"));
        m_continue = touchButton({}, this, 22);
        m_continue->setObjectName(QStringLiteral("kioskContinue"));
        l->addWidget(m_warningText);
        l->addWidget(m_continue);
        l->addStretch();
        connect(m_continue, &QPushButton::clicked, this, [this] {
            touch();
            showPage(m_beforeWarning);
        });
    }
    {
        QVBoxLayout* l = rebuild(Page::Staff);
        m_staffText = textLabel(this, 18);
        m_staffPad = new PinPad(this);
        m_staffPad->setLength(6);
        l->addWidget(m_staffText);
        l->addWidget(m_staffPad);
        l->addStretch();
        connect(m_staffPad, &PinPad::entered, this, &KioskWindow::staffEntered);
    }

    auto* nav = new QHBoxLayout;
    m_back = touchButton({}, this, 20);
    m_back->setObjectName(QStringLiteral("kioskBack"));
    m_next = touchButton({}, this, 20);
    m_next->setObjectName(QStringLiteral("kioskNext"));
    nav->addWidget(m_back);
    nav->addStretch();
    nav->addWidget(m_next);
    layout->addLayout(nav);

    connect(m_back, &QPushButton::clicked, this, &KioskWindow::back);
    connect(m_next, &QPushButton::clicked, this, &KioskWindow::next);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_page == Page::Staff) {
            m_staffPad->clear();
            showPage(Page::Language);
            return;
        }
        clearResident();
    });
    connect(m_staff, &QPushButton::clicked, this, [this] {
        clearResident(); // whoever was using it: their data goes before staff get near the screen
        m_staffPad->clear();
        showPage(Page::Staff);
    });
    connect(m_languageButton, &QPushButton::clicked, this, [this] {
        if (m_page != Page::Staff && m_page != Page::Issuing)
            showPage(Page::Language);
    });
    connect(m_contrast, &QPushButton::toggled, this, [this](bool on) {
        m_look.highContrast = on;
        setLook(m_look);
    });
    connect(m_large, &QPushButton::toggled, this, [this](bool on) {
        m_look.largeText = on;
        setLook(m_look);
    });
    connect(m_read, &QPushButton::clicked, this, &KioskWindow::readAloud);

    // The whole application's input passes here first: touches count as activity, escape keys stop here.
    qApp->installEventFilter(this);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &KioskWindow::tick);
    timer->start(1000);
    m_lastTouch = m_services.clock().now();
    setLook(m_look);
    showPage(Page::Language);
}

KioskWindow::~KioskWindow() {
    qApp->removeEventFilter(this);
    m_journey.wipe();
}

QString KioskWindow::text(const char* source) const {
    return m_services.languages().text(m_journey.language(), kContext, source);
}

QString KioskWindow::shared(const char* source) const {
    return m_services.languages().text(m_journey.language(), "ResidentWindow", source);
}

QString KioskWindow::bilingual(const char* context, const char* source) const {
    // Shown before a language is chosen, and to staff: Japanese and English always, the chosen language first when it
    // is another one.
    const counter::ResidentLanguages& languages = m_services.languages();
    QStringList parts{languages.text(QStringLiteral("ja"), context, source),
                      languages.text(QStringLiteral("en"), context, source)};
    const QString code = m_journey.language();
    if (code != QLatin1String("ja") && code != QLatin1String("en"))
        parts.prepend(languages.text(code, context, source));
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" / "));
}

QString KioskWindow::catalogue(const visit::LocalText& t) const {
    return m_services.languages().catalogueText(m_journey.language(), t);
}

QVBoxLayout* KioskWindow::rebuild(Page p) {
    auto* scroll = static_cast<QScrollArea*>(m_pages.value(p));
    QWidget* old = scroll->takeWidget();
    if (old) {
        emptyFields(old);
        old->deleteLater();
    }
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(12);
    scroll->setWidget(content);
    return layout;
}

void KioskWindow::setLook(const ResidentLook& look) {
    ResidentTheme::apply(this, look);
}

void KioskWindow::touch() {
    m_lastTouch = m_services.clock().now();
}

void KioskWindow::tick() {
    if (m_page == Page::Language || m_page == Page::Staff || m_page == Page::Issuing)
        return;
    const qint64 idle = m_lastTouch.secsTo(m_services.clock().now());
    const kiosk::KioskConfig config = m_services.config();
    if (idle >= config.inactivitySeconds) {
        qCInfo(lcUi) << "kiosk: cleared after" << idle << "s without a touch";
        clearResident();
        return;
    }
    if (idle >= config.inactivitySeconds - config.warningSeconds) {
        if (m_page != Page::Warning) {
            m_beforeWarning = m_page;
            showPage(Page::Warning);
        }
        m_warningText->setText(
            text(QT_TRANSLATE_NOOP("ResidentKiosk", "Are you still there? Everything you entered will be cleared in "
                                                    "%1 seconds."))
                .arg(config.inactivitySeconds - idle));
    }
}

void KioskWindow::showPage(Page p) {
    m_page = p;
    m_stack->setCurrentWidget(m_pages.value(p));
    retranslate();
    Q_EMIT pageChanged(p);
}

void KioskWindow::retranslate() {
    const QString code = m_journey.language();
    const counter::ResidentLanguage lang = m_services.languages().language(code);
    setWindowTitle(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Reception")));
    m_languageButton->setText(bilingual(kContext, QT_TRANSLATE_NOOP("ResidentKiosk", "Language")));
    m_languageButton->setAccessibleName(QStringLiteral("%1: %2").arg(m_languageButton->text(), lang.nativeName));
    m_contrast->setText(shared(QT_TRANSLATE_NOOP("ResidentWindow", "High contrast")));
    m_large->setText(shared(QT_TRANSLATE_NOOP("ResidentWindow", "Large text")));
    m_read->setText(shared(QT_TRANSLATE_NOOP("ResidentWindow", "Read aloud")));
    m_staff->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Staff")));
    m_stop->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Stop")));
    m_back->setText(shared(QT_TRANSLATE_NOOP("ResidentWindow", "Back")));
    m_next->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Next")));
    for (QPushButton* b : {m_languageButton, m_contrast, m_large, m_read, m_staff, m_stop, m_back, m_next})
        if (b != m_languageButton)
            b->setAccessibleName(b->text());
    m_useCard->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Use my card")));
    m_skipCard->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Continue without the card")));
    m_done->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Done")));
    m_continue->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Continue")));
    for (QPushButton* b : {m_useCard, m_skipCard, m_done, m_continue})
        b->setAccessibleName(b->text());
    const QString clearText = shared(QT_TRANSLATE_NOOP("ResidentWindow", "Clear"));
    const QString deleteText = shared(QT_TRANSLATE_NOOP("ResidentWindow", "Delete"));
    const QString enterText = shared(QT_TRANSLATE_NOOP("ResidentWindow", "Enter"));
    m_pinPad->setTexts(clearText, deleteText, enterText, shared(QT_TRANSLATE_NOOP("ResidentWindow", "PIN pad")));
    m_staffPad->setTexts(clearText, deleteText, enterText, text(QT_TRANSLATE_NOOP("ResidentKiosk", "Staff")));
    if (m_kanaPad)
        m_kanaPad->setTexts(deleteText, clearText);
    if (m_numberPad)
        m_numberPad->setTexts(deleteText, clearText);

    const bool navigates =
        m_page == Page::Tiles || m_page == Page::Questions || m_page == Page::PreEntry || m_page == Page::Preparation;
    m_back->setVisible(navigates || m_page == Page::Card);
    m_next->setVisible(navigates);
    m_stop->setVisible(m_page != Page::Language || m_page == Page::Staff);
    m_staff->setVisible(m_page == Page::Language);
    switch (m_page) {
    case Page::Language:
        m_title->setText(bilingual("ResidentWindow", QT_TRANSLATE_NOOP("ResidentWindow", "Welcome")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please choose your language.")));
        m_picker->setCurrent(code);
        break;
    case Page::Tiles:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "What brings you here today?")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Choose one or more.")));
        m_next->setEnabled(m_journey.hasChoice());
        break;
    case Page::Questions:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "A few questions")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please answer yes or no.")));
        m_next->setEnabled(m_journey.allAnswered());
        break;
    case Page::PreEntry:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Enter in advance")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Enter what you can. The clerk checks it with you.")));
        m_next->setEnabled(true);
        break;
    case Page::Preparation:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "What to bring and the fees")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please have these ready at the counter.")));
        m_next->setEnabled(m_journey.allDecided());
        break;
    case Page::Card:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Your My Number card (optional)")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "With your card, the counter finds you faster.")));
        break;
    case Page::Issuing:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Your reception number")));
        m_hint->clear();
        m_issuingText->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "One moment, please.")));
        break;
    case Page::Ticket:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Your reception number")));
        m_hint->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please wait until your number is called.")));
        if (!m_ticket.ticket.number.isEmpty())
            m_ticketText->setText(ticketText());
        break;
    case Page::Warning:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Are you still there?")));
        m_hint->clear();
        break;
    case Page::Staff:
        m_title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Staff")));
        m_hint->clear();
        if (m_staffText->text().isEmpty())
            m_staffText->setText(bilingual(kContext, QT_TRANSLATE_NOOP("ResidentKiosk", "Staff PIN")));
        break;
    }
}

QPushButton* KioskWindow::nextButton() const {
    return m_next;
}

// ---------------------------------------------------------------- pages

void KioskWindow::buildTiles() {
    QVBoxLayout* l = rebuild(Page::Tiles);
    m_tiles.clear();
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    int i = 0;
    for (const kiosk::Tile& tile : m_journey.tiles()) {
        QPushButton* b = touchButton(catalogue(tile.name), nullptr, 18);
        b->setObjectName(QStringLiteral("tile_") + tile.id);
        b->setCheckable(true);
        b->setChecked(m_journey.isChosen(tile.id));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumHeight(80);
        const QString id = tile.id;
        connect(b, &QPushButton::clicked, this, [this, id](bool) {
            m_journey.toggle(id);
            m_tiles.value(id)->setChecked(m_journey.isChosen(id));
            m_next->setEnabled(m_journey.hasChoice());
        });
        m_tiles.insert(tile.id, b);
        grid->addWidget(b, i / 2, i % 2);
        ++i;
    }
    l->addLayout(grid);
    l->addStretch();
    setLook(m_look);
}

void KioskWindow::buildQuestions() {
    QVBoxLayout* l = rebuild(Page::Questions);
    m_answers.clear();
    for (const visit::Question& q : m_journey.questions()) {
        QLabel* label = textLabel(nullptr, 18);
        label->setText(catalogue(q.text));
        l->addWidget(label);
        auto* row = new QHBoxLayout;
        auto* group = new QButtonGroup(label);
        for (const bool yes : {true, false}) {
            QPushButton* b = touchButton(yes ? text(QT_TRANSLATE_NOOP("ResidentKiosk", "Yes"))
                                             : text(QT_TRANSLATE_NOOP("ResidentKiosk", "No")),
                                         nullptr);
            b->setCheckable(true);
            b->setChecked(m_journey.answer(q.id) == (yes ? QLatin1String("yes") : QLatin1String("no")));
            group->addButton(b);
            const QString id = q.id;
            connect(b, &QPushButton::clicked, this, [this, id, yes] {
                m_journey.setAnswer(id, yes);
                m_next->setEnabled(m_journey.allAnswered());
            });
            m_answers.insert(q.id + (yes ? QStringLiteral("/yes") : QStringLiteral("/no")), b);
            row->addWidget(b);
        }
        row->addStretch();
        l->addLayout(row);
    }
    l->addStretch();
    setLook(m_look);
}

void KioskWindow::buildPreEntry() {
    QVBoxLayout* l = rebuild(Page::PreEntry);
    m_fields.clear();
    m_fieldErrors.clear();
    m_choices.clear();
    m_fieldKinds.clear();
    m_memberChoices.clear();
    m_memberName = m_memberBirth = nullptr;
    m_addMember = nullptr;
    m_membersList = nullptr;
    m_shownFields.clear();
    QWidget* content = l->parentWidget();
    m_kanaPad = new KanaPad(content);
    m_numberPad = new NumberPad(content);
    for (const visit::FieldSpec& f : m_journey.fields()) {
        m_shownFields << f.key;
        QLabel* label = textLabel(content, 18);
        label->setText(catalogue(f.label));
        l->addWidget(label);
        if (f.kind == visit::FieldKind::Choice) {
            auto* row = new QHBoxLayout;
            auto* group = new QButtonGroup(label);
            for (int i = 0; i < f.options.size(); ++i) {
                const QString value = f.options.at(i);
                QPushButton* b = touchButton(catalogue(f.optionLabels.value(i, visit::LocalText::of(value))), content);
                b->setCheckable(true);
                b->setChecked(m_journey.field(f.key) == value);
                group->addButton(b);
                const QString key = f.key;
                connect(b, &QPushButton::clicked, this, [this, key, value] { m_journey.setField(key, value); });
                m_choices.insert(f.key + QLatin1Char('/') + value, b);
                row->addWidget(b);
            }
            row->addStretch();
            l->addLayout(row);
            continue;
        }
        auto* edit = new QLineEdit(content);
        edit->setObjectName(QStringLiteral("field_") + f.key);
        edit->setAccessibleName(label->text());
        edit->setContextMenuPolicy(Qt::NoContextMenu); // no menu, no clipboard: nothing leaves the kiosk
        edit->setMinimumHeight(56);
        ResidentTheme::setBaseFont(edit, 18);
        // Kana and numbers come from the kiosk's pads; Latin text from the virtual keyboard (input method).
        if (f.kind == visit::FieldKind::Kana || padKind(f.kind))
            edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        else
            edit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        edit->setText(m_journey.field(f.key));
        l->addWidget(edit);
        QLabel* error = textLabel(content, 14, true);
        error->setObjectName(QStringLiteral("residentWarning"));
        error->hide();
        l->addWidget(error);
        m_fields.insert(f.key, edit);
        m_fieldErrors.insert(f.key, error);
        m_fieldKinds.insert(f.key, f.kind);
    }
    if (m_journey.takesMembers()) {
        QLabel* title = textLabel(content, 20, true);
        title->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "People moving with you")));
        l->addWidget(title);
        m_membersList = textLabel(content, 16);
        l->addWidget(m_membersList);
        QLabel* nameLabel = textLabel(content, 16);
        nameLabel->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Name")));
        l->addWidget(nameLabel);
        m_memberName = new QLineEdit(content);
        m_memberName->setObjectName(QStringLiteral("memberName"));
        m_memberName->setAccessibleName(nameLabel->text());
        m_memberName->setContextMenuPolicy(Qt::NoContextMenu);
        m_memberName->setMinimumHeight(56);
        ResidentTheme::setBaseFont(m_memberName, 18);
        l->addWidget(m_memberName);
        QLabel* birthLabel = textLabel(content, 16);
        birthLabel->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Date of birth (e.g. 2019/05/01)")));
        l->addWidget(birthLabel);
        m_memberBirth = new QLineEdit(content);
        m_memberBirth->setObjectName(QStringLiteral("memberBirth"));
        m_memberBirth->setAccessibleName(birthLabel->text());
        m_memberBirth->setContextMenuPolicy(Qt::NoContextMenu);
        m_memberBirth->setAttribute(Qt::WA_InputMethodEnabled, false);
        m_memberBirth->setMinimumHeight(56);
        ResidentTheme::setBaseFont(m_memberBirth, 18);
        l->addWidget(m_memberBirth);
        m_fieldKinds.insert(QStringLiteral("#memberBirth"), visit::FieldKind::BirthDate);
        auto* sexRow = new QHBoxLayout;
        auto* sexGroup = new QButtonGroup(content);
        // The choices are data (resources/kiosk/members.json), their labels catalogue texts in the resident's language.
        const kiosk::MemberChoices& choices = kiosk::memberChoices();
        for (const kiosk::MemberChoice& sex : choices.sexes) {
            QPushButton* b = touchButton(catalogue(sex.label), content);
            b->setCheckable(true);
            sexGroup->addButton(b);
            const QString value = sex.value;
            connect(b, &QPushButton::clicked, this, [this, value] { m_memberSex = value; });
            m_memberChoices.insert(QStringLiteral("sex/") + value, b);
            sexRow->addWidget(b);
        }
        sexRow->addStretch();
        l->addLayout(sexRow);
        auto* relRow = new QGridLayout;
        auto* relGroup = new QButtonGroup(content);
        int i = 0;
        for (const kiosk::MemberChoice& r : choices.relationships) {
            QPushButton* b = touchButton(catalogue(r.label), content);
            b->setCheckable(true);
            relGroup->addButton(b);
            const QString value = r.value;
            connect(b, &QPushButton::clicked, this, [this, value] { m_memberRelationship = value; });
            m_memberChoices.insert(QStringLiteral("rel/") + value, b);
            relRow->addWidget(b, i / 3, i % 3);
            ++i;
        }
        l->addLayout(relRow);
        m_addMember = touchButton(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Add this person")), content);
        m_addMember->setObjectName(QStringLiteral("kioskAddMember"));
        connect(m_addMember, &QPushButton::clicked, this, &KioskWindow::addMember);
        l->addWidget(m_addMember);
        QStringList names;
        for (const visit::Member& m : m_journey.members())
            names << m.name;
        m_membersList->setText(names.join(QStringLiteral("\n")));
    }
    l->addWidget(m_kanaPad);
    l->addWidget(m_numberPad);
    m_kanaPad->hide();
    m_numberPad->hide();
    l->addStretch();
    // The pad of the field being filled shows under the form, typing into it.
    connect(qApp, &QApplication::focusChanged, m_kanaPad, [this](QWidget*, QWidget* now) {
        auto* edit = qobject_cast<QLineEdit*>(now);
        if (!edit || !m_kanaPad || !m_numberPad)
            return;
        const QString key = edit == m_memberBirth ? QStringLiteral("#memberBirth") : m_fields.key(edit);
        const bool known = m_fieldKinds.contains(key);
        const visit::FieldKind kind = m_fieldKinds.value(key);
        m_kanaPad->setTarget(known && kind == visit::FieldKind::Kana ? edit : nullptr);
        m_numberPad->setTarget(known && padKind(kind) ? edit : nullptr);
        m_kanaPad->setVisible(m_kanaPad->target());
        m_numberPad->setVisible(m_numberPad->target());
    });
    retranslate();
    setLook(m_look);
}

void KioskWindow::addMember() {
    if (!m_memberName || !m_memberBirth)
        return;
    visit::Member m;
    m.name = m_memberName->text().trimmed();
    QString reason;
    m.birthDate = visit::parseTypedDate(m_memberBirth->text(), &reason);
    m.sex = m_memberSex;
    m.relationship = m_memberRelationship;
    if (!m_journey.addMember(m)) {
        m_membersList->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please check this entry.")));
        return;
    }
    card::secureWipe(m.name);
    m_memberName->setText(QString());
    m_memberBirth->setText(QString());
    QStringList names;
    for (const visit::Member& member : m_journey.members())
        names << member.name;
    m_membersList->setText(names.join(QStringLiteral("\n")));
}

bool KioskWindow::storeFields() {
    bool ok = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const visit::FieldCheck check = m_journey.setField(it.key(), it.value()->text());
        QLabel* error = m_fieldErrors.value(it.key());
        error->setVisible(!check.ok);
        error->setText(check.ok ? QString() : text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please check this entry.")));
        ok = ok && check.ok;
    }
    return ok;
}

void KioskWindow::buildPreparation() {
    QVBoxLayout* l = rebuild(Page::Preparation);
    QWidget* content = l->parentWidget();
    m_answers.clear();
    for (const visit::FollowUp& f : m_journey.followUps()) {
        QLabel* label = textLabel(content, 18, true);
        label->setText(catalogue(f.reason) + QStringLiteral("\n") +
                       text(QT_TRANSLATE_NOOP("ResidentKiosk", "Do you also want to do this today?")));
        l->addWidget(label);
        auto* row = new QHBoxLayout;
        auto* group = new QButtonGroup(label);
        for (const bool yes : {true, false}) {
            QPushButton* b = touchButton(yes ? text(QT_TRANSLATE_NOOP("ResidentKiosk", "Yes"))
                                             : text(QT_TRANSLATE_NOOP("ResidentKiosk", "No")),
                                         content);
            b->setCheckable(true);
            b->setChecked(f.decision ==
                          (yes ? visit::FollowUp::Decision::Accepted : visit::FollowUp::Decision::Declined));
            group->addButton(b);
            const QString id = f.procedureId;
            connect(b, &QPushButton::clicked, this, [this, id, yes] {
                m_journey.decideFollowUp(id, yes);
                buildPreparation();
                retranslate();
            });
            m_answers.insert(f.procedureId + (yes ? QStringLiteral("/yes") : QStringLiteral("/no")), b);
            row->addWidget(b);
        }
        row->addStretch();
        l->addLayout(row);
    }
    for (const kiosk::Preparation& p : m_journey.preparations()) {
        QLabel* name = textLabel(content, 20, true);
        name->setText(catalogue(p.name));
        l->addWidget(name);
        QStringList lines;
        for (const visit::LocalText& d : p.documents)
            lines << QStringLiteral("・") + catalogue(d);
        lines << (p.fee > 0
                      ? text(QT_TRANSLATE_NOOP("ResidentKiosk", "Fee: %1 yen per copy"))
                            .arg(QLocale(m_services.languages().language(m_journey.language()).locale).toString(p.fee))
                      : text(QT_TRANSLATE_NOOP("ResidentKiosk", "No fee")));
        QLabel* body = textLabel(content, 16);
        body->setText(lines.join(QStringLiteral("\n")));
        l->addWidget(body);
    }
    l->addStretch();
    setLook(m_look);
}

void KioskWindow::next() {
    touch();
    switch (m_page) {
    case Page::Tiles:
        if (!m_journey.hasChoice())
            return;
        if (!m_journey.questions().isEmpty()) {
            buildQuestions();
            showPage(Page::Questions);
            return;
        }
        [[fallthrough]];
    case Page::Questions:
        if (!m_journey.allAnswered())
            return;
        if (!m_journey.fields().isEmpty() || m_journey.takesMembers()) {
            buildPreEntry();
            showPage(Page::PreEntry);
            return;
        }
        buildPreparation();
        showPage(Page::Preparation);
        return;
    case Page::PreEntry:
        if (!storeFields())
            return;
        buildPreparation();
        showPage(Page::Preparation);
        return;
    case Page::Preparation: {
        if (!m_journey.allDecided())
            return;
        // An accepted follow-up may bring fields not asked yet: they are asked now, with what was typed kept.
        for (const visit::FieldSpec& f : m_journey.fields())
            if (!m_shownFields.contains(f.key)) {
                buildPreEntry();
                showPage(Page::PreEntry);
                return;
            }
        m_cardText->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "You can use your My Number card now, or go on "
                                                                    "without it.")));
        m_pinPad->hide();
        showPage(Page::Card);
        return;
    }
    default:
        return;
    }
}

void KioskWindow::back() {
    touch();
    switch (m_page) {
    case Page::Tiles:
        showPage(Page::Language);
        return;
    case Page::Questions:
        showPage(Page::Tiles);
        return;
    case Page::PreEntry:
        storeFields();
        if (!m_journey.questions().isEmpty()) {
            buildQuestions();
            showPage(Page::Questions);
        } else
            showPage(Page::Tiles);
        return;
    case Page::Preparation:
        if (!m_journey.fields().isEmpty() || m_journey.takesMembers()) {
            buildPreEntry();
            showPage(Page::PreEntry);
        } else
            showPage(Page::Tiles);
        return;
    case Page::Card:
        m_pinPad->clear();
        buildPreparation();
        showPage(Page::Preparation);
        return;
    default:
        return;
    }
}

void KioskWindow::readCard(QByteArray pin) {
    touch();
    card::CardSecret secret = card::CardSecret::pin(pin);
    card::secureWipe(pin);
    m_pinPad->hide();
    m_cardText->setText(text(QT_TRANSLATE_NOOP("ResidentKiosk", "One moment, please.")));
    const quint64 generation = m_generation;
    QPointer<KioskWindow> self(this);
    // Basic four only: the kiosk never asks the card for the My Number, and never confirms a last PIN try.
    m_services.card().readWithPin(std::move(secret), false, false, [self, generation](visit::CardOutcome outcome) {
        if (!self || self->m_generation != generation) {
            outcome.face = {};
            return;
        }
        self->m_services.card().release();
        if (outcome.ok()) {
            self->m_journey.setCardFace(outcome.face);
            outcome.face = {};
            self->issue();
            return;
        }
        outcome.photo.wipe();
        self->m_cardText->setText(
            outcome.problem == visit::CardOutcome::Problem::WrongPin ||
                    outcome.problem == visit::CardOutcome::Problem::LastTryNeedsConfirmation ||
                    outcome.problem == visit::CardOutcome::Problem::Locked
                ? self->text(QT_TRANSLATE_NOOP("ResidentKiosk", "The PIN did not match. Please continue without "
                                                                "the card; the counter will help you."))
                : self->text(QT_TRANSLATE_NOOP("ResidentKiosk",
                                               "The card could not be read. Please continue without the card.")));
    });
}

void KioskWindow::issue() {
    if (m_busy)
        return;
    m_busy = true;
    touch();
    showPage(Page::Issuing);
    QStringList names;
    for (const kiosk::Preparation& p : m_journey.preparations())
        names << p.name.in(QStringLiteral("ja"));
    const quint64 generation = m_generation;
    QPointer<KioskWindow> self(this);
    m_services.issue(this, m_journey.preEntry(), m_journey.groupId(), names.join(QStringLiteral("・")),
                     [self, generation](const kiosk::IssuedTicket& issued) {
                         if (!self)
                             return;
                         self->m_busy = false;
                         if (self->m_generation != generation)
                             return;
                         self->m_ticket = issued;
                         // The pre-entry has gone with the ticket (or not at all): nothing of it stays here.
                         const QString language = self->m_journey.language();
                         self->m_journey.wipe();
                         self->m_journey.setLanguage(language);
                         if (!issued.outcome || issued.ticket.number.isEmpty()) {
                             qCWarning(lcUi).noquote() << "kiosk: no ticket:" << issued.outcome.detail;
                             self->m_issuingText->setText(self->text(QT_TRANSLATE_NOOP(
                                 "ResidentKiosk", "A number could not be issued. Please ask at the information "
                                                  "desk.")));
                             return;
                         }
                         self->dropInputs();
                         self->showTicket();
                     });
}

QString KioskWindow::ticketPrintLine() const {
    if (!m_ticket.printing)
        return text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please note your number."));
    using Stage = printer::PrintProgress::Stage;
    switch (m_services.ticketPrinter().progress(m_ticket.pdfPath).stage) {
    case Stage::Printed:
        return text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please take your ticket."));
    case Stage::Waiting:
    case Stage::Failed:
        // Out of paper, offline, a stopped queue, a wrong tray: the clerk's words are in the log; the resident keeps
        // the number on the screen and the PDF is kept.
        return text(QT_TRANSLATE_NOOP("ResidentKiosk", "Your ticket could not be printed. Please note the number "
                                                       "on this screen. The counter will call you by this number."));
    case Stage::NotConfigured:
        return text(QT_TRANSLATE_NOOP("ResidentKiosk", "Please note your number."));
    case Stage::Sending:
    case Stage::Queued:
    case Stage::Printing:
        break;
    }
    return text(QT_TRANSLATE_NOOP("ResidentKiosk", "Your ticket is being printed."));
}

QString KioskWindow::ticketText() const {
    const queue::CounterGroup* group = queue::findGroup(m_ticket.ticket.groupId);
    QStringList lines;
    if (group)
        lines << text(QT_TRANSLATE_NOOP("ResidentKiosk", "Counter: %1")).arg(catalogue(group->name));
    lines << text(QT_TRANSLATE_NOOP("ResidentKiosk", "Estimated wait: about %1 min. People waiting before you: %2."))
                 .arg(m_ticket.estimatedMinutes)
                 .arg(m_ticket.waitingAhead);
    lines << ticketPrintLine();
    lines << text(QT_TRANSLATE_NOOP("ResidentKiosk", "Scan the code to see the waiting status on your phone."));
    return lines.join(QStringLiteral("\n"));
}

void KioskWindow::showTicket() {
    touch();
    m_ticketNumber->setText(m_ticket.ticket.number);
    m_ticketNumber->setAccessibleName(m_ticket.ticket.number);
    m_ticketText->setText(ticketText());
    const QString congestion = m_services.config().congestionUrl;
    const QString link =
        congestion.isEmpty() ? m_ticket.ticket.number : congestion + QStringLiteral("#") + m_ticket.ticket.number;
    const print::QrCode code = print::QrCode::encode(link.toUtf8());
    if (code.size > 0) {
        const int module = 6;
        QImage image((code.size + 8) * module, (code.size + 8) * module, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        for (int y = 0; y < code.size; ++y)
            for (int x = 0; x < code.size; ++x)
                if (code.isDark(x, y))
                    painter.fillRect((x + 4) * module, (y + 4) * module, module, module, Qt::black);
        painter.end();
        m_ticketQr->setPixmap(QPixmap::fromImage(image));
        m_ticketQr->setAccessibleName(text(QT_TRANSLATE_NOOP("ResidentKiosk", "QR code of the waiting status")));
    }
    showPage(Page::Ticket);
}

void KioskWindow::dropInputs() {
    for (Page p : {Page::Tiles, Page::Questions, Page::PreEntry, Page::Preparation})
        rebuild(p);
    m_tiles.clear();
    m_answers.clear();
    m_fields.clear();
    m_fieldErrors.clear();
    m_choices.clear();
    m_fieldKinds.clear();
    m_memberChoices.clear();
    m_memberName = m_memberBirth = nullptr;
    m_addMember = nullptr;
    m_membersList = nullptr;
    m_kanaPad = nullptr;
    m_numberPad = nullptr;
    m_memberSex.clear();
    m_memberRelationship.clear();
    m_shownFields.clear();
}

void KioskWindow::clearResident() {
    ++m_generation; // a card read or ticket still on its way is ignored when it answers
    m_journey.wipe();
    m_pinPad->clear();
    m_staffPad->clear();
    m_services.card().release();
    dropInputs();
    // A ticket that has not printed yet (held for paper, still queued) would come out for the next resident.
    if (m_ticket.printing &&
        m_services.ticketPrinter().progress(m_ticket.pdfPath).stage != printer::PrintProgress::Stage::Printed)
        m_services.ticketPrinter().cancel(m_ticket.pdfPath);
    m_ticket = {};
    for (QLabel* label : {m_ticketNumber, m_ticketText, m_cardText, m_warningText, m_issuingText, m_staffText})
        label->setText(QString());
    m_ticketNumber->setAccessibleName(QString());
    m_ticketQr->clear();
    m_look = {};
    m_contrast->setChecked(false);
    m_large->setChecked(false);
    setLook(m_look);
    emptyFields(this);
    touch();
    showPage(Page::Language);
    Q_EMIT cleared();
}

void KioskWindow::staffEntered(QByteArray pin) {
    touch();
    QPointer<KioskWindow> self(this);
    m_services.checkStaffPin(this, std::move(pin), [self](bool ok) {
        if (!self)
            return;
        if (!ok) {
            self->m_staffText->setText(self->bilingual(kContext, QT_TRANSLATE_NOOP("ResidentKiosk", "Wrong PIN")));
            return;
        }
        qCInfo(lcUi) << "kiosk: left with the staff PIN";
        self->m_exitAllowed = true;
        Q_EMIT self->exitGranted();
        self->close();
    });
}

void KioskWindow::readAloud() {
    const counter::ResidentLanguage lang = m_services.languages().language(m_journey.language());
    m_speech->speak(counter::ResidentLanguages::spoken(m_title->text() + QStringLiteral("。") + m_hint->text()),
                    QLocale(lang.locale));
}

QString KioskWindow::visibleText() const {
    QStringList parts;
    for (const QLabel* label : findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

QPushButton* KioskWindow::tileButton(const QString& id) const {
    return m_tiles.value(id);
}

QPushButton* KioskWindow::answerButton(const QString& id, bool yes) const {
    return m_answers.value(id + (yes ? QStringLiteral("/yes") : QStringLiteral("/no")));
}

QLineEdit* KioskWindow::fieldEdit(const QString& key) const {
    return m_fields.value(key);
}

QPushButton* KioskWindow::choiceButton(const QString& key, const QString& value) const {
    return m_choices.value(key + QLatin1Char('/') + value);
}

QPushButton* KioskWindow::memberSex(const QString& code) const {
    return m_memberChoices.value(QStringLiteral("sex/") + code);
}

QPushButton* KioskWindow::memberRelationship(const QString& value) const {
    return m_memberChoices.value(QStringLiteral("rel/") + value);
}

// ---------------------------------------------------------------- no way out

bool KioskWindow::refused(QEvent* event) {
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride &&
        event->type() != QEvent::KeyRelease)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers();
    const int k = key->key();
    const bool escape = k == Qt::Key_Escape || k == Qt::Key_Close || k == Qt::Key_Exit ||
                        (k == Qt::Key_F4 && (mods & Qt::AltModifier)) ||
                        ((mods & Qt::ControlModifier) && (k == Qt::Key_Q || k == Qt::Key_W)) ||
                        ((mods & Qt::AltModifier) && k == Qt::Key_Tab) || k == Qt::Key_Super_L ||
                        k == Qt::Key_Super_R || k == Qt::Key_Meta || k == Qt::Key_Menu;
    if (!escape)
        return false;
    if (event->type() == QEvent::KeyPress)
        ++m_refused;
    event->accept();
    return true;
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::InputMethod:
        touch();
        break;
    default:
        break;
    }
    if (refused(event))
        return true;
    // Another top-level window (a dialog, a menu) would open a way to the desktop: none is allowed to show.
    if (event->type() == QEvent::Show) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget != this && widget->isWindow() && !m_exitAllowed && !widget->inherits("QTipLabel") &&
            widget->windowType() != Qt::ToolTip) {
            qCWarning(lcUi) << "kiosk: a window tried to open:" << widget->metaObject()->className();
            ++m_refused;
            QMetaObject::invokeMethod(widget, &QWidget::hide, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent* event) {
    if (m_exitAllowed) {
        m_journey.wipe();
        event->accept();
        return;
    }
    ++m_refused;
    event->ignore();
}

void KioskWindow::changeEvent(QEvent* event) {
    // Minimised or taken out of full screen (a window manager shortcut): back to full screen.
    if (event->type() == QEvent::WindowStateChange && !m_exitAllowed && isVisible() &&
        (windowState() & Qt::WindowMinimized)) {
        ++m_refused;
        QTimer::singleShot(0, this, [this] { setWindowState(Qt::WindowFullScreen); });
    }
    QWidget::changeEvent(event);
}

} // namespace madoguchi::ui
