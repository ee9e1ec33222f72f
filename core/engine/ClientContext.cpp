#include "engine/ClientContext.h"

#include "engine/HeartbeatMonitor.h"

#include "engine/EnrollmentEngine.h"
#include "net/ConnectivityCheck.h"
#include "net/Transport.h"
#include "net/TrustStore.h"
#include "store/AccountStore.h"
#include "store/SecretStoreFactory.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkProxyFactory>

namespace groove::engine {

namespace {

// The system's proxy settings for this manager only (QNetworkProxyFactory's global switch would
// change every manager of the process).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

ClientContext::ClientContext(const ClientOptions &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_nam(new QNetworkAccessManager(this)),
      m_trust(std::make_shared<TrustStore>(options.trustFile))
{
    if (!m_options.proxy.isEmpty()) {
        // The command line checked the URL; user name and password are percent-decoded here so
        // that "p%40ss" reaches the proxy as "p@ss".
        const QUrl p(m_options.proxy, QUrl::StrictMode);
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, p.host(), quint16(p.port(8080)),
                                      p.userName(QUrl::FullyDecoded),
                                      p.password(QUrl::FullyDecoded)));
    } else {
        m_nam->setProxyFactory(new SystemProxyFactory);
    }

    TransportOptions transport;
    transport.requestTimeout = m_options.requestTimeout;
    transport.caFile = m_options.caFile;
    transport.pinSha256 = m_options.pinSha256;
    transport.trustStore = m_trust;
    m_transport = new Transport(m_nam, transport, this);

    m_accounts = std::make_unique<store::AccountStore>(
            m_options.accountFile.isEmpty() ? defaultAccountFile() : m_options.accountFile);
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("GROOVE_ENROLL_LOCK_TIMEOUT_MS", &ok);
    if (m_options.accountFile.isEmpty() && ok && ms >= 0)
        m_accounts->setLockTimeout(std::chrono::milliseconds(ms));

    m_secrets = store::makeSecretStore(m_options.keyStore, m_options.insecureKeyFolder, this);
}

ClientContext::~ClientContext() = default;

QString ClientContext::defaultAccountFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("accounts.json"));
}

EnrollmentEngine *ClientContext::createEngine(QObject *parent) const
{
    return new EnrollmentEngine(m_transport, m_secrets, m_accounts.get(), parent);
}

ConnectivityCheck *ClientContext::createCheck(QObject *parent) const
{
    return new ConnectivityCheck(m_nam, m_transport->options(), parent);
}

HeartbeatMonitor *ClientContext::createHeartbeatMonitor(QObject *parent) const
{
    return new HeartbeatMonitor(m_transport, m_secrets, m_accounts.get(), parent);
}

} // namespace groove::engine
