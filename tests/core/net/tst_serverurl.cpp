// WIRE-PROFILE 1: which server addresses are accepted, how they are normalised, and the
// authenticated endpoint derived from them.
#include "net/ServerUrl.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;

class TestServerUrl final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *input, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("http", "http://gms.example.com/gms.dll", "http://gms.example.com/gms.dll");
        row("https", "https://gms.example.com/gms.dll", "https://gms.example.com/gms.dll");
        row("explicit port", "http://gms.example.com:8080/gms.dll",
            "http://gms.example.com:8080/gms.dll");
        row("https port", "https://gms.example.com:8443/gms.dll",
            "https://gms.example.com:8443/gms.dll");
        row("http default port dropped", "http://gms.example.com:80/gms.dll",
            "http://gms.example.com/gms.dll");
        row("https default port dropped", "https://gms.example.com:443/gms.dll",
            "https://gms.example.com/gms.dll");
        row("443 on http is explicit", "http://h:443/gms.dll", "http://h:443/gms.dll");
        row("prefix path", "http://h/GMSClient/gms.dll", "http://h/GMSClient/gms.dll");
        row("deep prefix", "https://h:9000/a/b-c/gms.dll", "https://h:9000/a/b-c/gms.dll");
        row("upper-case scheme and host", "HTTP://GMS.Example.COM/gms.dll",
            "http://gms.example.com/gms.dll");
        row("white space trimmed", "  \thttp://h/gms.dll \r\n", "http://h/gms.dll");
        row("ipv4", "http://192.0.2.10/gms.dll", "http://192.0.2.10/gms.dll");
        row("ipv4 port", "http://192.0.2.10:8009/gms.dll", "http://192.0.2.10:8009/gms.dll");
        row("ipv6", "http://[2001:db8::1]/gms.dll", "http://[2001:db8::1]/gms.dll");
        row("ipv6 port", "https://[::1]:8443/gms.dll", "https://[::1]:8443/gms.dll");
        row("single label", "http://gms/gms.dll", "http://gms/gms.dll");
        row("underscore", "http://gms_01.corp/gms.dll", "http://gms_01.corp/gms.dll");
        row("trailing dot", "http://gms.example.com./gms.dll", "http://gms.example.com./gms.dll");
        row("empty port", "http://h:/gms.dll", "http://h/gms.dll");
        row("bare host", "gms.example.com", "http://gms.example.com/gms.dll");
        row("bare host:port", "gms.example.com:8080", "http://gms.example.com:8080/gms.dll");
        row("bare host:80", "gms.example.com:80", "http://gms.example.com/gms.dll");
        row("bare localhost", "localhost", "http://localhost/gms.dll");
        row("bare ipv4", "127.0.0.1", "http://127.0.0.1/gms.dll");
        row("bare ipv4:port", "127.0.0.1:2492", "http://127.0.0.1:2492/gms.dll");
        row("bare ipv6", "[::1]", "http://[::1]/gms.dll");
        row("bare ipv6:port", "[2001:db8::5]:8080", "http://[2001:db8::5]:8080/gms.dll");
        row("bare host trimmed", " gms.example.com\n", "http://gms.example.com/gms.dll");
        // Qt shows non-whitelisted top-level domains in their ACE form.
        row("idn", "http://bücher.example/gms.dll", "http://xn--bcher-kva.example/gms.dll");
    }

    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QUrl> r = normalizeServerUrl(input);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(r->toString(), expected);
        // Normalising twice changes nothing.
        const Result<QUrl> again = normalizeServerUrl(r->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->toString(), expected);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        auto row = [](const char *name, const char *input, const char *part) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(part);
        };
        row("empty", "", "empty");
        row("blank", " \t\r\n", "empty");
        row("ftp", "ftp://h/gms.dll", "http:// or https://");
        row("file", "file:///gms.dll", "http:// or https://");
        row("no gms.dll", "http://h/", "/gms.dll");
        row("no path", "http://h", "/gms.dll");
        row("other file", "http://h/index.html", "/gms.dll");
        row("gms.dll as a folder", "http://h/gms.dll/", "/gms.dll");
        row("gms.dll suffix of a name", "http://h/xgms.dll", "/gms.dll");
        row("upper-case GMS.DLL", "http://h/GMS.DLL", "/gms.dll");
        row("userinfo", "http://user:pw@h/gms.dll", "user name");
        row("user only", "http://user@h/gms.dll", "user name");
        row("empty userinfo", "http://@h/gms.dll", "user name");
        row("query", "http://h/gms.dll?x=1", "query");
        row("empty query", "http://h/gms.dll?", "query");
        row("fragment", "http://h/gms.dll#top", "fragment");
        row("empty fragment", "http://h/gms.dll#", "fragment");
        row("port 0", "http://h:0/gms.dll", "port");
        row("port too large", "http://h:65536/gms.dll", "valid address");
        row("port not a number", "http://h:abc/gms.dll", "valid address");
        row("no host", "http:///gms.dll", "host");
        row("space in host", "http://g ms/gms.dll", "valid address");
        row("bad ipv4", "http://256.1.1.1/gms.dll", "host");
        row("numeric tld", "http://host.123/gms.dll", "host");
        row("label with leading hyphen", "http://-h.example/gms.dll", "valid");
        row("unbracketed ipv6 url", "http://2001:db8::1/gms.dll", "valid address");
        row("dot segment", "http://h/a/../gms.dll", "\"..\"");
        row("empty segment", "http://h//gms.dll", "empty");
        row("bare unbracketed ipv6", "2001:db8::1", "brackets");
        row("bare host with path", "h/gms.dll", "full address");
        row("bare host:port with path", "h:8080/gms.dll", "full address");
        row("bare with userinfo", "user@h", "full address");
        row("bare with query", "h?x", "full address");
        row("bare with inner space", "g ms", "full address");
        row("bare host with bad port", "h:http", "valid address");
        row("bare host with port 0", "h:0", "port");
        row("mailto", "mailto:a@b", "full address");
    }

    void rejected()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const Result<QUrl> r = normalizeServerUrl(input);
        QVERIFY2(!r.ok(), r.ok() ? qPrintable(r->toString()) : "");
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QCOMPARE(r.error().errorClass(), ErrorClass::Usage);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    // --auth-url and the policy's AuthenticatedServerURL: the server URL's rules, in full.
    void authenticatedAccepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *input, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("https", "https://h/AutoActivate/gms.dll", "https://h/AutoActivate/gms.dll");
        row("https port", "https://h:8443/x/gms.dll", "https://h:8443/x/gms.dll");
        row("default port dropped", "https://H:443/gms.dll", "https://h/gms.dll");
        // Accepted as a shape; the engine refuses it as insecure before anything is sent.
        row("http", "http://h:8080/AutoActivate/gms.dll", "http://h:8080/AutoActivate/gms.dll");
        row("ipv6", "https://[::1]:8443/AutoActivate/gms.dll",
            "https://[::1]:8443/AutoActivate/gms.dll");
    }

    void authenticatedAccepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QUrl> r = normalizeAuthenticatedUrl(input);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(r->toString(), expected);
    }

    void authenticatedRejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        auto row = [](const char *name, const char *input, const char *part) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(part);
        };
        row("userinfo", "https://user:pw@h/AutoActivate/gms.dll", "user name");
        row("user only", "https://user@h/AutoActivate/gms.dll", "user name");
        row("empty userinfo", "https://@h/AutoActivate/gms.dll", "user name");
        row("query", "https://h/AutoActivate/gms.dll?login=alice", "query");
        row("empty query", "https://h/AutoActivate/gms.dll?", "query");
        row("fragment", "https://h/AutoActivate/gms.dll#x", "fragment");
        row("empty fragment", "https://h/AutoActivate/gms.dll#", "fragment");
        row("bare host", "h", "full address");
        row("bare host:port", "h:8443", "full address");
        row("ftp", "ftp://h/AutoActivate/gms.dll", "http:// or https://");
        row("no gms.dll", "https://h/AutoActivate/", "/gms.dll");
        row("dot segment", "https://h/a/../gms.dll", "\"..\"");
        row("no host", "https:///gms.dll", "host");
        row("empty", "", "empty");
    }

    void authenticatedRejected()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const Result<QUrl> r = normalizeAuthenticatedUrl(input);
        QVERIFY2(!r.ok(), r.ok() ? qPrintable(r->toString()) : "");
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void plainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("plain");
        QTest::newRow("http") << QStringLiteral("http://h/gms.dll") << true;
        QTest::newRow("HTTP") << QStringLiteral("HTTP://h/gms.dll") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:80/gms.dll") << true;
        QTest::newRow("https") << QStringLiteral("https://h/gms.dll") << false;
        QTest::newRow("https on port 80") << QStringLiteral("https://h:80/gms.dll") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void plainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, plain);
        QCOMPARE(isPlainHttp(QUrl(url)), plain);
        if (plain) // the warning names the address and says what to do
            QVERIFY(plainHttpWarning(QUrl(url)).contains(QStringLiteral("https://")));
    }

    void derived_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *server, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(server) << QString::fromUtf8(expected);
        };
        row("default port becomes 443", "http://h/gms.dll", "https://h/AutoActivate/gms.dll");
        row("https stays 443", "https://h/gms.dll", "https://h/AutoActivate/gms.dll");
        row("explicit port kept", "http://h:8080/gms.dll", "https://h:8080/AutoActivate/gms.dll");
        row("explicit https port kept", "https://h:8443/gms.dll",
            "https://h:8443/AutoActivate/gms.dll");
        row("prefix kept", "http://h/GMSClient/gms.dll",
            "https://h/GMSClient/AutoActivate/gms.dll");
        row("prefix and port", "http://h:2492/a/b/gms.dll",
            "https://h:2492/a/b/AutoActivate/gms.dll");
        row("ipv6", "http://[::1]:8080/gms.dll", "https://[::1]:8080/AutoActivate/gms.dll");
        row("ipv4", "http://127.0.0.1/gms.dll", "https://127.0.0.1/AutoActivate/gms.dll");
        row("bare host:port", "h:8080", "https://h:8080/AutoActivate/gms.dll");
    }

    void derived()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        const Result<QUrl> url = normalizeServerUrl(server);
        QVERIFY(url.ok());
        QCOMPARE(deriveAuthenticatedUrl(*url).toString(), expected);
    }

    void derivedFromSomethingElseIsInvalid()
    {
        QVERIFY(!deriveAuthenticatedUrl(QUrl()).isValid());
        QVERIFY(deriveAuthenticatedUrl(QUrl(QStringLiteral("http://h/other"))).isEmpty());
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        auto row = [](const char *name, const char *a, const char *b, bool same) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << same;
        };
        row("identical", "http://h:1/gms.dll", "http://h:1/gms.dll", true);
        row("other path", "http://h:1/gms.dll", "http://h:1/x/gms.dll", true);
        row("implicit and explicit default port", "https://h/gms.dll", "https://h:443/x", true);
        row("host case", "http://H/gms.dll", "http://h/x", true);
        row("other port", "http://h:1/gms.dll", "http://h:2/gms.dll", false);
        row("other host", "http://127.0.0.1:1/gms.dll", "http://127.0.0.2:1/gms.dll", false);
        row("https to http", "https://h/gms.dll", "http://h:443/gms.dll", false);
        row("http to https", "http://h/gms.dll", "https://h:80/gms.dll", false);
        row("name versus address", "http://localhost/gms.dll", "http://127.0.0.1/gms.dll", false);
        row("invalid", "http://h/gms.dll", "", false);
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(engine::sameOrigin(QUrl(a), QUrl(b)), same);
        QCOMPARE(engine::sameOrigin(QUrl(b), QUrl(a)), same);
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
