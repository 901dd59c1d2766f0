#include "AgentPorts.h"

namespace blufio {

namespace {
class AlwaysAdmit final : public SessionAdmission
{
public:
    bool acceptsNewSessions() const override { return true; }
};

class NoLimit final : public SpendingLimit
{
public:
    std::optional<AgentError> check(qint64) override { return std::nullopt; }
    void spent(qint64) override { }
};

class NoMetrics final : public AgentMetrics
{
public:
    void messageAccepted(const QString &) override { }
    void sessionRejected(const QString &) override { }
    void replyStored(const Usage &, double) override { }
    void turnFailed(const QString &) override { }
    void queueChanged(int, int) override { }
    void contextSent(qint64) override { }
    void summaryFinished(const Usage *) override { }
};
} // namespace

const SessionAdmission &SessionAdmission::always()
{
    static const AlwaysAdmit instance;
    return instance;
}

SpendingLimit &SpendingLimit::unlimited()
{
    static NoLimit instance;
    return instance;
}

AgentMetrics &AgentMetrics::none()
{
    static NoMetrics instance;
    return instance;
}

} // namespace blufio
