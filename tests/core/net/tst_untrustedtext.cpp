// Server-controlled text made safe to show: what is escaped, what is kept, and that escaping
// twice changes nothing.
#include "UntrustedText.h"

#include <QtTest/QTest>

using namespace groove;

class TestUntrustedText final : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &input, const char *expected) {
            QTest::newRow(name) << input << QString::fromUtf8(expected);
        };
        row("plain ASCII", QStringLiteral("http://h/gms.dll?a=b c"), "http://h/gms.dll?a=b c");
        row("non-ASCII letters kept", QStringLiteral("Zoë Müller 東京"), "Zoë Müller 東京");
        row("emoji kept (surrogate pair)", QString::fromUtf8("ok \xF0\x9F\x91\x8D"),
            "ok \xF0\x9F\x91\x8D");
        row("ANSI colour", QStringLiteral("\x1B[31mred\x1B[0m"), "\\x1B[31mred\\x1B[0m");
        row("newline and CR", QStringLiteral("a\r\nb"), "a\\x0D\\x0Ab");
        row("tab", QStringLiteral("a\tb"), "a\\x09b");
        row("NUL", QString(QChar(0)) + u'x', "\\x00x");
        row("DEL", QStringLiteral("a\x7F"), "a\\x7F");
        row("C1 CSI", QString(QChar(0x9B)) + QStringLiteral("31m"), "\\u{009B}31m");
        row("bidi override", QString(QChar(0x202E)) + QStringLiteral("exe.txt"),
            "\\u{202E}exe.txt");
        row("bidi isolate", QString(QChar(0x2066)) + u'x' + QChar(0x2069), "\\u{2066}x\\u{2069}");
        row("zero width joiner", QString(QChar(0x200D)), "\\u{200D}");
        row("BOM", QString(QChar(0xFEFF)) + u'x', "\\u{FEFF}x");
        row("line separator", QString(QChar(0x2028)), "\\u{2028}");
        row("lone surrogate", QString(QChar(0xD800)) + u'x', "\\u{D800}x");
        row("backslash kept (escaping twice changes nothing)", QStringLiteral("\\x1B"), "\\x1B");
        row("empty", QString(), "");
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(escapeUntrusted(QStringView(input)), expected);
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QByteArray &input, const char *expected) {
            QTest::newRow(name) << input << QString::fromUtf8(expected);
        };
        row("ASCII", "/gms.dll", "/gms.dll");
        row("valid UTF-8 kept", "Zo\xC3\xAB", "Zoë");
        row("ANSI escape", "/a\x1B[31mb\n", "/a\\x1B[31mb\\x0A");
        row("bidi override in UTF-8", "x\xE2\x80\xAEy", "x\\u{202E}y");
        row("C1 in UTF-8", "\xC2\x9B", "\\u{009B}");
        row("invalid byte", "a\xFFz", "a\\xFFz");
        row("C1 as a Latin-1 byte", "\x9B", "\\x9B");
        row("truncated sequence", "a\xE2\x80", "a\\xE2\\x80");
        row("overlong slash", "\xC0\xAF", "\\xC0\\xAF");
        row("encoded surrogate", "\xED\xA0\x80", "\\xED\\xA0\\x80");
        row("past U+10FFFF", "\xF4\x90\x80\x80", "\\xF4\\x90\\x80\\x80");
        row("four-byte kept", "\xF0\x9F\x91\x8D", "\xF0\x9F\x91\x8D");
    }

    void bytes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(escapeUntrusted(QByteArrayView(input)), expected);
    }

    void idempotent()
    {
        const QString once = escapeUntrusted(QByteArrayView("a\x1B[1m\xE2\x80\xAE\xFF\n"));
        QCOMPARE(escapeUntrusted(QStringView(once)), once);
    }

    // Whatever comes in, nothing a terminal acts on comes out.
    void noControlCharacterSurvives()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString out = escapeUntrusted(QByteArrayView(all));
        for (const QChar c : out) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F
                             && !(c.unicode() >= 0x80 && c.unicode() <= 0x9F),
                     qPrintable(QString::number(c.unicode(), 16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
