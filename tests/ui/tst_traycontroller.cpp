// The tray's state from the account records (priority of mixed states, tooltips), its
// notification only on the way into "needs attention", its menu, and the icons it shows.
#include "ui/Icons.h"
#include "ui/tray/TrayController.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>

using namespace groove;
using namespace groove::ui;

using Healths = QList<int>; // store::Health per account

namespace {

const QDateTime Base(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());

store::AccountRecord record(int i, store::Health health, const QDateTime &since = {})
{
    store::AccountRecord r;
    r.accountGuid = QStringLiteral("ACCOUNT-%1").arg(i);
    r.memberName = QStringLiteral("Member %1").arg(i);
    r.domainName = QStringLiteral("example.org");
    r.serverUrl = QStringLiteral("https://gms.example.org/gms.dll");
    r.heartbeat.health = health;
    if (health == store::Health::Unreachable)
        r.heartbeat.unreachableSince = since.isValid() ? since : Base.addSecs(i * 3600);
    if (health == store::Health::Reenroll)
        r.heartbeat.faultCode = 210;
    return r;
}

QList<store::AccountRecord> records(const Healths &healths)
{
    QList<store::AccountRecord> list;
    for (int i = 0; i < healths.size(); ++i)
        list.append(record(i, store::Health(healths.at(i))));
    return list;
}

QString local(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

class TestTrayController final : public QObject
{
    Q_OBJECT

private slots:
    void trayView_data()
    {
        QTest::addColumn<Healths>("healths");
        QTest::addColumn<int>("enrolling"); // engine::Step, -1 for none
        QTest::addColumn<TrayState>("state");
        QTest::addColumn<QString>("toolTip");

        constexpr int U = int(store::Health::Unknown), O = int(store::Health::Ok),
                      X = int(store::Health::Unreachable), R = int(store::Health::Reenroll);
        const int key = int(engine::Step::KeyActivation);
        const QString notEnrolled =
                QStringLiteral("Groove Enroll: this computer is not enrolled yet.");
        const QString enrolled = QStringLiteral("Groove Enroll: this computer is enrolled.");
        const QString enrolling = QStringLiteral("Groove Enroll is enrolling this computer: "
                                                 "Checking the account configuration code.");
        const QString attention =
                QStringLiteral("Groove Enroll: an account needs to be enrolled again.");
        // Account i is unreachable since Base + i hours: the earliest is reported.
        const auto unreachable = [](int i) {
            return QStringLiteral("Groove Enroll: the management server has not been reachable "
                                  "since %1. Your accounts are kept.")
                    .arg(local(Base.addSecs(i * 3600)));
        };

        QTest::newRow("no account") << Healths{} << -1 << TrayState::NotEnrolled << notEnrolled;
        QTest::newRow("first enrollment") << Healths{} << key << TrayState::Enrolling << enrolling;
        QTest::newRow("not checked yet") << Healths{ U } << -1 << TrayState::Enrolled << enrolled;
        QTest::newRow("confirmed") << Healths{ O } << -1 << TrayState::Enrolled << enrolled;
        QTest::newRow("confirmed and unknown")
                << Healths{ O, U } << -1 << TrayState::Enrolled << enrolled;
        QTest::newRow("unreachable")
                << Healths{ X } << -1 << TrayState::Unreachable << unreachable(0);
        QTest::newRow("one of two unreachable")
                << Healths{ O, X } << -1 << TrayState::Unreachable << unreachable(1);
        QTest::newRow("two unreachable: the longer")
                << Healths{ X, X } << -1 << TrayState::Unreachable << unreachable(0);
        QTest::newRow("re-enroll") << Healths{ R } << -1 << TrayState::NeedsAttention << attention;
        QTest::newRow("re-enroll beats unreachable")
                << Healths{ X, R, O } << -1 << TrayState::NeedsAttention << attention;
        QTest::newRow("enrolling beats ok")
                << Healths{ O } << key << TrayState::Enrolling << enrolling;
        QTest::newRow("enrolling beats unreachable")
                << Healths{ X } << key << TrayState::Enrolling << enrolling;
        QTest::newRow("re-enroll beats enrolling")
                << Healths{ O, R } << key << TrayState::NeedsAttention << attention;
    }

    void trayView()
    {
        QFETCH(Healths, healths);
        QFETCH(int, enrolling);
        QFETCH(TrayState, state);
        QFETCH(QString, toolTip);
        const TrayView v =
                trayViewOf(records(healths),
                           enrolling < 0 ? std::nullopt : std::optional(engine::Step(enrolling)));
        QCOMPARE(v.state, state);
        QCOMPARE(v.toolTip, toolTip);
        QCOMPARE(v.unreachableSince.isValid(), state == TrayState::Unreachable);
    }

    void unreachableWithoutSince()
    {
        store::AccountRecord r = record(0, store::Health::Unreachable);
        r.heartbeat.unreachableSince = {};
        const TrayView v = trayViewOf({ r }, std::nullopt);
        QCOMPARE(v.state, TrayState::Unreachable);
        QCOMPARE(v.toolTip,
                 QStringLiteral("Groove Enroll: the management server cannot be "
                                "reached. Your accounts are kept."));
    }

    void attentionOnlyOnTheWayIn()
    {
        TrayController tray;
        QSignalSpy attention(&tray, &TrayController::attentionNeeded);
        tray.setAccounts(records({ int(store::Health::Ok) }));
        QCOMPARE(attention.size(), 0);

        tray.setAccounts(records({ int(store::Health::Reenroll) }));
        QCOMPARE(tray.view().state, TrayState::NeedsAttention);
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.first().first().toString(),
                 QStringLiteral("The management server no longer accepts the account Member 0 of "
                                "example.org. Open Groove Enroll to enroll it again."));

        // The next heartbeat says the same; an enrollment starts and fails: no new notification.
        tray.setAccounts(records({ int(store::Health::Reenroll) }));
        tray.setEnrolling(engine::Step::KeyActivation);
        tray.setEnrolling(std::nullopt);
        QCOMPARE(attention.size(), 1);

        // Fixed, then refused again: that is news.
        tray.setAccounts(records({ int(store::Health::Ok) }));
        QCOMPARE(tray.view().state, TrayState::Enrolled);
        tray.setAccounts(records({ int(store::Health::Reenroll), int(store::Health::Reenroll) }));
        QCOMPARE(attention.size(), 2);
        QCOMPARE(attention.last().first().toString(),
                 QStringLiteral("The management server no longer accepts several accounts of this "
                                "computer. Open Groove Enroll to enroll them again."));
    }

    void menuActionsEmit_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("signal");
        QTest::newRow("status") << "showStatusAction"
                                << QByteArray(SIGNAL(statusWindowRequested()));
        QTest::newRow("enroll") << "enrollAction" << QByteArray(SIGNAL(enrollRequested()));
        QTest::newRow("check") << "checkNowAction" << QByteArray(SIGNAL(checkNowRequested()));
        QTest::newRow("about") << "aboutAction" << QByteArray(SIGNAL(aboutRequested()));
        QTest::newRow("quit") << "quitAction" << QByteArray(SIGNAL(quitRequested()));
        QTest::newRow("diagnostics")
                << "saveDiagnosticsAction" << QByteArray(SIGNAL(diagnosticsRequested()));
        QTest::newRow("log folder")
                << "openLogFolderAction" << QByteArray(SIGNAL(openLogFolderRequested()));
    }

