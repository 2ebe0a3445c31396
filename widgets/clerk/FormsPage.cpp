// Step 4 for the clerk: the prefilled forms; only missing fields are editable.
#include "FormsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace madoguchi::ui {

FormsPage::FormsPage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Forms — prefilled; type only what is missing"), this));
    m_summary = valueLabel({}, this);
    layout->addWidget(m_summary);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
}

void FormsPage::enter() {
    m_rows.clear();
    m_editors.clear();
    m_personPickers.clear();
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    const auto forms = m_visit.forms();
    QWidget* previous = nullptr;
    // Another person a form is about (the deceased, the spouse): chosen from the household, never the resident.
    const QStringList roles = m_visit.personRoles();
    if (!roles.isEmpty()) {
        auto* box = new QGroupBox(tr("Who the forms are about besides the resident"), m_content);
        auto* grid = new QFormLayout(box);
        for (const QString& role : roles) {
            auto* picker = new QComboBox(box);
            picker->setObjectName(QStringLiteral("person_%1").arg(role));
            picker->addItem(tr("— nobody of the household: type the details —"), QString());
            for (const visit::RegistryPerson& p : m_visit.personChoices(role))
                picker->addItem(tr("%1 (%2, %3)").arg(p.name, screenDate(p.birthDate), p.relationship), p.residentId);
            picker->setCurrentIndex(std::max(0, picker->findData(m_visit.chosenPerson(role))));
            const QString label = role == QLatin1String("deceased") ? tr("The deceased (亡くなった方)")
                                  : role == QLatin1String("spouse") ? tr("The spouse (配偶者)")
                                                                    : role;
            picker->setAccessibleName(label);
            connect(picker, &QComboBox::activated, this, [this, role, picker] {
                if (!m_visit.choosePerson(role, picker->currentData().toString()))
                    return;
                // Which fields are held changes: the page is laid out again, after this signal has returned.
                QMetaObject::invokeMethod(
                    this,
                    [this, role] {
                        enter();
                        if (QComboBox* again = m_personPickers.value(role))
                            again->setFocus(Qt::OtherFocusReason);
                    },
                    Qt::QueuedConnection);
            });
            grid->addRow(label, picker);
            if (previous)
                setTabOrder(previous, picker);
            previous = picker;
            m_personPickers.insert(role, picker);
        }
        m_contentLayout->addWidget(box);
    }
    for (int f = 0; f < forms.size(); ++f) {
        const visit::FormDraft& form = forms.at(f);
        auto* box = new QGroupBox(form.title.in(m_language), m_content);
        auto* grid = new QFormLayout(box);
        grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const visit::FormField& field : form.fields) {
            Row row{f, field.spec.key, nullptr, nullptr, nullptr};
            const QString label = field.spec.label.in(m_language);
            if (field.spec.kind == visit::FieldKind::MyNumber && !field.editable()) {
                row.value = valueLabel({}, box);
                row.value->setObjectName(QStringLiteral("myNumber"));
                grid->addRow(tr("%1 [card]").arg(label), row.value);
            } else if (!field.editable()) {
                row.value = valueLabel(displayValue(field, m_language), box);
                grid->addRow(tr("%1 [%2]").arg(label, sourceName(field.source)), row.value);
            } else {
                auto* cell = new QWidget(box);
                auto* cellLayout = new QVBoxLayout(cell);
                cellLayout->setContentsMargins(0, 0, 0, 0);
                QWidget* input = nullptr;
                if (field.spec.kind == visit::FieldKind::Choice || field.spec.kind == visit::FieldKind::YesNo) {
                    row.combo = new QComboBox(cell);
                    row.combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
                    row.combo->setMinimumHeight(row.combo->sizeHint().height());
                    row.combo->addItem(tr("— choose —"), QString());
                    if (field.spec.kind == visit::FieldKind::YesNo) {
                        row.combo->addItem(tr("Yes"), QStringLiteral("yes"));
                        row.combo->addItem(tr("No"), QStringLiteral("no"));
                    }
                    for (int o = 0; o < field.spec.options.size(); ++o)
                        row.combo->addItem(o < field.spec.optionLabels.size()
                                               ? field.spec.optionLabels.at(o).in(m_language)
                                               : field.spec.options.at(o),
                                           field.spec.options.at(o));
                    row.combo->setCurrentIndex(std::max(0, row.combo->findData(field.value)));
                    connect(row.combo, &QComboBox::activated, this, [this, f, key = field.spec.key, combo = row.combo] {
                        m_visit.setField(f, key, combo->currentData().toString());
                    });
                    input = row.combo;
                } else {
                    row.edit = new QLineEdit(field.value, cell);
                    row.edit->setProperty("madoguchiPrefill", field.spec.prefill);
                    if (field.spec.kind == visit::FieldKind::MyNumber)
                        row.edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
                    connect(row.edit, &QLineEdit::textEdited, this,
                            [this, f, key = field.spec.key](const QString& text) { m_visit.setField(f, key, text); });
                    input = row.edit;
                }
                input->setObjectName(QStringLiteral("field_%1_%2").arg(f).arg(field.spec.key));
                input->setAccessibleName(label);
                row.error = valueLabel(field.error, cell);
                row.error->setVisible(!field.error.isEmpty());
                row.error->setStyleSheet(QStringLiteral("color: #a40000;"));
                cellLayout->addWidget(input);
                if (field.spec.kind == visit::FieldKind::Date || field.spec.kind == visit::FieldKind::BirthDate) {
                    row.date = valueLabel({}, cell);
                    row.date->setObjectName(QStringLiteral("date_%1_%2").arg(f).arg(field.spec.key));
                    cellLayout->addWidget(row.date);
                }
                cellLayout->addWidget(row.error);
                grid->addRow(field.spec.required ? tr("%1 *").arg(label) : label, cell);
                if (previous)
                    setTabOrder(previous, input);
                previous = input;
                m_editors << input;
            }
            m_rows << row;
        }
        m_contentLayout->addWidget(box);
    }
    m_contentLayout->addStretch();
    m_scroll->setWidget(m_content); // deletes the previous visit's widgets
    refresh();
}

