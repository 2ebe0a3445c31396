// Step 3 for the clerk: life event or procedures (found by search or category), wizard questions, follow-ups.
#include "ChoosePage.h"

#include "visit/ProcedureSearch.h"

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
    auto* findRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchProcedures"));
    m_search->setPlaceholderText(
        tr("Search: name, reading or keyword (じどう, 児童手当, allowance); Enter takes the first"));
    m_search->setAccessibleName(tr("Search procedures"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    m_category->addItem(tr("Life events"), QStringLiteral("life_event"));
    m_category->addItem(tr("Certificates"), QStringLiteral("certificate"));
    m_category->addItem(tr("Child care"), QStringLiteral("childcare"));
    m_category->addItem(tr("Long-term care"), QStringLiteral("care"));
    m_category->addItem(tr("Disaster"), QStringLiteral("disaster"));
    m_matches = valueLabel({}, this);
    m_matches->setObjectName(QStringLiteral("searchMatches"));
    findRow->addWidget(m_search, 3);
    findRow->addWidget(m_category, 1);
    findRow->addWidget(m_matches);
    layout->addLayout(findRow);
    connect(m_search, &QLineEdit::textChanged, this, &ChoosePage::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &ChoosePage::takeFirstMatch);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ChoosePage::filter);
    auto* lists = new QHBoxLayout;
    auto* eventsBox = new QGroupBox(tr("&Life event"), this);
    auto* eventsLayout = new QVBoxLayout(eventsBox);
    m_events = new QListWidget(eventsBox);
    m_events->setObjectName(QStringLiteral("lifeEvents"));
    m_events->setAccessibleName(tr("Life events"));
    eventsLayout->addWidget(m_events);
    auto* proceduresBox = new QGroupBox(tr("Or procedures &directly (Space ticks)"), this);
    auto* proceduresLayout = new QVBoxLayout(proceduresBox);
    m_procedures = new QListWidget(proceduresBox);
    m_procedures->setObjectName(QStringLiteral("procedures"));
    m_procedures->setAccessibleName(tr("Procedures"));
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
    return m_search;
}

void ChoosePage::filter() {
    const QString query = m_search->text();
    const QString category = m_category->currentData().toString();
    int shown = 0;
    for (int i = 0; i < m_events->count() && i < m_eventSpecs.size(); ++i) {
        const visit::LifeEventSpec& e = m_eventSpecs.at(i);
        const bool match = (category.isEmpty() || category == QLatin1String("life_event")) &&
                           visit::matchesSearch(e.name, e.reading, e.keywords, query);
        m_events->item(i)->setHidden(!match);
        shown += match ? 1 : 0;
    }
    for (int i = 0; i < m_procedures->count() && i < m_procedureSpecs.size(); ++i) {
        const visit::ProcedureSpec& p = m_procedureSpecs.at(i);
        const bool match = (category.isEmpty() || category == p.category) &&
                           visit::matchesSearch(p.name, p.reading, p.keywords, query);
        m_procedures->item(i)->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_matches->setText(query.trimmed().isEmpty() && category.isEmpty() ? QString()
                                                                       : tr("%n match(es)", nullptr, shown));
}

void ChoosePage::takeFirstMatch() {
    for (int i = 0; i < m_events->count(); ++i) {
        if (!m_events->item(i)->isHidden()) {
            m_events->setCurrentRow(i);
            m_events->item(i)->setSelected(true); // chooses the life event
            m_search->clear();
            return;
        }
    }
    for (int i = 0; i < m_procedures->count(); ++i) {
        QListWidgetItem* item = m_procedures->item(i);
        if (!item->isHidden()) {
            m_procedures->setCurrentRow(i);
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            m_search->clear(); // ready for the next procedure of the same visit
            return;
        }
    }
}

bool ChoosePage::eventFilter(QObject* watched, QEvent* event) {
    // Down from the search goes to the first list with a match, on its first match.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        for (QListWidget* list : {m_events, m_procedures}) {
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden()) {
                    list->setFocus(Qt::TabFocusReason);
                    list->setCurrentRow(i, QItemSelectionModel::NoUpdate);
                    return true;
                }
            }
        }
    }
    return ClerkPage::eventFilter(watched, event);
}

