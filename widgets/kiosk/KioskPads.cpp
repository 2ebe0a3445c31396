// The lobby kiosk's kana and number pads.
#include "KioskPads.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace madoguchi::ui {
namespace {

// The 50-sound table by columns (ア行 … ワ行), five rows each; empty cells are gaps.
const char16_t* const kColumns[] = {u"アイウエオ", u"カキクケコ", u"サシスセソ", u"タチツテト", u"ナニヌネノ",
                                    u"ハヒフヘホ", u"マミムメモ", u"ヤ　ユ　ヨ", u"ラリルレロ", u"ワ　ヲ　ン"};

// Voiced (゛), semi-voiced (゜) and small (小) forms of a kana; empty when it has none.
QChar voiced(QChar c) {
    const QString plain = QStringLiteral("カキクケコサシスセソタチツテトハヒフヘホウ");
    const QString marked = QStringLiteral("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ");
    const int i = plain.indexOf(c);
    return i < 0 ? QChar() : marked.at(i);
}
QChar semiVoiced(QChar c) {
    const QString plain = QStringLiteral("ハヒフヘホ");
    const QString marked = QStringLiteral("パピプペポ");
    const int i = plain.indexOf(c);
    return i < 0 ? QChar() : marked.at(i);
}
QChar small(QChar c) {
    const QString plain = QStringLiteral("アイウエオツヤユヨワ");
    const QString marked = QStringLiteral("ァィゥェォッャュョヮ");
    const int i = plain.indexOf(c);
    return i < 0 ? QChar() : marked.at(i);
}
QChar base(QChar c, QString* mark) {
    const QString plainV = QStringLiteral("カキクケコサシスセソタチツテトハヒフヘホウ");
    const QString markedV = QStringLiteral("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ");
    const QString plainP = QStringLiteral("ハヒフヘホ");
    const QString markedP = QStringLiteral("パピプペポ");
    const QString plainS = QStringLiteral("アイウエオツヤユヨワ");
    const QString markedS = QStringLiteral("ァィゥェォッャュョヮ");
    if (int i = markedV.indexOf(c); i >= 0) {
        *mark = QStringLiteral("゛");
        return plainV.at(i);
    }
    if (int i = markedP.indexOf(c); i >= 0) {
        *mark = QStringLiteral("゜");
        return plainP.at(i);
    }
    if (int i = markedS.indexOf(c); i >= 0) {
        *mark = QStringLiteral("小");
        return plainS.at(i);
    }
    mark->clear();
    return c;
}

} // namespace

QPushButton* KioskPad::addKey(const QString& text, const QString& accessible) {
    auto* key = new QPushButton(text, this);
    key->setObjectName(QStringLiteral("padKey_") + text);
    key->setAccessibleName(accessible.isEmpty() ? text : accessible);
    key->setMinimumSize(52, 52);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    key->setFocusPolicy(Qt::NoFocus); // the field keeps the focus; the pad only types into it
    QFont font = key->font();
    font.setPointSize(18);
    key->setFont(font);
    return key;
}

QPushButton* KioskPad::key(const QString& text) const {
    return findChild<QPushButton*>(QStringLiteral("padKey_") + text);
}

void KioskPad::setTexts(const QString& deleteText, const QString& clearText) {
    m_delete->setText(deleteText);
    m_delete->setAccessibleName(deleteText);
    m_clear->setText(clearText);
    m_clear->setAccessibleName(clearText);
}

void KioskPad::type(const QString& text) {
    if (m_target)
        m_target->insert(text);
}

void KioskPad::backspace() {
    if (m_target)
        m_target->backspace();
}

void KioskPad::clearTarget() {
    if (m_target)
        m_target->setText(QString()); // setText, not clear(): clear() keeps the old text in the undo history
}

