// The status window over a real account file: rows and health texts, buttons that follow the
// selection, "Re-enroll...", "Remove from this computer..." (asked first; record and keys go),
// and "Check now" with a real heartbeat against the in-process devserver.
#include "engine/AccountVault.h"
#include "engine/ClientContext.h"
#include "engine/EngineTestFixture.h"
#include "engine/HeartbeatMonitor.h"
#include "store/SecretStoreFactory.h"
#include "ui/status/AccountListModel.h"
#include "ui/diag/DiagnosticsDialog.h"
#include "ui/status/StatusWindow.h"

#include <QtCore/QTimeZone>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeView>

using namespace groove;
using namespace groove::ui;

namespace {

const QString Server = QStringLiteral("https://gms.example.org/gms.dll");

store::AccountRecord record(const QString &guid, store::Health health, bool device = false)
{
    store::AccountRecord r;
    r.accountGuid = guid;
    r.domainGuid = QStringLiteral("DOMAIN-") + guid;
    r.domainName = QStringLiteral("Example Org");
    r.memberName = device ? QString() : QStringLiteral("Bob Example");
    r.isDeviceAccount = device;
    r.serverUrl = Server;
    r.enrolledAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
    r.secretStore = store::keyStoreKindName(store::KeyStoreKind::Memory);
    r.secretBackend = QStringLiteral("memory");
    r.heartbeat.health = health;
    if (health != store::Health::Unknown)
        r.heartbeat.checkedAt = QDateTime(QDate(2026, 1, 3), QTime(8, 0), QTimeZone::utc());
    if (health == store::Health::Ok)
        r.heartbeat.lastHeartbeatAt = r.heartbeat.checkedAt;
    if (health == store::Health::Unreachable)
        r.heartbeat.unreachableSince = r.heartbeat.checkedAt;
    if (health == store::Health::Reenroll)
        r.heartbeat.faultCode = 210;
    return r;
}

// Noon today in local time, as UTC: two hours earlier is still today in every time zone.
QDateTime noon()
{
    return QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
}

QStringList secretNamesOf(const store::AccountRecord &r)
{
    QStringList names;
    for (const QString &item : store::SecretItems)
        names.append(store::secretName(engine::hostOf(r.serverUrl), r.accountGuid, item));
    return names;
}

} // namespace

