// 100 manual enrollments at once against one devserver over HTTP: every client has its own
// connection (one QNetworkAccessManager each) and runs its three steps as a small state machine,
// so KeyActivations, CreateAccounts and DomainEnrollments of different clients interleave.
#include "common/ServerFixture.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"
#include "protocol/ClientCodec.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QTest>

#include <memory>
#include <vector>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;

namespace {

constexpr int Clients = 100;
constexpr int KeyPairs = 4; // RSA key generation is slow: the clients share these key pairs

QString loginOf(int i)
{
    return QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
}

QByteArray loadConfig()
{
    QByteArray members;
    for (int i = 0; i < Clients; ++i) {
        if (i)
            members += ',';
        members += QByteArray(R"({"name":"Load User )" + QByteArray::number(i) + R"(","login":")"
                              + loginOf(i).toLatin1() + R"("})");
    }
    return QByteArray(R"({"domains":[{"name":"loadtest","members":[)" + members + "]}]}");
}

// One client's enrollment: KeyActivation -> CreateAccount -> DomainEnrollment.
struct Flow
{
    enum class Step { KeyActivation, CreateAccount, DomainEnrollment, Done, Failed };

    QString login;
    client::CodeKey code;
    client::AccountKeys account;
    client::Device device;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::optional<client::Activation> activation;
    DomainEnrollmentRequest enrollment;
    Step step = Step::KeyActivation;
    QString error;
};

} // namespace