KanaPad::KanaPad(QWidget* parent)
    : KioskPad(parent) {
    auto* grid = new QGridLayout(this);
    grid->setSpacing(4);
    const int columns = int(std::size(kColumns));
    for (int col = 0; col < columns; ++col) {
        const QString kana = QString::fromUtf16(kColumns[col]);
        for (int row = 0; row < kana.size(); ++row) {
            if (kana.at(row) == QChar(0x3000))
                continue;
            QPushButton* k = addKey(kana.at(row));
            const QString typed = kana.at(row);
            connect(k, &QPushButton::clicked, this, [this, typed] { type(typed); });
            // Right to left as on a Japanese kana table: ア行 on the right.
            grid->addWidget(k, row, columns - 1 - col);
        }
    }
    const QStringList marks = {QStringLiteral("゛"), QStringLiteral("゜"), QStringLiteral("小")};
    for (int i = 0; i < marks.size(); ++i) {
        QPushButton* k = addKey(marks.at(i));
        const QString mark = marks.at(i);
        connect(k, &QPushButton::clicked, this, [this, mark] { modify(mark); });
        grid->addWidget(k, 5, i);
    }
    QPushButton* bar = addKey(QStringLiteral("ー"));
    connect(bar, &QPushButton::clicked, this, [this] { type(QStringLiteral("ー")); });
    grid->addWidget(bar, 5, 3);
    QPushButton* space = addKey(QStringLiteral("　"), QStringLiteral("␣"));
    space->setObjectName(QStringLiteral("padKey_space"));
    connect(space, &QPushButton::clicked, this, [this] { type(QStringLiteral("　")); });
    grid->addWidget(space, 5, 4, 1, 2);
    m_delete = addKey(QStringLiteral("←"));
    m_delete->setObjectName(QStringLiteral("padKey_delete"));
    connect(m_delete, &QPushButton::clicked, this, &KanaPad::backspace);
    grid->addWidget(m_delete, 5, 6, 1, 2);
    m_clear = addKey(QStringLiteral("C"));
    m_clear->setObjectName(QStringLiteral("padKey_clear"));
    connect(m_clear, &QPushButton::clicked, this, &KanaPad::clearTarget);
    grid->addWidget(m_clear, 5, 8, 1, 2);
}

void KanaPad::modify(const QString& mark) {
    QLineEdit* edit = target();
    if (!edit || edit->cursorPosition() == 0)
        return;
    const QChar last = edit->text().at(edit->cursorPosition() - 1);
    QString had;
    const QChar plain = base(last, &had);
    QChar changed;
    if (had == mark)
        changed = plain; // pressed again: back to the plain kana
    else if (mark == QLatin1String("゛"))
        changed = voiced(plain);
    else if (mark == QLatin1String("゜"))
        changed = semiVoiced(plain);
    else
        changed = small(plain);
    if (changed.isNull())
        return;
    edit->backspace();
    edit->insert(changed);
}

QStringList KanaPad::keysFor(const QString& kana) {
    QStringList keys;
    for (const QChar c : kana) {
        if (c == QChar(0x3000) || c == QLatin1Char(' ')) {
            keys << QStringLiteral("space");
            continue;
        }
        QString mark;
        const QChar plain = base(c, &mark);
        keys << QString(plain);
        if (!mark.isEmpty())
            keys << mark;
    }
    return keys;
}

NumberPad::NumberPad(QWidget* parent)
    : KioskPad(parent) {
    auto* grid = new QGridLayout(this);
    grid->setSpacing(6);
    for (int digit = 1; digit <= 9; ++digit) {
        QPushButton* k = addKey(QString::number(digit));
        connect(k, &QPushButton::clicked, this, [this, digit] { type(QString::number(digit)); });
        grid->addWidget(k, (digit - 1) / 3, (digit - 1) % 3);
    }
    QPushButton* zero = addKey(QStringLiteral("0"));
    connect(zero, &QPushButton::clicked, this, [this] { type(QStringLiteral("0")); });
    grid->addWidget(zero, 3, 1);
    QPushButton* dash = addKey(QStringLiteral("-"));
    connect(dash, &QPushButton::clicked, this, [this] { type(QStringLiteral("-")); });
    grid->addWidget(dash, 3, 0);
    QPushButton* slash = addKey(QStringLiteral("/"));
    connect(slash, &QPushButton::clicked, this, [this] { type(QStringLiteral("/")); });
    grid->addWidget(slash, 3, 2);
    m_delete = addKey(QStringLiteral("←"));
    m_delete->setObjectName(QStringLiteral("padKey_delete"));
    connect(m_delete, &QPushButton::clicked, this, &NumberPad::backspace);
    grid->addWidget(m_delete, 0, 3);
    m_clear = addKey(QStringLiteral("C"));
    m_clear->setObjectName(QStringLiteral("padKey_clear"));
    connect(m_clear, &QPushButton::clicked, this, &NumberPad::clearTarget);
    grid->addWidget(m_clear, 1, 3);
}

} // namespace madoguchi::ui
