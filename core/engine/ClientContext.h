#pragma once

#include "store/SecretStore.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace groove::store {
class AccountStore;
}

namespace groove::engine {

class ConnectivityCheck;
class EnrollmentEngine;
class HeartbeatMonitor;
class Transport;
class TrustStore;

// What a front end (command line, wizard) knows before it talks to a server: the common options
// of CLI-CONTRACT.md and where things are kept.
struct ClientOptions
{
    std::chrono::seconds requestTimeout{ 30 };
    QString caFile; // PEM added to the system trust store
    QByteArray pinSha256; // 32 bytes, applies to every server (--pin-sha256)
    // http proxy URL, may carry user:password (percent-encoded); empty: system proxy settings
    QString proxy;
    store::KeyStoreKind keyStore = store::KeyStoreKind::Keychain; // File: --insecure-keystore
    QString insecureKeyFolder; // empty: store::defaultInsecureKeyFolder()
    // empty: defaultAccountFile(), with the lock timeout of GROOVE_ENROLL_LOCK_TIMEOUT_MS
    QString accountFile;
    QString trustFile; // empty: TrustStore::defaultPath()
};

// The one place that builds the network, the transport and the stores from options, so that
// the command line, the connectivity check and the GUI talk to servers the same way (proxy with
// its credentials, CA file, pins, trusted servers) and keep accounts in the same place.
// Engines and checks it creates use its objects: they must not outlive it.
class ClientContext final : public QObject
{
    Q_OBJECT

public:
    explicit ClientContext(const ClientOptions &options, QObject *parent = nullptr);
    ~ClientContext() override;

    [[nodiscard]] const ClientOptions &options() const { return m_options; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_nam; }
    [[nodiscard]] Transport *transport() const { return m_transport; }
    [[nodiscard]] store::AccountStore *accounts() const { return m_accounts.get(); }
    [[nodiscard]] store::SecretStore *secrets() const { return m_secrets; }
    [[nodiscard]] TrustStore *trust() const { return m_trust.get(); }

    [[nodiscard]] EnrollmentEngine *createEngine(QObject *parent = nullptr) const;
    [[nodiscard]] ConnectivityCheck *createCheck(QObject *parent = nullptr) const;
    [[nodiscard]] HeartbeatMonitor *createHeartbeatMonitor(QObject *parent = nullptr) const;

    // <AppDataLocation>/accounts.json
    [[nodiscard]] static QString defaultAccountFile();

private:
    ClientOptions m_options;
    QNetworkAccessManager *m_nam;
    std::shared_ptr<TrustStore> m_trust;
    Transport *m_transport;
    std::unique_ptr<store::AccountStore> m_accounts;
    store::SecretStore *m_secrets;
};

} // namespace groove::engine
