#include "ConfigEditor.h"

#include "common/storage/FileSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <toml++/toml.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace blufio {

namespace {
Error configError(const QString &message)
{
    return Error {ErrorCode::Config, message};
}

Error unknownKey(const QString &key)
{
    return Error {ErrorCode::Usage,
                  ConfigEditor::tr("unknown key '%1' (see `blufio config get` and docs/CONFIG.md)").arg(key)};
}

Error systemError()
{
    return Error {ErrorCode::Io, QString::fromLocal8Bit(std::strerror(errno))};
}

// Byte offset of a toml++ source position (1-based line and column; the files we edit keep keys and
// values in ASCII, and columns count code points, so walk the line by code points).
qsizetype offsetOf(const QByteArray &text, toml::source_position pos)
{
    qsizetype offset = 0;
    for (toml::source_index line = 1; line < pos.line; ++line) {
        const qsizetype nl = text.indexOf('\n', offset);
        if (nl < 0)
            return text.size();
        offset = nl + 1;
    }
    for (toml::source_index column = 1; column < pos.column && offset < text.size(); ++column) {
        // Skip one UTF-8 code point.
        ++offset;
        while (offset < text.size() && (uchar(text.at(offset)) & 0xC0) == 0x80)
            ++offset;
    }
    return offset;
}

QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c.unicode() < 0x20)
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}
} // namespace

ConfigEditor::ConfigEditor(const QProcessEnvironment &env) : m_env(env) { }

QByteArray ConfigEditor::tomlLiteral(const ConfigKey &key, const QVariant &value)
{
    switch (key.type) {
    case ConfigType::Bool:
        return value.toBool() ? "true" : "false";
    case ConfigType::Int:
        return QByteArray::number(value.toLongLong());
    case ConfigType::Double:
        return QByteArray::number(value.toDouble(), 'g', 15);
    case ConfigType::String:
        return quoted(value.toString());
    case ConfigType::StringList: {
        QByteArrayList items;
        for (const QString &item : value.toStringList())
            items.append(quoted(item));
        return '[' + items.join(", ") + ']';
    }
    case ConfigType::IntList: {
        QByteArrayList items;
        for (const QVariant &item : value.toList())
            items.append(QByteArray::number(item.toLongLong()));
        return '[' + items.join(", ") + ']';
    }
    }
    return {};
}

Result<QByteArray> ConfigEditor::edit(const QByteArray &original, const QString &sourceName,
                                      const QString &key, const QString &value) const
{
    const ConfigKey *schemaKey = findConfigKey(key);
    if (!schemaKey)
        return unknownKey(key);
    QString text = value;
    // Lists may be given as a TOML array: ["a", "b"].
    const bool list = schemaKey->type == ConfigType::StringList || schemaKey->type == ConfigType::IntList;
    if (list && text.trimmed().startsWith(u'[')) {
        text = text.trimmed().mid(1).chopped(1);
        text.remove(u'"');
    }
    const Result<QVariant> parsed = ConfigLoader::parseText(*schemaKey, text);
    if (!parsed)
        return configError(tr("'%1': %2").arg(key, parsed.errorMessage()));
    if (Result<void> checked = ConfigLoader::checkValue(*schemaKey, *parsed); !checked)
        return checked.error();
    const QByteArray literal = tomlLiteral(*schemaKey, *parsed);

    toml::table root;
    try {
        root = toml::parse(std::string_view(original.constData(), size_t(original.size())),
                           sourceName.toStdString());
    } catch (const toml::parse_error &err) {
        return configError(tr("%1:%2:%3: the file is not valid TOML; fix it first")
                               .arg(sourceName)
                               .arg(err.source().begin.line)
                               .arg(err.source().begin.column));
    }
    const std::string dotted = key.toStdString();
    QByteArray out = original;
    if (const toml::node *node = root.at_path(dotted).node()) {
        // Replace just the value: comments after it and the layout around it stay.
        const qsizetype begin = offsetOf(original, node->source().begin);
        const qsizetype end = offsetOf(original, node->source().end);
        out = original.left(begin) + literal + original.mid(end);
    } else {
        const QString section = key.section(u'.', 0, -2);
        const QByteArray line = key.section(u'.', -1).toUtf8() + " = " + literal + '\n';
        const toml::node *table = root.at_path(section.toStdString()).node();
        if (table && table->is_table() && table->source().begin.line > 0) {
            // Right after the [section] header line.
            qsizetype at = offsetOf(original, table->source().begin);
            const qsizetype nl = original.indexOf('\n', at);
            at = nl < 0 ? original.size() : nl + 1;
            out = original.left(at) + (nl < 0 ? QByteArray("\n") : QByteArray()) + line + original.mid(at);
        } else {
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += '\n';
            out += (out.isEmpty() ? QByteArray() : QByteArray("\n")) + '[' + section.toUtf8() + "]\n" + line;
        }
    }
    // The whole file must still load: cross-key rules (warn below limit, TLS pairs) included.
    if (const Result<Config> check = ConfigLoader(m_env).parse(out, sourceName); !check)
        return check.error();
    return out;
}

