// The lobby display (呼び出し表示, --mode signage): the numbers being called, the last called, the waiting per group.
#include "SignageWindow.h"

#include "UiLogging.h"
#include "counter/ResidentLanguages.h"
#include "queue/CounterGroups.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {
constexpr const char* kContext = "ResidentSignage";
constexpr int kCards = 4;
constexpr int kRecent = 8;
constexpr qint64 kHighlightMs = 12000; // a new call stands out this long
constexpr int kRotateMs = 6000;        // the third line's language changes this often
const QString kJapanese = QStringLiteral("ja");
const QString kEnglish = QStringLiteral("en");

// Dark blue board, white text, yellow numbers: every pair well above 4.5:1. The notice: white on dark red.
const char* const kStyle = R"(
QWidget#signage, QWidget#board, QWidget#noticePage { background-color: #0b1f3a; }
QLabel { color: #ffffff; background-color: #0b1f3a; }
QWidget#callCard, QWidget#callCard QLabel { background-color: #15345e; }
QWidget#callCard QLabel[role="number"] { color: #ffd60a; }
QWidget#callCard[fresh="true"], QWidget#callCard[fresh="true"] QLabel { background-color: #ffd60a; color: #0b1f3a; }
QWidget#groupPanel, QWidget#groupPanel QLabel { background-color: #15345e; }
QLabel[role="recent"] { color: #ffd60a; }
QLabel#staleBanner { background-color: #8a0015; color: #ffffff; }
QWidget#noticePage { background-color: #6b0010; }
QWidget#noticePage QLabel { background-color: #6b0010; color: #ffffff; }
)";

QString spokenNumber(const QString& number) {
    // "A-012" is said "A 12".
    const int dash = number.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return number;
    bool ok = false;
    const int n = number.mid(dash + 1).toInt(&ok);
    return ok ? QStringLiteral("%1 %2").arg(number.left(dash)).arg(n) : number;
}
} // namespace

