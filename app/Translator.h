#pragma once

class QCoreApplication;

namespace groove::app {

// Installs the translation of this program (embedded under :/i18n) and Qt's own for the first
// language of QLocale::uiLanguages() that has one, falling back to English.
void installTranslators(QCoreApplication &app);

} // namespace groove::app
