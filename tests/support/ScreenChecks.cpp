// Checks any window can be held to: accessible names and roles, touch target sizes, text contrast.
#include "ScreenChecks.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QWidget>

#include <cmath>
#include <functional>

namespace madoguchi::test {

namespace {

bool interactive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* iface) {
    QObject* object = iface->object();
    QString path;
    for (QObject* o = object; o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(QLatin1Char('/') + o->objectName());
    return QStringLiteral("%1 \"%2\" role %3 (%4)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             object ? object->objectName() : QString())
        .arg(int(iface->role()))
        .arg(path);
}

void walk(QAccessibleInterface* iface, const std::function<void(QAccessibleInterface*)>& visit, int depth = 0) {
    if (!iface || !iface->isValid() || depth > 64)
        return;
    visit(iface);
    // Cells and items of views are named by their own text; the view itself must be named.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::List || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), visit, depth + 1);
}

double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool shown(const QWidget* w, const QWidget* window) {
    return w->isVisibleTo(window) && w->isVisible();
}

} // namespace

QStringList unnamedControls(QWidget* window) {
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), [&](QAccessibleInterface* iface) {
        if (iface->state().invisible || !interactive(iface->role()))
            return;
        auto* widget = qobject_cast<QWidget*>(iface->object());
        if (widget && !shown(widget, window))
            return;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(iface);
    });
    return problems;
}

int interactiveControls(QWidget* window) {
    int n = 0;
    walk(QAccessible::queryAccessibleInterface(window), [&](QAccessibleInterface* iface) {
        auto* widget = qobject_cast<QWidget*>(iface->object());
        if (!iface->state().invisible && interactive(iface->role()) && (!widget || shown(widget, window)))
            ++n;
    });
    return n;
}

QStringList smallTargets(QWidget* window, int minimum) {
    QStringList problems;
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (!shown(b, window))
            continue;
        if (b->width() < minimum || b->height() < minimum)
            problems << QStringLiteral("%1 \"%2\" (%3) is %4×%5")
                            .arg(QString::fromLatin1(b->metaObject()->className()), b->objectName(), b->text())
                            .arg(b->width())
                            .arg(b->height());
    }
    return problems;
}

QStringList clippedText(QWidget* window) {
    QStringList problems;
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (!shown(b, window) || b->text().isEmpty())
            continue;
        const int needed = b->fontMetrics().horizontalAdvance(b->text());
        if (needed > b->contentsRect().width() - 8)
            problems << QStringLiteral("%1 \"%2\": \"%3\" needs %4 px, has %5")
                            .arg(QString::fromLatin1(b->metaObject()->className()), b->objectName(), b->text())
                            .arg(needed)
                            .arg(b->contentsRect().width());
    }
    return problems;
}

QStringList lowContrast(QWidget* window, double minimum) {
    QStringList problems;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool text = qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w) ||
                          qobject_cast<QTextEdit*>(w) || qobject_cast<QLineEdit*>(w);
        if (!text || !shown(w, window))
            continue;
        const QPalette& p = w->palette();
        const QColor fg = p.color(QPalette::Active, w->foregroundRole());
        const QColor bg = p.color(QPalette::Active, w->backgroundRole());
        const double ratio = contrast(fg, bg);
        if (ratio < minimum)
            problems << QStringLiteral("%1 \"%2\": %3 on %4 is %5:1")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), fg.name(),
                                 bg.name())
                            .arg(ratio, 0, 'f', 2);
    }
    return problems;
}

} // namespace madoguchi::test