class TestStatusWindow final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<engine::ClientContext> m_context;

    store::MemorySecretStore *memory() const
    {
        return static_cast<store::MemorySecretStore *>(m_context->secrets());
    }

    // An account as an enrollment leaves it: the record and its three keys.
    void addAccount(const store::AccountRecord &r)
    {
        QVERIFY(m_context->accounts()->put(r));
        int written = 0;
        for (const QString &name : secretNamesOf(r))
            m_context->secrets()->write(name, SecretBytes(QByteArrayView("key")),
                                        [&written](Status s) { written += s ? 1 : 100; });
        QTRY_COMPARE(written, 3);
    }

    bool stored(const QString &guid) const
    {
        const auto found = m_context->accounts()->find(guid);
        return found && found->has_value();
    }

    static QString cell(StatusWindow &w, int row, int column, int role = Qt::DisplayRole)
    {
        return w.model()->index(row, column).data(role).toString();
    }

    static QPushButton *button(StatusWindow &w, const char *name)
    {
        return w.findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        engine::ClientOptions o;
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_home->filePath(QStringLiteral("accounts.json"));
        o.trustFile = m_home->filePath(QStringLiteral("trust.json"));
        m_context = std::make_unique<engine::ClientContext>(o);
    }

    void cleanup()
    {
        m_context.reset();
        m_home.reset();
    }

    void rows_data()
    {
        QTest::addColumn<store::Health>("health");
        QTest::addColumn<bool>("device");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("sentenceStart");
        QTest::newRow("unknown") << store::Health::Unknown << false << "Bob Example"
                                 << "Not checked yet"
                                 << "The management server has not confirmed";
        QTest::newRow("ok") << store::Health::Ok << false << "Bob Example"
                            << "Confirmed"
                            << "The management server confirmed this account at ";
        QTest::newRow("unreachable") << store::Health::Unreachable << false << "Bob Example"
                                     << "Server not reachable"
                                     << "The management server has not been reachable since ";
        QTest::newRow("re-enroll") << store::Health::Reenroll << true << "Device account"
                                   << "Enroll again"
                                   << "The management server no longer accepts this account "
                                      "(fault 210).";
    }

    void rows()
    {
        QFETCH(store::Health, health);
        QFETCH(bool, device);
        QFETCH(QString, account);
        QFETCH(QString, label);
        QFETCH(QString, sentenceStart);
        addAccount(record(QStringLiteral("A1"), health, device));
        StatusWindow w(m_context.get(), nullptr);
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(cell(w, 0, AccountListModel::AccountColumn), account);
        QCOMPARE(cell(w, 0, AccountListModel::AccountColumn, Qt::ToolTipRole),
                 QStringLiteral("Account A1"));
        QCOMPARE(cell(w, 0, AccountListModel::DomainColumn), QStringLiteral("Example Org"));
        QCOMPARE(cell(w, 0, AccountListModel::ServerColumn), Server);
        QCOMPARE(cell(w, 0, AccountListModel::HealthColumn), label);
        QCOMPARE(cell(w, 0, AccountListModel::HealthColumn, Qt::AccessibleTextRole), label);
        QVERIFY2(cell(w, 0, AccountListModel::HealthColumn, Qt::AccessibleDescriptionRole)
                         .startsWith(sentenceStart),
                 qPrintable(cell(w, 0, AccountListModel::HealthColumn, Qt::ToolTipRole)));
        QVERIFY(!w.model()
                         ->index(0, AccountListModel::HealthColumn)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        QCOMPARE(cell(w, 0, 0, AccountListModel::GuidRole), QStringLiteral("A1"));
        QCOMPARE(cell(w, 0, AccountListModel::LastCheckColumn).isEmpty(), false);
    }

    void lastCheck_data()
    {
        QTest::addColumn<QDateTime>("checkedAt");
        QTest::addColumn<QString>("text");
        const QDateTime now = noon();
        const QDateTime old(QDate(2020, 5, 6), QTime(7, 8), QTimeZone::utc());
        const auto full = [](const QDateTime &t) {
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        };
        QTest::newRow("never") << QDateTime() << "Never";
        QTest::newRow("seconds ago") << now.addSecs(-20) << "Just now";
        QTest::newRow("earlier today")
                << now.addSecs(-2 * 3600)
                << QStringLiteral("Today at %1")
                           .arg(QLocale().toString(QTime(10, 0), QLocale::ShortFormat));
        QTest::newRow("long ago") << old << full(old);
        // A clock that went back: the time itself, never "in 5 minutes".
        QTest::newRow("future") << now.addSecs(300) << full(now.addSecs(300));
    }

    void lastCheck()
    {
        QFETCH(QDateTime, checkedAt);
        QFETCH(QString, text);
        AccountListModel model;
        model.setClock(&noon);
        QCOMPARE(model.lastCheckText(checkedAt), text);
    }

    void emptyState()
    {
        StatusWindow w(m_context.get(), nullptr);
        w.show();
        auto *empty = w.findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("This computer is not enrolled yet."));
        QVERIFY(!w.findChild<QTreeView *>(QStringLiteral("accountView"))->isVisible());
        QPushButton *enroll = button(w, "enrollButton");
        QCOMPARE(enroll->text(), QStringLiteral("&Enroll this computer…"));
        for (const char *name : { "checkNowButton", "reenrollButton", "removeButton" })
            QVERIFY2(!button(w, name)->isVisible(), name);
        QSignalSpy requested(&w, &StatusWindow::enrollRequested);
        enroll->click();
        QCOMPARE(requested.size(), 1);
    }

    void everyControlHasAName()
    {
        addAccount(record(QStringLiteral("A1"), store::Health::Ok));
        StatusWindow w(m_context.get(), nullptr);
        for (const QWidget *c : w.findChildren<QWidget *>()) {
            if (c->focusPolicy() != Qt::NoFocus && c->isVisibleTo(&w) && !c->inherits("QScrollBar")
                && c->parent() && !c->parent()->inherits("QHeaderView")
                && !c->inherits("QHeaderView")
                && c->objectName() != QLatin1String("qt_scrollarea_viewport"))
                QVERIFY2(!c->accessibleName().isEmpty(), c->metaObject()->className());
        }
        QCOMPARE(w.windowTitle(), QStringLiteral("Groove Enroll"));
        QVERIFY(!w.windowIcon().isNull());
    }

    void selectionEnablesButtons()
    {
        addAccount(record(QStringLiteral("A1"), store::Health::Ok));
        addAccount(record(QStringLiteral("A2"), store::Health::Unknown));
        auto *monitor = m_context->createHeartbeatMonitor(m_context.get());
        StatusWindow w(m_context.get(), monitor);
        auto *view = w.findChild<QTreeView *>(QStringLiteral("accountView"));
        QCOMPARE(w.model()->rowCount(), 2);
        QCOMPARE(button(w, "enrollButton")->text(), QStringLiteral("&Enroll another account…"));
        view->clearSelection();
        for (const char *name : { "checkNowButton", "reenrollButton", "removeButton" })
            QVERIFY2(!button(w, name)->isEnabled(), name);
        w.selectAccount(QStringLiteral("A2"));
        QCOMPARE(w.selectedGuid(), QStringLiteral("A2"));
        for (const char *name : { "checkNowButton", "reenrollButton", "removeButton" })
            QVERIFY2(button(w, name)->isEnabled(), name);
    }

    void reenrollNamesTheServer()
    {
        store::AccountRecord other = record(QStringLiteral("A2"), store::Health::Reenroll);
        other.serverUrl = QStringLiteral("https://other.example.net:8443/gms.dll");
        addAccount(record(QStringLiteral("A1"), store::Health::Ok));
        addAccount(other);
        StatusWindow w(m_context.get(), nullptr);
        QSignalSpy requested(&w, &StatusWindow::reenrollRequested);
        w.selectAccount(QStringLiteral("A2"));
        button(w, "reenrollButton")->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), other.serverUrl);
    }

    // "Save diagnostics…" shows the accounts of this window, without a secret; "Open log
    // folder" is left to the application (a signal, so that tests open nothing).
    void diagnosticsAndLogFolder()
    {
        addAccount(record(QStringLiteral("A1"), store::Health::Ok));
        StatusWindow w(m_context.get(), nullptr);
        QSignalSpy folder(&w, &StatusWindow::openLogFolderRequested);
        button(w, "openLogFolderButton")->click();
        QCOMPARE(folder.size(), 1);
        button(w, "saveDiagnosticsButton")->click();
        auto *dialog = w.findChild<DiagnosticsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("diagnosticsPreview"));
        QVERIFY(preview);
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("- A1\n")),
                 qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Key store: memory")));
        dialog->close();
    }

    void removeAsksFirst_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("removed") << true;
        QTest::newRow("cancelled") << false;
    }

    void removeAsksFirst()
    {
        QFETCH(bool, confirm);
        const store::AccountRecord a1 = record(QStringLiteral("A1"), store::Health::Ok);
        const store::AccountRecord a2 = record(QStringLiteral("A2"), store::Health::Ok);
        addAccount(a1);
        addAccount(a2);
        StatusWindow w(m_context.get(), nullptr);
        w.show();
        QSignalSpy removed(&w, &StatusWindow::accountRemoved);
        w.selectAccount(a2.accountGuid);
        button(w, "removeButton")->click();

        auto *box = w.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Bob Example")));
        QVERIFY(stored(a2.accountGuid)); // nothing happens before the answer
        auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
        QVERIFY(yes);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        (confirm ? static_cast<QAbstractButton *>(yes) : box->button(QMessageBox::Cancel))->click();

        if (confirm) {
            QTRY_COMPARE(removed.size(), 1);
            QCOMPARE(removed.first().first().toString(), a2.accountGuid);
            QVERIFY(!stored(a2.accountGuid));
            for (const QString &name : secretNamesOf(a2))
                QVERIFY2(!memory()->contains(name), qPrintable(name));
            QCOMPARE(w.model()->rowCount(), 1);
            auto *message = w.findChild<QLabel *>(QStringLiteral("messageLabel"));
            QVERIFY(message->isVisible());
            QCOMPARE(message->text(),
                     QStringLiteral("The account Bob Example was removed from this computer."));
        } else {
            QTest::qWait(0); // let a wrongly started removal run
            QCOMPARE(removed.size(), 0);
            QVERIFY(stored(a2.accountGuid));
            QCOMPARE(w.model()->rowCount(), 2);
        }
        // The other account is never touched.
        QVERIFY(stored(a1.accountGuid));
        for (const QString &name : secretNamesOf(a1))
            QVERIFY(memory()->contains(name));
    }

    void removeFailureIsShown()
    {
        const store::AccountRecord a1 = record(QStringLiteral("A1"), store::Health::Ok);
        addAccount(a1);
        StatusWindow w(m_context.get(), nullptr);
        w.show();
        QSignalSpy removed(&w, &StatusWindow::accountRemoved);
        memory()->setFailing(true);
        button(w, "removeButton")->click();
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))->click();
        auto *message = w.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(removed.size(), 0);
        // The record went first (no half account); the keys are journalled for the next start.
        QVERIFY(!stored(a1.accountGuid));
        QVERIFY(m_context->accounts()->pending()->contains(a1.accountGuid));
    }

    // An account enrolled for real, its heartbeat sent by a real monitor against the devserver;
    // the window follows checkStarted and accountChecked.
    void checkNowAsksTheServer()
    {
        testing::EngineTestFixture f;
        QVERIFY(f.setUp(m_fixture));
        QSignalSpy finished(f.engine.get(), &engine::EnrollmentEngine::finished);
        f.engine->start(f.manual());
        const engine::EnrollmentResult result = testing::EngineTestFixture::waitResult(finished);
        QVERIFY2(result.ok(), result.error ? qPrintable(result.error->toLogString()) : "");
        const QString guid = result.account.accountGuid;

        // The window reads the account file the engine wrote; the monitor uses the engine's keys.
        engine::ClientOptions o;
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = f.accounts->filePath();
        o.trustFile = m_home->filePath(QStringLiteral("trust.json"));
        engine::ClientContext context(o);
        engine::HeartbeatMonitor monitor(f.transport.get(), f.secrets.get(), f.accounts.get());
        StatusWindow w(&context, &monitor);
        const int row = w.model()->rowOf(guid);
        QVERIFY(row >= 0);
        QCOMPARE(cell(w, row, AccountListModel::HealthColumn), QStringLiteral("Not checked yet"));

        QStringList seen; // every health text the view was told about, with the button's state
        connect(w.model(), &QAbstractItemModel::dataChanged, &w, [&] {
            seen.append(cell(w, row, AccountListModel::HealthColumn)
                        + (button(w, "checkNowButton")->isEnabled() ? QString()
                                                                    : QStringLiteral(" (busy)")));
        });
        QSignalSpy checked(&monitor, &engine::HeartbeatMonitor::accountChecked);
        w.selectAccount(guid);
        button(w, "checkNowButton")->click();
        QVERIFY(checked.wait(20000));
        QCOMPARE(seen.first(), QStringLiteral("Checking… (busy)"));
        QCOMPARE(cell(w, row, AccountListModel::HealthColumn), QStringLiteral("Confirmed"));
        QVERIFY(button(w, "checkNowButton")->isEnabled());
        QVERIFY(cell(w, row, AccountListModel::HealthColumn, Qt::ToolTipRole)
                        .startsWith(QStringLiteral("The management server confirmed")));
        QCOMPARE(cell(w, row, AccountListModel::LastCheckColumn), QStringLiteral("Just now"));
        f.tearDown();
    }
};

QTEST_MAIN(TestStatusWindow)
#include "tst_statuswindow.moc"
