// A counter visit (来庁) as a state machine, from identification to issuance. No widgets.
#pragma once

#include "FieldValidation.h"
#include "FormFilling.h"
#include "VisitDraft.h"
#include "VisitPorts.h"

#include <QObject>

namespace madoguchi::visit {

// A counter visit (来庁) as a state machine: identify → match → choose → forms → documents → review → issue → done,
// with going back, cancelling, and dropping every trace of the resident at the end or after inactivity. No widgets.
class VisitWorkflow final : public QObject {
    Q_OBJECT
public:
    enum class Step { Idle, Identify, Match, Choose, Forms, Documents, Review, Issuing, Done };
    Q_ENUM(Step)
    enum class IdentifyStage {
        ChooseMethod,
        CheckingCard,
        PinEntry,
        ConfirmLastTry,
        Reading,
        Locked,
        CodeBEntry,
        ConfirmLastCodeBTry, // one 照合番号B try left: the clerk confirms (F6) before it is sent
        NoCard
    };
    Q_ENUM(IdentifyStage)
    // What the visit is waiting for, off the GUI thread: the clerk's screen says so, and a registry wait can be
    // stopped.
    enum class Waiting { None, Registry, Issuance };
    Q_ENUM(Waiting)

    explicit VisitWorkflow(VisitServices services, QObject* parent = nullptr);
    ~VisitWorkflow() override;

    void setInactivityTimeout(int seconds) { m_inactivitySeconds = seconds; }
    int inactivityTimeout() const { return m_inactivitySeconds; }
    // Whether the review renders the printouts for the resident's screen (on by default). A scripted visit has no
    // resident's screen and turns it off: the papers issued are the same.
    void setReviewPreview(bool on) { m_reviewPreview = on; }
    void setDoneTimeout(int seconds) { m_doneSeconds = seconds; }

    // --- the visit as a whole
    bool start(const QString& receptionNumber); // Idle → Identify
    void cancel(const QString& reason);         // any step but Issuing → Idle, nothing recorded
    void finish();                              // Done → Idle
    bool back();                                // the previous step, keeping what was entered
    void touch();                               // someone used a screen: postpones the inactivity timeout
    // Behind the clerk's idle lock the visit is kept: its inactivity timeout waits until the lock opens.
    void setHeld(bool held);
    bool held() const { return m_held; }
    void tick(); // called periodically: applies the timeouts

    Step step() const { return m_step; }
    QString receptionNumber() const { return m_draft.receptionNumber; }
    QString language() const { return m_draft.language; }
    void setLanguage(const QString& language);
    QString lastNotice() const { return m_draft.notice; }
    const VisitDraft& draft() const { return m_draft; }
    Waiting waiting() const { return m_waiting; }
    // The clerk stops waiting for the registry: the visit goes on as if it had not answered (F5 asks again). A late
    // answer is then ignored. The issuance cannot be stopped (it is recorded whole or not at all).
    bool cancelWaiting();

    // --- the kiosk's pre-entry of the ticket being served (事前入力): the resident repeats nothing. Taken in any step
    // before the forms; applied when the visit reaches the choice (at once when it is there): the life events,
    // certificates, answers, follow-up decisions and family members, and the typed fields of every form built later.
    bool setPreEntry(const PreEntry& entry);
    bool hasPreEntry() const { return m_draft.preEntry.has_value(); }
    std::optional<PreEntry> preEntry() const { return m_draft.preEntry; }

    // --- 1. identify
    IdentifyStage identifyStage() const { return m_stage; }
    int triesLeft() const { return m_draft.triesLeft; }
    void setReadMyNumber(bool read);
    bool readsMyNumber() const { return m_draft.readMyNumber; }
    void useCard();                       // asks the card for its tries left, then waits for the resident's PIN
    bool confirmLastTry();                // the resident accepts that a wrong PIN now locks the card
    bool submitPin(card::CardSecret pin); // from the resident's PIN pad; it wipes itself wherever it ends
    void useCodeB(); // the clerk will type 照合番号B from the card face; in ConfirmLastCodeBTry: confirms the last try
    bool submitCodeB(card::CardSecret codeB); // wiped like a PIN
    void useNoCard();                         // visual ID check + registry search
    bool recordIdCheck(const IdDocumentCheck& check);
    bool searchRegistry(const RegistrySearch& search);
    IdentitySource identitySource() const { return m_draft.source; }
    CardFace cardFace() const { return m_draft.face; }
    // The card's authenticity as checked in this visit (empty verdict: not checked), and its face photo (clerk only;
    // wiped with the rest of the resident's data).
    CardCheck cardCheck() const { return m_draft.cardCheck; }
    card::FacePhoto facePhoto() const { return m_draft.photo; }
    IdDocumentCheck idCheck() const { return m_draft.idCheck; }

