#pragma once

#include <QtCore/QLocale>
#include <QtCore/QString>

class QCoreApplication;

namespace groove::app {

// Our catalogues are embedded under :/i18n (app/CMakeLists.txt); tests load the built .qm files.
inline constexpr const char *EmbeddedTranslations = ":/i18n";

// Installs this program's translation for the first language of locale.uiLanguages() that we ship
// and Qt's own qtbase catalogue for the SAME language, so that Qt's buttons (QWizard's "Next",
// QDialogButtonBox) never speak another language than our texts. Without a shipped language the
// program stays in English, the language of the source texts. Returns the language chosen
// ("de", "fr", ...; "en" for the fallback).
QString installTranslators(QCoreApplication &app, const QLocale &locale = QLocale(),
                           const QString &directory = QString::fromLatin1(EmbeddedTranslations));

} // namespace groove::app
