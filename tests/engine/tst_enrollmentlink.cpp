// Enrollment links (CLI-CONTRACT.md) and what "Paste e-mail or link..." finds in pasted text:
// what is accepted, what is refused with which message, and that no message carries the code.
#include "engine/EnrollmentLink.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;

namespace {

const QString Code = QStringLiteral("K7QM-4XHT-93PD-ZWRB");
const QString Pin =
        QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
// 2030-01-01T00:00:00Z
constexpr qint64 Future = 1893456000;

QDateTime now()
{
    return QDateTime(QDate(2026, 12, 6), QTime(1, 0), Qt::UTC);
}

QString link(const QString &query)
{
    return QStringLiteral("groove-enroll://enroll?") + query;
}

QString withCode(const QString &server = QStringLiteral("gms.example.com"))
{
    return link(QStringLiteral("server=%1&code=%2").arg(server, Code));
}

} // namespace

class TestEnrollmentLink final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void expiredNamesTheDate();
    void looksLike_data();
    void looksLike();
    void extracted_data();
    void extracted();
    void refusedLinkInPastedText();
};

void TestEnrollmentLink::accepted_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<qint64>("expires"); // 0: none

    const QString gms = QStringLiteral("http://gms.example.com/gms.dll");
    QTest::newRow("bare host") << withCode() << gms << Code << QByteArray() << qint64(0);
    QTest::newRow("slash before the query")
            << QStringLiteral("groove-enroll://enroll/?server=gms.example.com&code=%1").arg(Code)
            << gms << Code << QByteArray() << qint64(0);
    QTest::newRow("scheme and host in capitals")
            << QStringLiteral("GROOVE-ENROLL://Enroll?server=gms.example.com&code=%1").arg(Code)
            << gms << Code << QByteArray() << qint64(0);
    QTest::newRow("percent-encoded full URL")
            << link(QStringLiteral("server=https%3A%2F%2Fgms.example.com%3A8443%2Fgroove%2Fgms.dll"
                                   "&code=%1")
                            .arg(Code))
            << QStringLiteral("https://gms.example.com:8443/groove/gms.dll") << Code << QByteArray()
            << qint64(0);
    QTest::newRow("order does not matter")
            << link(QStringLiteral("code=%1&server=gms.example.com").arg(Code)) << gms << Code
            << QByteArray() << qint64(0);
    QTest::newRow("encoded unicode code")
            << link(QStringLiteral("server=gms.example.com&code=%D0%BA%D0%BE%D0%B4-%F0%9F%94%91"))
            << gms << QStringLiteral("\u043A\u043E\u0434-\U0001F511") << QByteArray() << qint64(0);
    QTest::newRow("code trimmed, '+' kept")
            << link(QStringLiteral("server=gms.example.com&code=%20AB+CD%0A")) << gms
            << QStringLiteral("AB+CD") << QByteArray() << qint64(0);
    QTest::newRow("pin") << link(
            QStringLiteral("server=gms.example.com&code=%1&pin=%2").arg(Code, Pin))
                         << gms << Code << QByteArray::fromHex(Pin.toLatin1()) << qint64(0);
    QTest::newRow("pin with colons")
            << link(QStringLiteral("server=gms.example.com&code=%1&pin=%2")
                            .arg(Code,
                                 QStringLiteral("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:"
                                                "ee:ff:00:11:22:33:44:55:66:77:88:99:aa:bb:"
                                                "cc:dd:ee:ff")))
            << gms << Code << QByteArray::fromHex(Pin.toLatin1()) << qint64(0);
    QTest::newRow("expires in the future") << link(
            QStringLiteral("server=gms.example.com&code=%1&expires=%2").arg(Code).arg(Future))
                                           << gms << Code << QByteArray() << Future;
    QTest::newRow("surrounding white space")
            << QStringLiteral("  %1\n").arg(withCode()) << gms << Code << QByteArray() << qint64(0);
}

