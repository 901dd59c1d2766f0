#include "TelegramTestApi.h"

#include "support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace blufio::test {

TelegramTestApi::~TelegramTestApi()
{
    stop();
}

bool TelegramTestApi::start(const QString &startScript, int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString package = QFileInfo(startScript)
                                .dir()
                                .filePath(QStringLiteral("node_modules/telegram-test-api/package.json"));
    if (node.isEmpty() || !QFileInfo::exists(package)) {
        m_error = QStringLiteral(
                      "telegram-test-api is not installed (%1): run scripts/setup.sh, which installs nodejs "
                      "and runs npm ci in tests/telegram")
                      .arg(node.isEmpty() ? QStringLiteral("no node in PATH")
                                          : package + QStringLiteral(" is missing"));
        m_notInstalled = true;
        return false;
    }
    m_process.setProgram(node);
    m_process.setArguments({startScript, QStringLiteral("0")});
    m_process.setWorkingDirectory(QFileInfo(startScript).absolutePath());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // stdin stays open: start.js exits when it closes, so a crashed test leaves no emulator behind.
    m_process.start(QIODevice::ReadWrite);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(node, m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const qsizetype line = out.indexOf('\n');
        if (line >= 0 && out.startsWith("listening ")) {
            m_port = quint16(out.mid(10, line - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    m_error = QStringLiteral("telegram-test-api did not start: %1 %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
    stop();
    return false;
}

void TelegramTestApi::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject TelegramTestApi::call(const QString &route, const QJsonObject &body)
{
    const HttpReply r = http("POST", apiUrl() + route, QJsonDocument(body).toJson(QJsonDocument::Compact),
                             {{"Content-Type", "application/json"}});
    return r.status == 200 ? r.json().object() : QJsonObject();
}

bool TelegramTestApi::sendUserMessage(const QByteArray &botToken, qint64 chatId, const QString &text)
{
    // The shape of the package's own TelegramClient.makeMessage().
    const QJsonObject user {{QStringLiteral("id"), chatId},
                            {QStringLiteral("first_name"), QStringLiteral("Test")},
                            {QStringLiteral("username"), QStringLiteral("test_user")},
                            {QStringLiteral("is_bot"), false}};
    const QJsonObject message {{QStringLiteral("botToken"), QString::fromUtf8(botToken)},
                               {QStringLiteral("from"), user},
                               {QStringLiteral("chat"),
                                QJsonObject {{QStringLiteral("id"), chatId},
                                             {QStringLiteral("first_name"), QStringLiteral("Test")},
                                             {QStringLiteral("type"), QStringLiteral("private")}}},
                               {QStringLiteral("date"), QDateTime::currentSecsSinceEpoch()},
                               {QStringLiteral("text"), text}};
    return call(QStringLiteral("/sendMessage"), message).value(QStringLiteral("ok")).toBool();
}

QJsonArray TelegramTestApi::unreadBotMessages(const QByteArray &botToken, qint64 chatId)
{
    const QJsonObject r
        = call(QStringLiteral("/getUpdates"),
               {{QStringLiteral("token"), QString::fromUtf8(botToken)}, {QStringLiteral("chatId"), chatId}});
    QJsonArray messages;
    for (const QJsonValue &u : r.value(QStringLiteral("result")).toArray())
        messages.append(u[QStringLiteral("message")]);
    return messages;
}

QJsonArray TelegramTestApi::history(const QByteArray &botToken)
{
    return call(QStringLiteral("/getUpdatesHistory"),
                {{QStringLiteral("token"), QString::fromUtf8(botToken)}})
        .value(QStringLiteral("result"))
        .toArray();
}

} // namespace blufio::test
