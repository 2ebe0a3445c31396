// The resident's PIN pad (暗証番号): large touch keys, dots instead of digits, the buffer wiped after every use.
// Touch only, never keyboard focus: no keyboard at the counter (the clerk's) can type into it.
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace madoguchi::ui {

class PinPad final : public QWidget {
    Q_OBJECT
public:
    explicit PinPad(QWidget* parent = nullptr);
    ~PinPad() override;

    // Texts in the resident's language (the pad does not use the clerk's translation).
    void setTexts(const QString& clearText, const QString& backText, const QString& okText, const QString& accessible);
    void setLength(int digits) { m_length = digits; }
    int enteredDigits() const { return int(m_digits.size()); }
    void clear();

    QPushButton* digitButton(int digit) const { return m_keys[digit]; }
    QPushButton* okButton() const { return m_ok; }

Q_SIGNALS:
    // The PIN leaves the pad exactly once; the receiver owns (and must wipe) it.
    void entered(QByteArray pin);

private:
    void press(char digit);
    void backspace();
    void submit();
    void showDots();

    QByteArray m_digits;
    int m_length = 4;
    QLabel* m_dots = nullptr;
    QPushButton* m_keys[10] = {};
    QPushButton* m_clear = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace madoguchi::ui