void TestEnrollmentLink::accepted()
{
    QFETCH(QString, link);
    QFETCH(QString, server);
    QFETCH(QString, code);
    QFETCH(QByteArray, pin);
    QFETCH(qint64, expires);

    const Result<EnrollmentLink> parsed = parseEnrollmentLink(link, now());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toLogString()));
    QCOMPARE(parsed->serverUrl.toString(), server);
    QCOMPARE(parsed->code, code);
    QCOMPARE(parsed->pinSha256, pin);
    if (expires == 0)
        QVERIFY(!parsed->expires.isValid());
    else
        QCOMPARE(parsed->expires, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC));
}

void TestEnrollmentLink::refused_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("says"); // a word of the message

    const QString server = QStringLiteral("server=gms.example.com");
    QTest::newRow("other scheme") << QStringLiteral("https://enroll?%1&code=%2").arg(server, Code)
                                  << QString();
    QTest::newRow("no slashes")
            << QStringLiteral("groove-enroll:enroll?%1&code=%2").arg(server, Code) << QString();
    QTest::newRow("other target")
            << QStringLiteral("groove-enroll://unenroll?%1&code=%2").arg(server, Code)
            << QStringLiteral("not an enrollment link");
    QTest::newRow("longer path")
            << QStringLiteral("groove-enroll://enroll/x?%1&code=%2").arg(server, Code)
            << QStringLiteral("not an enrollment link");
    QTest::newRow("user info")
            << QStringLiteral("groove-enroll://me@enroll?%1&code=%2").arg(server, Code)
            << QStringLiteral("damaged");
    QTest::newRow("fragment") << withCode() + QStringLiteral("#top") << QStringLiteral("damaged");
    QTest::newRow("no query") << QStringLiteral("groove-enroll://enroll")
                              << QStringLiteral("no server address and no code");
    QTest::newRow("missing server")
            << link(QStringLiteral("code=%1").arg(Code)) << QStringLiteral("no server address");
    QTest::newRow("missing code") << link(server) << QStringLiteral("no account configuration");
    QTest::newRow("empty code") << link(server + QStringLiteral("&code="))
                                << QStringLiteral("empty \"code\"");
    QTest::newRow("blank code") << link(server + QStringLiteral("&code=%20%09"))
                                << QStringLiteral("not valid");
    QTest::newRow("code with a control character")
            << link(server + QStringLiteral("&code=%1%07").arg(Code))
            << QStringLiteral("not valid");
    QTest::newRow("code with a zero-width space")
            << link(server + QStringLiteral("&code=%1%E2%80%8B").arg(Code))
            << QStringLiteral("not valid");
    QTest::newRow("over-long code") << link(server + QStringLiteral("&code=") + QString(300, u'A'))
                                    << QStringLiteral("not valid");
    QTest::newRow("empty server") << link(QStringLiteral("server=&code=%1").arg(Code))
                                  << QStringLiteral("\"server\"");
    QTest::newRow("unusable server")
            << link(QStringLiteral("server=ftp%3A%2F%2Fgms.example.com&code=%1").arg(Code))
            << QStringLiteral("server address");
    QTest::newRow("unknown parameter")
            << withCode() + QStringLiteral("&login=alice") << QStringLiteral("\"login\"");
    QTest::newRow("repeated parameter") << withCode() + QStringLiteral("&code=%1").arg(Code)
                                        << QStringLiteral("more than once");
    QTest::newRow("code split by a stray '&'")
            << link(server + QStringLiteral("&code=K7QM-4XHT&93PD-ZWRB"))
            << QStringLiteral("damaged");
    QTest::newRow("empty parameter") << withCode() + u'&' << QStringLiteral("damaged");
    QTest::newRow("bad percent escape")
            << link(server + QStringLiteral("&code=%1%2G").arg(Code)) << QStringLiteral("damaged");
    QTest::newRow("truncated percent escape")
            << link(server + QStringLiteral("&code=%1%4").arg(Code)) << QStringLiteral("damaged");
    QTest::newRow("invalid UTF-8")
            << link(server + QStringLiteral("&code=%1%FF").arg(Code)) << QStringLiteral("damaged");
    QTest::newRow("space inside") << link(server + QStringLiteral("&code=K7QM 4XHT-93PD-ZWRB"))
                                  << QStringLiteral("damaged");
    QTest::newRow("short pin") << withCode() + QStringLiteral("&pin=0011")
                               << QStringLiteral("64 hexadecimal");
    QTest::newRow("pin not hex") << withCode() + QStringLiteral("&pin=") + QString(64, u'g')
                                 << QStringLiteral("64 hexadecimal");
    QTest::newRow("expires not a number")
            << withCode() + QStringLiteral("&expires=tomorrow") << QStringLiteral("expiry");
    QTest::newRow("expires negative")
            << withCode() + QStringLiteral("&expires=-5") << QStringLiteral("expiry");
    QTest::newRow("expires too far")
            << withCode() + QStringLiteral("&expires=99999999999999") << QStringLiteral("expiry");
    QTest::newRow("expired") << withCode() + QStringLiteral("&expires=1700000000")
                             << QStringLiteral("expired");
    QTest::newRow("expires exactly now")
            << withCode() + QStringLiteral("&expires=%1").arg(now().toSecsSinceEpoch())
            << QStringLiteral("expired");
    QTest::newRow("too long") << withCode() + QStringLiteral("&pin=") + QString(MaxLinkLength, u'0')
                              << QStringLiteral("too long");
}