SignageWindow::SignageWindow(const counter::ResidentLanguages& languages, QWidget* parent)
    : QWidget(parent)
    , m_languages(languages) {
    setObjectName(QStringLiteral("signage"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QLatin1String(kStyle));
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::NoFocus);
    for (const counter::ResidentLanguage& language : languages.available()) {
        if (language.code != kJapanese && language.code != kEnglish)
            m_rotation.append(language.code);
    }
    m_rotating = m_rotation.value(0);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    // The fonts follow the window's height: the window must not grow to fit them, or it would grow for ever.
    root->setSizeConstraint(QLayout::SetNoConstraint);
    m_pages = new QStackedWidget(this);
    root->addWidget(m_pages);

    // The board: title and clock, the calls, the last called, the waiting per group.
    auto* board = new QWidget(m_pages);
    board->setObjectName(QStringLiteral("board"));
    board->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(board);
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_titleJa = label(QStringLiteral("titleJa"), board);
    m_titleEn = label(QStringLiteral("titleEn"), board);
    m_titleOther = label(QStringLiteral("titleOther"), board);
    titles->addWidget(m_titleJa);
    titles->addWidget(m_titleEn);
    titles->addWidget(m_titleOther);
    header->addLayout(titles, 1);
    m_clock = label(QStringLiteral("clock"), board);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignTop);
    header->addWidget(m_clock);
    layout->addLayout(header);
    m_stale = label(QStringLiteral("staleBanner"), board);
    m_stale->setWordWrap(true);
    m_stale->hide();
    layout->addWidget(m_stale);

    auto* middle = new QHBoxLayout;
    auto* callArea = new QWidget(board);
    callArea->setObjectName(QStringLiteral("board"));
    auto* calls = new QGridLayout(callArea);
    calls->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kCards; ++i) {
        CallCard card;
        card.frame = new QWidget(callArea);
        card.frame->setObjectName(QStringLiteral("callCard"));
        card.frame->setAttribute(Qt::WA_StyledBackground);
        auto* cardLayout = new QVBoxLayout(card.frame);
        card.number = label(QStringLiteral("callNumber%1").arg(i), card.frame);
        card.number->setProperty("role", QStringLiteral("number"));
        card.number->setAlignment(Qt::AlignCenter);
        card.counterJa = label(QStringLiteral("callCounterJa%1").arg(i), card.frame);
        card.counterJa->setAlignment(Qt::AlignCenter);
        card.counterEn = label(QStringLiteral("callCounterEn%1").arg(i), card.frame);
        card.counterEn->setAlignment(Qt::AlignCenter);
        cardLayout->addWidget(card.number, 1);
        cardLayout->addWidget(card.counterJa);
        cardLayout->addWidget(card.counterEn);
        card.frame->hide();
        calls->addWidget(card.frame, i / 2, i % 2);
        m_cards.append(card);
    }
    m_nobody = label(QStringLiteral("nobodyCalled"), callArea);
    m_nobody->setAlignment(Qt::AlignCenter);
    m_nobody->setWordWrap(true);
    calls->addWidget(m_nobody, 0, 0, 2, 2);
    middle->addWidget(callArea, 3);

    auto* recentArea = new QVBoxLayout;
    m_recentJa = label(QStringLiteral("recentTitleJa"), board);
    m_recentEn = label(QStringLiteral("recentTitleEn"), board);
    recentArea->addWidget(m_recentJa);
    recentArea->addWidget(m_recentEn);
    auto* recentGrid = new QGridLayout;
    for (int i = 0; i < kRecent; ++i) {
        QLabel* number = label(QStringLiteral("recentNumber%1").arg(i), board);
        number->setProperty("role", QStringLiteral("recent"));
        recentGrid->addWidget(number, i / 2, i % 2);
        m_recent.append(number);
    }
    recentArea->addLayout(recentGrid);
    recentArea->addStretch(1);
    middle->addLayout(recentArea, 2);
    layout->addLayout(middle, 1);

    m_waitingTitle = label(QStringLiteral("waitingTitle"), board);
    layout->addWidget(m_waitingTitle);
    auto* groups = new QHBoxLayout;
    for (const queue::CounterGroup& group : queue::counterGroups()) {
        GroupPanel panel;
        panel.groupId = group.id;
        panel.frame = new QWidget(board);
        panel.frame->setObjectName(QStringLiteral("groupPanel"));
        panel.frame->setAttribute(Qt::WA_StyledBackground);
        auto* panelLayout = new QVBoxLayout(panel.frame);
        panel.nameJa = label(QStringLiteral("groupNameJa_%1").arg(group.id), panel.frame);
        panel.nameEn = label(QStringLiteral("groupNameEn_%1").arg(group.id), panel.frame);
        panel.waitingJa = label(QStringLiteral("groupWaitingJa_%1").arg(group.id), panel.frame);
        panel.waitingEn = label(QStringLiteral("groupWaitingEn_%1").arg(group.id), panel.frame);
        panel.nameJa->setText(group.name.in(kJapanese));
        panel.nameEn->setText(group.name.in(kEnglish));
        for (QLabel* l : {panel.nameJa, panel.nameEn, panel.waitingJa, panel.waitingEn}) {
            l->setWordWrap(true);
            panelLayout->addWidget(l);
        }
        groups->addWidget(panel.frame, 1);
        m_groups.append(panel);
    }
    layout->addLayout(groups);
    m_pages->addWidget(board);

    // The notice takes over the whole screen.
    auto* notice = new QWidget(m_pages);
    notice->setObjectName(QStringLiteral("noticePage"));
    notice->setAttribute(Qt::WA_StyledBackground);
    auto* noticeLayout = new QVBoxLayout(notice);
    m_noticeTitle = label(QStringLiteral("noticeTitle"), notice);
    m_noticeOther = label(QStringLiteral("noticeTitleOther"), notice);
    m_noticeText = label(QStringLiteral("noticeText"), notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setAlignment(Qt::AlignCenter);
    m_noticeStale = label(QStringLiteral("noticeStale"), notice);
    m_noticeStale->setWordWrap(true);
    m_noticeStale->hide();
    noticeLayout->addWidget(m_noticeTitle);
    noticeLayout->addWidget(m_noticeOther);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeStale);
    m_pages->addWidget(notice);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")));
        refreshHighlights();
    });
    m_tick->start();
    m_rotate = new QTimer(this);
    m_rotate->setInterval(kRotateMs);
    connect(m_rotate, &QTimer::timeout, this, &SignageWindow::rotateLanguage);
    m_rotate->start();
    m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm")));

    // Nothing here takes focus; every key, click, touch and wheel in the window is dropped (eventFilter).
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        child->setFocusPolicy(Qt::NoFocus);
        child->installEventFilter(this);
    }
    retranslate();
    showState(m_state);
}

