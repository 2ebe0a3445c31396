// Staff (職員) and terminals (端末): who acts, and where.
#pragma once

#include <QString>

namespace madoguchi::domain {

enum class Role { Clerk, Supervisor, Admin, Kiosk };

QString roleName(Role role); // "clerk", "supervisor", "admin", "kiosk" as stored
bool parseRole(const QString& name, Role* role);

struct Staff {
    QString id; // UUID
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString passwordHash; // Argon2id, never the password
    bool active = true;

    friend bool operator==(const Staff&, const Staff&) = default;
};

struct Terminal {
    QString id; // settings terminal/id; part of every serial number it issues
    QString name;
    QString location;

    friend bool operator==(const Terminal&, const Terminal&) = default;
};

} // namespace madoguchi::domain
