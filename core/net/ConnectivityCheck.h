#pragma once

#include "Error.h"
#include "net/Transport.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>

#include <optional>

class QAbstractSocket;
class QNetworkProxy;
class QNetworkAccessManager;
class QSslSocket;
class QTimer;

namespace groove::engine {

// The dry run of `groove-enroll --check` (CLI-CONTRACT): DNS, TCP, TLS and the SOAP endpoint of
// one server, checked in that order, each reported as it finishes. Nothing is enrolled: the
// endpoint item sends a KeyActivation for a random code that no server has issued, so a working
// server answers with a fault (401) and no real code is touched.
//
// After a DNS or TCP failure the later items cannot tell anything and are reported as "not
// checked"; after a TLS failure of the https server URL the endpoint is not checked either (the
// request would fail the same way), while a failure of the authenticated endpoint alone still
// lets the endpoint item run. finished() always carries the first failure.
// Sockets use the manager's proxy (or its proxy factory), so TCP and TLS test the path the
// enrollment would take. A server the user trusted (TransportOptions::trustStore) passes TLS as
// the enrollment would.
class ConnectivityCheck final : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString name; // "DNS", "TCP", "TLS", "endpoint" (stable, not translated)
        bool ok = false;
        QString detail; // translated, for people
        qint64 ms = 0;
    };

    ConnectivityCheck(QNetworkAccessManager *nam, TransportOptions options,
                      QObject *parent = nullptr);
    ~ConnectivityCheck() override { stopActivity(); } // no signal: nobody is waiting any more

    // 'authenticatedUrl' is only checked (TLS handshake) when 'needAuthenticatedEndpoint' is set,
    // i.e. for the automatic flows; the manual flow never talks to it. Without it and with an
    // http server URL there is no TLS to check: the TLS item is ok, "not needed (http)".
    // Ignored while a check is running.
    void start(const QUrl &serverUrl, const QUrl &authenticatedUrl,
               bool needAuthenticatedEndpoint = false);
    // Stops whatever is in flight; finished() reports Cancelled (once) with the items so far.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_nam; }
    [[nodiscard]] const TransportOptions &options() const { return m_options; }

signals:
    void itemFinished(const groove::engine::ConnectivityCheck::Item &item);
    void finished(const QList<groove::engine::ConnectivityCheck::Item> &items,
                  const std::optional<groove::Error> &error);

private:
    enum class Stage { Idle, Dns, Tcp, Tls, Endpoint };
    struct TlsTarget
    {
        QString host;
        quint16 port = 443;
        bool isServerUrl = false; // the server URL itself is https: its failure stops the check
    };

    void runDns();
    void runTcp();
    void runTls();
    [[nodiscard]] std::optional<Error> prepareTls();
    void nextTlsTarget();
    void runEndpoint();
    void onEndpointAnswer(const Result<QByteArray> &body);
    // 'why' is for people; the error's detail gets the same text with the target in front.
    void tlsTargetDone(const QString &why, std::optional<ErrorKind> failure = std::nullopt);
    void reportTls();
    void onTlsSslErrors(QSslSocket *socket, const QList<QSslError> &errors);
    void onTlsEncrypted(QSslSocket *socket);
    void onSocketError(QAbstractSocket *socket);
    void onStageTimeout();
    void stopActivity();
    // Records the item of the current stage; a failure sets the overall error if it is the
    // first. Returns false when a slot connected to itemFinished() cancelled or restarted us.
    bool report(bool ok, const QString &detail, const std::optional<Error> &error = std::nullopt);
    // A failure that makes the later items meaningless: report it, mark the rest, finish.
    void fail(const QString &detail, const Error &error);
    bool emitItem(const Item &item);
    void finish();
    void dropSocket();
    void beginStage(Stage stage);
    [[nodiscard]] static QString stageName(Stage stage);
    [[nodiscard]] bool pinMatches(const QSslSocket *socket) const;
    [[nodiscard]] QNetworkProxy socketProxy(const QString &host, quint16 port) const;

    QNetworkAccessManager *m_nam;
    TransportOptions m_options;
    Transport *m_transport;
    QTimer *m_stageTimer;
    QElapsedTimer m_stageClock;
    Stage m_stage = Stage::Idle;
    bool m_running = false;
    quint64 m_run = 0; // tells callbacks of an earlier run (or a cancelled stage) apart
    int m_lookupId = -1;
    QUrl m_serverUrl;
    QUrl m_authUrl;
    bool m_needAuth = false;
    QList<TlsTarget> m_tlsTargets; // still to check; the first one is in progress
    QStringList m_tlsDetails;
    std::optional<Error> m_tlsError;
    bool m_tlsFatal = false;
    // Made when a TLS item runs: a QSslConfiguration, even a default-constructed one, loads the
    // TLS backend (tens of milliseconds), which a wizard's first page must not wait for.
    std::optional<QSslConfiguration> m_tlsConfig;
    QAbstractSocket *m_socket = nullptr; // the TCP or TLS socket of the current stage
    QList<QSslError> m_sslErrors;
    bool m_tlsConnected = false; // TCP part of the TLS target done: later errors are TLS errors
    bool m_pinFailed = false;
    QByteArray m_savedPin; // the TrustStore's pin for the current TLS target
    QPointer<SoapCall> m_call;
    QList<Item> m_items;
    std::optional<Error> m_firstError;
};

} // namespace groove::engine

Q_DECLARE_METATYPE(groove::engine::ConnectivityCheck::Item)
