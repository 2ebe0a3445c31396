// Step 3 for the clerk: life event or certificates, wizard questions, follow-ups.
#include "ChoosePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
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
    m_followUpsBox = new QGroupBox(tr("Also needed — accept or decline each"), this);
    m_followUps = new QFormLayout(m_followUpsBox);
    layout->addWidget(m_followUpsBox);

    connect(m_events, &QListWidget::currentRowChanged, this, &ChoosePage::chooseEvent);
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
        if (event.id == m_visit.lifeEventId())
            m_events->setCurrentItem(item);
    }
    m_procedures->clear();
    for (const visit::ProcedureSpec& procedure : m_visit.directProcedures()) {
        auto* item = new QListWidgetItem(procedure.name.in(m_language), m_procedures);
        item->setData(Qt::UserRole, procedure.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_visit.chosenProcedures().contains(procedure.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_procedures->setEnabled(m_procedures->count() > 0);
    m_builtFor = QStringLiteral("-");
    refresh();
}

void ChoosePage::chooseEvent() {
    QListWidgetItem* item = m_events->currentItem();
    if (!item)
        return;
    {
        const QSignalBlocker block(m_procedures);
        for (int i = 0; i < m_procedures->count(); ++i)
            m_procedures->item(i)->setCheckState(Qt::Unchecked);
    }
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
        m_followUps->addRow(label, box);
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
}

} // namespace madoguchi::ui
