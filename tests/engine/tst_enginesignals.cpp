// No engine signal comes from inside start(), cancel() or retry(): a wizard page that connects
// right after the call returns still sees every step and exactly one finished(). The public
// enums print by name (Q_ENUM_NS).
#include "engine/EngineTestFixture.h"

#include <QtCore/QMetaEnum>

using namespace groove;
using namespace groove::engine;

class TestEngineSignals final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    testing::EngineTestFixture m_f;

    // Counts every signal of the engine; connected before the call under test.
    struct Counter
    {
        int n = 0;
        QList<QMetaObject::Connection> connections;
        explicit Counter(EnrollmentEngine *e)
        {
            connections << QObject::connect(e, &EnrollmentEngine::stepStarted, [this] { ++n; })
                        << QObject::connect(e, &EnrollmentEngine::stepFinished, [this] { ++n; })
                        << QObject::connect(e, &EnrollmentEngine::stepFailed, [this] { ++n; })
                        << QObject::connect(e, &EnrollmentEngine::retryScheduled, [this] { ++n; })
                        << QObject::connect(e, &EnrollmentEngine::progress, [this] { ++n; })
                        << QObject::connect(e, &EnrollmentEngine::finished, [this] { ++n; });
        }
        ~Counter()
        {
            for (const auto &c : std::as_const(connections))
                QObject::disconnect(c);
        }
    };

private slots:
    void initTestCase() { QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError())); }
    void init() { QVERIFY(m_f.setUp(m_fixture)); }
    void cleanup() { m_f.tearDown(); }

    void connectAfterStart_data()
    {
        QTest::addColumn<QString>("input"); // what is wrong with the request
        QTest::addColumn<bool>("cancelAtOnce");
        QTest::addColumn<int>("errorKind"); // -1: enrolled
        QTest::newRow("valid run") << QString() << false << -1;
        QTest::newRow("empty code") << "empty code" << false << int(ErrorKind::Usage);
        QTest::newRow("no server") << "no server" << false << int(ErrorKind::Usage);
        QTest::newRow("no login") << "no login" << false << int(ErrorKind::Usage);
        QTest::newRow("http auth endpoint") << "http auth" << false << int(ErrorKind::Insecure);
        QTest::newRow("cancel right after start") << QString() << true << int(ErrorKind::Cancelled);
    }

    void connectAfterStart()
    {
        QFETCH(QString, input);
        QFETCH(bool, cancelAtOnce);
        QFETCH(int, errorKind);
        EnrollmentRequest request = m_f.manual();
        if (input == u"empty code")
            request.code = QStringLiteral("  ");
        if (input == u"no server")
            request.serverUrl = QUrl();
        if (input == u"no login") {
            request = m_f.autoConfiguration();
            request.login.clear();
        }
        if (input == u"http auth") {
            request = m_f.autoConfiguration();
            request.authenticatedUrl =
                    QUrl(QStringLiteral("http://127.0.0.1:1/AutoActivate/gms.dll"));
        }

        std::optional<Counter> during(std::in_place, m_f.engine.get());
        m_f.engine->start(request);
        if (cancelAtOnce)
            m_f.engine->cancel();
        QCOMPARE(during->n, 0);
        during.reset();

        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QSignalSpy failed(m_f.engine.get(), &EnrollmentEngine::stepFailed);
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        const EnrollmentResult r = testing::EngineTestFixture::waitResult(finished);
        QVERIFY(!finished.isEmpty());
        if (errorKind < 0) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toLogString()));
            QCOMPARE(started.size(), stepsOf(Flow::Manual).size());
            QCOMPARE(started.first().first().value<Step>(), Step::KeyActivation);
            QVERIFY(failed.isEmpty());
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error->kind, ErrorKind(errorKind));
            QCOMPARE(failed.size(), 1);
            QVERIFY(started.isEmpty()); // nothing was sent
            QVERIFY(!r.retryable);
            QVERIFY(!r.codeMayBeUsed);
            QCOMPARE(m_f.requests(QStringLiteral("KeyActivation")), 0);
        }
        QVERIFY(!finished.wait(200)); // and only once
        QCOMPARE(finished.size(), 1);
        QVERIFY(!m_f.engine->isRunning());
    }

    // A retry() is as quiet as start(): its steps come from the event loop.
    void connectAfterRetry()
    {
        m_f.inject(QStringLiteral("CreateAccount:http-500:1"));
        QSignalSpy first(m_f.engine.get(), &EnrollmentEngine::finished);
        m_f.engine->start(m_f.manual());
        QVERIFY(testing::EngineTestFixture::waitResult(first).retryable);

        std::optional<Counter> during(std::in_place, m_f.engine.get());
        QVERIFY(m_f.engine->retry());
        QCOMPARE(during->n, 0);
        during.reset();
        QSignalSpy started(m_f.engine.get(), &EnrollmentEngine::stepStarted);
        QSignalSpy finished(m_f.engine.get(), &EnrollmentEngine::finished);
        QVERIFY(testing::EngineTestFixture::waitResult(finished).ok());
        QCOMPARE(started.first().first().value<Step>(), Step::CreateAccount);
    }

    void enumsHaveNames()
    {
        QCOMPARE(QMetaEnum::fromType<Step>().valueToKey(int(Step::DomainEnrollment)),
                 "DomainEnrollment");
        QCOMPARE(QMetaEnum::fromType<Flow>().valueToKey(int(Flow::AutoActivation)),
                 "AutoActivation");
        QString printed;
        QDebug(&printed) << Step::CreateAccount << Flow::Manual;
        QVERIFY2(printed.contains(u"CreateAccount") && printed.contains(u"Manual"),
                 qPrintable(printed));
        const QVariant v = QVariant::fromValue(Step::StoreKeys);
        QCOMPARE(v.value<Step>(), Step::StoreKeys);
        QCOMPARE(v.toString(), QStringLiteral("StoreKeys"));
        QCOMPARE(QMetaEnum::fromType<KeyPool::Kind>().valueToKey(int(KeyPool::Kind::Device)),
                 "Device");
    }
};

QTEST_GUILESS_MAIN(TestEngineSignals)
#include "tst_enginesignals.moc"
