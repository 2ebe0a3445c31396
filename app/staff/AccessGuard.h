// The check an entry point makes before acting, with the refusal written to the terminal's audit trail.
#pragma once

#include "Authorization.h"

namespace madoguchi::audit {
class AuditTrail;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::staff {

// authorize(); a refusal is also appended to the local audit trail as "access.refused" (subject: the action's name,
// actor: whoever asked, reason: the rule that refused), in a transaction of its own: call it before opening the
// transaction of the work itself.
Outcome authorizeAudited(const Principal& who, Action action, const store::Connection& local, audit::AuditTrail& trail,
                         const QString& terminalId, const QString& subject = {});

} // namespace madoguchi::staff
