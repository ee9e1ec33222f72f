#include "common/ProtocolClient.h"

#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"

#include <QtCore/QDateTime>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtTest/QSignalSpy>

using namespace groove;
using namespace groove::protocol;

namespace testing {

ProtocolClient::ProtocolClient(const QString &caPath)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(QSslCertificate::fromPath(caPath));
    device.guid = ids::newGuid().value();
    device.name = QStringLiteral("TEST-PC");
    device.grooveVersion = productGrooveVersion();
}

QByteArray ProtocolClient::basic(const QString &login, const QString &password)
{
    return "Basic " + (login + u':' + password).toUtf8().toBase64();
}

HttpResult ProtocolClient::post(const QUrl &url, const QString &method, const QByteArray &body,
                                const QByteArray &authorization)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    req.setRawHeader("SOAPAction", "\"urn:groove.net#" + method.toUtf8() + '"');
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(20000);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return r;
}

Result<QByteArray> bodyOf(const HttpResult &r)
{
    if (r.status == 200)
        return r.body;
    if (r.status == 401)
        return Error::make(ErrorKind::Authentication, QStringLiteral("HTTP 401"));
    return Error::make(ErrorKind::Network,
                       QStringLiteral("HTTP %1, network error %2").arg(r.status).arg(int(r.error)));
}

EventInfo ProtocolClient::eventFor(const QString &domainGuid, const QString &identityUrl,
                                   bool isDevice) const
{
    EventInfo e;
    e.domainGuid = domainGuid;
    e.grooveVersion = device.grooveVersion;
    e.identityUrl = identityUrl;
    e.isDeviceAccount = isDevice;
    e.userDeviceGuid = device.guid;
    e.userDeviceName = device.name;
    e.created = QDateTime::currentSecsSinceEpoch();
    e.eventId = crypto::randomPositiveInt32().value();
    return e;
}

Result<client::Activation> ProtocolClient::keyActivation(const QUrl &url,
                                                         const client::CodeKey &code)
{
    const Result<QByteArray> body = bodyOf(
            post(url, method::KeyActivation, client::keyActivationRequest(code, device).value()));
    if (!body)
        return body.error();
    return client::keyActivationResponse(*body, code);
}

Status ProtocolClient::createAccount(const QUrl &url, const client::AccountKeys &account,
                                     const EventInfo &event, const crypto::RsaPublicKey &domainKey)
{
    const Result<QByteArray> req = client::createAccountRequest(account, event, domainKey);
    if (!req)
        return req.error();
    const Result<QByteArray> body = bodyOf(post(url, method::CreateAccount, *req));
    if (!body)
        return body.error();
    return client::createAccountResponse(*body);
}

Result<Enrolled> ProtocolClient::finishWithCode(const QUrl &serverUrl, const QString &code,
                                                std::optional<client::Activation> activation)
{
    const client::CodeKey key = client::CodeKey::fromCode(code);
    if (!activation) {
        Result<client::Activation> a = keyActivation(serverUrl, key);
        if (!a)
            return a.error();
        activation = std::move(a).value();
    }
    const ActivationResponse &r = activation->response;
    const QUrl url(r.serverUrl); // WIRE-PROFILE 6.8: later messages go to the URL the server names
    const Result<client::AccountKeys> account = client::AccountKeys::generate();
    if (!account)
        return account.error();
    if (Status s = createAccount(url, *account, eventFor(r.domainGuid, r.identityUrl, false),
                                 activation->certificate.encryptionKey());
        !s) {
        return s.error();
    }
    const Result<DomainEnrollmentRequest> de =
            client::domainEnrollment(key, *account, r.identityUrl, activation->vCardData, device);
    if (!de)
        return de.error();
    const Result<QByteArray> body = bodyOf(
            post(url, method::DomainEnrollment, client::domainEnrollmentRequest(key, *de).value()));
    if (!body)
        return body.error();
    const Result<DomainEnrollmentResponse> done = client::domainEnrollmentResponse(
            *body, key, *de, activation->certificate, r.domainGuid);
    if (!done)
        return done.error();
    return Enrolled{ account->guid, r.domainGuid, r.identityUrl,
                     r.serverUrl,   key.code,     account->sharedKey.view().toByteArray() };
}

Result<AccountHeartbeatResponse> ProtocolClient::heartbeat(const Enrolled &account,
                                                           qint32 sequenceNumber)
{
    EventInfo event = eventFor(account.domainGuid, account.identityUrl, false);
    event.guid = account.accountGuid;
    const Result<QByteArray> req =
            client::accountHeartbeatRequest(event, account.accountKey, sequenceNumber);
    if (!req)
        return req.error();
    const Result<QByteArray> body =
            bodyOf(post(QUrl(account.serverUrl), method::AccountHeartbeat, *req));
    if (!body)
        return body.error();
    return client::accountHeartbeatResponse(*body, account.accountKey);
}

Result<Enrolled> ProtocolClient::manual(const QUrl &serverUrl, const QString &code)
{
    return finishWithCode(serverUrl, code, std::nullopt);
}

Result<Enrolled> ProtocolClient::autoConfiguration(const QUrl &authUrl, const QString &login,
                                                   const QString &password)
{
    const Result<QByteArray> body = bodyOf(post(
            authUrl, method::AutoAccountCodeConfiguration,
            client::autoAccountCodeConfigurationRequest(device).value(), basic(login, password)));
    if (!body)
        return body.error();
    Result<client::Activation> a = client::autoAccountCodeConfigurationResponse(*body);
    if (!a)
        return a.error();
    const QString code = a->response.accountConfigurationCode;
    return finishWithCode(QUrl(a->response.serverUrl), code, std::move(a).value());
}

Result<Enrolled> ProtocolClient::autoActivation(const QUrl &serverUrl, const QUrl &authUrl,
                                                const QString &deviceDomainGuid,
                                                const QByteArray &deviceDomainCertificate,
                                                const QString &login, const QString &password)
{
    const Result<crypto::DomainCertificate> cert =
            crypto::DomainCertificate::parse(deviceDomainCertificate);
    if (!cert)
        return cert.error();
    const Result<client::AccountKeys> deviceAccount = client::AccountKeys::generate(device.guid);
    if (!deviceAccount)
        return deviceAccount.error();
    const EventInfo deviceEvent = eventFor(deviceDomainGuid, QString(), true);
    if (Status s = createAccount(serverUrl, *deviceAccount, deviceEvent, cert->encryptionKey()); !s)
        return s.error();
    EventInfo wrapper = deviceEvent;
    wrapper.guid = device.guid;
    const Result<QByteArray> req =
            client::autoActivationRequest(wrapper, deviceAccount->sharedKey.view(), login);
    if (!req)
        return req.error();
    const Result<QByteArray> body =
            bodyOf(post(authUrl, method::AutoActivation, *req, basic(login, password)));
    if (!body)
        return body.error();
    const Result<AutoActivationResponse> resp =
            client::autoActivationResponse(*body, deviceAccount->sharedKey.view());
    if (!resp)
        return resp.error();
    return finishWithCode(QUrl(resp->serverUrl), resp->accountConfigurationCode, std::nullopt);
}

} // namespace testing