QWidget* FormsPage::firstInput() const {
    if (!m_personPickers.isEmpty()) // who the forms are about comes first: it decides what is left to type
        return m_personPickers.value(m_visit.personRoles().value(0));
    return m_editors.isEmpty() ? nullptr : m_editors.first();
}

void FormsPage::refresh() {
    const auto forms = m_visit.forms();
    int missing = 0;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.form >= forms.size())
            continue;
        const visit::FormDraft& form = forms.at(row.form);
        const int index = form.indexOf(row.key);
        if (index < 0)
            continue;
        const visit::FormField& field = form.fields.at(index);
        if (row.edit || row.combo) {
            // Another form's field typed with the same fact fills this one too (once-only).
            if (row.edit && !row.edit->hasFocus() && row.edit->text() != field.value)
                row.edit->setText(field.value);
            if (row.combo && !row.combo->hasFocus())
                row.combo->setCurrentIndex(std::max(0, row.combo->findData(field.value)));
            row.error->setText(field.error);
            row.error->setVisible(!field.error.isEmpty());
            if (row.date) {
                const QString shown =
                    field.error.isEmpty() ? screenDate(QDate::fromString(field.value, Qt::ISODate)) : QString();
                row.date->setText(shown);
                row.date->setVisible(!shown.isEmpty());
            }
        } else if (row.value && field.spec.kind == visit::FieldKind::MyNumber) {
            row.value->setText(
                m_visit.myNumberRevealed()
                    ? m_visit.myNumberForDisplay()
                    : tr("%1  (reveal: Ctrl+Shift+R, recorded in the audit trail)").arg(m_visit.myNumberForDisplay()));
        }
        if (!field.complete())
            ++missing;
    }
    m_summary->setText(missing == 0 ? tr("All forms are complete. Continue with F10.")
                                    : tr("%n field(s) still to fill in or correct.", nullptr, missing));
}

QLineEdit* FormsPage::editor(int form, const QString& key) const {
    for (const Row& row : m_rows)
        if (row.form == form && row.key == key)
            return row.edit;
    return nullptr;
}

QComboBox* FormsPage::picker(int form, const QString& key) const {
    for (const Row& row : m_rows)
        if (row.form == form && row.key == key)
            return row.combo;
    return nullptr;
}

QString FormsPage::errorText(int form, const QString& key) const {
    for (const Row& row : m_rows)
        if (row.form == form && row.key == key && row.error)
            return row.error->text();
    return {};
}

QString FormsPage::myNumberText() const {
    for (const Row& row : m_rows)
        if (row.value && row.value->objectName() == QLatin1String("myNumber"))
            return row.value->text();
    return {};
}

} // namespace madoguchi::ui
