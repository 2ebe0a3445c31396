// The look of every resident-facing screen: normal or high contrast, normal or large text.
#include "ResidentTheme.h"

#include <QApplication>
#include <QWidget>

#include <cmath>

namespace madoguchi::ui {

namespace {
constexpr const char* kBaseSize = "madoguchiBasePointSize";
constexpr const char* kFixedSize = "madoguchiFixedPointSize";

double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QList<ResidentColours::Pair> ResidentColours::pairs() const {
    return {{QStringLiteral("text"), text, background},
            {QStringLiteral("button"), buttonText, button},
            {QStringLiteral("checked button"), checkedText, checked},
            {QStringLiteral("warning"), warning, background}};
}

ResidentColours ResidentTheme::colours(bool highContrast) {
    if (highContrast) // white and yellow on black
        return {QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0x00), QColor(0x00, 0x00, 0x00),
                QColor(0xff, 0xff, 0x00), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0x00), QColor(0xff, 0xff, 0x00)};
    return {QColor(0x1a, 0x1a, 0x1a), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x4f, 0x9c),
            QColor(0x0b, 0x4f, 0x9c), QColor(0x0b, 0x4f, 0x9c), QColor(0xff, 0xff, 0xff), QColor(0xa4, 0x00, 0x00)};
}

QString ResidentTheme::styleSheet(bool highContrast) {
    const ResidentColours c = colours(highContrast);
    const QString border = highContrast ? QStringLiteral("3px") : QStringLiteral("2px");
    return QStringLiteral("QWidget { background-color: %1; color: %2; }\n"
                          "QPushButton { background-color: %3; color: %4; border: %5 solid %6; border-radius: 8px;"
                          " padding: 6px 12px; }\n"
                          "QPushButton:checked { background-color: %7; color: %8; border: 4px solid %6; }\n"
                          "QLabel#residentWarning { color: %9; font-weight: bold; }\n")
        .arg(c.background.name(), c.text.name(), c.button.name(), c.buttonText.name(), border, c.buttonBorder.name(),
             c.checked.name(), c.checkedText.name(), c.warning.name());
}

void ResidentTheme::apply(QWidget* root, const ResidentLook& look) {
    root->setStyleSheet(styleSheet(look.highContrast));
    const double scale = look.largeText ? kLargeScale : 1.0;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    const QStringList families = look.family.isEmpty() ? QApplication::font().families()
                                                       : QStringList{look.family, QApplication::font().family()};
    for (QWidget* w : widgets) {
        const QVariant base = w->property(kBaseSize);
        const QVariant fixed = w->property(kFixedSize);
        if (!base.isValid() && !fixed.isValid())
            continue;
        QFont font = w->font();
        font.setPointSizeF(base.isValid() ? base.toDouble() * scale : fixed.toDouble());
        font.setFamilies(families);
        w->setFont(font);
    }
}

void ResidentTheme::setBaseFont(QWidget* widget, int pointSize, bool bold) {
    widget->setProperty(kBaseSize, pointSize);
    QFont font = widget->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    widget->setFont(font);
}

void ResidentTheme::setFixedFont(QWidget* widget, int pointSize) {
    widget->setProperty(kFixedSize, pointSize);
    QFont font = widget->font();
    font.setPointSize(pointSize);
    widget->setFont(font);
}

double ResidentTheme::contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace madoguchi::ui