QLabel* SignageWindow::label(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString SignageWindow::text(const QString& language, const char* source) const {
    return m_languages.text(language, kContext, source);
}

void SignageWindow::rotateLanguage() {
    if (m_rotation.isEmpty())
        return;
    m_rotating = m_rotation.at((m_rotation.indexOf(m_rotating) + 1) % m_rotation.size());
    retranslate();
}

void SignageWindow::retranslate() {
    const char* const title = QT_TRANSLATE_NOOP("ResidentSignage", "Lobby display");
    setWindowTitle(QStringLiteral("Madoguchi — %1 / %2").arg(text(kJapanese, title), text(kEnglish, title)));
    const char* const calling = QT_TRANSLATE_NOOP("ResidentSignage", "Now calling");
    m_titleJa->setText(text(kJapanese, calling));
    m_titleEn->setText(text(kEnglish, calling));
    const counter::ResidentLanguage other = m_languages.language(m_rotating);
    QFont otherFont = m_titleOther->font();
    if (!other.uiFont.isEmpty())
        otherFont.setFamily(other.uiFont);
    m_titleOther->setFont(otherFont);
    m_titleOther->setText(m_rotating.isEmpty() ? QString() : text(m_rotating, calling));
    m_titleOther->setVisible(!m_rotating.isEmpty());
    const char* const before = QT_TRANSLATE_NOOP("ResidentSignage", "Called before");
    m_recentJa->setText(text(kJapanese, before));
    m_recentEn->setText(text(kEnglish, before));
    const char* const waiting = QT_TRANSLATE_NOOP("ResidentSignage", "Waiting now");
    m_waitingTitle->setText(QStringLiteral("%1　/　%2").arg(text(kJapanese, waiting), text(kEnglish, waiting)));
    const char* const nobody = QT_TRANSLATE_NOOP("ResidentSignage", "No number is being called right now.");
    m_nobody->setText(QStringLiteral("%1\n%2").arg(text(kJapanese, nobody), text(kEnglish, nobody)));
    const char* const stale =
        QT_TRANSLATE_NOOP("ResidentSignage", "This display may not be up to date. Please ask at a counter.");
    const QString staleText = QStringLiteral("%1\n%2").arg(text(kJapanese, stale), text(kEnglish, stale));
    m_stale->setText(staleText);
    m_noticeStale->setText(staleText);
    const char* const notice = QT_TRANSLATE_NOOP("ResidentSignage", "Notice");
    m_noticeTitle->setText(QStringLiteral("%1　/　%2").arg(text(kJapanese, notice), text(kEnglish, notice)));
    m_noticeOther->setFont(otherFont);
    m_noticeOther->setText(m_rotating.isEmpty() ? QString() : text(m_rotating, notice));
    showState(m_state);
}

QString SignageWindow::announcement(const QString& language, const queue::LobbyCall& call) const {
    return text(language, QT_TRANSLATE_NOOP("ResidentSignage", "Number %1, please come to counter %2."))
        .arg(spokenNumber(call.number), call.counter);
}

void SignageWindow::showState(const queue::LobbyState& state) {
    m_state = state;
    const char* const counter = QT_TRANSLATE_NOOP("ResidentSignage", "Counter %1");
    for (int i = 0; i < m_cards.size(); ++i) {
        CallCard& card = m_cards[i];
        if (i >= state.calling.size()) {
            card.frame->hide();
            card.number->clear();
            continue;
        }
        const queue::LobbyCall& call = state.calling.at(i);
        card.number->setText(call.number);
        card.number->setAccessibleName(call.number);
        card.counterJa->setText(text(kJapanese, counter).arg(call.counter));
        card.counterEn->setText(text(kEnglish, counter).arg(call.counter));
        card.frame->show();
    }
    m_nobody->setVisible(state.calling.isEmpty());
    for (int i = 0; i < m_recent.size(); ++i) {
        if (i < state.recent.size()) {
            const queue::LobbyCall& call = state.recent.at(i);
            m_recent[i]->setText(QStringLiteral("%1  →  %2").arg(call.number, call.counter));
        } else {
            m_recent[i]->clear();
        }
    }
    const char* const count = QT_TRANSLATE_NOOP("ResidentSignage", "%1 waiting");
    const char* const about = QT_TRANSLATE_NOOP("ResidentSignage", "About %1 min");
    const char* const none = QT_TRANSLATE_NOOP("ResidentSignage", "No wait");
    for (GroupPanel& panel : m_groups) {
        queue::GroupWaiting waiting;
        waiting.groupId = panel.groupId;
        for (const queue::GroupWaiting& w : state.waiting) {
            if (w.groupId == panel.groupId)
                waiting = w;
        }
        const auto line = [&](const QString& language) {
            const QString n = text(language, count).arg(waiting.waiting);
            const QString wait =
                waiting.waiting > 0 ? text(language, about).arg(waiting.estimatedMinutes) : text(language, none);
            return QStringLiteral("%1 ・ %2").arg(n, wait);
        };
        panel.waitingJa->setText(line(kJapanese));
        panel.waitingEn->setText(line(kEnglish));
    }
    m_noticeText->setText(state.notice);
    m_pages->setCurrentIndex(state.notice.isEmpty() ? 0 : 1);
    // Once the watch has tried the centre and it did not answer: what is on screen is the last state read, if any.
    const bool stale = !state.reachable && (state.readAt.isValid() || !state.problem.isEmpty());
    m_stale->setVisible(stale);
    m_noticeStale->setVisible(stale);
    refreshHighlights();
    Q_EMIT stateShown(state);
}

void SignageWindow::highlight(const queue::LobbyCall& call) {
    m_freshUntil.insert(call.number, QDateTime::currentMSecsSinceEpoch() + kHighlightMs);
    refreshHighlights();
}

void SignageWindow::refreshHighlights() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_freshUntil.begin(); it != m_freshUntil.end();)
        it = it.value() < now ? m_freshUntil.erase(it) : std::next(it);
    for (CallCard& card : m_cards) {
        const bool fresh = card.frame->isVisibleTo(this) && m_freshUntil.contains(card.number->text());
        if (card.frame->property("fresh").toBool() == fresh)
            continue;
        card.frame->setProperty("fresh", fresh);
        // The style sheet's [fresh="true"] rule applies only after the widgets are polished again.
        QList<QWidget*> restyled = card.frame->findChildren<QWidget*>();
        restyled.append(card.frame);
        for (QWidget* w : restyled) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
}

