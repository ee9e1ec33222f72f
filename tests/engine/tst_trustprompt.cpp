// The TLS trust prompt against the devserver's own CA, which this client does not know (no CA
// file): answered yes (enrolled, pin saved, the next run needs no question), answered no or
// cancelled (tls, the server saw no request), and the certificates no answer can trust (host-name
// mismatch, a key other than the trusted one; expired or not yet valid ones from a TLS server of
// this test, as the devserver renews its certificates instead of serving stale ones).
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"
#include "devserver/TlsIdentity.h"
#include "engine/ClientContext.h"
#include "engine/EnrollmentEngine.h"
#include "net/CertificatePin.h"
#include "net/TrustStore.h"
#include "net/UntrustedCertificate.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace groove;
using namespace groove::engine;
using namespace groove::devserver;

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

namespace {

QString codeOf(DevServer &s, const QString &login)
{
    for (const MemberState &m : s.state().members()) {
        if (m.login == login)
            return m.code;
    }
    return {};
}

enum class Answer { Yes, No, Cancel };

QByteArray drain(BIO *bio)
{
    QByteArray pem(qsizetype(BIO_ctrl_pending(bio)), '\0');
    if (BIO_read(bio, pem.data(), int(pem.size())) != int(pem.size()))
        pem.clear();
    BIO_free(bio);
    return pem;
}

// A self-signed certificate for 127.0.0.1, valid from now + 'fromDays' to now + 'toDays'.
QSslConfiguration selfSigned(int fromDays, int toDays)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *x = X509_new();
    bool ok = key && x && X509_set_version(x, 2) == 1
            && ASN1_INTEGER_set(X509_get_serialNumber(x), 7) == 1
            && X509_gmtime_adj(X509_getm_notBefore(x), long(fromDays) * 86400)
            && X509_gmtime_adj(X509_getm_notAfter(x), long(toDays) * 86400)
            && X509_set_pubkey(x, key) == 1;
    X509_NAME *name = x ? X509_get_subject_name(x) : nullptr;
    const unsigned char cn[] = "127.0.0.1";
    ok = ok && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) == 1
            && X509_set_issuer_name(x, name) == 1;
    X509V3_CTX ctx{};
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    X509_EXTENSION *san =
            ok ? X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1") : nullptr;
    ok = ok && san && X509_add_ext(x, san, -1) == 1 && X509_sign(x, key, EVP_sha256()) > 0;
    X509_EXTENSION_free(san);
    if (ok) {
        BIO *certificate = BIO_new(BIO_s_mem());
        BIO *privateKey = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(certificate, x);
        PEM_write_bio_PrivateKey(privateKey, key, nullptr, nullptr, 0, nullptr, nullptr);
        tls.setLocalCertificate(QSslCertificate(drain(certificate), QSsl::Pem));
        tls.setPrivateKey(QSslKey(drain(privateKey), QSsl::Rsa, QSsl::Pem));
    }
    X509_free(x);
    EVP_PKEY_free(key);
    return tls;
}

} // namespace

