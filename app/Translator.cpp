#include "app/Translator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

namespace groove::app {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    const QString prefix = QStringLiteral("_");

    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() itself.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("groove-enroll"), prefix, QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("groove-enroll_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), prefix,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace groove::app
