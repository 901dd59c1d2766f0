#include "I18n.h"

#include <QCoreApplication>
#include <QTranslator>

namespace blufio::I18n {

QString pickLanguage(const QString &explicitLanguage, const QProcessEnvironment &env)
{
    QString value = explicitLanguage;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (!value.isEmpty())
            break;
        value = env.value(QString::fromLatin1(name));
    }
    value = value.section(u'.', 0, 0).section(u'@', 0, 0);
    if (value.isEmpty() || value == u"C" || value == u"POSIX")
        return QStringLiteral("en");
    return value.section(u'_', 0, 0).toLower();
}

bool install(const QString &language)
{
    if (language == u"en")
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/blufio_") + language)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace blufio::I18n
