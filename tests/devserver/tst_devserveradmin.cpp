// The administration switches of the gms-devserver executable: the admin endpoint of a running
// server (bearer token of the start-up line, loopback) and the offline --require-reenrollment /
// --remove-account on a state folder, each seen by an enrolled account's heartbeats over HTTP.
#include "common/ProtocolClient.h"
#include "crypto/Identifiers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace groove;
using namespace testing;

namespace {

const QString Program = QStringLiteral(GMS_DEVSERVER_PATH);

struct Started
{
    std::unique_ptr<QProcess> process;
    QJsonObject info; // the start-up line
    QByteArray out; // stdout after the start-up line
    QByteArray err;

    Started() = default;
    Started(Started &&) = default;
    ~Started()
    {
        // A failed check leaves the server running: end it (and only it) here.
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10'000);
        }
    }
};

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString aliceCode(const QJsonObject &info)
{
    for (const QJsonValue &m : info.value(u"members").toArray()) {
        if (m.toObject().value(u"login").toString() == u"alice")
            return m.toObject().value(u"code").toString();
    }
    return {};
}

// 0 for an answered heartbeat, the fault code of a protocol fault, -1 otherwise.
int heartbeatOutcome(const Result<protocol::AccountHeartbeatResponse> &r)
{
    if (r)
        return 0;
    return r.error().kind == ErrorKind::ServerFault ? r.error().faultCode : -1;
}

} // namespace