class TestTrustPrompt final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ClientContext> m_context;
    int m_requests = 0; // HTTP requests the devserver answered

    [[nodiscard]] QString trustFile() const
    {
        return m_home->filePath(QStringLiteral("config/trusted-servers.conf"));
    }

    void startServer(DevServer::Options options = {})
    {
        m_server = m_fixture.start(std::move(options));
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_requests = 0;
        connect(&m_server->http(), &HttpServer::requestServed, this, [this] { ++m_requests; });
    }

    // A context as the wizard has it: no CA file, trusted servers in the user's file.
    void newContext()
    {
        m_context.reset();
        ClientOptions o;
        o.requestTimeout = std::chrono::seconds(10);
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_home->filePath(QStringLiteral("accounts.json"));
        o.trustFile = trustFile();
        m_context = std::make_unique<ClientContext>(o);
    }

    [[nodiscard]] EnrollmentRequest manual(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        EnrollmentRequest r;
        r.flow = Flow::Manual;
        r.serverUrl = QUrl(QStringLiteral("https://%1:%2/gms.dll").arg(host).arg(m_server->port()));
        r.code = codeOf(*m_server, QStringLiteral("bob"));
        return r;
    }

    struct Run
    {
        EnrollmentResult result;
        QList<UntrustedCertificate> asked;
        int askedDuringStart = -1;
    };

    // One enrollment; every trust question is answered with 'answer'.
    Run enroll(const EnrollmentRequest &request, bool prompt, Answer answer = Answer::Yes)
    {
        Run run;
        std::unique_ptr<EnrollmentEngine> engine(m_context->createEngine());
        engine->setDevice({ QString(), QStringLiteral("TRUST-PC") });
        engine->setTrustPromptEnabled(prompt);
        QSignalSpy finished(engine.get(), &EnrollmentEngine::finished);
        connect(engine.get(), &EnrollmentEngine::trustRequested, this,
                [&run, &engine, answer](const UntrustedCertificate &certificate) {
                    run.asked.append(certificate);
                    if (answer == Answer::Cancel)
                        engine->cancel();
                    else
                        engine->answerTrust(answer == Answer::Yes);
                });
        engine->start(request);
        run.askedDuringStart = int(run.asked.size());
        if (finished.isEmpty())
            finished.wait(60000);
        if (finished.size() == 1)
            run.result = finished.first().first().value<EnrollmentResult>();
        else
            run.result.error = Error::make(ErrorKind::Usage, QStringLiteral("no finished()"));
        return run;
    }

    [[nodiscard]] static QString describe(const EnrollmentResult &r)
    {
        return r.ok() ? QStringLiteral("enrolled") : r.error->toLogString();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<EnrollmentResult>();
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        startServer();
        newContext();
    }

    void cleanup()
    {
        m_context.reset();
        m_server.reset();
    }

    void trustedOnceThenPinned()
    {
        const QString spki = QString::fromLatin1(m_server->serverSpkiSha256().toHex());
        Run first = enroll(manual(), true, Answer::Yes);
        QVERIFY2(first.result.ok(), qPrintable(describe(first.result)));
        QCOMPARE(first.askedDuringStart, 0); // queued, never from inside start()
        QCOMPARE(first.asked.size(), 1);
        const UntrustedCertificate &c = first.asked.constFirst();
        QCOMPARE(c.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(c.port, m_server->port());
        QCOMPARE(c.spkiSha256, spki);
        QVERIFY(c.trustable);
        QVERIFY(!c.keyChanged);
        QVERIFY(!c.chain.isEmpty());
        QCOMPARE(c.chain.constFirst().issuerCommonName,
                 QString::fromLatin1(TlsIdentity::caCommonName));
        QVERIFY(c.chain.constFirst().notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY2(c.summary().contains(spki), qPrintable(c.summary()));

        // Saved for that host:port in the user's file, readable by the owner only.
        QCOMPARE(TrustStore(trustFile()).pinFor(QStringLiteral("127.0.0.1"), m_server->port()),
                 m_server->serverSpkiSha256());
        QCOMPARE(QFile::permissions(trustFile()) & 0x0077, QFileDevice::Permissions());

        // A new context (a later start of the program) reads the pin: no question, and even
        // without the prompt the server is trusted.
        newContext();
        const QString code = codeOf(*m_server, QStringLiteral("alice"));
        EnrollmentRequest second = manual();
        second.code = code;
        const Run again = enroll(second, false);
        QVERIFY2(again.result.ok(), qPrintable(describe(again.result)));
        QVERIFY(again.asked.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<bool>("prompt");
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("questions");
        QTest::newRow("answered no") << true << int(Answer::No) << 1;
        QTest::newRow("cancelled while asking") << true << int(Answer::Cancel) << 1;
        QTest::newRow("prompt off (command line)") << false << int(Answer::Yes) << 0;
    }

    void refused()
    {
        QFETCH(bool, prompt);
        QFETCH(int, answer);
        QFETCH(int, questions);
        const Run run = enroll(manual(), prompt, Answer(answer));
        QVERIFY(!run.result.ok());
        QCOMPARE(run.result.error->kind, ErrorKind::Tls);
        QCOMPARE(run.asked.size(), questions);
        // The error names the certificate, so a front end can name the pin.
        QVERIFY(run.result.error->certificate);
        QCOMPARE(run.result.error->certificate->spkiSha256,
                 QString::fromLatin1(m_server->serverSpkiSha256().toHex()));
        QCOMPARE(m_requests, 0); // nothing was sent
        QVERIFY(TrustStore(trustFile())
                        .pinFor(QStringLiteral("127.0.0.1"), m_server->port())
                        .isEmpty());
        QVERIFY(m_context->accounts()->load()->isEmpty());
        const auto *secrets = qobject_cast<store::MemorySecretStore *>(m_context->secrets());
        QVERIFY(secrets && secrets->names().isEmpty());
    }

    void neverTrustable_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("savedPin"); // 0 none, 1 the server's key, 2 another key
        QTest::addColumn<bool>("keyChanged");
        // The devserver's certificate names localhost, 127.0.0.1 and ::1, not 127.0.0.2.
        QTest::newRow("host-name mismatch") << QStringLiteral("127.0.0.2") << 0 << false;
        QTest::newRow("host-name mismatch, key pinned")
                << QStringLiteral("127.0.0.2") << 1 << false;
        QTest::newRow("saved key changed") << QStringLiteral("127.0.0.1") << 2 << true;
    }

    void neverTrustable()
    {
        QFETCH(QString, host);
        QFETCH(int, savedPin);
        QFETCH(bool, keyChanged);
        if (host != u"127.0.0.1") {
            DevServer::Options o;
            o.address = QHostAddress(host);
            m_server.reset();
            m_server = m_fixture.start(o);
            if (!m_server)
                QSKIP("cannot listen on that loopback address here");
            m_requests = 0;
            connect(&m_server->http(), &HttpServer::requestServed, this, [this] { ++m_requests; });
        }
        if (savedPin) {
            TrustStore store(trustFile());
            const QByteArray pin =
                    savedPin == 1 ? m_server->serverSpkiSha256() : QByteArray(32, 'x');
            QVERIFY(store.trust(host, m_server->port(), pin).ok());
        }
        const Run run = enroll(manual(host), true, Answer::Yes);
        QVERIFY(!run.result.ok());
        QCOMPARE(run.result.error->kind, ErrorKind::Tls);
        QVERIFY2(run.asked.isEmpty(), "no question for a certificate that cannot be trusted");
        QVERIFY(run.result.error->certificate);
        QVERIFY(!run.result.error->certificate->trustable);
        QCOMPARE(run.result.error->certificate->keyChanged, keyChanged);
        QCOMPARE(m_requests, 0);
    }

    void outsideValidity_data()
    {
        QTest::addColumn<int>("fromDays");
        QTest::addColumn<int>("toDays");
        QTest::addColumn<bool>("pinned");
        QTest::newRow("expired") << -30 << -1 << false;
        QTest::newRow("expired, key pinned") << -30 << -1 << true;
        QTest::newRow("not yet valid") << 1 << 30 << false;
    }

    void outsideValidity()
    {
        QFETCH(int, fromDays);
        QFETCH(int, toDays);
        QFETCH(bool, pinned);
        const QSslConfiguration tls = selfSigned(fromDays, toDays);
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        QSslServer server;
        server.setSslConfiguration(tls);
        int encrypted = 0; // connections whose handshake succeeded: none may
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++encrypted;
                s->deleteLater();
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray key = pin::spkiSha256(tls.localCertificate());
        if (pinned)
            QVERIFY(TrustStore(trustFile())
                            .trust(QStringLiteral("127.0.0.1"), server.serverPort(), key)
                            .ok());
        EnrollmentRequest r = manual();
        r.serverUrl.setPort(server.serverPort());
        const Run run = enroll(r, true, Answer::Yes);
        QVERIFY(!run.result.ok());
        QCOMPARE(run.result.error->kind, ErrorKind::Tls);
        QVERIFY2(run.asked.isEmpty(), "no question for a certificate that cannot be trusted");
        QVERIFY(run.result.error->certificate);
        const UntrustedCertificate &c = *run.result.error->certificate;
        QVERIFY(!c.trustable);
        QCOMPARE(c.spkiSha256, QString::fromLatin1(key.toHex()));
        QVERIFY(!c.chain.isEmpty());
        QCOMPARE(c.chain.constFirst().notAfter, tls.localCertificate().expiryDate().toUTC());
        QCOMPARE(encrypted, 0);
    }
};

QTEST_GUILESS_MAIN(TestTrustPrompt)
#include "tst_trustprompt.moc"
