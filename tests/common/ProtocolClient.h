#pragma once

#include "protocol/ClientCodec.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslConfiguration>

// Test-side driver of the three enrollment flows with core's client codec over real HTTP/HTTPS.
// It waits with QSignalSpy (fine in tests; product code never blocks).
namespace testing {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray wwwAuthenticate;
};

struct Enrolled
{
    QString accountGuid;
    QString domainGuid;
    QString identityUrl;
    QString serverUrl;
    QString code; // the code the flow used (auto flows learn it from the server)
    QByteArray accountKey; // K_acct, for the account's heartbeats
};

class ProtocolClient final
{
public:
    explicit ProtocolClient(const QString &caPath);

    HttpResult post(const QUrl &url, const QString &method, const QByteArray &body,
                    const QByteArray &authorization = {});
    static QByteArray basic(const QString &login, const QString &password);

    groove::protocol::client::Device device;

    groove::Result<Enrolled> manual(const QUrl &serverUrl, const QString &code);
    groove::Result<Enrolled> autoConfiguration(const QUrl &authUrl, const QString &login,
                                               const QString &password);
    // Creates the device account (unless given) and runs the whole auto-activation flow.
    groove::Result<Enrolled> autoActivation(const QUrl &serverUrl, const QUrl &authUrl,
                                            const QString &deviceDomainGuid,
                                            const QByteArray &deviceDomainCertificate,
                                            const QString &login, const QString &password);

    // One step, for tests that look at a single exchange.
    groove::Result<groove::protocol::client::Activation>
    keyActivation(const QUrl &url, const groove::protocol::client::CodeKey &code);
    groove::Status createAccount(const QUrl &url,
                                 const groove::protocol::client::AccountKeys &account,
                                 const groove::protocol::EventInfo &event,
                                 const groove::crypto::RsaPublicKey &domainKey);

    // AccountHeartbeat of an account enrolled by this client, to its server URL.
    groove::Result<groove::protocol::AccountHeartbeatResponse> heartbeat(const Enrolled &account,
                                                                         qint32 sequenceNumber);

    groove::protocol::EventInfo eventFor(const QString &domainGuid, const QString &identityUrl,
                                         bool device) const;

private:
    groove::Result<Enrolled>
    finishWithCode(const QUrl &serverUrl, const QString &code,
                   std::optional<groove::protocol::client::Activation> activation);

    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

// Turns a transport result into an error value like the engine will (status, network error).
groove::Result<QByteArray> bodyOf(const HttpResult &r);

} // namespace testing
