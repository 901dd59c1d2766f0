#pragma once

#include "common/cost/ProviderUsage.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace blufio {

struct ProviderResult
{
    QString id; // upstream message id, when the API gives one
    QString model; // the model that answered (may be a dated id of the one requested)
    QString text; // the whole reply, identical to the concatenated textDelta()s
    QString stopReason; // "end_turn", "max_tokens", "stop", "length", ...; "probe" for probe()
    ProviderUsage usage;
    QDateTime serverDate; // the upstream's Date header (UTC), invalid when absent
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ProviderResult)
