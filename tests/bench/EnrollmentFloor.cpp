// The floor of a manual enrollment; what it includes and leaves out: see bench_floor.cpp.
#include "bench/EnrollmentFloor.h"

#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/ClientCodec.h"
#include "protocol/EventInfo.h"
#include "protocol/Messages.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace groove;
using namespace groove::protocol;

namespace {

// One SOAP POST the way the client's transport sends it; the event loop runs until the answer.
Result<QByteArray> post(QNetworkAccessManager &nam, const QUrl &url, const QString &method,
                        const QByteArray &envelope)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", QByteArray("\"urn:groove.net#" + method.toUtf8() + '"'));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.post(request, envelope);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString error = reply->errorString();
    reply->deleteLater();
    if (status != 200)
        return Error::make(ErrorKind::Network,
                           QStringLiteral("%1: HTTP %2 (%3)").arg(method).arg(status).arg(error));
    return body;
}

} // namespace

namespace bench {

Result<FloorTimes> measureFloor(QNetworkAccessManager &nam, const QUrl &server,
                                const QString &codeText)
{
    const client::CodeKey code = client::CodeKey::fromCode(codeText);
    if (code.code.isEmpty())
        return Error::make(ErrorKind::Usage, QStringLiteral("no code"));
    client::Device device;
    device.guid = ids::newGuid().value_or(QString());
    device.name = QStringLiteral("BENCH-FLOOR");
    device.grooveVersion = productGrooveVersion();
    QElapsedTimer t;

    // 1. Two RSA-2048 key pairs, sequentially.
    t.start();
    Result<crypto::RsaPrivateKey> signatureKey = crypto::RsaPrivateKey::generate();
    Result<crypto::RsaPrivateKey> encryptionKey = crypto::RsaPrivateKey::generate();
    const qint64 keygenMs = t.elapsed();
    Result<QString> guid = ids::newGuid();
    Result<SecretBytes> sharedKey = crypto::randomSecret(24);
    if (!signatureKey || !encryptionKey || !guid || !sharedKey)
        return Error::make(ErrorKind::CryptoFailure, QStringLiteral("key generation failed"));
    client::AccountKeys account;
    account.guid = *guid;
    account.sharedKey = std::move(sharedKey).value();
    account.signatureKey = std::move(signatureKey).value();
    account.encryptionKey = std::move(encryptionKey).value();

    // 2. KeyActivation
    t.restart();
    const Result<QByteArray> kaRequest = client::keyActivationRequest(code, device);
    const Result<QByteArray> kaBody =
            kaRequest ? post(nam, server, method::KeyActivation, *kaRequest) : kaRequest;
    const Result<client::Activation> activation = kaBody
            ? client::keyActivationResponse(*kaBody, code)
            : Result<client::Activation>(kaBody.error());
    const qint64 keyActivationMs = t.elapsed();
    if (!activation)
        return activation.error();
    const ActivationResponse &r = activation->response;
    const QUrl url(r.serverUrl); // later messages go where the server says (WIRE-PROFILE 6.8)

    // 3. CreateAccount
    t.restart();
    EventInfo event;
    event.domainGuid = r.domainGuid;
    event.grooveVersion = device.grooveVersion;
    event.identityUrl = r.identityUrl;
    event.userDeviceGuid = device.guid;
    event.userDeviceName = device.name;
    event.created = QDateTime::currentSecsSinceEpoch();
    const Result<QByteArray> caRequest =
            client::createAccountRequest(account, event, activation->certificate.encryptionKey());
    const Result<QByteArray> caBody =
            caRequest ? post(nam, url, method::CreateAccount, *caRequest) : caRequest;
    const Status created = caBody ? client::createAccountResponse(*caBody) : Status(caBody.error());
    const qint64 createAccountMs = t.elapsed();
    if (!created)
        return created.error();

    // 4. DomainEnrollment
    t.restart();
    const Result<DomainEnrollmentRequest> de =
            client::domainEnrollment(code, account, r.identityUrl, activation->vCardData, device);
    if (!de)
        return de.error();
    const Result<QByteArray> deRequest = client::domainEnrollmentRequest(code, *de);
    const Result<QByteArray> deBody =
            deRequest ? post(nam, url, method::DomainEnrollment, *deRequest) : deRequest;
    const Result<DomainEnrollmentResponse> enrolled = deBody
            ? client::domainEnrollmentResponse(*deBody, code, *de, activation->certificate,
                                               r.domainGuid)
            : Result<DomainEnrollmentResponse>(deBody.error());
    const qint64 domainEnrollmentMs = t.elapsed();
    if (!enrolled)
        return enrolled.error();

    FloorTimes times;
    times.keygenMs = keygenMs;
    times.keyActivationMs = keyActivationMs;
    times.createAccountMs = createAccountMs;
    times.domainEnrollmentMs = domainEnrollmentMs;
    return times;
}

} // namespace bench