Result<ConfigEditor::TemporaryFile> ConfigEditor::createTemporaryFor(const QString &target)
{
    const QFileInfo info(target);
    QByteArray name = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                        + QStringLiteral(".XXXXXX"));
    // mkostemp makes the file 0600 and ours alone; the target's mode goes on before any byte does,
    // so neither a looser nor a tighter mode is ever seen on the new file.
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return systemError();
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        // Owner and group first (chown may clear mode bits): /etc/blufio/blufio.toml is root:blufio 0640
        // and blufiod must still read it after root edits it. Only root may give a file away; anyone
        // else keeps their own ownership, which is already the target's in the usual case.
        if ((::fchown(fd, st.st_uid, st.st_gid) != 0 && ::geteuid() == 0)
            || ::fchmod(fd, st.st_mode & 07777) != 0) {
            const Error error = systemError();
            ::close(fd);
            ::unlink(name.constData());
            return error;
        }
    }
    return TemporaryFile {fd, QFile::decodeName(name)};
}

Result<ConfigEditor::Written> ConfigEditor::set(const QString &file, const QString &key,
                                                const QString &value) const
{
    // Before the file is touched: a key the command line got wrong is a usage error whatever the file.
    if (!findConfigKey(key))
        return unknownKey(key);
    // A symlinked config (config management often links it) is edited where it points, and stays a link.
    const QFileInfo link(file);
    const QString path
        = link.isSymLink() && !link.canonicalFilePath().isEmpty() ? link.canonicalFilePath() : file;
    QByteArray original;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return configError(tr("cannot read %1: %2").arg(path, file.errorString()));
        original = file.readAll();
    }
    const Result<QByteArray> editedText = edit(original, path, key, value);
    if (!editedText)
        return editedText.error();
    const QByteArray &edited = *editedText;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Result<TemporaryFile> created = createTemporaryFor(path);
    if (!created)
        return configError(tr("cannot write %1: %2").arg(path, created.errorMessage()));
    const int fd = created->fd;
    const QString temporary = created->path;
    auto failed = [&](const QString &reason) {
        ::close(fd);
        QFile::remove(temporary);
        return configError(tr("cannot write %1: %2").arg(path, reason));
    };
    qsizetype written = 0;
    while (written < edited.size()) {
        const ssize_t n = ::write(fd, edited.constData() + written, size_t(edited.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
        written += n;
    }
    if (::fsync(fd) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    if (::close(fd) != 0) {
        QFile::remove(temporary);
        return configError(tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return configError(tr("cannot write %1: %2").arg(path, reason));
    }
    // The rename is durable once the directory is: a crash right after must not bring the old file back.
    // The file is already in place; a directory that will not flush has nothing left to undo.
    (void)FileSync::syncDirectoryOf(path);
    return exists ? Written::Updated : Written::Created;
}

} // namespace blufio
