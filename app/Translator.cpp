#include "app/Translator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace groove::app {

QString installTranslators(QCoreApplication &app, const QLocale &locale, const QString &directory)
{
    const QString prefix = QStringLiteral("groove-enroll_");
    for (const QString &uiLanguage : locale.uiLanguages()) {
        // The source texts are English: nothing to load, Qt's own texts included.
        if (uiLanguage == QLatin1String("en") || uiLanguage.startsWith(QLatin1String("en-"))
            || uiLanguage == QLatin1String("C")) {
            return QStringLiteral("en");
        }
        // load() also tries the name without its last "_part" in turn: "de_Latn_CH" finds
        // groove-enroll_de.qm, and qtbase_de.qm for Qt's texts.
        QString name = uiLanguage;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        auto *own = new QTranslator(&app);
        if (!own->load(prefix + name, directory)) {
            delete own;
            continue;
        }
        QCoreApplication::installTranslator(own);
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + name,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
        QString language = own->language();
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        return language.section(QLatin1Char('_'), 0, 0);
    }
    return QStringLiteral("en");
}

} // namespace groove::app