QStringList SignageWindow::callingNumbers() const {
    QStringList numbers;
    for (const CallCard& card : m_cards) {
        if (card.frame->isVisibleTo(this) && m_pages->currentIndex() == 0)
            numbers.append(card.number->text());
    }
    return numbers;
}

QStringList SignageWindow::callingCounters() const {
    QStringList counters;
    for (int i = 0; i < m_cards.size() && i < m_state.calling.size(); ++i)
        counters.append(m_state.calling.at(i).counter);
    return counters;
}

QStringList SignageWindow::recentNumbers() const {
    QStringList numbers;
    for (QLabel* l : m_recent) {
        if (!l->text().isEmpty())
            numbers.append(l->text().section(QLatin1Char(' '), 0, 0));
    }
    return numbers;
}

bool SignageWindow::noticeShown() const {
    return m_pages->currentIndex() == 1;
}

QString SignageWindow::noticeText() const {
    return m_noticeText->text();
}

bool SignageWindow::staleShown() const {
    return m_stale->isVisibleTo(this) || m_noticeStale->isVisibleTo(this);
}

QString SignageWindow::waitingText(const QString& groupId) const {
    for (const GroupPanel& panel : m_groups) {
        if (panel.groupId == groupId)
            return panel.waitingJa->text() + QLatin1Char('\n') + panel.waitingEn->text();
    }
    return {};
}

void SignageWindow::applySizes() {
    // Everything scales with the screen's height: designed for 1080 lines, still right at 720.
    const double unit = std::max(0.3, height() / 1080.0);
    if (unit == m_unit)
        return;
    m_unit = unit;
    const auto size = [unit](QLabel* l, double px, bool bold = false) {
        QFont f = l->font();
        f.setPixelSize(std::max(10, int(px * unit)));
        f.setBold(bold);
        l->setFont(f);
    };
    size(m_titleJa, 50, true);
    size(m_titleEn, 28);
    size(m_titleOther, 24);
    size(m_clock, 50, true);
    size(m_stale, 30, true);
    size(m_nobody, 44);
    for (CallCard& card : m_cards) {
        size(card.number, 120, true);
        size(card.counterJa, 44, true);
        size(card.counterEn, 30);
    }
    size(m_recentJa, 40, true);
    size(m_recentEn, 28);
    for (QLabel* l : m_recent)
        size(l, 50, true);
    size(m_waitingTitle, 28, true);
    for (GroupPanel& panel : m_groups) {
        size(panel.nameJa, 30, true);
        size(panel.nameEn, 22);
        size(panel.waitingJa, 28, true);
        size(panel.waitingEn, 22);
    }
    size(m_noticeTitle, 56, true);
    size(m_noticeOther, 34);
    size(m_noticeText, 72, true);
    size(m_noticeStale, 30, true);
    const int margin = int(20 * unit);
    for (QWidget* page : {m_pages->widget(0), m_pages->widget(1)})
        page->layout()->setSpacing(int(8 * unit));
    for (QWidget* page : {m_pages->widget(0), m_pages->widget(1)})
        page->layout()->setContentsMargins(margin, margin, margin, margin);
}

void SignageWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    applySizes();
}

void SignageWindow::closeEvent(QCloseEvent* event) {
    // A lobby display is never closed from the screen (Alt+F4, a close button): the session's stop ends the process.
    qCInfo(lcUi) << "signage: close request ignored";
    event->ignore();
}

namespace {
bool isInput(const QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::ContextMenu:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

bool SignageWindow::event(QEvent* event) {
    if (isInput(event)) {
        event->accept(); // taken, and nothing done with it
        return true;
    }
    return QWidget::event(event);
}

bool SignageWindow::eventFilter(QObject* watched, QEvent* event) {
    if (isInput(event)) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace madoguchi::ui
