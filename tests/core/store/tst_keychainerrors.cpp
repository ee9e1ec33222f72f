// How a failed keyring operation is reported: "no keyring service at all" (install or start one,
// or --insecure-keystore) apart from "locked" (unlock it). Needs no keyring: the mapping is a
// pure function, and the service check is run against a session bus address that leads nowhere.
#include "store/KeychainSecretStore.h"

#include <QtTest/QTest>

#include <qt6keychain/keychain.h>

using namespace groove;
using namespace groove::store;

using Operation = KeychainSecretStore::Operation;
using Service = KeychainSecretStore::Service;

class TestKeychainErrors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Before anything in this process touches D-Bus (libdbus keeps the first address).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/groove-enroll-test/bus");
        qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
    }

    void mapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("service");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("hintHas");
        const QString install = QStringLiteral("gnome-keyring");
        const QString unlock = QStringLiteral("Unlock");
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << int(Service::Present)
                                    << int(ErrorKind::NoKeychainService) << install;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << int(Service::Unknown)
                                         << int(ErrorKind::NoKeychainService) << install;
        QTest::newRow("other error, no service on the bus")
                << int(QKeychain::OtherError) << int(Service::Absent)
                << int(ErrorKind::NoKeychainService) << install;
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << int(Service::Present)
                                << int(ErrorKind::Storage) << unlock;
        QTest::newRow("other error, service present")
                << int(QKeychain::OtherError) << int(Service::Present) << int(ErrorKind::Storage)
                << unlock;
        QTest::newRow("other error, unknown") << int(QKeychain::OtherError) << int(Service::Unknown)
                                              << int(ErrorKind::Storage) << unlock;
        QTest::newRow("refused by the user")
                << int(QKeychain::AccessDeniedByUser) << int(Service::Present)
                << int(ErrorKind::Storage) << QStringLiteral("Allow");
    }

    void mapping()
    {
        QFETCH(int, code);
        QFETCH(int, service);
        QFETCH(int, kind);
        QFETCH(QString, hintHas);
        const Error e = KeychainSecretStore::errorFor(
                Operation::Write, code, QStringLiteral("write x: detail"), Service(service));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.errorClass(), ErrorClass::Storage);
        QCOMPARE(exitCodeOf(e.errorClass()), 7);
        QCOMPARE(e.detail, QStringLiteral("write x: detail"));
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.hint.contains(hintHas), qPrintable(e.hint));
        if (e.kind == ErrorKind::NoKeychainService) {
            QVERIFY2(!e.hint.contains(QStringLiteral("nlock")), qPrintable(e.hint));
            QVERIFY(e.hint.contains(QStringLiteral("--insecure-keystore")));
            QVERIFY(e.message.contains(QStringLiteral("no keyring service")));
        }
    }

    void kindIsNamedAndClassified()
    {
        QCOMPARE(QByteArray(kindName(ErrorKind::NoKeychainService)), "NoKeychainService");
        QCOMPARE(errorClassOf(ErrorKind::NoKeychainService), ErrorClass::Storage);
        QVERIFY(defaultMessage(ErrorKind::NoKeychainService) != defaultMessage(ErrorKind::Storage));
        QVERIFY(defaultHint(ErrorKind::NoKeychainService) != defaultHint(ErrorKind::Storage));
    }

    void noBusMeansNoService()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        QCOMPARE(KeychainSecretStore::findService(), Service::Absent);
#else
        QSKIP("the Secret Service exists on Linux only");
#endif
    }

    // End to end through QtKeychain: a write with no session bus reports the missing service.
    void writeWithoutBusSaysNoService()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        KeychainSecretStore store(QStringLiteral("groove-enroll-test-nobus"));
        std::optional<Status> written;
        store.write(QStringLiteral("x"), SecretBytes("v"), [&written](Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        QVERIFY(!written->ok());
        QCOMPARE(written->error().kind, ErrorKind::NoKeychainService);
#else
        QSKIP("the Secret Service exists on Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
