#pragma once

#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace groove::engine {

class TrustStore;
struct UntrustedCertificate;

// Everything a caller can tune about one message exchange (WIRE-PROFILE 1, 7.1-7.3).
struct TransportOptions
{
    std::chrono::milliseconds requestTimeout{ 30000 };
    QString caFile; // PEM added to the system trust store
    QByteArray pinSha256; // 32 bytes: SHA-256 of the server certificate's SubjectPublicKeyInfo
    // Pins of servers the user trusted (per host:port); read for every call. A saved pin stands
    // in for a chain that does not validate; pinSha256, when set, applies instead.
    std::shared_ptr<TrustStore> trustStore;
    int maxRedirects = 3; // 307/308 to the same origin only
    qsizetype maxResponseBytes = 1024 * 1024;
    int maxRetries = 2; // transient network errors, retryable calls only
    std::chrono::milliseconds retryBackoff{ 500 }; // doubled each retry
    QByteArray userAgent; // default: groove-enroll/<version>
};

// HTTP credentials for the authenticated endpoint. Wiped on destruction.
struct Credentials
{
    QString login;
    QString password;
    ~Credentials();
};

// One SOAP exchange in flight. Emits finished() exactly once: with the body of an HTTP 200
// answer, or with an Error (Network, Timeout, Tls, Insecure, Authentication, Protocol,
// Cancelled). Deletes itself after finished() (deleteLater). A Tls error for a certificate that
// was not trusted (or did not match a pin) carries it (Error::certificate); nothing of the
// request was sent then, as the handshake comes first.
class SoapCall final : public QObject
{
    Q_OBJECT

public:
    ~SoapCall() override;
    // Aborts the request in flight; finished() reports Cancelled.
    void abort();

    // A web page (text/html, or a body that starts like one) where a SOAP answer belongs.
    [[nodiscard]] static bool isWebPage(const QString &contentType, const QByteArray &body);
    [[nodiscard]] static Error webPageError(const QString &detail);

signals:
    void finished(const groove::Result<QByteArray> &body);
    // A transient failure; the request is sent again after 'delay' unless abort() comes first.
    void retryScheduled(int attempt, std::chrono::milliseconds delay);

private:
    friend class Transport;
    SoapCall(QNetworkAccessManager *nam, const TransportOptions &options, QObject *parent);
    void start();
    void send();
    void onFinished(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onMetaDataChanged(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(QNetworkReply *reply);
    void handleStatus(QNetworkReply *reply, int status);
    void followRedirect(QNetworkReply *reply, int status);
    void handleNetworkError(QNetworkReply *reply);
    void finish(Result<QByteArray> result);
    [[nodiscard]] bool pinMatches(QNetworkReply *reply) const;
    [[nodiscard]] Error pinMismatch() const;
    void noteCertificate(QNetworkReply *reply, const QList<QSslError> &errors);
    [[nodiscard]] static QByteArray basicAuthorization(const QString &user, const QString &secret);

    QNetworkAccessManager *m_nam;
    TransportOptions m_options;
    QSslConfiguration m_tls;
    std::optional<Error> m_setupError; // found by Transport::post(), reported from start()
    QUrl m_url;
    QUrl m_originalUrl;
    QString m_method;
    QByteArray m_envelope;
    QByteArray m_body;
    std::optional<Credentials> m_credentials;
    QByteArray m_authorization; // the header in flight; wiped (all copies) when it is done
    QByteArray m_proxyAuthorization; // the same for a proxy's credentials
    QList<QSslError> m_sslErrors;
    QByteArray m_savedPin; // the TrustStore's pin for this host:port (without pinSha256)
    std::shared_ptr<const UntrustedCertificate> m_untrusted; // what the handshake met
    QTimer *m_backoff = nullptr;
    QElapsedTimer m_elapsed;
    bool m_retryable = true;
    int m_redirects = 0;
    int m_retries = 0;
    int m_requests = 0;
    bool m_sentCredentials = false;
    bool m_aborted = false;
    bool m_done = false;
    bool m_tooLarge = false;
    bool m_pinFailed = false;
    QPointer<QNetworkReply> m_reply;
};

// Sends SOAP requests through an injected QNetworkAccessManager (its proxy settings apply).
// Never blocks, never ignores TLS errors except for an exact pin, never stores or sends a
// cookie: the constructor gives the manager a cookie jar that keeps nothing.
class Transport final : public QObject
{
    Q_OBJECT

public:
    Transport(QNetworkAccessManager *nam, TransportOptions options, QObject *parent = nullptr);

    [[nodiscard]] const TransportOptions &options() const { return m_options; }
    // 'retryable': the message is safe to send twice (everything but DomainEnrollment).
    // With credentials, the URL must be https (else the call fails with Insecure, nothing sent).
    [[nodiscard]] SoapCall *post(const QUrl &url, const QString &soapMethod,
                                 const QByteArray &envelope,
                                 const Credentials *credentials = nullptr, bool retryable = true);

private:
    QNetworkAccessManager *m_nam;
    TransportOptions m_options;
};

} // namespace groove::engine
