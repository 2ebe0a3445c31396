// The look of every resident-facing screen: normal or high contrast, normal or large text; colours as data.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QWidget;

namespace madoguchi::ui {

// One theme's colours. Every pair a resident reads (text on background, button text on button, checked button,
// warning) is listed in pairs(), which tests hold to WCAG's 4.5:1.
struct ResidentColours {
    QColor text, background;
    QColor buttonText, button, buttonBorder;
    QColor checkedText, checked;
    QColor warning;

    struct Pair {
        QString what;
        QColor foreground, background;
    };
    QList<Pair> pairs() const;
};

struct ResidentLook {
    bool highContrast = false;
    bool largeText = false;
    QString family; // the language's preferred font family (ResidentLanguage::uiFont); empty: the default
    friend bool operator==(const ResidentLook&, const ResidentLook&) = default;
};

// Applies a look to a resident-facing window (resident screen, kiosk, signage): a style sheet built from the
// theme's colours, and every font scaled from the base size recorded with setBaseFont(). Large text is
// kLargeScale times the base size.
class ResidentTheme {
public:
    static constexpr double kLargeScale = 1.4;
    static ResidentColours colours(bool highContrast);
    static QString styleSheet(bool highContrast);
    static void apply(QWidget* root, const ResidentLook& look);
    // Records the widget's base font size (points) and sets it; apply() scales from it.
    static void setBaseFont(QWidget* widget, int pointSize, bool bold = false);
    // A size that large text leaves alone (the bar, the language names); apply() still sets the family.
    static void setFixedFont(QWidget* widget, int pointSize);
    // WCAG 2 contrast ratio of two opaque colours (1 … 21).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace madoguchi::ui
