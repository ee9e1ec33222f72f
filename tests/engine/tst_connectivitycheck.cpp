// The dry run (groove-enroll --check) against a real devserver: every item, every failure class,
// and that the check leaves the server's members alone.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"
#include "net/ConnectivityCheck.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

namespace {

enum class Pin { None, Good, Wrong };

struct Outcome
{
    QList<ConnectivityCheck::Item> items;
    std::optional<Error> error;
    QList<ConnectivityCheck::Item> emitted; // through itemFinished
    int finishedCount = 0;
};

// "+" ok, "-" not ok, one character per item.
QString pattern(const QList<ConnectivityCheck::Item> &items)
{
    QString p;
    for (const ConnectivityCheck::Item &i : items)
        p += i.ok ? u'+' : u'-';
    return p;
}

QString describe(const Outcome &o)
{
    QStringList lines;
    for (const ConnectivityCheck::Item &i : o.items)
        lines.append(QStringLiteral("%1 %2 %3")
                             .arg(i.name, i.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"),
                                  i.detail));
    lines.append(o.error ? o.error->toLogString() : QStringLiteral("no error"));
    return lines.join(u'\n');
}

QList<std::pair<QString, QString>> memberCodes(DevServer &server)
{
    QList<std::pair<QString, QString>> codes;
    for (const MemberState &m : server.state().members())
        codes.append({ m.login, m.code });
    return codes;
}

bool anyEnrolled(DevServer &server)
{
    const QList<MemberState> members = server.state().members();
    return std::any_of(members.cbegin(), members.cend(),
                       [](const MemberState &m) { return m.enrolled; });
}

} // namespace

