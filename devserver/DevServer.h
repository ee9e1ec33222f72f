#pragma once

#include "devserver/GmsService.h"
#include "devserver/ServerConfig.h"
#include "devserver/ServerState.h"

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace groove::devserver {

class AdminEndpoint;
class HttpServer;
class TlsIdentity;

// A running management server: transport + TLS identity + state + protocol logic. Used by the
// gms-devserver executable, by `groove-enroll --demo` (in-process) and by tests.
class DevServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString stateDir; // empty: a temporary folder removed with the server
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // HTTP and TLS on one port
        int httpsPort = -1; // >= 0: also a TLS-only port (0 = any free one)
        ServerConfig config = ServerConfig::demo();
        QList<FaultRule> faults;
        GmsService::Clock clock; // empty: the system clock
        std::chrono::milliseconds idleTimeout{ 30000 };
        // A request must arrive completely this long after its first byte (slow clients).
        std::chrono::milliseconds requestTimeout{ 10000 };
        int maxConnectionsPerClient = 128; // open connections per client address
        // Binding anything but loopback serves other machines; a test server must be told so.
        bool allowRemote = false;
    };

    ~DevServer() override;
    [[nodiscard]] static Result<std::unique_ptr<DevServer>> start(Options options);
    // start() without blocking the calling thread: the slow part (the RSA keys of the TLS
    // identity and of the domains, about a second) runs on QThreadPool::globalInstance(); the
    // server objects are made, and listen, on the main thread, where 'done' is called with the
    // same result start() would give. 'context' lives on the main thread; nothing is called when
    // it is destroyed first (the keys are then thrown away).
    using Started = std::function<void(Result<std::unique_ptr<DevServer>>)>;
    static void startInBackground(Options options, QObject *context, Started done);

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] int httpsPort() const; // -1 when there is no separate TLS port
    [[nodiscard]] QString caPath() const;
    [[nodiscard]] QByteArray caPem() const;
    [[nodiscard]] QByteArray serverSpkiSha256() const;
    [[nodiscard]] QString serverUrl() const; // http://127.0.0.1:PORT/gms.dll
    [[nodiscard]] QString authenticatedUrl() const; // https://127.0.0.1:PORT/AutoActivate/gms.dll
    [[nodiscard]] const ServerConfig &config() const { return m_options.config; }

    [[nodiscard]] GmsService &service() { return *m_service; }
    [[nodiscard]] ServerState &state() { return *m_state; }
    [[nodiscard]] HttpServer &http() { return *m_http; }
    // The bearer token of the admin endpoint (AdminEndpoint.h), random per start; given to the
    // administrator in the start-up line only.
    [[nodiscard]] const QByteArray &adminToken() const { return m_adminToken; }
    // In-process administration for tests (see ServerState); saves the state.
    [[nodiscard]] Status requireReenrollment(const QString &accountGuid)
    {
        return m_state->requireReenrollment(accountGuid);
    }
    [[nodiscard]] Status removeAccount(const QString &accountGuid)
    {
        return m_state->removeAccount(accountGuid);
    }

    // The start line of gms-devserver: {"http":PORT,"https":PORT,"ca":"PATH", ...} with the
    // server URL, the device domain settings, the members (login, code) and the admin
    // endpoint's token ("adminToken") for administrators.
    [[nodiscard]] QJsonObject startupInfo() const;
    // A managed-device policy (INI, group [Managed]) for this server's device domain.
    [[nodiscard]] QByteArray managedPolicy() const;

private:
    explicit DevServer(Options options);
    struct Prepared;
    // The part of start() that may run on any thread (files and keys, no QObject).
    [[nodiscard]] static Result<std::unique_ptr<Prepared>> prepare(Options options);
    // The part that must run on the server's thread: service, handlers and listening sockets.
    [[nodiscard]] static Result<std::unique_ptr<DevServer>> finish(std::unique_ptr<Prepared> p);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<TlsIdentity> m_tls;
    std::unique_ptr<ServerState> m_state;
    std::unique_ptr<GmsService> m_service;
    std::unique_ptr<AdminEndpoint> m_admin;
    QByteArray m_adminToken;
    HttpServer *m_http = nullptr;
    HttpServer *m_https = nullptr;
};

} // namespace groove::devserver
