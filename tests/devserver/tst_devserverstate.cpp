// The devserver's state: persistence across restarts, the state file itself,
// damaged state, configured codes, and the gms-devserver executable (ServerConfig::fromJson:
// tst_serverconfig).
#include "common/ProtocolClient.h"
#include "common/ServerFixture.h"
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/DevServer.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#  include <sys/stat.h>
#endif

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using testing::ProtocolClient;

namespace {

const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");

qint64 systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString stateFileIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("state.json"));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString describe(const Error &e)
{
    return e.toLogString();
}

// The values that must never leave the state file: domain private keys and account K_acct.
QStringList secretsOf(const QJsonObject &withSecrets)
{
    QStringList secrets;
    for (const QJsonValue &d : withSecrets.value(u"domains").toArray()) {
        secrets << d.toObject().value(u"signingKey").toString()
                << d.toObject().value(u"encryptionKey").toString();
    }
    for (const QJsonValue &a : withSecrets.value(u"accounts").toArray())
        secrets << a.toObject().value(u"sharedKey").toString();
    return secrets;
}

} // namespace

class TestDevServerState final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    client::AccountKeys m_keys; // one key pair for every account of these tests

    // A fresh copy of the fixture's state (keys, TLS identity), not in use by any server.
    QString freshStateDir()
    {
        std::unique_ptr<DevServer> s = m_fixture.start();
        return s ? m_fixture.lastStateDir() : QString();
    }

    static std::unique_ptr<DevServer> startOn(const QString &dir,
                                              const ServerConfig &config = ServerConfig::demo(),
                                              QString *error = nullptr)
    {
        DevServer::Options o;
        o.stateDir = dir;
        o.config = config;
        Result<std::unique_ptr<DevServer>> s = DevServer::start(std::move(o));
        if (!s) {
            if (error)
                *error = s.error().toLogString();
            return nullptr;
        }
        return std::move(s).value();
    }

    static const MemberState *member(DevServer &s, const QString &login)
    {
        return s.state().memberByLogin(login);
    }

    client::AccountKeys freshAccount(const QString &guid = {}) const
    {
        client::AccountKeys k;
        k.guid = guid.isEmpty() ? ids::newGuid().value() : guid;
        k.sharedKey = crypto::randomSecret(24).value();
        k.signatureKey = m_keys.signatureKey;
        k.encryptionKey = m_keys.encryptionKey;
        return k;
    }

    // ProtocolClient::manual() with the prepared key pair instead of two new RSA keys.
    Result<testing::Enrolled> enroll(ProtocolClient &c, const QString &serverUrl,
                                     const QString &code) const
    {
        const client::CodeKey key = client::CodeKey::fromCode(code);
        const Result<client::Activation> a = c.keyActivation(QUrl(serverUrl), key);
        if (!a)
            return a.error();
        const ActivationResponse &r = a->response;
        const client::AccountKeys account = freshAccount();
        if (Status s = c.createAccount(QUrl(r.serverUrl), account,
                                       c.eventFor(r.domainGuid, r.identityUrl, false),
                                       a->certificate.encryptionKey());
            !s) {
            return s.error();
        }
        const Result<DomainEnrollmentRequest> de =
                client::domainEnrollment(key, account, r.identityUrl, a->vCardData, c.device);
        if (!de)
            return de.error();
        const Result<QByteArray> request = client::domainEnrollmentRequest(key, *de);
        if (!request)
            return request.error();
        const Result<QByteArray> body =
                testing::bodyOf(c.post(QUrl(r.serverUrl), method::DomainEnrollment, *request));
        if (!body)
            return body.error();
        const Result<DomainEnrollmentResponse> done =
                client::domainEnrollmentResponse(*body, key, *de, a->certificate, r.domainGuid);
        if (!done)
            return done.error();
        return testing::Enrolled{
            account.guid, r.domainGuid, r.identityUrl,
            r.serverUrl,  key.code,     account.sharedKey.view().toByteArray()
        };
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groove.devserver.info=false"));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        Result<client::AccountKeys> k = client::AccountKeys::generate();
        QVERIFY(k.ok());
        m_keys = std::move(k).value();
    }

    void persistenceAcrossRestart()
    {
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        QString error;
        std::unique_ptr<DevServer> server = startOn(dir, ServerConfig::demo(), &error);
        QVERIFY2(server, qPrintable(error));

        ProtocolClient client(server->caPath());
        const QString bobCode = member(*server, Bob)->code;
        const Result<testing::Enrolled> enrolled = enroll(client, server->serverUrl(), bobCode);
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(describe(enrolled.error())));

        const QList<DomainState> domainsBefore = server->state().domains();
        const QList<MemberState> membersBefore = server->state().members();
        const QList<AccountState> accountsBefore = server->state().accounts();
        const QByteArray caBefore = server->caPem();
        const QByteArray spkiBefore = server->serverSpkiSha256();
        QCOMPARE(domainsBefore.size(), 2);
        QVERIFY(!accountsBefore.isEmpty());
        server.reset();

        server = startOn(dir, ServerConfig::demo(), &error);
        QVERIFY2(server, qPrintable(error));
        const ServerState &state = server->state();
        QCOMPARE(state.domains().size(), domainsBefore.size());
        for (const DomainState &before : domainsBefore) {
            const DomainState *after = state.domainByName(before.name);
            QVERIFY(after);
            QCOMPARE(after->guid, before.guid);
            QCOMPARE(after->isDeviceDomain, before.isDeviceDomain);
            QCOMPARE(after->certificate.der(), before.certificate.der());
            QVERIFY(after->signingKey.publicKey() == before.signingKey.publicKey());
            QVERIFY(after->encryptionKey.publicKey() == before.encryptionKey.publicKey());
        }
        QCOMPARE(state.members().size(), membersBefore.size());
        for (const MemberState &before : membersBefore) {
            const MemberState *after = member(*server, before.login);
            QVERIFY(after);
            QCOMPARE(after->code, before.code);
            QCOMPARE(after->keyId, before.keyId);
            QCOMPARE(after->identityUrl, before.identityUrl);
            QCOMPARE(after->domainGuid, before.domainGuid);
            QCOMPARE(after->enrolled, before.enrolled);
            QCOMPARE(after->accountGuid, before.accountGuid);
            QCOMPARE(after->enrolledAt, before.enrolledAt);
        }
        QVERIFY(member(*server, Bob)->enrolled);
        QCOMPARE(member(*server, Bob)->accountGuid, enrolled->accountGuid);
        QCOMPARE(state.accounts().size(), accountsBefore.size());
        for (const AccountState &before : accountsBefore) {
            const AccountState *after = state.account(before.guid, before.domainGuid);
            QVERIFY(after);
            QCOMPARE(after->sharedKey, before.sharedKey);
            QVERIFY(after->signatureKey == before.signatureKey);
            QVERIFY(after->encryptionKey == before.encryptionKey);
            QCOMPARE(after->identityUrl, before.identityUrl);
            QCOMPARE(after->deviceName, before.deviceName);
            QCOMPARE(after->createdAt, before.createdAt);
            QCOMPARE(after->isDevice, before.isDevice);
        }
        QCOMPARE(server->caPem(), caBefore);
        QCOMPARE(server->serverSpkiSha256(), spkiBefore);

        // The restarted server works: the used code gets 402, another member still enrolls.
        ProtocolClient again(server->caPath());
        const Result<testing::Enrolled> twice = enroll(again, server->serverUrl(), bobCode);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().faultCode, 402);
        const Result<testing::Enrolled> alice =
                enroll(again, server->serverUrl(), member(*server, Alice)->code);
        QVERIFY2(alice.ok(), alice.ok() ? "" : qPrintable(describe(alice.error())));
    }

    void stateFileIsPrivateJson()
    {
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        const QString path = stateFileIn(dir);
        std::unique_ptr<DevServer> server = startOn(dir);
        QVERIFY(server);
        QVERIFY(QFile::exists(path));

        const auto mode = [&path]() -> int {
#ifdef Q_OS_UNIX
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                         : -1;
#else
            return 0600;
#endif
        };
        QCOMPARE(mode(), 0600);

        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"version").toInt(), 1);
        QCOMPARE(root.value(u"domains").toArray().size(), 2);
        QCOMPARE(root.value(u"members").toArray().size(), 3);
        QVERIFY(root.value(u"accounts").isArray());
        QCOMPARE(root, server->state().toJson(true));

        // Every save writes the file private again, whatever it was before.
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(mode(), 0644);
        QVERIFY(server->state().save().ok());
        QCOMPARE(mode(), 0600);
        // ...and an enrollment saves (the file follows the state).
        ProtocolClient client(server->caPath());
        const Result<testing::Enrolled> r =
                enroll(client, server->serverUrl(), member(*server, Bob)->code);
        QVERIFY(r.ok());
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).object(), server->state().toJson(true));
        QCOMPARE(mode(), 0600);
        QCOMPARE(QDir(dir).entryList(QDir::Files),
                 QStringList{ QStringLiteral("state.json") }); // no leftovers
    }

    void damagedStateIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("not JSON") << QStringLiteral("not JSON");
        QTest::newRow("empty file") << QStringLiteral("empty");
        QTest::newRow("JSON array") << QStringLiteral("array");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("version 2") << QStringLiteral("version 2");
        QTest::newRow("no version") << QStringLiteral("no version");
        QTest::newRow("domain signing key") << QStringLiteral("signing key");
        QTest::newRow("domain certificate") << QStringLiteral("certificate");
        QTest::newRow("account without keys") << QStringLiteral("account");
    }

    void damagedStateIsRefused()
    {
        QFETCH(QString, damage);
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        const QString path = stateFileIn(dir);
        const QByteArray valid = readFile(path);
        QJsonObject root = QJsonDocument::fromJson(valid).object();
        QVERIFY(!root.isEmpty());

        QByteArray content;
        const auto editDomain = [&root](const QString &key, const QString &value) {
            QJsonArray domains = root.value(u"domains").toArray();
            QJsonObject d = domains.at(0).toObject();
            d.insert(key, value);
            domains.replace(0, d);
            root.insert(QStringLiteral("domains"), domains);
        };
        if (damage == u"not JSON") {
            content = "{not json";
        } else if (damage == u"empty") {
            content = "";
        } else if (damage == u"array") {
            content = "[]";
        } else if (damage == u"truncated") {
            content = valid.left(valid.size() / 2);
        } else if (damage == u"version 2") {
            root.insert(QStringLiteral("version"), 2);
        } else if (damage == u"no version") {
            root.remove(QStringLiteral("version"));
        } else if (damage == u"signing key") {
            editDomain(QStringLiteral("signingKey"),
                       crypto::encodeBase64(QByteArrayLiteral("not a key")));
        } else if (damage == u"certificate") {
            editDomain(QStringLiteral("certificate"), QStringLiteral("AAAA"));
        } else if (damage == u"account") {
            QJsonArray accounts = root.value(u"accounts").toArray();
            accounts.append(QJsonObject{ { QStringLiteral("guid"), ids::newGuid().value() },
                                         { QStringLiteral("sharedKey"), QStringLiteral("***") } });
            root.insert(QStringLiteral("accounts"), accounts);
        }
        if (content.isNull())
            content = QJsonDocument(root).toJson();
        QVERIFY(writeFile(path, content));

        const Result<std::unique_ptr<ServerState>> state =
                ServerState::open(dir, ServerConfig::demo(), systemClock);
        QVERIFY(!state.ok());
        QCOMPARE(state.error().kind, ErrorKind::Storage);
        QVERIFY2(state.error().detail.contains(path), qPrintable(state.error().detail));
        QCOMPARE(readFile(path), content); // not overwritten

        // A server does not start on it either, and leaves it alone too.
        QString error;
        QVERIFY(!startOn(dir, ServerConfig::demo(), &error));
        QVERIFY2(error.startsWith(QLatin1StringView(kindName(ErrorKind::Storage))),
                 qPrintable(error));
        QCOMPARE(readFile(path), content);
    }

    void toJsonWithoutSecrets()
    {
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        std::unique_ptr<DevServer> server = startOn(dir);
        QVERIFY(server);
        ProtocolClient client(server->caPath());
        QVERIFY(enroll(client, server->serverUrl(), member(*server, Bob)->code).ok());
        const DomainState *deviceDomain = server->state().deviceDomain();
        QVERIFY(enroll(client, server->serverUrl(), member(*server, Alice)->code).ok());
        QVERIFY(client.createAccount(QUrl(server->serverUrl()), freshAccount(client.device.guid),
                                     client.eventFor(deviceDomain->guid, QString(), true),
                                     deviceDomain->certificate.encryptionKey())
                        .ok());

        const QJsonObject full = server->state().toJson(true);
        const QJsonObject open = server->state().toJson(false);
        const QStringList secrets = secretsOf(full);
        QCOMPARE(secrets.size(), 2 * 2 + 3); // two domains, three accounts (bob, alice, a device)
        const QByteArray text = QJsonDocument(open).toJson(QJsonDocument::Compact);
        QVERIFY(!text.contains("sharedKey"));
        QVERIFY(!text.contains("signingKey"));
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!text.contains(secret.toLatin1()), "a secret value is in toJson(false)");
        }
        for (const QJsonValue &d : open.value(u"domains").toArray()) {
            QVERIFY(!d.toObject().contains(u"encryptionKey"));
            QVERIFY(d.toObject().contains(u"certificate"));
        }
        // What accounts do show of their keys is public: the RSAPublicKey of each.
        const QJsonArray accounts = open.value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 3);
        for (const QJsonValue &v : accounts) {
            const QJsonObject a = v.toObject();
            const AccountState *account = server->state().account(
                    a.value(u"guid").toString(), a.value(u"domainGuid").toString());
            QVERIFY(account);
            QCOMPARE(a.value(u"encryptionKey").toString(),
                     crypto::encodeBase64(account->encryptionKey.toDer()));
            QCOMPARE(a.value(u"signatureKey").toString(),
                     crypto::encodeBase64(account->signatureKey.toDer()));
        }
        // Apart from the secrets, both forms agree.
        QCOMPARE(open.value(u"members"), full.value(u"members"));
        QCOMPARE(open.value(u"version"), full.value(u"version"));
    }

    void configuredCodeIsUsedTrimmed_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("stored");
        QTest::newRow("spaces and TAB") << QStringLiteral("  ABCD-EFGH-JKLM-NPQR \t")
                                        << QStringLiteral("ABCD-EFGH-JKLM-NPQR");
        QTest::newRow("CR LF, inner space kept")
                << QStringLiteral("\r\nMy Code 1\r\n") << QStringLiteral("My Code 1");
        QTest::newRow("no-break space is not trimmed")
                << QStringLiteral("\u00a0NBSP\u00a0") << QStringLiteral("\u00a0NBSP\u00a0");
        QTest::newRow("lower case kept")
                << QStringLiteral("abcd-efgh") << QStringLiteral("abcd-efgh");
    }

    void configuredCodeIsUsedTrimmed()
    {
        QFETCH(QString, configured);
        QFETCH(QString, stored);
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        ServerConfig config = ServerConfig::demo();
        config.domains[0].members[1].code = configured; // bob
        config.domains[0].members.append(MemberConfig{ QStringLiteral("Dave Example"), QString(),
                                                       QStringLiteral("dave"), QString(),
                                                       configured + QStringLiteral("-D"), false });
        QString error;
        std::unique_ptr<DevServer> server = startOn(dir, config, &error);
        QVERIFY2(server, qPrintable(error));
        const MemberState *bob = member(*server, Bob);
        QCOMPARE(bob->code, stored);
        QCOMPARE(bob->keyId, crypto::keyIdOf(crypto::deriveCodeKey(stored)));
        const MemberState *dave = member(*server, QStringLiteral("dave"));
        QVERIFY(dave);
        QCOMPARE(dave->code, crypto::trimCode(QString(configured + QStringLiteral("-D"))));
        QVERIFY(ids::isValidIdentityUrl(dave->identityUrl));
        QCOMPARE(dave->domainGuid, server->state().domainByName(QStringLiteral("fabrikam"))->guid);

        // The code works as given, over HTTP (the client trims what the user typed the same way).
        ProtocolClient client(server->caPath());
        const Result<client::Activation> a = client.keyActivation(
                QUrl(server->serverUrl()), client::CodeKey::fromCode(configured));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(describe(a.error())));
        QCOMPARE(a->response.identityUrl, bob->identityUrl);
        QCOMPARE(a->response.memberName, QStringLiteral("Bob Example"));
    }

    void codeChangeResetsEnrollment()
    {
        const QString dir = freshStateDir();
        QVERIFY(!dir.isEmpty());
        std::unique_ptr<DevServer> server = startOn(dir);
        QVERIFY(server);
        ProtocolClient client(server->caPath());
        const QString oldCode = member(*server, Bob)->code;
        const QString aliceCode = member(*server, Alice)->code;
        QVERIFY(enroll(client, server->serverUrl(), oldCode).ok());
        QVERIFY(enroll(client, server->serverUrl(), aliceCode).ok());
        const MemberState bobBefore = *member(*server, Bob);
        const MemberState aliceBefore = *member(*server, Alice);
        QVERIFY(bobBefore.enrolled);
        server.reset();

        ServerConfig config = ServerConfig::demo();
        config.domains[0].members[1].code = QStringLiteral("NEW1-NEW2-NEW3-NEW4");
        QString error;
        server = startOn(dir, config, &error);
        QVERIFY2(server, qPrintable(error));
        const MemberState *bob = member(*server, Bob);
        QCOMPARE(bob->code, QStringLiteral("NEW1-NEW2-NEW3-NEW4"));
        QVERIFY(!bob->enrolled);
        QVERIFY(bob->accountGuid.isEmpty());
        QCOMPARE(bob->enrolledAt, qint64(0));
        QCOMPARE(bob->identityUrl, bobBefore.identityUrl);
        // Alice's code did not change, nor did her enrollment.
        const MemberState *alice = member(*server, Alice);
        QCOMPARE(alice->code, aliceBefore.code);
        QVERIFY(alice->enrolled);
        QCOMPARE(alice->accountGuid, aliceBefore.accountGuid);

        ProtocolClient again(server->caPath());
        const Result<testing::Enrolled> old = enroll(again, server->serverUrl(), oldCode);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().faultCode, 401);
        const Result<testing::Enrolled> renewed =
                enroll(again, server->serverUrl(), config.domains[0].members[1].code);
        QVERIFY2(renewed.ok(), renewed.ok() ? "" : qPrintable(describe(renewed.error())));
        server.reset();

        // The same configured code again: nothing to reset.
        server = startOn(dir, config, &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY(member(*server, Bob)->enrolled);
        QCOMPARE(member(*server, Bob)->accountGuid, renewed->accountGuid);
        server.reset();

        // Removing the code from the configuration keeps the one in the state.
        server = startOn(dir, ServerConfig::demo(), &error);
        QVERIFY2(server, qPrintable(error));
        QCOMPARE(member(*server, Bob)->code, QStringLiteral("NEW1-NEW2-NEW3-NEW4"));
        QVERIFY(member(*server, Bob)->enrolled);
    }

    void executable()
    {
        const QString dir = freshStateDir(); // keys made already: the process starts fast
        QVERIFY(!dir.isEmpty());
        const QString program = QStringLiteral(GMS_DEVSERVER_PATH);
        QVERIFY2(QFile::exists(program), qPrintable(program));

        QProcess server;
        server.setProgram(program);
        server.setArguments(
                { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"), dir });
        server.start();
        QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(server.canReadLine(), server.readAllStandardError().constData());
        const QByteArray line = server.readLine();
        QJsonParseError err;
        const QJsonObject info = QJsonDocument::fromJson(line, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, line.constData());
        QVERIFY(info.contains(u"http"));
        QVERIFY(info.contains(u"https"));
        QVERIFY(info.contains(u"ca"));
        const int http = info.value(u"http").toInt();
        QVERIFY(http > 0 && http < 65536);
        QCOMPARE(info.value(u"https").toInt(), http); // one port for both
        const QString ca = info.value(u"ca").toString();
        QVERIFY(QFile::exists(ca));
        QCOMPARE(info.value(u"serverUrl").toString(),
                 QStringLiteral("http://127.0.0.1:%1/gms.dll").arg(http));
        QString bobCode;
        for (const QJsonValue &m : info.value(u"members").toArray()) {
            if (m.toObject().value(u"login").toString() == Bob)
                bobCode = m.toObject().value(u"code").toString();
        }
        QVERIFY(!bobCode.isEmpty());

        // It answers a POST to /gms.dll, over HTTP and over TLS with the CA it names.
        ProtocolClient client(ca);
        const client::CodeKey code = client::CodeKey::fromCode(bobCode);
        const Result<client::Activation> plain = client.keyActivation(
                QUrl(QStringLiteral("http://127.0.0.1:%1/gms.dll").arg(http)), code);
        QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(describe(plain.error())));
        const Result<client::Activation> tls = client.keyActivation(
                QUrl(QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(http)), code);
        QVERIFY2(tls.ok(), tls.ok() ? "" : qPrintable(describe(tls.error())));
        QCOMPARE(tls->response.domainGuid, plain->response.domainGuid);

        server.terminate(); // SIGTERM: a normal exit
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);

        QProcess dump;
        dump.start(program, { QStringLiteral("--dump-state"), QStringLiteral("--state"), dir });
        QVERIFY(dump.waitForFinished(20000));
        QCOMPARE(dump.exitStatus(), QProcess::NormalExit);
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray out = dump.readAllStandardOutput();
        const QJsonObject state = QJsonDocument::fromJson(out, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, out.left(200).constData());
        QCOMPARE(state.value(u"version").toInt(), 1);
        QCOMPARE(state.value(u"members").toArray().size(), 3);
        const QJsonObject file = QJsonDocument::fromJson(readFile(stateFileIn(dir))).object();
        QCOMPARE(state.value(u"domains").toArray().size(), file.value(u"domains").toArray().size());
        QCOMPARE(state.value(u"domains").toArray().at(0).toObject().value(u"guid"),
                 file.value(u"domains").toArray().at(0).toObject().value(u"guid"));
        QVERIFY(!out.contains("sharedKey"));
        QVERIFY(!out.contains("signingKey"));
        for (const QString &secret : secretsOf(file)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!out.contains(secret.toLatin1()), "--dump-state shows a secret");
        }
    }
};

QTEST_GUILESS_MAIN(TestDevServerState)
#include "tst_devserverstate.moc"
