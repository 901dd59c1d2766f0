#include "Caller.h"

namespace blufio {

std::optional<Scope> scopeFromName(QStringView name)
{
    for (const Scope scope : {Scope::Read, Scope::Chat, Scope::Admin}) {
        if (name == scopeName(scope))
            return scope;
    }
    return std::nullopt;
}

std::optional<Scope> widestScope(const QStringList &names)
{
    std::optional<Scope> widest;
    for (const QString &name : names) {
        if (const std::optional<Scope> scope = scopeFromName(name); scope && (!widest || *scope > *widest))
            widest = scope;
    }
    return widest;
}

} // namespace blufio