class TestDevServerLoad final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::vector<client::AccountKeys> m_keyPairs;
    std::unique_ptr<DevServer> m_server;
    std::vector<std::unique_ptr<Flow>> m_flows;
    int m_finished = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_maxConnections = 0; // open at once on the server

    void send(Flow &f, const QUrl &url, const QString &method, const Result<QByteArray> &body)
    {
        if (!body) {
            fail(f, body.error().toLogString());
            return;
        }
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
        req.setRawHeader("SOAPAction", QByteArray("\"urn:groove.net#" + method.toUtf8() + '"'));
        req.setTransferTimeout(60000);
        QNetworkReply *reply = f.nam->post(req, *body);
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        connect(reply, &QNetworkReply::finished, this, [this, &f, reply] {
            --m_inFlight;
            reply->deleteLater();
            onReply(f, reply);
        });
    }

    void fail(Flow &f, const QString &why)
    {
        f.error = QStringLiteral("%1 at step %2: %3").arg(f.login).arg(int(f.step)).arg(why);
        f.step = Flow::Step::Failed;
        ++m_finished;
    }

    void onReply(Flow &f, QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            fail(f,
                 QStringLiteral("HTTP %1, network error %2").arg(status).arg(int(reply->error())));
            return;
        }
        switch (f.step) {
        case Flow::Step::KeyActivation: {
            Result<client::Activation> a = client::keyActivationResponse(body, f.code);
            if (!a) {
                fail(f, a.error().toLogString());
                return;
            }
            f.activation = std::move(a).value();
            const ActivationResponse &r = f.activation->response;
            EventInfo e;
            e.domainGuid = r.domainGuid;
            e.grooveVersion = f.device.grooveVersion;
            e.identityUrl = r.identityUrl;
            e.userDeviceGuid = f.device.guid;
            e.userDeviceName = f.device.name;
            e.created = QDateTime::currentSecsSinceEpoch();
            f.step = Flow::Step::CreateAccount;
            send(f, QUrl(r.serverUrl), method::CreateAccount,
                 client::createAccountRequest(f.account, e,
                                              f.activation->certificate.encryptionKey()));
            return;
        }
        case Flow::Step::CreateAccount: {
            if (Status s = client::createAccountResponse(body); !s) {
                fail(f, s.error().toLogString());
                return;
            }
            const ActivationResponse &r = f.activation->response;
            Result<DomainEnrollmentRequest> de = client::domainEnrollment(
                    f.code, f.account, r.identityUrl, f.activation->vCardData, f.device);
            if (!de) {
                fail(f, de.error().toLogString());
                return;
            }
            f.enrollment = std::move(de).value();
            f.step = Flow::Step::DomainEnrollment;
            send(f, QUrl(r.serverUrl), method::DomainEnrollment,
                 client::domainEnrollmentRequest(f.code, f.enrollment));
            return;
        }
        case Flow::Step::DomainEnrollment: {
            const Result<DomainEnrollmentResponse> done = client::domainEnrollmentResponse(
                    body, f.code, f.enrollment, f.activation->certificate,
                    f.activation->response.domainGuid);
            if (!done) {
                fail(f, done.error().toLogString());
                return;
            }
            f.step = Flow::Step::Done;
            ++m_finished;
            return;
        }
        case Flow::Step::Done:
        case Flow::Step::Failed:
            return;
        }
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groove.devserver.info=false"));
        const Result<ServerConfig> config = ServerConfig::fromJson(loadConfig());
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toLogString()));
        QCOMPARE(config->domains.at(0).members.size(), Clients);
        QVERIFY2(m_fixture.prepare(*config), qPrintable(m_fixture.lastError()));
        for (int i = 0; i < KeyPairs; ++i) {
            Result<client::AccountKeys> k = client::AccountKeys::generate();
            QVERIFY(k.ok());
            m_keyPairs.push_back(std::move(k).value());
        }
    }

    void cleanup()
    {
        m_flows.clear();
        m_server.reset();
    }

    void concurrentManualEnrollments()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        connect(&m_server->http(), &HttpServer::connectionCountChanged, this,
                [this](int count) { m_maxConnections = std::max(m_maxConnections, count); });

        for (int i = 0; i < Clients; ++i) {
            auto f = std::make_unique<Flow>();
            f->login = loginOf(i);
            const MemberState *m = m_server->state().memberByLogin(f->login);
            QVERIFY(m);
            QVERIFY(!m->enrolled);
            f->code = client::CodeKey::fromCode(m->code);
            const client::AccountKeys &pair = m_keyPairs.at(std::size_t(i % KeyPairs));
            f->account.guid = ids::newGuid().value();
            f->account.sharedKey = crypto::randomSecret(24).value();
            f->account.signatureKey = pair.signatureKey;
            f->account.encryptionKey = pair.encryptionKey;
            f->device = client::Device{ ids::newGuid().value(), QStringLiteral("LOAD-%1").arg(i),
                                        productGrooveVersion() };
            f->nam = std::make_unique<QNetworkAccessManager>();
            m_flows.push_back(std::move(f));
        }

        QElapsedTimer timer;
        timer.start();
        const QUrl url(m_server->serverUrl());
        for (const std::unique_ptr<Flow> &f : m_flows) {
            send(*f, url, method::KeyActivation, client::keyActivationRequest(f->code, f->device));
        }
        QCOMPARE(m_inFlight, Clients); // all the KeyActivations are out before any answer is read
        QTRY_COMPARE_WITH_TIMEOUT(m_finished, Clients, 60000);
        const qint64 elapsed = timer.elapsed();

        QStringList failures;
        for (const std::unique_ptr<Flow> &f : m_flows) {
            if (f->step != Flow::Step::Done)
                failures << f->error;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
        qInfo("%d enrollments in %lld ms (%.1f/s); up to %d connections open at once, %d requests "
              "in flight",
              Clients, elapsed, Clients * 1000.0 / double(std::max<qint64>(elapsed, 1)),
              m_maxConnections, m_maxInFlight);
        // Truly concurrent: far more connections at once than one QNetworkAccessManager would open
        // (6).
        QVERIFY2(m_maxConnections >= Clients / 2, qPrintable(QString::number(m_maxConnections)));

        // The server agrees: every member enrolled with the account its client created.
        int enrolled = 0;
        const QString domainGuid = m_server->state().domainByName(QStringLiteral("loadtest"))->guid;
        for (const std::unique_ptr<Flow> &f : m_flows) {
            const MemberState *m = m_server->state().memberByLogin(f->login);
            QVERIFY(m);
            QVERIFY2(m->enrolled, qPrintable(f->login));
            QCOMPARE(m->accountGuid, f->account.guid);
            const AccountState *a = m_server->state().account(f->account.guid, domainGuid);
            QVERIFY(a);
            QVERIFY(f->account.sharedKey.equals(a->sharedKey));
            QCOMPARE(a->deviceName, f->device.name);
            enrolled += m->enrolled ? 1 : 0;
        }
        QCOMPARE(enrolled, Clients);
        QCOMPARE(m_server->state().members().size(), Clients);
        QCOMPARE(m_server->state().accounts().size(), Clients);
    }
};

QTEST_GUILESS_MAIN(TestDevServerLoad)
#include "tst_devserverload.moc"
