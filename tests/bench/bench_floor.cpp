// bench_floor: the least work a manual enrollment cannot avoid, measured in one process, for
// scripts/bench-enrollment.sh to compare with the wall time of `groove-enroll --headless`.
//
//   printf '%s\n' CODE | bench_floor --server http://127.0.0.1:PORT/gms.dll
//
// The floor is the sum of
//   - two RSA-2048 key generations (crypto::RsaPrivateKey::generate), one after the other: the
//     account's signature and encryption keys;
//   - the three round trips of a real manual enrollment of the member whose code is on standard
//     input: KeyActivation, CreateAccount, DomainEnrollment, each timed from building the request
//     envelope (core's protocol::client functions) through the HTTP POST (QNetworkAccessManager,
//     a new connection for the first request, kept alive for the others) to the verified answer.
// It leaves out what the command line adds: process start, reading standard input, the D-Bus
// session and the keychain writes, the account file, and the JSON output. It runs no engine:
// no overlap of key generation and round trips, so the CLI may well come in below 1.0.
//
// Prints one JSON object: {"keygenMs":..,"keyActivationMs":..,"createAccountMs":..,
// "domainEnrollmentMs":..,"floorMs":..}. Exit 0 on success, 1 on any failure (message on stderr).
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/ClientCodec.h"
#include "protocol/EventInfo.h"
#include "protocol/Messages.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <cstdio>

using namespace groove;
using namespace groove::protocol;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_floor: %s\n", qPrintable(what));
    return 1;
}

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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Measures the floor of a manual enrollment (code on standard input)."));
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server URL (http)."), QStringLiteral("URL"));
    parser.addOption(serverOpt);
    parser.process(app);
    const QUrl server(parser.value(serverOpt));
    if (!server.isValid() || server.scheme() != u"http")
        return fail(QStringLiteral("--server needs an http:// URL"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    const client::CodeKey code = client::CodeKey::fromCode(QString::fromUtf8(in.readAll()));
    if (code.code.isEmpty())
        return fail(QStringLiteral("no code on standard input"));

    client::Device device;
    device.guid = ids::newGuid().value_or(QString());
    device.name = QStringLiteral("BENCH-FLOOR");
    device.grooveVersion = productGrooveVersion();
    QNetworkAccessManager nam;
    QElapsedTimer t;

    // 1. Two RSA-2048 key pairs, sequentially.
    t.start();
    Result<crypto::RsaPrivateKey> signatureKey = crypto::RsaPrivateKey::generate();
    Result<crypto::RsaPrivateKey> encryptionKey = crypto::RsaPrivateKey::generate();
    const qint64 keygenMs = t.elapsed();
    Result<QString> guid = ids::newGuid();
    Result<SecretBytes> sharedKey = crypto::randomSecret(24);
    if (!signatureKey || !encryptionKey || !guid || !sharedKey)
        return fail(QStringLiteral("key generation failed"));
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
        return fail(activation.error().toLogString());
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
        return fail(created.error().toLogString());

    // 4. DomainEnrollment
    t.restart();
    const Result<DomainEnrollmentRequest> de =
            client::domainEnrollment(code, account, r.identityUrl, activation->vCardData, device);
    if (!de)
        return fail(de.error().toLogString());
    const Result<QByteArray> deRequest = client::domainEnrollmentRequest(code, *de);
    const Result<QByteArray> deBody =
            deRequest ? post(nam, url, method::DomainEnrollment, *deRequest) : deRequest;
    const Result<DomainEnrollmentResponse> enrolled = deBody
            ? client::domainEnrollmentResponse(*deBody, code, *de, activation->certificate,
                                               r.domainGuid)
            : Result<DomainEnrollmentResponse>(deBody.error());
    const qint64 domainEnrollmentMs = t.elapsed();
    if (!enrolled)
        return fail(enrolled.error().toLogString());

    const QJsonObject result{ { QStringLiteral("keygenMs"), keygenMs },
                              { QStringLiteral("keyActivationMs"), keyActivationMs },
                              { QStringLiteral("createAccountMs"), createAccountMs },
                              { QStringLiteral("domainEnrollmentMs"), domainEnrollmentMs },
                              { QStringLiteral("floorMs"),
                                keygenMs + keyActivationMs + createAccountMs
                                        + domainEnrollmentMs } };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
