// diag::Redactor: every secret shape in, nothing of it out; harmless text unchanged.
#include "diag/Redactor.h"

#include <QtTest/QTest>

using groove::diag::Redactor;

namespace {

const QString Home = QStringLiteral("/home/alice");

} // namespace

class TestRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void secretsRemoved_data();
    void secretsRemoved();
    void harmlessUnchanged_data();
    void harmlessUnchanged();
    void homeBecomesTilde_data();
    void homeBecomesTilde();
    void idempotent();
};

void TestRedactor::secretsRemoved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // none of these may remain
    QTest::addColumn<QStringList>("kept"); // these must remain

    QTest::newRow("url user info")
            << QStringLiteral("POST https://bob:hunter2@gms.example.com/gms.dll status 200")
            << QStringList{ QStringLiteral("bob"), QStringLiteral("hunter2") }
            << QStringList{ QStringLiteral("gms.example.com/gms.dll"), QStringLiteral("200") };
    QTest::newRow("proxy user info")
            << QStringLiteral("proxy http://u%40x:p%3Ass@proxy.example:3128")
            << QStringList{ QStringLiteral("u%40x"), QStringLiteral("p%3Ass") }
            << QStringList{ QStringLiteral("proxy.example:3128") };
    QTest::newRow("url query") << QStringLiteral(
            "GET https://gms.example.com/gms.dll?session=Zx81&ticket=AbC9 done")
                               << QStringList{ QStringLiteral("Zx81"), QStringLiteral("AbC9") }
                               << QStringList{ QStringLiteral("https://gms.example.com/gms.dll"),
                                               QStringLiteral("done") };
    QTest::newRow("url fragment") << QStringLiteral("see https://gms.example.com/a#K7QM-4XHT")
                                  << QStringList{ QStringLiteral("K7QM") }
                                  << QStringList{ QStringLiteral("see") };
    QTest::newRow("enrollment link") << QStringLiteral(
            "opening groove-enroll://enroll?server=gms.example.com&code=K7QM-4XHT-93PD-ZWRB")
                                     << QStringList{ QStringLiteral("K7QM"),
                                                     QStringLiteral("ZWRB") }
                                     << QStringList{ QStringLiteral("groove-enroll://enroll"),
                                                     QStringLiteral("opening") };
    QTest::newRow("enrollment link upper case")
            << QStringLiteral("GROOVE-ENROLL://ENROLL?CODE=K7QM-4XHT-93PD-ZWRB&SERVER=x")
            << QStringList{ QStringLiteral("K7QM"), QStringLiteral("ZWRB") } << QStringList{};
    QTest::newRow("code=") << QStringLiteral("argument code=K7QM-4XHT-93PD-ZWRB given")
                           << QStringList{ QStringLiteral("K7QM"), QStringLiteral("ZWRB") }
                           << QStringList{ QStringLiteral("given") };
    QTest::newRow("code= quoted") << QStringLiteral("code=\"K7QM 4XHT\" end")
                                  << QStringList{ QStringLiteral("K7QM"), QStringLiteral("4XHT") }
                                  << QStringList{ QStringLiteral("end") };
    QTest::newRow("password=") << QStringLiteral("login=bob password=s3cr3t! next")
                               << QStringList{ QStringLiteral("s3cr3t!") }
                               << QStringList{ QStringLiteral("login=bob"),
                                               QStringLiteral("next") };
    QTest::newRow("Password: ") << QStringLiteral("Password: Tr0ub4dor&3")
                                << QStringList{ QStringLiteral("Tr0ub4dor") } << QStringList{};
    QTest::newRow("password quoted") << QStringLiteral("password='correct horse' x")
                                     << QStringList{ QStringLiteral("correct horse") }
                                     << QStringList{ QStringLiteral(" x") };
    QTest::newRow("secret=") << QStringLiteral("secret=abc123")
                             << QStringList{ QStringLiteral("abc123") } << QStringList{};
    QTest::newRow("token:") << QStringLiteral("token: eyJhbGci")
                            << QStringList{ QStringLiteral("eyJhbGci") } << QStringList{};
    QTest::newRow("authorization basic")
            << QStringLiteral("header Authorization: Basic Ym9iOmh1bnRlcjI=\nnext line")
            << QStringList{ QStringLiteral("Ym9iOmh1bnRlcjI"), QStringLiteral("Basic") }
            << QStringList{ QStringLiteral("next line") };
    QTest::newRow("proxy authorization")
            << QStringLiteral("proxy-authorization:Bearer abc.def.ghi")
            << QStringList{ QStringLiteral("abc.def.ghi") } << QStringList{};
    QTest::newRow("pem block") << QStringLiteral(
            "key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\n"
            "AASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY----- after")
                               << QStringList{ QStringLiteral("MIIEvQ"), QStringLiteral("AASCBK") }
                               << QStringList{ QStringLiteral("after"), QStringLiteral("key ") };
    QTest::newRow("pem block cut off")
            << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkq")
            << QStringList{ QStringLiteral("MIIEvQ") } << QStringList{};
    QTest::newRow("base64 key") << QStringLiteral(
            "shared key q83vEjRWeJAB8+3/Ab4k9m2ZxQ1hLs7uR0pNcYtWeV8= stored")
                                << QStringList{ QStringLiteral("q83vEjRWeJAB8") }
                                << QStringList{ QStringLiteral("shared key"),
                                                QStringLiteral("stored") };
    QTest::newRow("base64url key")
            << QStringLiteral("k=_q83vEjRWeJAB8-3Ab4k9m2ZxQ1hLs7uR0pNcYtWeV8")
            << QStringList{ QStringLiteral("q83vEjRWeJAB8") } << QStringList{};
    QTest::newRow("hex 192-bit key")
            << QStringLiteral("value 0123456789abcdef0011223344556677c0ffee00deadbeef end")
            << QStringList{ QStringLiteral("0123456789abcdef") }
            << QStringList{ QStringLiteral("value"), QStringLiteral("end") };
    QTest::newRow("hex upper case")
            << QStringLiteral("0123456789ABCDEF0011223344556677C0FFEE00DEADBEEF")
            << QStringList{ QStringLiteral("0123456789ABCDEF") } << QStringList{};
    QTest::newRow("several in a line")
            << QStringLiteral("code=AAAA password=BBBB https://u:CCCC@h/?q=DDDD")
            << QStringList{ QStringLiteral("AAAA"), QStringLiteral("BBBB"), QStringLiteral("CCCC"),
                            QStringLiteral("DDDD") }
            << QStringList{};
}

