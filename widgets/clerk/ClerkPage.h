// What every page of the clerk's window has: the visit it shows, a refresh, and the clerk's language for data texts.
#pragma once

#include "visit/VisitWorkflow.h"

#include <QWidget>

class QLabel;

namespace madoguchi::ui {

class ClerkPage : public QWidget {
    Q_OBJECT
public:
    ClerkPage(visit::VisitWorkflow& visit, QString clerkLanguage, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_visit(visit)
        , m_language(std::move(clerkLanguage)) {}

    // Called when the visit changed; a page keeps what the clerk is typing.
    virtual void refresh() = 0;
    // Called when the visit enters this page's step: rebuild from the visit's data.
    virtual void enter() { refresh(); }
    // Builds, once, what the page shows whatever the visit (the catalogue's lists): called after the window first
    // appears, one page per round of the event loop, so that entering the step does not build it.
    virtual void prepare() {}
    // The widget that gets the focus when the page is entered (the task's first input).
    virtual QWidget* firstInput() const { return nullptr; }

protected:
    visit::VisitWorkflow& m_visit;
    QString m_language;
};

// A heading label in the clerk's pages.
QLabel* pageTitle(const QString& text, QWidget* parent);
// A label for the value of a field the clerk does not type: selectable, wrapped.
QLabel* valueLabel(const QString& text, QWidget* parent);
// "card", "registry", "answer", ... as the clerk reads it next to a prefilled value.
QString sourceName(visit::FieldSource source);
// A date as the clerk's screens show it: 和暦 as the forms print it, with the Western year (昭和60年9月12日（1985年）).
QString screenDate(const QDate& date);
// A field's value as the clerk reads it: choices by their label, yes/no in words, dates by screenDate().
QString displayValue(const visit::FormField& field, const QString& language);

} // namespace madoguchi::ui