    // --- 2. match
    QList<RegistryCandidate> candidates() const { return m_draft.candidates; }
    bool registryReachable() const { return m_draft.registryReachable; }
    bool retryRegistry();
    bool chooseCandidate(int index);
    int chosenCandidate() const { return m_draft.chosen; }
    QList<MatchLine> matchLines() const;
    bool acceptMatch();
    bool proceedAsNewResident(); // no registry record: only for a life event that brings a new resident (転入)
    bool isNewResident() const { return m_draft.newResident; }
    RegistryPerson resident() const { return m_draft.person; }
    QList<RegistryPerson> household() const { return m_draft.household; }

    // --- 3. choose
    QList<LifeEventSpec> lifeEvents() const;
    QList<ProcedureSpec> directProcedures() const;
    // Life events and stand-alone procedures are held together: choosing one never clears the other.
    bool chooseLifeEvent(const QString& id); // the visit's life events become exactly {id}
    bool addLifeEvent(const QString& id);
    bool removeLifeEvent(const QString& id);
    void clearLifeEvents();
    bool chooseProcedures(const QStringList& ids); // the stand-alone procedures become exactly `ids`
    bool addProcedure(const QString& id);
    bool removeProcedure(const QString& id);
    QString lifeEventId() const { return m_draft.lifeEventIds.value(0); }
    QStringList lifeEventIds() const { return m_draft.lifeEventIds; }
    QStringList chosenProcedures() const { return m_draft.directProcedures; }
    // Every question of every chosen life event, once per question id: a fact shared by several forms is asked once.
    QList<Question> questions() const;
    // The procedures whose forms the visit fills, in order: each life event's own, accepted follow-ups, then the
    // stand-alone ones; each once.
    QStringList procedureIds() const;
    bool setAnswer(const QString& questionId, const QString& value);
    QMap<QString, QString> answers() const { return m_draft.answers; }
    QList<FollowUp> followUps() const { return m_draft.followUps; }
    bool lifeEventHasMembers() const;
    QList<Member> members() const { return m_draft.members; }
    // A person who moves with the resident and is not in the card or the registry: typed, checked as typed.
    bool addMember(const QString& name, const QString& birthDate, const QString& sex, const QString& relationship);
    bool removeMember(int index);
    bool decideFollowUp(const QString& procedureId, bool accept);
    bool confirmChoice();

    // --- 4. forms
    QList<FormDraft> forms() const { return m_draft.forms; }
    FieldCheck setField(int form, const QString& key, const QString& typed);
    bool confirmForms();
    int typedFieldCount() const; // fields a person had to type in this visit
    // Another person a form is about (the deceased of a 死亡届, the spouse of a claim), chosen from the resident's
    // household, so the resident at the counter is never filled in as that person. The roles the visit's forms
    // need, in form order; the household members that may be chosen (the resident left out); the choice (empty
    // resident id: nobody of the household, the clerk types it). Choosing refills that role's fields.
    QStringList personRoles() const;
    QList<RegistryPerson> personChoices(const QString& role) const;
    bool choosePerson(const QString& role, const QString& residentId);
    QString chosenPerson(const QString& role) const { return m_draft.persons.value(role); }

