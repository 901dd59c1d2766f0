#include "DoctorCommand.h"

#include "cli/doctor/DoctorChecks.h"
#include "common/config/StartupChecks.h"
#include "common/term/TerminalOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTranslator>

namespace blufio::cli {

namespace {
constexpr int ProbeTimeoutMs = 5000;

QString minFreeEnvironment()
{
    return QStringLiteral("BLUFIO_DOCTOR_MIN_FREE_BYTES");
}
} // namespace

QString DoctorCommand::description() const
{
    return tr("Check the configuration, data, provider and daemon, and say what to fix.");
}

void DoctorCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("deep"),
        tr("Also check database integrity and schema, disk space, the vault, memory and the clock.")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the checks as JSON.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("strict"), tr("Count warnings as failures (exit 1).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("min-free-bytes"),
        tr("Free space the disk check requires (default: 2 x database + 100 MiB)."), QStringLiteral("N")));
}

int DoctorCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (!args.isEmpty()) {
        ctx.err << tr("blufio doctor: unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    quint64 minFree = 0;
    const QString minFreeText = parser.isSet(QStringLiteral("min-free-bytes"))
        ? parser.value(QStringLiteral("min-free-bytes"))
        : ctx.env.value(minFreeEnvironment());
    if (!minFreeText.isEmpty()) {
        bool ok = false;
        minFree = minFreeText.toULongLong(&ok);
        if (!ok || minFree == 0) {
            ctx.err << tr("blufio doctor: --min-free-bytes must be a positive number of bytes.") << Qt::endl;
            return Usage;
        }
    }
    const bool deep = parser.isSet(QStringLiteral("deep"));
    const bool json = parser.isSet(QStringLiteral("json"));

    // --json is an API: its messages must read the same in every language, so the translators that
    // run() installed step aside for this command and return afterwards.
    QList<QTranslator *> translators;
    if (json && QCoreApplication::instance()) {
        translators = QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *t : std::as_const(translators))
            QCoreApplication::removeTranslator(t);
    }
    const auto restoreTranslators = qScopeGuard([&translators] {
        for (QTranslator *t : std::as_const(translators))
            QCoreApplication::installTranslator(t);
    });

    QList<DoctorCheck> checks;
    const ConfigLoader loader(ctx.env);
    const Result<Config> loaded = loader.load(ctx.configPath);
    const QString path = loaded ? loaded->filePath() : loader.locate(ctx.configPath);
    // Valid means what blufiod accepts: the loader's verdict, then its own pre-listen checks (the
    // same function `blufio config validate` and blufiod call).
    const Result<void> valid
        = loaded ? StartupChecks::checkConfiguration(*loaded) : Result<void>(loaded.error());
    checks.append(DoctorChecks::configCheck(path, valid));
    // Without a valid configuration the other checks would only guess at paths and keys.
    if (loaded) {
        DoctorChecks doctor(*loaded, ctx.env, daemonUrl(ctx, *loaded));
        checks.append(doctor.dataDir());
        checks.append(doctor.database());
        checks.append(doctor.provider(ProbeTimeoutMs));
        if (loaded->settings().telegram.enabled)
            checks.append(doctor.telegram(ProbeTimeoutMs));
        checks.append(doctor.gatewayAuth());
        checks.append(doctor.port());
        checks.append(doctor.systemd());
        if (deep) {
            checks.append(doctor.integrity());
            checks.append(doctor.schema());
            checks.append(doctor.disk(minFree));
            checks.append(doctor.vault());
            checks.append(doctor.memory());
            checks.append(doctor.clock());
        }
    }

    const bool strict = parser.isSet(QStringLiteral("strict"));
    bool failed = false;
    for (const DoctorCheck &c : checks)
        failed = failed || c.status == DoctorCheck::Status::Fail
            || (strict && c.status == DoctorCheck::Status::Warn);

    if (json) {
        QJsonArray list;
        for (const DoctorCheck &c : checks) {
            list.append(QJsonObject {{QStringLiteral("id"), c.id},
                                     {QStringLiteral("status"), DoctorCheck::statusName(c.status)},
                                     {QStringLiteral("message"), c.message},
                                     {QStringLiteral("remedy"), c.remedy}});
        }
        const QJsonObject o {{QStringLiteral("checks"), list}, {QStringLiteral("ok"), !failed}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return failed ? Failure : Ok;
    }

    const TerminalOutput term(ctx.colour);
    for (const DoctorCheck &c : checks) {
        QString tag;
        switch (c.status) {
        case DoctorCheck::Status::Ok:
            tag = term.paint(QStringLiteral("[ ok ]"), TerminalOutput::Colour::Green);
            break;
        case DoctorCheck::Status::Warn:
            tag = term.paint(QStringLiteral("[warn]"), TerminalOutput::Colour::Yellow);
            break;
        case DoctorCheck::Status::Fail:
            tag = term.paint(QStringLiteral("[FAIL]"), TerminalOutput::Colour::Red);
            break;
        }
        ctx.out << tag << ' ' << c.id << ": " << c.message << '\n';
        if (!c.remedy.isEmpty() && c.status != DoctorCheck::Status::Ok)
            ctx.out << "       " << c.remedy << '\n';
    }
    ctx.out << (failed ? tr("Problems found.") : tr("No problems found.")) << Qt::endl;
    return failed ? Failure : Ok;
}

} // namespace blufio::cli
