// Staff (職員) and terminals (端末): who acts, and where.
#include "Staff.h"

#include <array>
#include <utility>

namespace madoguchi::domain {

namespace {
constexpr std::array<std::pair<Role, const char*>, 4> kRoles{
    {{Role::Clerk, "clerk"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"}, {Role::Kiosk, "kiosk"}}};
}

QString roleName(Role role) {
    for (const auto& [value, name] : kRoles) {
        if (value == role)
            return QString::fromLatin1(name);
    }
    return {};
}

bool parseRole(const QString& name, Role* role) {
    for (const auto& [value, text] : kRoles) {
        if (name == QLatin1String(text)) {
            *role = value;
            return true;
        }
    }
    return false;
}

} // namespace madoguchi::domain
