// Who may do what (権限): the one table of actions and roles that every core entry point asks before acting.
#pragma once

#include "Outcome.h"
#include "domain/Staff.h"

#include <QList>
#include <QString>

namespace madoguchi::staff {

// Every action the core guards. The screens, the CLI and scripts reach the same entry points, so the check lives
// there and nowhere else; a screen may hide what a role cannot do, but hiding is not the check.
enum class Action {
    ServeVisit,        // read a card, look up the registry, fill in forms and issue at the counter
    RevealMyNumber,    // show a My Number unmasked
    RequestVoid,       // ask for an issued document to be voided; a supervisor decides
    VoidDocument,      // void directly, or approve a void request
    ReissueDocument,   // issue a new serial for a document, linked to the old one
    ViewSupervisorDay, // the office's day, a visit's story, alerts
    ReconcileCash,     // enter the counted cash and the reason for a difference
    CloseDay,          // lock a day's figures
    ReopenDay,         // unlock a closed day, with a reason
    ViewKpis,          // aggregated figures of any period
    ExportData,        // exports and open data
    ManageStaff,       // add, change, disable staff accounts
    ImportRegistry,    // load the resident registry
    ManageKeys,        // rotate the keys of data at rest
    ManageCentral,     // create or upgrade the central schema and its roles
    SetLobbyNotice,    // the notice that takes over the lobby display
    IssueTicket,       // a reception ticket, from a kiosk or a counter
    CallTicket,        // call next, recall, mark absent, transfer
    PreEntry,          // a resident's pre-entry at the kiosk
    PurgeDocuments,    // delete issued PDFs past the retention period before the counter's own sweep
    ManageKiosk,       // a lobby kiosk's settings that guard it: the staff PIN that leaves kiosk mode
};

// Everyone acting on the core: a signed-in staff account, or a kiosk device (Role::Kiosk).
struct Principal {
    QString staffId; // staff UUID, or the kiosk device's id
    QString login;
    domain::Role role = domain::Role::Clerk;
    bool signedIn = false;
};

// Stable snake_case name of the action, for audit events and docs/security.md ("void_document").
QString actionName(Action action);
bool parseAction(const QString& name, Action* action);
QList<Action> allActions();

// The table: may this role do this action at all?
bool allowed(domain::Role role, Action action);
QList<domain::Role> rolesFor(Action action);

// The check every entry point makes: refused when nobody is signed in or the role may not act. The message is for
// the person at the terminal (translated), the detail for the log and the audit of the refusal.
Outcome authorize(const Principal& who, Action action);

} // namespace madoguchi::staff
