// The shipped translations (every translations/groove-enroll_<lang>.ts but English, the language
// of the source texts): complete, and true to their source where a translator can slip (the
// placeholders, the one mnemonic, the ellipsis of a button that opens a dialog, the product
// name). And the program loads the user's language, Qt's own catalogue for that same language,
// and English where we do not ship the language.
#include "app/Translator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{ context, {}, {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured(0).remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

// A single '&' followed by a character: the mnemonic ("&&" is a literal ampersand).
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        ++count;
    }
    return count;
}

QStringList shippedLanguages()
{
    QStringList languages;
    for (const QString &file :
         QDir(QStringLiteral(GE_TS_DIR)).entryList({ QStringLiteral("groove-enroll_*.ts") })) {
        const QString language = file.mid(14, file.size() - 14 - 3);
        if (language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

    static void removeTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private slots:
    void cleanup() { removeTranslators(); }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = shippedLanguages();
        QVERIFY2(languages.size() >= 3, "German, French and Spanish are shipped");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // Every message translated, and each translation keeps what the program fills in or the
    // keyboard needs.
    void complete()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(GE_TS_DIR "/groove-enroll_%1.ts").arg(language);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(50));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(where, m.type);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(where);
                    continue;
                }
                // A plural form may leave out %n ("one account"), but never add or lose others.
                QStringList want = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.translations.size() > 1) {
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (want != got)
                    problems << QStringLiteral("%1 placeholders %2 became %3")
                                        .arg(where, want.join(u','), got.join(u','));
                if (mnemonics(m.source) != mnemonics(t))
                    problems << QStringLiteral("%1 mnemonic lost or added: \"%2\"").arg(where, t);
                if (m.source.endsWith(u'…') != t.endsWith(u'…'))
                    problems << QStringLiteral("%1 ellipsis lost or added: \"%2\"").arg(where, t);
                if (m.source.contains(QLatin1String("Groove Enroll"))
                    && !t.contains(QLatin1String("Groove Enroll"))) {
                    problems << QStringLiteral("%1 product name translated: \"%2\"").arg(where, t);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void loadsTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        for (const QString &language : shippedLanguages()) {
            QTest::newRow(qPrintable(language)) << language << language;
            // A region we do not ship on its own gets its language.
            QTest::newRow(qPrintable(language + QStringLiteral(" (region)")))
                    << language + QStringLiteral("_CH") << language;
        }
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("not shipped: English") << QStringLiteral("pt_BR") << QStringLiteral("en");
        QTest::newRow("not shipped, no Qt catalogue")
                << QStringLiteral("sw") << QStringLiteral("en");
    }

    void loadsTheUsersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(groove::app::installTranslators(*qApp, QLocale(locale), QStringLiteral(GE_QM_DIR)),
                 expected);
        // One of ours and Qt's Next button of the wizard.
        const QString ours = QCoreApplication::translate("groove::ui::WizardPageNames", "Welcome");
        const QString qts = QCoreApplication::translate("QWizard", "&Next >");
        if (expected == QLatin1String("en")) {
            QCOMPARE(ours, QStringLiteral("Welcome"));
            QCOMPARE(qts, QStringLiteral("&Next >"));
            QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
        } else {
            QVERIFY2(ours != QLatin1String("Welcome"), qPrintable(ours));
            QVERIFY2(qts != QLatin1String("&Next >"), "Qt's qtbase catalogue is not loaded");
            const auto translators = qApp->findChildren<QTranslator *>();
            QCOMPARE(translators.size(), 2);
            for (const QTranslator *t : translators)
                QVERIFY2(t->language().startsWith(expected), qPrintable(t->language()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
