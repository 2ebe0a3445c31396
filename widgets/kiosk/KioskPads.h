// Touch pads of the lobby kiosk: a kana pad for フリガナ (Debian's Qt Virtual Keyboard has no Japanese) and a number
// pad for dates, postal codes and phone numbers. They type into the field that has the focus, one key at a time.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

class KioskPad : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The field the keys type into (none: the keys do nothing).
    void setTarget(QLineEdit* target) { m_target = target; }
    QLineEdit* target() const { return m_target; }
    // The key that types `text` (tests press it like a finger would).
    QPushButton* key(const QString& text) const;
    void setTexts(const QString& deleteText, const QString& clearText);

protected:
    QPushButton* addKey(const QString& text, const QString& accessible = {});
    void type(const QString& text);
    void backspace();
    void clearTarget();
    QPushButton* m_delete = nullptr;
    QPushButton* m_clear = nullptr;

private:
    QLineEdit* m_target = nullptr;
};

// ア…ン in the 50-sound order, then ゛ ゜ and 小 that change the last kana typed (カ→ガ, ハ→パ, ツ→ッ), and ー.
class KanaPad final : public KioskPad {
    Q_OBJECT
public:
    explicit KanaPad(QWidget* parent = nullptr);
    // The keys a finger presses for `kana` (full-width katakana), e.g. ガ → カ then ゛.
    static QStringList keysFor(const QString& kana);

private:
    void modify(const QString& mark);
};

// 0–9, "-" and "/" (dates as 2026/11/20, postal codes as 180-0006).
class NumberPad final : public KioskPad {
    Q_OBJECT
public:
    explicit NumberPad(QWidget* parent = nullptr);
};

} // namespace madoguchi::ui
