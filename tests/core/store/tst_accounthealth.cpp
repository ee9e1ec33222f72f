// The heartbeat state kept in account records: its JSON form, strict reading, and the one change
// a heartbeat may make to a record.
#include "store/AccountHealth.h"
#include "store/AccountStore.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::store;

namespace {

AccountRecord record(const QString &guid)
{
    AccountRecord r;
    r.accountGuid = guid;
    r.domainGuid = QStringLiteral("domain");
    r.serverUrl = QStringLiteral("https://gms.example/gms.dll");
    r.enrolledAt = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    return r;
}

HeartbeatState someState()
{
    HeartbeatState s;
    s.health = Health::Unreachable;
    s.lastHeartbeatAt = QDateTime::fromSecsSinceEpoch(1700000100, QTimeZone::utc());
    s.checkedAt = QDateTime::fromSecsSinceEpoch(1700000200, QTimeZone::utc());
    s.unreachableSince = QDateTime::fromSecsSinceEpoch(1700000150, QTimeZone::utc());
    s.faultCode = 0;
    s.sequence = 7;
    s.nextHeartbeatSeconds = 3600;
    return s;
}

} // namespace

class TestAccountHealth final : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("name");
        QTest::newRow("unknown") << int(Health::Unknown) << QStringLiteral("unknown");
        QTest::newRow("ok") << int(Health::Ok) << QStringLiteral("ok");
        QTest::newRow("unreachable") << int(Health::Unreachable) << QStringLiteral("unreachable");
        QTest::newRow("reenroll") << int(Health::Reenroll) << QStringLiteral("reenroll");
    }

    void names()
    {
        QFETCH(int, health);
        QFETCH(QString, name);
        QCOMPARE(healthName(Health(health)), name);
        bool ok = false;
        QCOMPARE(int(healthFromName(name, &ok)), health);
        QVERIFY(ok);
    }

    void roundTrip()
    {
        QString problem;
        const HeartbeatState s = someState();
        QCOMPARE(heartbeatFromJson(heartbeatToJson(s), problem), s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A record from before heartbeats existed reads as "unknown, never checked".
        QCOMPARE(heartbeatFromJson(QJsonObject(), problem), HeartbeatState{});
        QVERIFY(problem.isEmpty());
    }

    void damagedFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown health") << "health" << QJsonValue(QStringLiteral("fine"));
        QTest::newRow("health not a string") << "health" << QJsonValue(1);
        QTest::newRow("time not ISO") << "lastHeartbeatAt" << QJsonValue(QStringLiteral("today"));
        QTest::newRow("negative sequence") << "sequence" << QJsonValue(-1);
        QTest::newRow("fractional sequence") << "sequence" << QJsonValue(1.5);
        QTest::newRow("sequence beyond int32") << "sequence" << QJsonValue(4294967296.0);
        QTest::newRow("interval beyond a day") << "nextHeartbeatSeconds" << QJsonValue(86401);
        QTest::newRow("fault not a number") << "faultCode" << QJsonValue(QStringLiteral("210"));
    }

    void damagedFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = heartbeatToJson(someState());
        o.insert(field, value);
        QString problem;
        (void)heartbeatFromJson(o, problem);
        QVERIFY(problem.contains(field));
    }

    void storeKeepsHeartbeatAndDamageIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        AccountStore store(path);
        QVERIFY(store.put(record(QStringLiteral("a"))));
        QVERIFY(store.put(record(QStringLiteral("b"))));
        QVERIFY(store.setHeartbeat(QStringLiteral("a"), someState()));
        QCOMPARE((*store.find(QStringLiteral("a")))->heartbeat, someState());
        QCOMPARE((*store.find(QStringLiteral("b")))->heartbeat, HeartbeatState{});

        // An unknown account (removed while its heartbeat was in flight) changes nothing.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(store.setHeartbeat(QStringLiteral("gone"), someState()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // Enrolling the account again starts its heartbeat afresh (counter 0).
        QVERIFY(store.put(record(QStringLiteral("a"))));
        QCOMPARE((*store.find(QStringLiteral("a")))->heartbeat, HeartbeatState{});

        // A damaged heartbeat field makes the file damaged, not silently "unknown".
        QVERIFY(store.setHeartbeat(QStringLiteral("a"), someState()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"health\": \"unreachable\"", "\"health\": \"great\"");
        QVERIFY(text.contains("great"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const auto loaded = store.load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, ErrorKind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestAccountHealth)
#include "tst_accounthealth.moc"