void TestEnrollmentLink::refused()
{
    QFETCH(QString, link);
    QFETCH(QString, says);

    const Result<EnrollmentLink> parsed = parseEnrollmentLink(link, now());
    QVERIFY(!parsed.ok());
    const Error &e = parsed.error();
    QCOMPARE(e.kind, ErrorKind::Usage);
    QVERIFY(!e.message.isEmpty());
    if (!says.isEmpty())
        QVERIFY2(e.message.contains(says, Qt::CaseInsensitive), qPrintable(e.message));
    QVERIFY(e.hint.contains(QStringLiteral("new link")));
    // Neither the code nor a piece of it, in what is shown or what is logged.
    for (const QString &text : { e.message, e.hint, e.detail, e.toLogString() }) {
        QVERIFY2(!text.contains(QStringLiteral("K7QM")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("ZWRB")), qPrintable(text));
    }
}

void TestEnrollmentLink::expiredNamesTheDate()
{
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Result<EnrollmentLink> parsed =
            parseEnrollmentLink(withCode() + QStringLiteral("&expires=1700000000"), now());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(
                     QLocale().toString(expires.toLocalTime(), QLocale::LongFormat)),
             qPrintable(parsed.error().message));
    QVERIFY(parsed.error().detail.contains(QStringLiteral("2023-11-14T22:13:20Z")));
}

void TestEnrollmentLink::looksLike_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("looksLike");
    QTest::newRow("link") << withCode() << true;
    QTest::newRow("capitals") << QStringLiteral("Groove-Enroll://enroll") << true;
    QTest::newRow("scheme only") << QStringLiteral("groove-enroll:") << true;
    QTest::newRow("option") << QStringLiteral("--tray") << false;
    QTest::newRow("https") << QStringLiteral("https://gms.example.com/gms.dll") << false;
    QTest::newRow("other scheme") << QStringLiteral("groove-enrollx://enroll") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEnrollmentLink::looksLike()
{
    QFETCH(QString, argument);
    QFETCH(bool, looksLike);
    QCOMPARE(looksLikeEnrollmentLink(argument), looksLike);
}

