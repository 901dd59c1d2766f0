#pragma once

#include "common/net/HealthSnapshot.h"

#include <QString>

namespace blufio {

// One part of the daemon that HealthService asks for its share of /health and /v1/health: storage,
// the provider, the agent's queue, the budget, the gateway's tables. A dependency also says whether
// it is up, which decides the status and blufio_dependency_up{name}.
class HealthContributor
{
public:
    // What this part being down does to the daemon's status.
    enum class Dependency { None, Degrading, Critical };

    virtual ~HealthContributor() = default;

    // The dependency's name in blufio_dependency_up{name} (a fixed word: database, provider, ...).
    virtual QString name() const = 0;
    // Read once, when the contributor is registered.
    virtual Dependency dependency() const { return Dependency::None; }
    // Asked on every /health, /v1/health and scrape, so it must not block.
    virtual bool isUp() const { return true; }
    // Adds this part to the snapshot: public fields always, its details only when snapshot.details
    // is set (the detailed view). Must be as cheap as isUp() for the public view.
    virtual void contribute(HealthSnapshot &snapshot) const = 0;
};

} // namespace blufio
