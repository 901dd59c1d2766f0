#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace blufio {

// What a key may do ([12]). Each scope includes the ones before it: chat can read, admin can do
// everything. A route declares the scope it needs (GatewayRoutes' table).
enum class Scope : unsigned char { Read = 1, Chat = 2, Admin = 3 };

constexpr QLatin1StringView scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Read:
        return QLatin1StringView("read");
    case Scope::Chat:
        return QLatin1StringView("chat");
    case Scope::Admin:
        return QLatin1StringView("admin");
    }
    return QLatin1StringView("admin");
}

std::optional<Scope> scopeFromName(QStringView name);
// The widest of the names (unknown ones are ignored; none known: nullopt).
std::optional<Scope> widestScope(const QStringList &names);

// Who an authenticated request comes from. The configured gateway.bearer_token and plain
// gateway.device_keys are admin with no name; a key from `blufio keys add` has its name and scope.
struct Caller
{
    QString keyName; // empty: admin credentials from the configuration
    Scope scope = Scope::Admin;

    static Caller configuredAdmin() { return {}; }
    bool allows(Scope needed) const { return scope >= needed; }
    // A key that is not admin sees only the sessions it started: another's do not exist for it.
    bool ownSessionsOnly() const { return scope != Scope::Admin; }
};

} // namespace blufio