void TestEnrollmentLink::extracted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("pinned");

    const QString gms = QStringLiteral("http://gms.example.com/gms.dll");
    const QString https = QStringLiteral("https://gms.example.com/gms.dll");
    QTest::newRow("the link alone") << withCode() << gms << Code << false;
    QTest::newRow("nothing") << QStringLiteral("Hello,\nsee you tomorrow.\n") << QString()
                             << QString() << false;
    QTest::newRow("link in angle brackets, wrapped")
            << QStringLiteral("Hello Sam,\n\nclick <groove-enroll://enroll?server=https%3A%2F%2F"
                              "gms.example.com%2Fgms.dll&\n  code=")
                    + Code + QStringLiteral("&pin=") + Pin + QStringLiteral("> to start.\n")
            << https << Code << true;
    QTest::newRow("link in quotes")
            << QStringLiteral("<a href=\"%1\">Enroll</a>").arg(withCode()) << gms << Code << false;
    QTest::newRow("link wrapped after '&', full stop after it")
            << QStringLiteral("Open this link: groove-enroll://enroll?server=gms.example.com&\n"
                              "code=%1.\nThanks, IT")
                       .arg(Code)
            << gms << Code << false;
    QTest::newRow("link wins over the lines")
            << QStringLiteral("Server: other.example.com\nCode: AAAA\n%1\n").arg(withCode()) << gms
            << Code << false;
    QTest::newRow("typical e-mail")
            << QStringLiteral(
                       "Subject: Your Groove account\n\nDear Sam,\n\nyour account is ready. Start "
                       "Groove Enroll and enter:\n\n  Management server: https://gms.example.com/"
                       "gms.dll\n  Account configuration code: %1\n\nThe code is valid for 7 "
                       "days.\n\nRegards,\nIT Service Desk\n")
                       .arg(Code)
            << https << Code << false;
    QTest::newRow("short labels, bare host")
            << QStringLiteral("Server: gms.example.com\nCode: %1 (valid for a week)\n").arg(Code)
            << gms << Code << false;
    QTest::newRow("labels in other case, quoted reply, CRLF")
            << QStringLiteral("> SERVER ADDRESS: gms.example.com:8080\r\n> activation code = "
                              "\"%1\"\r\n")
                       .arg(Code)
            << QStringLiteral("http://gms.example.com:8080/gms.dll") << Code << false;
    QTest::newRow("value on the next line")
            << QStringLiteral("Account configuration code:\n\n    %1\n").arg(Code) << QString()
            << Code << false;
    QTest::newRow("bare gms.dll URL anywhere")
            << QStringLiteral("Please use https://gms.example.com/gms.dll as the address.\n"
                              "Your code: %1\n")
                       .arg(Code)
            << https << Code << false;
    QTest::newRow("bullets and bold")
            << QStringLiteral("* Server: **gms.example.com**\n* Code: **%1**\n").arg(Code) << gms
            << Code << false;
    QTest::newRow("only a code") << QStringLiteral("Code: %1").arg(Code) << QString() << Code
                                 << false;
    QTest::newRow("not a label") << QStringLiteral("Postal code: 12345\nZip code: 4711\n")
                                 << QString() << QString() << false;
}

void TestEnrollmentLink::extracted()
{
    QFETCH(QString, text);
    QFETCH(QString, server);
    QFETCH(QString, code);
    QFETCH(bool, pinned);

    const PastedEnrollment found = extractEnrollment(text, now());
    QVERIFY2(!found.linkError,
             qPrintable(found.linkError ? found.linkError->toLogString() : QString()));
    QCOMPARE(found.server, server);
    QCOMPARE(found.code, code);
    QCOMPARE(found.pinSha256.size(), pinned ? 32 : 0);
}

void TestEnrollmentLink::refusedLinkInPastedText()
{
    // An expired link is reported, and nothing else from the text is prefilled in its place.
    const PastedEnrollment found = extractEnrollment(
            QStringLiteral("Server: gms.example.com\nCode: %1\nOr click %2&expires=1700000000\n")
                    .arg(Code, withCode()),
            now());
    QVERIFY(found.linkError.has_value());
    QCOMPARE(found.linkError->kind, ErrorKind::Usage);
    QVERIFY(found.linkError->message.contains(QStringLiteral("expired")));
    QVERIFY(found.server.isEmpty());
    QVERIFY(found.code.isEmpty());
}

QTEST_GUILESS_MAIN(TestEnrollmentLink)
#include "tst_enrollmentlink.moc"
