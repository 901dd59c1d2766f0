#include "StorageTypes.h"

namespace blufio {

QString messageRoleName(MessageRole role)
{
    return role == MessageRole::Assistant ? QStringLiteral("assistant") : QStringLiteral("user");
}

QString queueStateName(QueueState state)
{
    switch (state) {
    case QueueState::Pending:
        return QStringLiteral("pending");
    case QueueState::InProgress:
        return QStringLiteral("in_progress");
    case QueueState::Answered:
        return QStringLiteral("answered");
    case QueueState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("pending");
}

QByteArray SessionCursor::encode() const
{
    const QByteArray plain = QByteArray::number(updatedAtMs) + '.' + id.toUtf8();
    return plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<SessionCursor> SessionCursor::decode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 256)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray *raw = &decoded.decoded;
    const qsizetype dot = raw->indexOf('.');
    if (dot <= 0 || dot == raw->size() - 1)
        return std::nullopt;
    bool ok = false;
    const qint64 updated = raw->left(dot).toLongLong(&ok);
    if (!ok || updated < 0)
        return std::nullopt;
    const QString id = QString::fromUtf8(raw->mid(dot + 1));
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return std::nullopt;
    }
    return SessionCursor {updated, id};
}

} // namespace blufio
