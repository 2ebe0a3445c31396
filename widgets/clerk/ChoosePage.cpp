// Step 3 for the clerk: life event or certificates, wizard questions, follow-ups.
#include "ChoosePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {
void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}
} // namespace

ChoosePage::ChoosePage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent)
    : ClerkPage(visit, clerkLanguage, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("What did the resident come for?"), this));
    auto* lists = new QHBoxLayout;
    auto* eventsBox = new QGroupBox(tr("&Life event"), this);
    auto* eventsLayout = new QVBoxLayout(eventsBox);
    m_events = new QListWidget(eventsBox);
    m_events->setObjectName(QStringLiteral("lifeEvents"));
    m_events->setAccessibleName(tr("Life events"));
    eventsLayout->addWidget(m_events);
    auto* proceduresBox = new QGroupBox(tr("Or certificates &directly (Space ticks)"), this);
    auto* proceduresLayout = new QVBoxLayout(proceduresBox);
    m_procedures = new QListWidget(proceduresBox);
    m_procedures->setObjectName(QStringLiteral("procedures"));
    m_procedures->setAccessibleName(tr("Certificates"));
    proceduresLayout->addWidget(m_procedures);
    lists->addWidget(eventsBox);
    lists->addWidget(proceduresBox);
    layout->addLayout(lists, 1);

    m_questionsBox = new QGroupBox(tr("&Questions that decide what else is needed"), this);
    m_questions = new QFormLayout(m_questionsBox);
    layout->addWidget(m_questionsBox);
    m_membersBox = new QGroupBox(tr("People concerned (異動する方) — the card holder is filled in"), this);
    auto* membersLayout = new QVBoxLayout(m_membersBox);
    m_memberTable = new QTableWidget(0, 5, m_membersBox);
    m_memberTable->setObjectName(QStringLiteral("members"));
    m_memberTable->setHorizontalHeaderLabels({tr("Name"), tr("Birth date"), tr("Sex"), tr("Relationship"), tr("From")});
    m_memberTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setMaximumHeight(150);
    m_memberTable->setTabKeyNavigation(false); // Tab leaves the table: the task goes on below
    m_memberTable->setAccessibleName(tr("People concerned; Delete removes the selected person"));
    membersLayout->addWidget(m_memberTable);
    auto* addRow = new QHBoxLayout;
    m_memberName = new QLineEdit(m_membersBox);
    m_memberName->setObjectName(QStringLiteral("memberName"));
    m_memberName->setPlaceholderText(tr("Name, e.g. 鈴木　美咲"));
    m_memberBirth = new QLineEdit(m_membersBox);
    m_memberBirth->setObjectName(QStringLiteral("memberBirthDate"));
    m_memberBirth->setPlaceholderText(tr("Birth date"));
    m_memberSex = new QComboBox(m_membersBox);
    m_memberSex->setObjectName(QStringLiteral("memberSex"));
    m_memberSex->addItem(tr("male"), QStringLiteral("1"));
    m_memberSex->addItem(tr("female"), QStringLiteral("2"));
    m_memberSex->addItem(tr("not applicable"), QStringLiteral("9"));
    m_memberRelationship = new QLineEdit(m_membersBox);
    m_memberRelationship->setObjectName(QStringLiteral("memberRelationship"));
    m_memberRelationship->setPlaceholderText(tr("Relationship, e.g. 妻, 長男"));
    m_memberAdd = new QPushButton(tr("&Add (Enter)"), m_membersBox);
    addRow->addWidget(m_memberName, 3);
    addRow->addWidget(m_memberBirth, 2);
    addRow->addWidget(m_memberSex, 1);
    addRow->addWidget(m_memberRelationship, 2);
    addRow->addWidget(m_memberAdd);
    membersLayout->addLayout(addRow);
    layout->addWidget(m_membersBox);
    for (QLineEdit* edit : {m_memberName, m_memberBirth, m_memberRelationship})
        connect(edit, &QLineEdit::returnPressed, this, &ChoosePage::addMember);
    connect(m_memberAdd, &QPushButton::clicked, this, &ChoosePage::addMember);
    auto* remove = new QShortcut(QKeySequence::Delete, m_memberTable);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (m_memberTable->currentRow() >= 0)
            m_visit.removeMember(m_memberTable->currentRow());
    });

    m_followUpsBox = new QGroupBox(tr("Also needed — accept or decline each"), this);
    m_followUps = new QFormLayout(m_followUpsBox);
    layout->addWidget(m_followUpsBox);

    // Chosen by selecting (arrow keys, Space, a click), not by the focus landing on the list.
    connect(m_events, &QListWidget::itemSelectionChanged, this, &ChoosePage::chooseEvent);
    connect(m_procedures, &QListWidget::itemChanged, this, &ChoosePage::chooseProcedures);
}

