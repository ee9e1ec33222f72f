#include "app/Translator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace groove::app {

namespace {

// "de-CH" → { "de_CH", "de" }: a regional catalogue first, then the language's.
QStringList candidatesFor(const QString &uiLanguage)
{
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList names{ name };
    const qsizetype cut = name.indexOf(QLatin1Char('_'));
    if (cut > 0)
        names << name.left(cut);
    return names;
}

} // namespace

QString installTranslators(QCoreApplication &app, const QLocale &locale, const QString &directory)
{
    const QString prefix = QStringLiteral("groove-enroll_");
    for (const QString &uiLanguage : locale.uiLanguages()) {
        // The source texts are English: nothing to load, Qt's own texts included.
        if (uiLanguage == QLatin1String("en") || uiLanguage.startsWith(QLatin1String("en-"))
            || uiLanguage == QLatin1String("C")) {
            return QStringLiteral("en");
        }
        for (const QString &name : candidatesFor(uiLanguage)) {
            auto *own = new QTranslator(&app);
            if (!own->load(prefix + name, directory)) {
                delete own;
                continue;
            }
            QCoreApplication::installTranslator(own);
            auto *qt = new QTranslator(&app);
            if (qt->load(QStringLiteral("qtbase_") + name,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                || qt->load(QStringLiteral("qtbase_") + candidatesFor(name).constLast(),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
            } else {
                delete qt;
            }
            return name;
        }
    }
    return QStringLiteral("en");
}

} // namespace groove::app
