#pragma once

// What the engine tests of the wizard work share: a devserver with a fresh state, a transport
// that trusts its CA, stores in memory / a temporary folder, and one engine.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/EnrollmentEngine.h"
#include "net/Transport.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"

#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

namespace testing {

struct EngineTestFixture
{
    std::unique_ptr<groove::devserver::DevServer> server;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<groove::engine::Transport> transport;
    std::unique_ptr<groove::store::SecretStore> secrets;
    std::unique_ptr<groove::store::AccountStore> accounts;
    std::unique_ptr<groove::engine::EnrollmentEngine> engine;

    // 'secretStore' null: a MemorySecretStore. 'maxRetries': the transport's automatic retries.
    bool setUp(ServerFixture &fixture, std::unique_ptr<groove::store::SecretStore> secretStore = {},
               int maxRetries = 2)
    {
        server = fixture.start();
        if (!server)
            return false;
        home = std::make_unique<QTemporaryDir>();
        nam = std::make_unique<QNetworkAccessManager>();
        groove::engine::TransportOptions o;
        o.caFile = server->caPath();
        o.requestTimeout = std::chrono::seconds(5);
        o.retryBackoff = std::chrono::milliseconds(50);
        o.maxRetries = maxRetries;
        transport = std::make_unique<groove::engine::Transport>(nam.get(), o);
        secrets = secretStore ? std::move(secretStore)
                              : std::make_unique<groove::store::MemorySecretStore>();
        accounts = std::make_unique<groove::store::AccountStore>(
                home->filePath(QStringLiteral("accounts.json")));
        engine = std::make_unique<groove::engine::EnrollmentEngine>(transport.get(), secrets.get(),
                                                                    accounts.get());
        engine->setDevice({ QString(), QStringLiteral("WIZARD-PC") });
        return true;
    }

    void tearDown()
    {
        engine.reset();
        transport.reset();
        nam.reset();
        accounts.reset();
        secrets.reset();
        server.reset();
    }

    [[nodiscard]] groove::engine::EnrollmentRequest
    manual(const QString &login = QStringLiteral("bob")) const
    {
        groove::engine::EnrollmentRequest r;
        r.flow = groove::engine::Flow::Manual;
        r.serverUrl = QUrl(server->serverUrl());
        const groove::devserver::MemberState *m = server->state().memberByLogin(login);
        r.code = m ? m->code : QString();
        return r;
    }

    [[nodiscard]] groove::engine::EnrollmentRequest autoConfiguration() const
    {
        groove::engine::EnrollmentRequest r;
        r.flow = groove::engine::Flow::AutoConfiguration;
        r.serverUrl = QUrl(server->serverUrl());
        r.login = QStringLiteral("alice");
        r.password = QStringLiteral("correct horse");
        return r;
    }

    [[nodiscard]] groove::engine::EnrollmentRequest autoActivation() const
    {
        groove::engine::EnrollmentRequest r;
        r.flow = groove::engine::Flow::AutoActivation;
        const groove::devserver::DomainState *d = server->state().deviceDomain();
        r.managed.serverUrl = QUrl(server->serverUrl());
        r.managed.deviceDomainGuid = d->guid;
        r.managed.deviceDomainCertificate = d->certificate.der();
        r.login = QStringLiteral("carol");
        r.password = QStringLiteral("tr0ub4dor");
        return r;
    }

    [[nodiscard]] int requests(const QString &method) const
    {
        return server->service().faults().count(method);
    }

    void inject(const QString &rule)
    {
        server->service().faults().add(groove::devserver::FaultRule::parse(rule).value());
    }

    // The result in 'spy' (a spy on finished()) once there is one; a Timeout error if none.
    static groove::engine::EnrollmentResult waitResult(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(60000)) {
            groove::engine::EnrollmentResult none;
            none.error = groove::Error::make(groove::ErrorKind::Timeout,
                                             QStringLiteral("test: no finished() in 60 s"));
            return none;
        }
        return spy.first().first().value<groove::engine::EnrollmentResult>();
    }
};

} // namespace testing
