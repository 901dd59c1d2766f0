#include "ConfigCommand.h"

#include <QFileInfo>

namespace blufio::cli {

QString ConfigCommand::description() const
{
    return tr("Show, check and locate the configuration.");
}

QString ConfigCommand::example() const
{
    return QStringLiteral("blufio config get daemon.memory_limit_mb");
}

QString ConfigCommand::positionalSyntax() const
{
    return QStringLiteral("get KEY | validate [FILE] | path");
}

void ConfigCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("get KEY, validate [FILE] or path."));
    parser.addOption(QCommandLineOption(QStringLiteral("value-only"), tr("get: print only the value.")));
}

int ConfigCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    const QString sub = args.value(0);
    if (sub == u"get")
        return get(parser, args.mid(1), ctx);
    if (sub == u"validate")
        return validate(args.mid(1), ctx);
    if (sub == u"path")
        return path(ctx);
    ctx.err << (sub.isEmpty() ? tr("blufio config: missing subcommand.") : tr("blufio config: unknown subcommand '%1'.").arg(sub))
            << ' ' << tr("Use one of: %1").arg(positionalSyntax()) << Qt::endl;
    return Usage;
}

int ConfigCommand::get(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    if (args.size() != 1) {
        ctx.err << tr("blufio config get: expected exactly one KEY, e.g. %1").arg(example()) << Qt::endl;
        return Usage;
    }
    const ConfigKey *key = findConfigKey(args.first());
    if (!key) {
        ctx.err << tr("blufio config get: unknown key '%1'.").arg(args.first()) << Qt::endl;
        return Usage;
    }
    const auto config = loadConfig(ctx);
    if (!config)
        return ConfigError;
    const ConfigEntry &entry = config->entry(key->key);
    QString value;
    if (!entry.value.isValid())
        value = tr("(unset)");
    else if (key->type == ConfigType::StringList)
        value = QStringLiteral("[") + entry.value.toStringList().join(QStringLiteral(", ")) + u']';
    else if (key->secret && !entry.value.toString().startsWith(QStringLiteral("vault:")))
        value = QStringLiteral("****");
    else
        value = entry.value.toString();
    if (parser.isSet(QStringLiteral("value-only"))) {
        ctx.out << value << Qt::endl;
        return Ok;
    }
    QString where = Config::sourceName(entry.source);
    if (!entry.origin.isEmpty())
        where += QStringLiteral(" ") + entry.origin;
    ctx.out << key->key << " = " << value << "  (" << where << ')' << Qt::endl;
    return Ok;
}

int ConfigCommand::validate(const QStringList &args, CommandContext &ctx)
{
    const ConfigLoader loader(ctx.env);
    const QString file = args.isEmpty() ? loader.locate(ctx.configPath) : args.first();
    if (file.isEmpty()) {
        ctx.out << tr("No configuration file found; the built-in defaults apply.") << Qt::endl;
        return Ok;
    }
    if (!QFileInfo::exists(file)) {
        ctx.err << tr("%1: file not found").arg(file) << Qt::endl;
        return ConfigError;
    }
    const ConfigResult result = loader.loadFile(file);
    if (!result.ok()) {
        ctx.err << result.errorText() << Qt::endl;
        return ConfigError;
    }
    ctx.out << tr("%1: configuration is valid").arg(file) << Qt::endl;
    return Ok;
}

int ConfigCommand::path(CommandContext &ctx)
{
    const ConfigLoader loader(ctx.env);
    const QString used = loader.locate(ctx.configPath);
    ctx.out << (used.isEmpty() ? tr("(none: built-in defaults)") : used) << Qt::endl;
    if (!ctx.colour && !ctx.env.contains(QStringLiteral("BLUFIO_VERBOSE")))
        return Ok;
    for (const QString &candidate : loader.searchPath(ctx.configPath))
        ctx.err << "  " << (candidate == used ? u'*' : u' ') << ' ' << candidate << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
