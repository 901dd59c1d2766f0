#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace blufio::I18n {

// The language to use: the explicit one (--lang), else LC_ALL, LC_MESSAGES, LANG ("de_DE.UTF-8"
// -> "de"). "C", "POSIX" and unset mean English.
QString pickLanguage(const QString &explicitLanguage, const QProcessEnvironment &env);
// Loads blufio_<lang>.qm from the compiled-in resources into the application. English needs none.
bool install(const QString &language);

} // namespace blufio::I18n