void TestRedactor::secretsRemoved()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);

    const QString out = Redactor(Home).redact(text);
    for (const QString &s : secrets)
        QVERIFY2(!out.contains(s, Qt::CaseInsensitive), qPrintable(s + u" in: " + out));
    for (const QString &k : kept)
        QVERIFY2(out.contains(k), qPrintable(k + u" lost in: " + out));
}

void TestRedactor::harmlessUnchanged_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << QStringLiteral("groove-enroll 1.0 started, mode headless pid 42");
    QTest::newRow("url without secrets")
            << QStringLiteral("POST https://gms.example.com:8443/gms.dll KeyActivation 200");
    QTest::newRow("fault code") << QStringLiteral("server fault code: 401 (step KeyActivation)");
    QTest::newRow("password words")
            << QStringLiteral("the password was not accepted; ask for a new password");
    QTest::newRow("code words") << QStringLiteral("the account configuration code is wrong");
    QTest::newRow("key names") << QStringLiteral(
            "stored 127.0.0.1:abc:sharedKey, signatureKey, encryptionKey");
    QTest::newRow("groove guid") << QStringLiteral(
            "account 2345678923456789abcdefghijkmnpqrstuvwxy enrolled");
    QTest::newRow("identity url") << QStringLiteral(
            "grooveIdentity://23456789abcdefghijkmnpqrstuvwxyz@");
    QTest::newRow("incident") << QStringLiteral("diagnostics saved, incident GE-7K3Q-9XZA");
    QTest::newRow("other home") << QStringLiteral("/home/alicesmith/file stays");
    QTest::newRow("iso time") << QStringLiteral("2026-12-06T04:30:04.123Z info groove.net x");
    QTest::newRow("short hex") << QStringLiteral("status 0x1f, sequence 42, deadbeef");
    QTest::newRow("non-ASCII") << QStringLiteral("Kontoname Jürgen Groß, Straße");
    QTest::newRow("empty") << QString();
}

void TestRedactor::harmlessUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(Redactor(Home).redact(text), text);
}

void TestRedactor::homeBecomesTilde_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("path") << QStringLiteral("wrote /home/alice/.local/share/x.json")
                          << QStringLiteral("wrote ~/.local/share/x.json");
    QTest::newRow("alone") << QStringLiteral("home /home/alice") << QStringLiteral("home ~");
    QTest::newRow("twice") << QStringLiteral("/home/alice/a /home/alice/b")
                           << QStringLiteral("~/a ~/b");
    QTest::newRow("quoted") << QStringLiteral("\"/home/alice\"") << QStringLiteral("\"~\"");
    QTest::newRow("prefix of another")
            << QStringLiteral("/home/alice2/x") << QStringLiteral("/home/alice2/x");
}

void TestRedactor::homeBecomesTilde()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor(Home + u'/').redact(text), expected);
}

void TestRedactor::idempotent()
{
    const Redactor r(Home);
    const QString once = r.redact(QStringLiteral(
            "groove-enroll://enroll?code=K7QM password=x Authorization: Basic abc /home/alice/f"));
    QCOMPARE(r.redact(once), once);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
