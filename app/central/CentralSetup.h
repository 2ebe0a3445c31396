// The central PostgreSQL database's security: an owner role, least-privilege group roles for terminals and
// supervisors, one login role per terminal or supervisor tied to an office, and row-level security between offices.
#pragma once

#include "Outcome.h"

#include <QList>
#include <QString>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::central {

// What each role may do with one table. Tables not listed are the owner's alone: least privilege by default.
struct TableGrant {
    const char* table;
    const char* terminal;   // privileges of madoguchi_terminal, e.g. "SELECT, INSERT"; "" none
    const char* supervisor; // privileges of madoguchi_supervisor
    const char* scope;      // row-level security: "terminal" (terminal_id column), "visit" (visit_id column), "office"
                            // (office_code column, shared by the office), "" none
};
const QList<TableGrant>& tableGrants();

inline constexpr const char* kOwnerRole = "madoguchi_owner";
inline constexpr const char* kTerminalRole = "madoguchi_terminal";
inline constexpr const char* kSupervisorRole = "madoguchi_supervisor";

// The login role name of a terminal or supervisor ("madoguchi_t_t01", "madoguchi_s_suzuki").
QString terminalRoleName(const QString& terminalId);
QString supervisorRoleName(const QString& login);

// On a connection with CREATEROLE (a superuser, or the database's owner with CREATEROLE): migrates the central schema,
// hands every table to madoguchi_owner, creates the group roles, grants, the office map and the row-level policies.
// Idempotent: run it again after an upgrade and the new tables get their grants.
Outcome initialise(const store::Connection& admin);

// A terminal's or supervisor's login role in an office; the password is set when not empty (never logged).
Outcome addTerminal(const store::Connection& admin, const QString& terminalId, const QString& office,
                    const QString& password);
// `workstation`: the terminal id (terminal/id) of the supervisor's workstation, under which it sends its own audit
// events, key, alarms and heartbeat; empty: the supervisor's events stay on the workstation.
Outcome addSupervisor(const store::Connection& admin, const QString& login, const QString& office,
                      const QString& password, const QString& workstation = {});

} // namespace madoguchi::central