class TestDevServerAdmin final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_state;

    Started start()
    {
        Started s;
        s.process = std::make_unique<QProcess>();
        s.process->start(Program,
                         { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                           m_state->path() });
        if (!s.process->waitForStarted(10'000))
            return s;
        while (!s.process->canReadLine() && s.process->state() == QProcess::Running)
            s.process->waitForReadyRead(1000);
        if (s.process->canReadLine())
            s.info = QJsonDocument::fromJson(s.process->readLine()).object();
        while (!s.err.contains("demo passwords:") && s.process->state() == QProcess::Running) {
            s.process->waitForReadyRead(1000);
            s.err += s.process->readAllStandardError();
        }
        return s;
    }

    static void stop(Started &s)
    {
        s.process->terminate();
        s.process->waitForFinished(10'000);
        s.out += s.process->readAllStandardOutput();
        s.err += s.process->readAllStandardError();
    }

    Finished run(const QStringList &arguments)
    {
        QProcess p;
        p.start(Program, QStringList{ QStringLiteral("--state"), m_state->path() } + arguments);
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QJsonObject dumpedAccount(const QString &guid)
    {
        const Finished f = run({ QStringLiteral("--dump-state") });
        for (const QJsonValue &a :
             QJsonDocument::fromJson(f.out).object().value(u"accounts").toArray()) {
            if (a.toObject().value(u"guid").toString() == guid)
                return a.toObject();
        }
        return {};
    }

    // A new server (fresh state) with alice enrolled over HTTP.
    Result<Enrolled> enrollAlice(Started &s, ProtocolClient *&client,
                                 std::unique_ptr<ProtocolClient> &holder)
    {
        holder = std::make_unique<ProtocolClient>(s.info.value(u"ca").toString());
        client = holder.get();
        return client->manual(QUrl(s.info.value(u"serverUrl").toString()), aliceCode(s.info));
    }

    HttpResult admin(ProtocolClient &client, const Started &s, const QByteArray &action,
                     const QString &guid, const QByteArray &authorization)
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/admin/%2?account=%3")
                                    .arg(s.info.value(u"http").toInt())
                                    .arg(QString::fromLatin1(action), guid);
        return client.post(QUrl(url), QStringLiteral("admin"), {}, authorization);
    }

private slots:
    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
    }

    void helpNamesTheSwitches()
    {
        const Finished f = run({ QStringLiteral("--help") });
        QCOMPARE(f.exitCode, 0);
        for (const char *word : { "--require-reenrollment", "--remove-account",
                                  "/admin/require-reenrollment", "adminToken" })
            QVERIFY2(f.out.contains(word), word);
    }

    void adminEndpoint_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<int>("fault"); // of the heartbeat after the action
        QTest::newRow("require-reenrollment") << QByteArray("require-reenrollment") << 210;
        QTest::newRow("remove-account") << QByteArray("remove-account") << 200;
    }

    void adminEndpoint()
    {
        QFETCH(QByteArray, action);
        QFETCH(int, fault);
        Started s = start();
        QVERIFY2(s.info.value(u"http").toInt() > 0, "gms-devserver did not start");
        const QByteArray token = s.info.value(u"adminToken").toString().toLatin1();
        QCOMPARE(token.size(), 64);

        ProtocolClient *client = nullptr;
        std::unique_ptr<ProtocolClient> holder;
        const Result<Enrolled> alice = enrollAlice(s, client, holder);
        QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error().toLogString()));
        QCOMPARE(heartbeatOutcome(client->heartbeat(*alice, 0)), 0);

        QByteArray wrong = token;
        wrong[0] = wrong[0] == '0' ? '1' : '0';
        const QString unknown = ids::newGuid().value();
        QCOMPARE(admin(*client, s, action, alice->accountGuid, {}).status, 403);
        QCOMPARE(admin(*client, s, action, alice->accountGuid, "Bearer " + wrong).status, 403);
        QCOMPARE(admin(*client, s, action, alice->accountGuid, "Basic " + token).status, 403);
        QCOMPARE(admin(*client, s, action, unknown, "Bearer " + token).status, 404);
        QCOMPARE(admin(*client, s, action, QStringLiteral("x"), "Bearer " + token).status, 400);
        QCOMPARE(admin(*client, s, "other", alice->accountGuid, "Bearer " + token).status, 404);
        // Refused calls changed nothing.
        QCOMPARE(heartbeatOutcome(client->heartbeat(*alice, 1)), 0);

        QCOMPARE(admin(*client, s, action, alice->accountGuid, "Bearer " + token).status, 204);
        QCOMPARE(heartbeatOutcome(client->heartbeat(*alice, 2)), fault);

        stop(s);
        // The token is given once, in the start-up line.
        QVERIFY(!s.err.contains(token));
        QVERIFY(!s.out.contains(token));
    }

    void offlineSwitches()
    {
        Enrolled alice;
        {
            Started s = start();
            QVERIFY2(s.info.value(u"http").toInt() > 0, "gms-devserver did not start");
            ProtocolClient *client = nullptr;
            std::unique_ptr<ProtocolClient> holder;
            const Result<Enrolled> e = enrollAlice(s, client, holder);
            QVERIFY(e.ok());
            alice = *e;
            QCOMPARE(heartbeatOutcome(client->heartbeat(alice, 0)), 0);
            stop(s);
        }
        QCOMPARE(dumpedAccount(alice.accountGuid).value(u"lastSequenceNumber").toInt(), 0);
        QCOMPARE(dumpedAccount(alice.accountGuid).value(u"reenrollRequired").toBool(), false);

        const QString unknown = ids::newGuid().value();
        QCOMPARE(run({ QStringLiteral("--require-reenrollment"), unknown }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("--remove-account"), unknown }).exitCode, 2);

        QCOMPARE(run({ QStringLiteral("--require-reenrollment"), alice.accountGuid }).exitCode, 0);
        const QJsonObject dumped = dumpedAccount(alice.accountGuid);
        QCOMPARE(dumped.value(u"reenrollRequired").toBool(), true);
        QVERIFY(!dumped.contains(u"sharedKey"));
        {
            Started s = start();
            ProtocolClient client(s.info.value(u"ca").toString());
            alice.serverUrl = s.info.value(u"serverUrl").toString(); // a new port
            QCOMPARE(heartbeatOutcome(client.heartbeat(alice, 1)), 210);
            stop(s);
        }

        QCOMPARE(run({ QStringLiteral("--remove-account"), alice.accountGuid }).exitCode, 0);
        QVERIFY(dumpedAccount(alice.accountGuid).isEmpty());
        {
            Started s = start();
            ProtocolClient client(s.info.value(u"ca").toString());
            alice.serverUrl = s.info.value(u"serverUrl").toString();
            QCOMPARE(heartbeatOutcome(client.heartbeat(alice, 2)), 200);
            stop(s);
        }
    }
};

QTEST_GUILESS_MAIN(TestDevServerAdmin)
#include "tst_devserveradmin.moc"
