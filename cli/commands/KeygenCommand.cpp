#include "KeygenCommand.h"

#include "common/crypto/DeviceKey.h"

#include <QDir>

namespace blufio::cli {

QString KeygenCommand::description() const
{
    return tr("Create a device key (Ed25519) and print its public half for gateway.device_keys.");
}

void KeygenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace an existing key.")));
    parser.addOption(QCommandLineOption(QStringLiteral("output"),
                                        tr("Write the key to FILE instead of data_dir/device.key."),
                                        QStringLiteral("FILE")));
}

int KeygenCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (!args.isEmpty()) {
        ctx.err << tr("blufio keygen: unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return exitCodeFor(config.code());
    QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        QDir().mkpath(config->dataDir());
        path = QDir(config->dataDir()).filePath(DeviceKey::defaultFileName());
    }
    const DeviceKey key = DeviceKey::generate();
    if (const Result<void> saved = key.save(path, parser.isSet(QStringLiteral("force"))); !saved) {
        ctx.err << "blufio keygen: " << saved.errorMessage() << Qt::endl;
        return exitCodeFor(saved.code());
    }
    ctx.err
        << tr("Wrote the device key to %1 (mode 0600). Add its public key to gateway.device_keys:").arg(path)
        << Qt::endl;
    ctx.out << key.publicKeyBase64() << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