QWidget* ChoosePage::questionEditor(const QString& id) const {
    return m_questionEditors.value(id);
}

QComboBox* ChoosePage::followUpBox(const QString& procedureId) const {
    return m_followUpBoxes.value(procedureId);
}

void ChoosePage::prepare() {
    buildLists();
}

void ChoosePage::buildLists() {
    const QSignalBlocker blockEvents(m_events);
    const QSignalBlocker blockProcedures(m_procedures);
    // The lists are the catalogue's: built once (prepare(), after the window first appears) and again only if the
    // visit offers others (a resident moving in has fewer life events); each visit then only sets what is chosen, so
    // entering the step does not make 50 list items and lay them out again.
    const auto events = m_visit.lifeEvents();
    const auto procedures = m_visit.directProcedures();
    QStringList eventIds;
    for (const visit::LifeEventSpec& event : events)
        eventIds << event.id;
    QStringList procedureIds;
    for (const visit::ProcedureSpec& procedure : procedures)
        procedureIds << procedure.id;
    if (eventIds != m_listedEvents) {
        m_listedEvents = eventIds;
        m_eventSpecs = events;
        m_events->clear();
        for (const visit::LifeEventSpec& event : std::as_const(m_eventSpecs)) {
            auto* item = new QListWidgetItem(event.name.in(m_language), m_events);
            item->setData(Qt::UserRole, event.id);
        }
    }
    if (procedureIds != m_listedProcedures) {
        m_listedProcedures = procedureIds;
        m_procedureSpecs = procedures;
        m_procedures->clear();
        for (const visit::ProcedureSpec& procedure : std::as_const(m_procedureSpecs)) {
            auto* item = new QListWidgetItem(procedure.name.in(m_language), m_procedures);
            item->setData(Qt::UserRole, procedure.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void ChoosePage::enter() {
    buildLists();
    const QSignalBlocker blockEvents(m_events);
    const QSignalBlocker blockProcedures(m_procedures);
    // As fresh lists: nothing current or selected (the focus arriving by Tab then makes the first match current).
    m_events->reset();
    m_procedures->reset();
    for (int i = 0; i < m_events->count(); ++i) {
        QListWidgetItem* item = m_events->item(i);
        if (item->data(Qt::UserRole).toString() == m_visit.lifeEventId()) {
            m_events->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    const QStringList chosen = m_visit.chosenProcedures();
    for (int i = 0; i < m_procedures->count(); ++i) {
        QListWidgetItem* item = m_procedures->item(i);
        const Qt::CheckState state = chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_procedures->setEnabled(m_procedures->count() > 0);
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockCategory(m_category);
        m_search->clear();
        m_category->setCurrentIndex(0);
    }
    filter();
    for (QLineEdit* edit : {m_memberName, m_memberBirth, m_memberRelationship})
        edit->clear();
    m_builtFor = QStringLiteral("-");
    refresh();
}

void ChoosePage::chooseEvent() {
    // A life event and stand-alone procedures are held together (転入 + 住民票の写し): choosing one never clears the
    // other. The list offers one life event; Ctrl+Space or Ctrl+click on it takes it away again.
    const auto selected = m_events->selectedItems();
    if (selected.isEmpty())
        m_visit.clearLifeEvents();
    else
        m_visit.chooseLifeEvent(selected.first()->data(Qt::UserRole).toString());
}

void ChoosePage::chooseProcedures() {
    QStringList ids;
    for (int i = 0; i < m_procedures->count(); ++i)
        if (m_procedures->item(i)->checkState() == Qt::Checked)
            ids << m_procedures->item(i)->data(Qt::UserRole).toString();
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
        const QStringList cells{m.name, screenDate(m.birthDate), sex, m.relationship, sourceName(m.source)};
        for (int column = 0; column < cells.size(); ++column) {
            // Called with every change of the visit: a cell is made again only when its text changed.
            QTableWidgetItem* cell = m_memberTable->item(row, column);
            if (!cell)
                m_memberTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            else if (cell->text() != cells.at(column))
                cell->setText(cells.at(column));
        }
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
