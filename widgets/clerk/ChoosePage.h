// Step 3 for the clerk: a life event with its questions, people and follow-ups, or procedures directly, found by
// search or category.
#pragma once

#include "ClerkPage.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace madoguchi::ui {

// Step 3 for the clerk: what the resident came for — a life event with its few questions and proposed follow-ups
// (accept or decline each), or certificates chosen directly.
class ChoosePage final : public ClerkPage {
    Q_OBJECT
public:
    ChoosePage(visit::VisitWorkflow& visit, const QString& clerkLanguage, QWidget* parent = nullptr);
    void refresh() override;
    void enter() override;
    void prepare() override;
    QWidget* firstInput() const override;

    // Incremental search over every procedure's name, reading and keywords, and the category shown; Enter takes the
    // first match (a life event is chosen, a procedure ticked), Down goes to the lists.
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* categoryBox() const { return m_category; }
    QListWidget* lifeEventList() const { return m_events; }
    QListWidget* procedureList() const { return m_procedures; }
    // The editor of a question (QSpinBox, QComboBox or QLineEdit), by question id.
    QWidget* questionEditor(const QString& id) const;
    // The accept/decline box of a proposed follow-up, by procedure id.
    QComboBox* followUpBox(const QString& procedureId) const;
    // The people the life event concerns, and the row to add one who is not on the card or in the registry.
    QTableWidget* memberTable() const { return m_memberTable; }
    QLineEdit* memberName() const { return m_memberName; }
    QLineEdit* memberBirthDate() const { return m_memberBirth; }
    QComboBox* memberSex() const { return m_memberSex; }
    QLineEdit* memberRelationship() const { return m_memberRelationship; }

private:
    void buildLists();
    void rebuildQuestions();
    void rebuildFollowUps();
    void chooseEvent();
    void chooseProcedures();
    void showMembers();
    void addMember();
    void filter();
    void takeFirstMatch();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_matches = nullptr;
    QList<visit::LifeEventSpec> m_eventSpecs; // what the lists show, in their order (searched as typed)
    QList<visit::ProcedureSpec> m_procedureSpecs;
    QStringList m_listedEvents;     // the ids m_events lists, in order
    QStringList m_listedProcedures; // the ids m_procedures lists, in order
    QListWidget* m_events = nullptr;
    QListWidget* m_procedures = nullptr;
    QGroupBox* m_questionsBox = nullptr;
    QFormLayout* m_questions = nullptr;
    QGroupBox* m_membersBox = nullptr;
    QTableWidget* m_memberTable = nullptr;
    QLineEdit* m_memberName = nullptr;
    QLineEdit* m_memberBirth = nullptr;
    QComboBox* m_memberSex = nullptr;
    QLineEdit* m_memberRelationship = nullptr;
    QPushButton* m_memberAdd = nullptr;
    QGroupBox* m_followUpsBox = nullptr;
    QFormLayout* m_followUps = nullptr;
    QString m_builtFor;           // life event the questions were built for
    QStringList m_builtFollowUps; // follow-ups currently shown
    QMap<QString, QWidget*> m_questionEditors;
    QMap<QString, QComboBox*> m_followUpBoxes;
};

} // namespace madoguchi::ui
