#include "ModelId.h"

namespace blufio::ModelId {

QString normalized(const QString &model)
{
    QString id = model.trimmed().toLower();
    if (const qsizetype at = id.indexOf(QLatin1String("claude-")); at > 0)
        id = id.mid(at);
    return id;
}

bool covers(const QString &key, const QString &id)
{
    if (!id.startsWith(key))
        return false;
    if (id.size() == key.size())
        return true;
    const QChar next = id.at(key.size());
    return next == QLatin1Char('-') || next == QLatin1Char('@');
}

} // namespace blufio::ModelId
