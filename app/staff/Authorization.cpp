// Who may do what (権限): the table of actions and roles, and the one check made against it.
#include "Authorization.h"

#include <QCoreApplication>

#include <array>
#include <initializer_list>

namespace madoguchi::staff {

using domain::Role;

namespace {

struct Rule {
    Action action;
    const char* name;
    std::initializer_list<Role> roles;
};

// Clerks serve residents and may ask for a void; supervisors decide and review; admins run the installation and
// never see resident data through it; a kiosk device only takes tickets and pre-entries.
const std::array<Rule, 21> kRules{{
    {Action::ServeVisit, "serve_visit", {Role::Clerk, Role::Supervisor}},
    {Action::RevealMyNumber, "reveal_my_number", {Role::Supervisor}},
    {Action::RequestVoid, "request_void", {Role::Clerk, Role::Supervisor}},
    {Action::VoidDocument, "void_document", {Role::Supervisor}},
    {Action::ReissueDocument, "reissue_document", {Role::Supervisor}},
    {Action::ViewSupervisorDay, "view_supervisor_day", {Role::Supervisor}},
    {Action::ReconcileCash, "reconcile_cash", {Role::Supervisor}},
    {Action::CloseDay, "close_day", {Role::Supervisor}},
    {Action::ReopenDay, "reopen_day", {Role::Supervisor}},
    {Action::ViewKpis, "view_kpis", {Role::Supervisor, Role::Admin}},
    {Action::ExportData, "export_data", {Role::Supervisor, Role::Admin}},
    {Action::ManageStaff, "manage_staff", {Role::Admin}},
    {Action::ImportRegistry, "import_registry", {Role::Admin}},
    {Action::ManageKeys, "manage_keys", {Role::Admin}},
    {Action::ManageCentral, "manage_central", {Role::Admin}},
    {Action::SetLobbyNotice, "set_lobby_notice", {Role::Supervisor}},
    {Action::IssueTicket, "issue_ticket", {Role::Clerk, Role::Supervisor, Role::Kiosk}},
    {Action::CallTicket, "call_ticket", {Role::Clerk, Role::Supervisor}},
    {Action::PreEntry, "pre_entry", {Role::Kiosk, Role::Clerk, Role::Supervisor}},
    {Action::PurgeDocuments, "purge_documents", {Role::Admin}},
    {Action::ManageKiosk, "manage_kiosk", {Role::Admin}},
}};

const Rule* ruleFor(Action action) {
    for (const Rule& rule : kRules) {
        if (rule.action == action)
            return &rule;
    }
    return nullptr;
}

} // namespace

QString actionName(Action action) {
    const Rule* rule = ruleFor(action);
    return rule ? QString::fromLatin1(rule->name) : QString();
}

bool parseAction(const QString& name, Action* action) {
    for (const Rule& rule : kRules) {
        if (name == QLatin1String(rule.name)) {
            *action = rule.action;
            return true;
        }
    }
    return false;
}

QList<Action> allActions() {
    QList<Action> actions;
    for (const Rule& rule : kRules)
        actions.append(rule.action);
    return actions;
}

bool allowed(Role role, Action action) {
    const Rule* rule = ruleFor(action);
    if (!rule)
        return false;
    for (Role r : rule->roles) {
        if (r == role)
            return true;
    }
    return false;
}

QList<Role> rolesFor(Action action) {
    const Rule* rule = ruleFor(action);
    return rule ? QList<Role>(rule->roles.begin(), rule->roles.end()) : QList<Role>();
}

Outcome authorize(const Principal& who, Action action) {
    if (!who.signedIn || who.staffId.isEmpty())
        return Outcome::failure(QCoreApplication::translate("staff", "Sign in first: this needs a staff account."),
                                QStringLiteral("refused %1: nobody signed in").arg(actionName(action)));
    if (!allowed(who.role, action)) {
        QStringList roles;
        for (Role role : rolesFor(action))
            roles.append(domain::roleName(role));
        return Outcome::failure(
            QCoreApplication::translate("staff", "Your account may not do this. Ask a supervisor."),
            QStringLiteral("refused %1 for %2 (role %3; needs %4)")
                .arg(actionName(action), who.login, domain::roleName(who.role), roles.join(QLatin1Char('|'))));
    }
    return Outcome::success();
}

} // namespace madoguchi::staff
