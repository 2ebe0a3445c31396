// Shared bits of the clerk's pages.
#include "ClerkPage.h"

#include "JapaneseDate.h"

#include <QCoreApplication>
#include <QLabel>

namespace madoguchi::ui {

QLabel* pageTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSize(font.pointSize() + 4);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* valueLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString sourceName(visit::FieldSource source) {
    switch (source) {
    case visit::FieldSource::Card:
        return QCoreApplication::translate("ClerkPage", "card");
    case visit::FieldSource::Registry:
        return QCoreApplication::translate("ClerkPage", "registry");
    case visit::FieldSource::Answer:
        return QCoreApplication::translate("ClerkPage", "answer");
    case visit::FieldSource::Visit:
        return QCoreApplication::translate("ClerkPage", "today");
    case visit::FieldSource::Typed:
        return QCoreApplication::translate("ClerkPage", "typed");
    case visit::FieldSource::Missing:
        return QCoreApplication::translate("ClerkPage", "to fill in");
    }
    return {};
}

QString screenDate(const QDate& date) {
    return date.isValid() ? print::JapaneseDate::formatForScreen(date) : QString();
}

QString displayValue(const visit::FormField& field, const QString& language) {
    if (field.spec.kind == visit::FieldKind::Date || field.spec.kind == visit::FieldKind::BirthDate) {
        const QDate date = QDate::fromString(field.value, Qt::ISODate);
        if (date.isValid())
            return screenDate(date);
    }
    if (field.spec.kind == visit::FieldKind::YesNo)
        return field.value == QLatin1String("yes")  ? QCoreApplication::translate("ClerkPage", "Yes")
               : field.value == QLatin1String("no") ? QCoreApplication::translate("ClerkPage", "No")
                                                    : field.value;
    const int option = int(field.spec.options.indexOf(field.value));
    if (option >= 0 && option < field.spec.optionLabels.size())
        return field.spec.optionLabels.at(option).in(language);
    return field.value;
}

} // namespace madoguchi::ui