class TestConnectivityCheck final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    TransportOptions options(bool withCa, Pin pin) const
    {
        TransportOptions o;
        o.requestTimeout = std::chrono::seconds(10);
        if (withCa)
            o.caFile = m_server->caPath();
        if (pin != Pin::None)
            o.pinSha256 = m_server->serverSpkiSha256();
        if (pin == Pin::Wrong)
            o.pinSha256[5] = char(o.pinSha256.at(5) ^ 0x40);
        return o;
    }

    QUrl serverUrl(bool https) const
    {
        QUrl u(m_server->serverUrl());
        if (https)
            u.setScheme(QStringLiteral("https")); // the devserver speaks TLS on the same port
        return u;
    }

    // Runs one check; 'onItem' may act on the check from inside itemFinished().
    Outcome run(ConnectivityCheck &check, const QUrl &server, bool needAuth,
                const std::function<void(const ConnectivityCheck::Item &)> &onItem = {},
                const std::function<void()> &afterStart = {})
    {
        Outcome o;
        const QMetaObject::Connection onItemConnection =
                connect(&check, &ConnectivityCheck::itemFinished, &check,
                        [&](const ConnectivityCheck::Item &item) {
                            o.emitted.append(item);
                            if (onItem)
                                onItem(item);
                        });
        const QMetaObject::Connection onFinishedConnection =
                connect(&check, &ConnectivityCheck::finished, &check,
                        [&](const QList<ConnectivityCheck::Item> &items,
                            const std::optional<Error> &error) {
                            ++o.finishedCount;
                            o.items = items;
                            o.error = error;
                        });
        QSignalSpy finished(&check, &ConnectivityCheck::finished);
        check.start(server, QUrl(m_server->authenticatedUrl()), needAuth);
        if (afterStart)
            afterStart();
        if (finished.isEmpty())
            finished.wait(60000);
        // Late callbacks of an aborted stage would arrive now, and must not finish again.
        QCoreApplication::processEvents();
        disconnect(onItemConnection);
        disconnect(onFinishedConnection);
        return o;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void allOk_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("needAuth");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<int>("pin");
        QTest::addColumn<QString>("tlsDetail"); // start of the TLS detail
        QTest::newRow("http") << false << false << false << int(Pin::None)
                              << QStringLiteral("not needed (http)");
        QTest::newRow("http, CA") << false << false << true << int(Pin::None)
                                  << QStringLiteral("not needed (http)");
        QTest::newRow("http + auth, CA")
                << false << true << true << int(Pin::None) << QStringLiteral("127.0.0.1:");
        QTest::newRow("https, CA")
                << true << false << true << int(Pin::None) << QStringLiteral("127.0.0.1:");
        QTest::newRow("https + auth, CA")
                << true << true << true << int(Pin::None) << QStringLiteral("127.0.0.1:");
        QTest::newRow("https, CA and pin")
                << true << false << true << int(Pin::Good) << QStringLiteral("127.0.0.1:");
        QTest::newRow("https, pin without CA")
                << true << false << false << int(Pin::Good) << QStringLiteral("127.0.0.1:");
        QTest::newRow("http + auth, pin without CA")
                << false << true << false << int(Pin::Good) << QStringLiteral("127.0.0.1:");
    }

    void allOk()
    {
        QFETCH(bool, https);
        QFETCH(bool, needAuth);
        QFETCH(bool, withCa);
        QFETCH(int, pin);
        QFETCH(QString, tlsDetail);
        const auto codesBefore = memberCodes(*m_server);

        ConnectivityCheck check(m_nam.get(), options(withCa, Pin(pin)));
        const Outcome o = run(check, serverUrl(https), needAuth);
        QCOMPARE(o.finishedCount, 1);
        QVERIFY2(!o.error, qPrintable(describe(o)));
        QCOMPARE(pattern(o.items), QStringLiteral("++++"));
        const QStringList names{ QStringLiteral("DNS"), QStringLiteral("TCP"),
                                 QStringLiteral("TLS"), QStringLiteral("endpoint") };
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(o.items.at(i).name, names.at(i));
        QCOMPARE(o.emitted.size(), 4);
        QVERIFY2(o.items.at(2).detail.startsWith(tlsDetail), qPrintable(o.items.at(2).detail));
        if (https && needAuth) // same host and port: one handshake covers both
            QVERIFY2(!o.items.at(2).detail.contains(u';'), qPrintable(o.items.at(2).detail));
        if (pin == int(Pin::Good))
            QVERIFY2(o.items.at(2).detail.contains(QStringLiteral("pin matches")),
                     qPrintable(o.items.at(2).detail));

        // The throw-away code reached the server once, and nothing changed there.
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")), 1);
        QVERIFY(!anyEnrolled(*m_server));
        QVERIFY(m_server->state().accounts().isEmpty());
        QCOMPARE(memberCodes(*m_server), codesBefore);
    }

    void failures_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("needAuth");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<int>("pin");
        QTest::addColumn<QString>("host"); // empty: 127.0.0.1
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<QString>("fault"); // devserver fault rule
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<int>>("kinds"); // acceptable ErrorKinds of the overall error
        QTest::addColumn<int>("errorClass");

        const QList<int> tls{ int(ErrorKind::Tls) };
        const int tlsClass = int(ErrorClass::Tls);
        QTest::newRow("https, no CA, no pin")
                << true << false << false << int(Pin::None) << QString() << false << QString()
                << QStringLiteral("++--") << tls << tlsClass;
        QTest::newRow("auth endpoint, no CA, no pin")
                << false << true << false << int(Pin::None) << QString() << false << QString()
                << QStringLiteral("++-+") << tls << tlsClass;
        QTest::newRow("https, wrong pin, CA")
                << true << false << true << int(Pin::Wrong) << QString() << false << QString()
                << QStringLiteral("++--") << tls << tlsClass;
        QTest::newRow("https, wrong pin, no CA")
                << true << false << false << int(Pin::Wrong) << QString() << false << QString()
                << QStringLiteral("++--") << tls << tlsClass;
        QTest::newRow("auth endpoint, wrong pin")
                << false << true << false << int(Pin::Wrong) << QString() << false << QString()
                << QStringLiteral("++-+") << tls << tlsClass;
        QTest::newRow("closed port")
                << false << false << true << int(Pin::None) << QString() << true << QString()
                << QStringLiteral("+---") << QList<int>{ int(ErrorKind::Network) }
                << int(ErrorClass::Network);
        // .invalid never resolves (RFC 6761); without a working resolver the lookup may also
        // time out, which is still a DNS failure.
        QTest::newRow("unresolvable host")
                << false << false << true << int(Pin::None) << QStringLiteral("nonexistent.invalid")
                << false << QString() << QStringLiteral("----")
                << QList<int>{ int(ErrorKind::Network), int(ErrorKind::Timeout) } << -1;
        QTest::newRow("malformed answer")
                << false << false << true << int(Pin::None) << QString() << false
                << QStringLiteral("KeyActivation:malformed-xml") << QStringLiteral("+++-")
                << QList<int>{} << int(ErrorClass::Protocol);
        QTest::newRow("HTTP 500") << false << false << true << int(Pin::None) << QString() << false
                                  << QStringLiteral("KeyActivation:http-500")
                                  << QStringLiteral("+++-") << QList<int>{ int(ErrorKind::Network) }
                                  << int(ErrorClass::Network);
    }

    void failures()
    {
        QFETCH(bool, https);
        QFETCH(bool, needAuth);
        QFETCH(bool, withCa);
        QFETCH(int, pin);
        QFETCH(QString, host);
        QFETCH(bool, closedPort);
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        QFETCH(QList<int>, kinds);
        QFETCH(int, errorClass);

        if (!fault.isEmpty()) {
            const Result<FaultRule> rule = FaultRule::parse(fault);
            QVERIFY(rule.ok());
            m_server->service().faults().add(*rule);
        }
        const auto codesBefore = memberCodes(*m_server);
        QUrl url = serverUrl(https);
        if (!host.isEmpty())
            url.setHost(host);
        if (closedPort) {
            // A port that was free a moment ago and is closed again.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url.setPort(probe.serverPort());
            probe.close();
        }

        ConnectivityCheck check(m_nam.get(), options(withCa, Pin(pin)));
        const Outcome o = run(check, url, needAuth);
        QCOMPARE(o.finishedCount, 1);
        QVERIFY2(o.error, qPrintable(describe(o)));
        QCOMPARE(o.items.size(), 4);
        QCOMPARE(o.emitted.size(), 4);
        QVERIFY2(pattern(o.items) == expected, qPrintable(describe(o)));
        if (!kinds.isEmpty())
            QVERIFY2(kinds.contains(int(o.error->kind)), qPrintable(describe(o)));
        if (errorClass >= 0)
            QCOMPARE(int(o.error->errorClass()), errorClass);
        if (pin == int(Pin::Wrong))
            QVERIFY2(o.error->detail.contains(QStringLiteral("pin")), qPrintable(describe(o)));
        if (!withCa && pin == int(Pin::None)) {
            // What an administrator compares (UX.md): subject, issuer, validity and the key.
            const QString tlsDetail = o.items.at(2).detail;
            for (const QString &part :
                 { QStringLiteral("certificate: "), QStringLiteral(", issued by "),
                   QStringLiteral(", valid "), QStringLiteral("--pin-sha256 ") })
                QVERIFY2(tlsDetail.contains(part), qPrintable(part + u" in " + tlsDetail));
        }
        QVERIFY(!anyEnrolled(*m_server));
        QCOMPARE(memberCodes(*m_server), codesBefore);
        const int expectedRequests = expected.at(3) == u'+' || !fault.isEmpty() ? 1 : 0;
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")),
                 expectedRequests);
    }

    void timeouts_data()
    {
        QTest::addColumn<bool>("silentPeer"); // a TCP listener that never speaks TLS
        QTest::addColumn<QString>("expected");
        QTest::newRow("TLS handshake") << true << QStringLiteral("++--");
        QTest::newRow("endpoint stalls") << false << QStringLiteral("+++-");
    }

    void timeouts()
    {
        QFETCH(bool, silentPeer);
        QFETCH(QString, expected);
        m_server->service().faults().add(*FaultRule::parse(QStringLiteral("KeyActivation:stall")));
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QUrl url = serverUrl(true);
        if (silentPeer)
            url.setPort(silent.serverPort());

        TransportOptions o = options(true, Pin::None);
        o.requestTimeout = std::chrono::milliseconds(300); // the timeout under test, not a sleep
        ConnectivityCheck check(m_nam.get(), o);
        const Outcome out = run(check, url, false);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(out.error, qPrintable(describe(out)));
        QCOMPARE(out.error->kind, ErrorKind::Timeout);
        QVERIFY2(pattern(out.items) == expected, qPrintable(describe(out)));
    }

    void cancel_data()
    {
        // The item after which to cancel; empty: at once; "request": when the server holds the
        // (stalled) KeyActivation, i.e. with the request in flight.
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("queued"); // cancel from the event loop rather than the slot
        QTest::addColumn<int>("items");
        QTest::newRow("at once") << QString() << false << 0;
        QTest::newRow("in the DNS slot") << QStringLiteral("DNS") << false << 1;
        QTest::newRow("in the TCP slot") << QStringLiteral("TCP") << false << 2;
        QTest::newRow("endpoint stage begun") << QStringLiteral("TLS") << true << 3;
        QTest::newRow("request in flight") << QStringLiteral("request") << false << 3;
    }

    void cancel()
    {
        QFETCH(QString, after);
        QFETCH(bool, queued);
        QFETCH(int, items);
        // A stalled endpoint keeps the last stage in flight until the cancel.
        m_server->service().faults().add(*FaultRule::parse(QStringLiteral("KeyActivation:stall")));

        ConnectivityCheck check(m_nam.get(), options(true, Pin::None));
        QSignalSpy finishedSpy(&check, &ConnectivityCheck::finished);
        if (after == u"request") {
            connect(&m_server->http(), &HttpServer::requestServed, &check,
                    [&check](quint64, const QByteArray &method, const QByteArray &, int status) {
                        if (method == "POST" && status == 0)
                            check.cancel();
                    });
        }
        const auto onItem = [&](const ConnectivityCheck::Item &item) {
            if (item.name != after)
                return;
            if (queued)
                QMetaObject::invokeMethod(&check, &ConnectivityCheck::cancel, Qt::QueuedConnection);
            else
                check.cancel();
        };
        const Outcome o = run(check, serverUrl(true), true, onItem, [&] {
            if (after.isEmpty())
                check.cancel();
        });
        QCOMPARE(o.finishedCount, 1);
        QVERIFY2(o.error, qPrintable(describe(o)));
        QCOMPARE(o.error->kind, ErrorKind::Cancelled);
        QCOMPARE(o.items.size(), items);
        QCOMPARE(pattern(o.items), QString(items, u'+'));
        QVERIFY(!check.isRunning());

        // The server going away now must not wake the cancelled check up again.
        m_server.reset();
        QCoreApplication::processEvents();
        QCOMPARE(finishedSpy.size(), 1);
    }

    void restartAfterFinished()
    {
        ConnectivityCheck check(m_nam.get(), options(true, Pin::None));
        const Outcome first = run(check, serverUrl(false), false);
        QVERIFY2(!first.error, qPrintable(describe(first)));
        const Outcome second = run(check, serverUrl(false), false);
        QVERIFY2(!second.error, qPrintable(describe(second)));
        QCOMPARE(second.items.size(), 4);
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")), 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityCheck)
#include "tst_connectivitycheck.moc"