    void menuActionsEmit()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, signal);
        TrayController tray;
        tray.setAccounts(records({ int(store::Health::Ok) }));
        QSignalSpy spy(&tray, signal.constData());
        auto *a = tray.menu()->findChild<QAction *>(action);
        QVERIFY(a);
        QVERIFY(a->isEnabled());
        QVERIFY(!a->text().isEmpty());
        a->trigger();
        QCOMPARE(spy.size(), 1);
        // Each action has its own signal.
        int total = 0;
        for (const char *s :
             { SIGNAL(statusWindowRequested()), SIGNAL(enrollRequested()),
               SIGNAL(checkNowRequested()), SIGNAL(aboutRequested()), SIGNAL(quitRequested()),
               SIGNAL(diagnosticsRequested()), SIGNAL(openLogFolderRequested()) }) {
            QSignalSpy other(&tray, s);
            a->trigger();
            total += int(other.size());
        }
        QCOMPARE(total, 1);
    }

    void menuFollowsAccounts()
    {
        TrayController tray;
        auto *enroll = tray.menu()->findChild<QAction *>(QStringLiteral("enrollAction"));
        auto *check = tray.menu()->findChild<QAction *>(QStringLiteral("checkNowAction"));
        QVERIFY(enroll && check);
        QCOMPARE(enroll->text(), QStringLiteral("&Enroll this computer…"));
        QVERIFY(!check->isEnabled()); // nothing to check
        tray.setAccounts(records({ int(store::Health::Unknown) }));
        QCOMPARE(enroll->text(), QStringLiteral("&Enroll another account…"));
        QVERIFY(check->isEnabled());
    }

    void worksWithoutTrayHost()
    {
        // Offscreen has no tray host: nothing is shown, the state and signals still work.
        if (TrayController::isAvailable())
            QSKIP("a tray host is running");
        TrayController tray;
        tray.show();
        QVERIFY(!tray.isVisible());
        QSignalSpy attention(&tray, &TrayController::attentionNeeded);
        tray.setAccounts(records({ int(store::Health::Reenroll) }));
        QCOMPARE(attention.size(), 1);
    }

    void iconsRender_data()
    {
        QTest::addColumn<IconId>("id");
        for (IconId id : { IconId::App, IconId::StepWaiting, IconId::StepRunning, IconId::StepDone,
                           IconId::StepFailed, IconId::Warning, IconId::Information, IconId::Locked,
                           IconId::TrayNotEnrolled, IconId::TrayEnrolling, IconId::TrayEnrolled,
                           IconId::TrayUnreachable, IconId::TrayAttention })
            QTest::addRow("%d", int(id)) << id;
    }

    void iconsRender()
    {
        // Our SVGs through the svg icon engine: any size, sharp at 200 % (a 64 px pixmap of a
        // 16 px drawing is rendered, not scaled up).
        QFETCH(IconId, id);
        const QIcon i = icon(id);
        QVERIFY(!i.isNull());
        const QImage image = i.pixmap(QSize(32, 32), 2.0).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(opaque > 64 * 64 / 8, "the icon drew next to nothing");
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