    // --- 5. documents, fees, payment
    QList<DocumentCheck> documents() const { return m_draft.documents; }
    bool setDocumentChecked(int index, bool checked);
    bool setCopies(int form, int copies);
    int copies(int form) const;
    qint64 fee(int form) const;
    qint64 totalFee() const;
    bool setPaymentMethod(const QString& method);
    QString paymentMethod() const { return m_draft.paymentMethod; }
    // A cashless payment's reference (IC transaction number, QR payment id, credit slip number), for the supervisor's
    // reconciliation; kept only with a cashless method.
    bool setPaymentReference(const QString& reference);
    QString paymentReference() const { return m_draft.paymentReference; }
    static bool isCashless(const QString& method);
    static QStringList paymentMethods();
    bool confirmDocuments();

    // --- 6. review and 7. issue
    bool confirmByResident();
    // The review's printouts as they will be printed (rendered on the counter's worker when the review opens, without
    // the My Number); empty until they are ready or when they cannot be made.
    QList<QByteArray> previewPdfs() const { return m_draft.preview; }
    bool residentConfirmed() const { return m_draft.residentConfirmed; }
    bool issue();
    QString visitId() const { return m_draft.visitId; }
    QList<IssuedPdf> issued() const { return m_draft.issued; }

    // --- the interpreter (通訳): a call to the city's interpreting service, in the resident's language, from either
    // screen. Audited (interpreter.call / interpreter.end); the visit records the language and the minutes. Possible
    // from the first step to the review; the issuance ends a call still running.
    bool startInterpreter();
    void endInterpreter();
    bool interpreterActive() const { return m_draft.interpreterSince.isValid(); }
    QString interpreterLanguage() const { return m_draft.interpreterLanguage; }
    int interpreterMinutes() const; // so far, every started minute counted

    // --- the My Number: only for procedures that need it, masked until the clerk reveals it (audited)
    bool needsMyNumber() const;
    bool haveMyNumber() const { return m_draft.face.myNumber.has_value(); }
    QString myNumberForDisplay() const;
    bool revealMyNumber();
    bool myNumberRevealed() const { return m_draft.myNumberRevealed; }

Q_SIGNALS:
    void stepChanged(madoguchi::visit::VisitWorkflow::Step step);
    void changed();                   // anything the screens show
    void notice(const QString& text); // for the clerk, translated
    void residentDataDropped();       // both screens must forget the resident now
    void timedOut();

private:
    void setStep(Step step);
    void setStage(IdentifyStage stage);
    void say(const QString& text);
    void refuse(const QString& text) { say(text); }
    void audit(const QString& action, const QString& reason);
    void onCardOutcome(quint64 generation, const CardOutcome& outcome, IdentitySource source);
    struct WaitToken {
        quint64 generation = 0;
        quint64 wait = 0;
    };
    WaitToken beginWait(Waiting what, std::function<void()> onCancelled);
    bool endWait(const WaitToken& token);
    void lookUpCard();
    void onCardMatched(const LookupOutcome& lookup);
    bool onSearched(const LookupOutcome& lookup);
    void onHousehold(const RegistryPerson& chosen, const QList<RegistryPerson>& household);
    bool onIssued(const IssueOutcome& outcome);
    IssueRequest issueRequest() const;
    void askPreview();
    void refreshFollowUps();
    bool setLifeEvents(const QStringList& ids);
    bool setDirectProcedures(const QStringList& ids);
    PrefillSources prefillSources() const;
    void buildForms();
    // Why a chosen procedure cannot be served for this resident (a record its printout is made from is not in the
    // registry); empty when every one can.
    QString missingRecord() const;
    void refillPersons();
    void buildDocuments();
    void dropResidentData();
    void applyPreEntry();
    void unconfirm();
    void seedMembers();

    VisitServices m_services;
    int m_inactivitySeconds = 180;
    bool m_reviewPreview = true;
    bool m_held = false;
    int m_doneSeconds = 60;
    quint64 m_generation = 0; // bumped when the resident's data is dropped: late card answers are then ignored
    QDateTime m_lastActivity;

    Step m_step = Step::Idle;
    IdentifyStage m_stage = IdentifyStage::ChooseMethod;
    Waiting m_waiting = Waiting::None;
    quint64 m_waitGeneration = 0;
    std::function<void()> m_onWaitCancelled;
    VisitDraft m_draft; // everything about the resident and the visit: `m_draft = {}` forgets it
};

} // namespace madoguchi::visit
