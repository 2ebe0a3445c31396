// The resident's PIN pad (暗証番号): large touch keys, dots instead of digits, the buffer wiped after every use.
#include "PinPad.h"

#include "CardSecret.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

void wipe(QByteArray& secret) {
    card::secureWipe(secret);
}

QPushButton* bigKey(const QString& text, QWidget* parent) {
    auto* key = new QPushButton(text, parent);
    // 12 mm or more per key on a 10" tablet; the font makes digits readable at arm's length.
    key->setMinimumSize(96, 80);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    QFont font = key->font();
    font.setPointSize(24);
    key->setFont(font);
    key->setFocusPolicy(Qt::NoFocus); // touch only: nothing to tab to, nothing a clerk's keyboard reaches
    return key;
}

} // namespace

PinPad::PinPad(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_dots = new QLabel(this);
    m_dots->setAlignment(Qt::AlignCenter);
    QFont dotsFont = m_dots->font();
    dotsFont.setPointSize(32);
    m_dots->setFont(dotsFont);
    m_dots->setMinimumHeight(64);
    layout->addWidget(m_dots);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int digit = 0; digit <= 9; ++digit) {
        m_keys[digit] = bigKey(QString::number(digit), this);
        m_keys[digit]->setObjectName(QStringLiteral("pinKey%1").arg(digit));
        connect(m_keys[digit], &QPushButton::clicked, this, [this, digit] { press(char('0' + digit)); });
        if (digit > 0)
            grid->addWidget(m_keys[digit], (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = bigKey(QStringLiteral("C"), this);
    m_back = bigKey(QStringLiteral("←"), this);
    m_ok = bigKey(QStringLiteral("OK"), this);
    m_ok->setObjectName(QStringLiteral("pinOk"));
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(m_keys[0], 3, 1);
    grid->addWidget(m_back, 3, 2);
    grid->addWidget(m_ok, 4, 0, 1, 3);
    layout->addLayout(grid);
    connect(m_clear, &QPushButton::clicked, this, &PinPad::clear);
    connect(m_back, &QPushButton::clicked, this, &PinPad::backspace);
    connect(m_ok, &QPushButton::clicked, this, &PinPad::submit);
    showDots();
}

PinPad::~PinPad() {
    wipe(m_digits);
}

void PinPad::setTexts(const QString& clearText, const QString& backText, const QString& okText,
                      const QString& accessible) {
    m_clear->setText(clearText);
    m_back->setText(backText);
    m_ok->setText(okText);
    m_clear->setAccessibleName(clearText);
    m_back->setAccessibleName(backText);
    m_ok->setAccessibleName(okText);
    setAccessibleName(accessible);
}

void PinPad::clear() {
    wipe(m_digits);
    showDots();
}

void PinPad::press(char digit) {
    if (m_digits.size() >= m_length)
        return;
    m_digits.append(digit);
    showDots();
}

void PinPad::backspace() {
    if (m_digits.isEmpty())
        return;
    m_digits[m_digits.size() - 1] = 0;
    m_digits.chop(1);
    showDots();
}

void PinPad::submit() {
    if (m_digits.size() != m_length)
        return;
    QByteArray pin = m_digits; // deep copy below, then our buffer is wiped
    pin.detach();
    wipe(m_digits);
    showDots();
    Q_EMIT entered(std::move(pin));
}

void PinPad::showDots() {
    QString dots;
    for (int i = 0; i < m_length; ++i)
        dots += i < m_digits.size() ? QStringLiteral("●") : QStringLiteral("○");
    m_dots->setText(dots);
    m_ok->setEnabled(m_digits.size() == m_length);
}

} // namespace madoguchi::ui