QWidget* ChoosePage::firstInput() const {
    return m_events;
}

QWidget* ChoosePage::questionEditor(const QString& id) const {
    return m_questionEditors.value(id);
}

QComboBox* ChoosePage::followUpBox(const QString& procedureId) const {
    return m_followUpBoxes.value(procedureId);
}

void ChoosePage::enter() {
    const QSignalBlocker blockEvents(m_events);
    const QSignalBlocker blockProcedures(m_procedures);
    m_events->clear();
    for (const visit::LifeEventSpec& event : m_visit.lifeEvents()) {
        auto* item = new QListWidgetItem(event.name.in(m_language), m_events);
        item->setData(Qt::UserRole, event.id);
        if (event.id == m_visit.lifeEventId()) {
            m_events->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    m_procedures->clear();
    for (const visit::ProcedureSpec& procedure : m_visit.directProcedures()) {
        auto* item = new QListWidgetItem(procedure.name.in(m_language), m_procedures);
        item->setData(Qt::UserRole, procedure.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_visit.chosenProcedures().contains(procedure.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_procedures->setEnabled(m_procedures->count() > 0);
    for (QLineEdit* edit : {m_memberName, m_memberBirth, m_memberRelationship})
        edit->clear();
    m_builtFor = QStringLiteral("-");
    refresh();
}

void ChoosePage::chooseEvent() {
    const auto selected = m_events->selectedItems();
    if (selected.isEmpty())
        return;
    QListWidgetItem* item = selected.first();
    {
        const QSignalBlocker block(m_procedures);
        for (int i = 0; i < m_procedures->count(); ++i)
            m_procedures->item(i)->setCheckState(Qt::Unchecked);
    }
    m_visit.chooseProcedures({}); // this page offers one life event or certificates; the core could hold both
    m_visit.chooseLifeEvent(item->data(Qt::UserRole).toString());
}

void ChoosePage::chooseProcedures() {
    QStringList ids;
    for (int i = 0; i < m_procedures->count(); ++i)
        if (m_procedures->item(i)->checkState() == Qt::Checked)
            ids << m_procedures->item(i)->data(Qt::UserRole).toString();
    {
        const QSignalBlocker block(m_events);
        m_events->setCurrentRow(-1);
        m_events->clearSelection();
    }
    m_visit.clearLifeEvents();
    m_visit.chooseProcedures(ids);
}

void ChoosePage::rebuildQuestions() {
    clearForm(m_questions);
    m_questionEditors.clear();
    QWidget* previous = m_procedures;
    for (const visit::Question& q : m_visit.questions()) {
        const QString current = m_visit.answers().value(q.id);
        QWidget* editor = nullptr;
        switch (q.kind) {
        case visit::Question::Kind::YesNo: {
            auto* box = new QComboBox(m_questionsBox);
            box->addItem(tr("— not asked yet —"), QString());
            box->addItem(tr("Yes"), QStringLiteral("yes"));
            box->addItem(tr("No"), QStringLiteral("no"));
            box->setCurrentIndex(std::max(0, box->findData(current)));
            connect(box, &QComboBox::activated, this, [this, box, id = q.id] {
                if (!box->currentData().toString().isEmpty())
                    m_visit.setAnswer(id, box->currentData().toString());
            });
            editor = box;
            break;
        }
        case visit::Question::Kind::Count: {
            auto* spin = new QSpinBox(m_questionsBox);
            spin->setRange(-1, 20);
            spin->setSpecialValueText(tr("— not asked yet —"));
            spin->setValue(current.isEmpty() ? -1 : current.toInt());
            connect(spin, &QSpinBox::valueChanged, this, [this, id = q.id](int value) {
                if (value >= 0)
                    m_visit.setAnswer(id, QString::number(value));
            });
            editor = spin;
            break;
        }
        case visit::Question::Kind::Date:
        case visit::Question::Kind::Text: {
            auto* edit = new QLineEdit(current, m_questionsBox);
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, edit, id = q.id] { m_visit.setAnswer(id, edit->text()); });
            editor = edit;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("question_%1").arg(q.id));
        editor->setAccessibleName(q.text.in(m_language));
        m_questions->addRow(q.text.in(m_language), editor);
        setTabOrder(previous, editor);
        previous = editor;
        setTabOrder(editor, m_memberName);
        m_questionEditors.insert(q.id, editor);
    }
    m_questionsBox->setVisible(m_questions->rowCount() > 0);
}

void ChoosePage::rebuildFollowUps() {
    clearForm(m_followUps);
    m_followUpBoxes.clear();
    m_builtFollowUps.clear();
    for (const visit::FollowUp& f : m_visit.followUps()) {
        visit::ProcedureSpec spec;
        auto* box = new QComboBox(m_followUpsBox);
        box->setObjectName(QStringLiteral("followUp_%1").arg(f.procedureId));
        box->addItem(tr("— decide —"), 0);
        box->addItem(tr("Accept: add to this visit"), 1);
        box->addItem(tr("Decline"), 2);
        box->setCurrentIndex(int(f.decision));
        connect(box, &QComboBox::activated, this, [this, box, id = f.procedureId] {
            const int choice = box->currentData().toInt();
            if (choice != 0)
                m_visit.decideFollowUp(id, choice == 1);
        });
        box->setAccessibleName(f.reason.in(m_language));
        auto* label = valueLabel(f.reason.in(m_language), m_followUpsBox);
        label->setStyleSheet(QStringLiteral("font-weight: bold;"));
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_followUps->addRow(label); // the reason as a full-width sentence, the choice under it
        m_followUps->addRow(box);
        m_followUpBoxes.insert(f.procedureId, box);
        m_builtFollowUps << f.procedureId;
    }
    m_followUpsBox->setVisible(m_followUps->rowCount() > 0);
}

void ChoosePage::refresh() {
    if (m_builtFor != m_visit.lifeEventId()) {
        m_builtFor = m_visit.lifeEventId();
        rebuildQuestions();
    }
    QStringList proposed;
    for (const visit::FollowUp& f : m_visit.followUps())
        proposed << f.procedureId;
    if (proposed != m_builtFollowUps)
        rebuildFollowUps();
    for (const visit::FollowUp& f : m_visit.followUps())
        if (QComboBox* box = m_followUpBoxes.value(f.procedureId))
            box->setCurrentIndex(int(f.decision));
    m_questionsBox->setVisible(m_questions->rowCount() > 0);
    m_followUpsBox->setVisible(m_followUps->rowCount() > 0);
    showMembers();
}

void ChoosePage::showMembers() {
    m_membersBox->setVisible(m_visit.lifeEventHasMembers());
    const auto members = m_visit.members();
    m_memberTable->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const visit::Member& m = members.at(row);
        const QString sex = m.sex == QLatin1String("1")   ? tr("male")
                            : m.sex == QLatin1String("2") ? tr("female")
                                                          : tr("not applicable");
        const QStringList cells{m.name, m.birthDate.toString(Qt::ISODate), sex, m.relationship, sourceName(m.source)};
        for (int column = 0; column < cells.size(); ++column)
            m_memberTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ChoosePage::addMember() {
    if (m_visit.addMember(m_memberName->text(), m_memberBirth->text(), m_memberSex->currentData().toString(),
                          m_memberRelationship->text())) {
        m_memberName->clear();
        m_memberBirth->clear();
        m_memberSex->setCurrentIndex(0);
        m_memberRelationship->clear();
        m_memberName->setFocus();
    }
}

} // namespace madoguchi::ui
