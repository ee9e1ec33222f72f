#include "devserver/DevServer.h"

#include "crypto/Crypto.h"
#include "devserver/AdminEndpoint.h"
#include "devserver/HttpServer.h"
#include "devserver/TlsIdentity.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QPointer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>

namespace groove::devserver {

DevServer::DevServer(Options options) : m_options(std::move(options)) { }

DevServer::~DevServer() = default;

struct DevServer::Prepared
{
    Options options;
    std::unique_ptr<QTemporaryDir> tempDir;
    std::unique_ptr<TlsIdentity> tls;
    std::unique_ptr<ServerState> state;
    QByteArray adminToken;
};

Result<std::unique_ptr<DevServer::Prepared>> DevServer::prepare(Options options)
{
    auto p = std::make_unique<Prepared>();
    p->options = std::move(options);
    Options &o = p->options;
    if (!o.address.isLoopback() && !o.allowRemote)
        return Error::make(ErrorKind::Usage,
                           QStringLiteral("%1 is not a loopback address and remote access was "
                                          "not allowed")
                                   .arg(o.address.toString()));
    if (!o.clock)
        o.clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    if (o.stateDir.isEmpty()) {
        p->tempDir = std::make_unique<QTemporaryDir>();
        if (!p->tempDir->isValid())
            return Error::make(ErrorKind::Storage,
                               QStringLiteral("cannot create a temporary state folder"));
        o.stateDir = p->tempDir->path();
    }
    Result<TlsIdentity> tls =
            TlsIdentity::loadOrCreate(QDir(o.stateDir).filePath(QStringLiteral("tls")), {});
    if (!tls)
        return tls.error();
    p->tls = std::make_unique<TlsIdentity>(std::move(tls).value());
    Result<std::unique_ptr<ServerState>> state = ServerState::open(o.stateDir, o.config, o.clock);
    if (!state)
        return state.error();
    p->state = std::move(state).value();
    Result<QByteArray> token = crypto::randomBytes(32);
    if (!token)
        return token.error();
    p->adminToken = token->toHex();
    return p;
}

Result<std::unique_ptr<DevServer>> DevServer::start(Options options)
{
    Result<std::unique_ptr<Prepared>> prepared = prepare(std::move(options));
    if (!prepared)
        return prepared.error();
    return finish(std::move(prepared).value());
}

void DevServer::startInBackground(Options options, QObject *context, Started done)
{
    // The worker touches no QObject but the application (which waits for the global pool when
    // it ends); 'context' is looked at on its own (the main) thread only.
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([options = std::move(options), guard,
                                          done = std::move(done)]() mutable {
        auto prepared =
                std::make_shared<Result<std::unique_ptr<Prepared>>>(prepare(std::move(options)));
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [prepared, guard, done = std::move(done)] {
                    if (!guard)
                        return;
                    if (!*prepared) {
                        done(prepared->error());
                        return;
                    }
                    done(finish(std::move(*prepared).value()));
                },
                Qt::QueuedConnection);
    });
}

Result<std::unique_ptr<DevServer>> DevServer::finish(std::unique_ptr<Prepared> p)
{
    std::unique_ptr<DevServer> s(new DevServer(std::move(p->options)));
    Options &o = s->m_options;
    s->m_tempDir = std::move(p->tempDir);
    s->m_tls = std::move(p->tls);
    s->m_state = std::move(p->state);
    s->m_adminToken = std::move(p->adminToken);
    s->m_service = std::make_unique<GmsService>(*s->m_state, o.config, o.clock);
    for (const FaultRule &rule : std::as_const(o.faults))
        s->m_service->faults().add(rule);
    s->m_admin = std::make_unique<AdminEndpoint>(*s->m_state, s->m_adminToken);
    const auto handler = [service = s->m_service.get(),
                          admin = s->m_admin.get()](const HttpRequest &request,
                                                    std::function<void(HttpResponse)> reply) {
        reply(AdminEndpoint::handles(request) ? admin->handle(request) : service->handle(request));
    };
    s->m_http = new HttpServer(s.get());
    s->m_http->setHandler(handler);
    s->m_http->setTlsConfiguration(s->m_tls->serverConfiguration());
    s->m_http->setIdleTimeout(o.idleTimeout);
    s->m_http->setRequestTimeout(o.requestTimeout);
    s->m_http->setMaxConnectionsPerAddress(o.maxConnectionsPerClient);
    if (!s->m_http->listen(o.address, o.port)) {
        return Error::make(ErrorKind::Network,
                           QStringLiteral("cannot listen on %1:%2: %3")
                                   .arg(o.address.toString())
                                   .arg(o.port)
                                   .arg(s->m_http->errorString()));
    }
    if (o.httpsPort >= 0) {
        s->m_https = new HttpServer(s.get());
        s->m_https->setHandler(handler);
        s->m_https->setTlsConfiguration(s->m_tls->serverConfiguration());
        s->m_https->setIdleTimeout(o.idleTimeout);
        s->m_https->setRequestTimeout(o.requestTimeout);
        s->m_https->setMaxConnectionsPerAddress(o.maxConnectionsPerClient);
        if (!s->m_https->listenTlsOnly(o.address, quint16(o.httpsPort)))
            return Error::make(
                    ErrorKind::Network,
                    QStringLiteral("cannot listen for TLS: %1").arg(s->m_https->errorString()));
    }
    s->m_service->setServerUrl(o.config.serverUrl.isEmpty() ? s->serverUrl() : o.config.serverUrl);
    return s;
}

quint16 DevServer::port() const
{
    return m_http->port();
}

int DevServer::httpsPort() const
{
    return m_https ? int(m_https->port()) : -1;
}

QString DevServer::caPath() const
{
    return m_tls->caPath();
}

QByteArray DevServer::caPem() const
{
    return m_tls->caPem();
}

QByteArray DevServer::serverSpkiSha256() const
{
    return m_tls->serverSpkiSha256();
}

QString DevServer::serverUrl() const
{
    const QHostAddress a = m_options.address;
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']'
                                                                       : a.toString();
    return QStringLiteral("http://%1:%2/gms.dll").arg(host).arg(port());
}

QString DevServer::authenticatedUrl() const
{
    QString url = serverUrl();
    url.replace(0, 4, QStringLiteral("https"));
    url.chop(int(qstrlen("gms.dll")));
    return url + QStringLiteral("AutoActivate/gms.dll");
}

QJsonObject DevServer::startupInfo() const
{
    QJsonArray members;
    for (const MemberState &m : m_state->members()) {
        QString domain;
        const MemberConfig *c = m_options.config.findByLogin(m.login, &domain);
        if (!c)
            continue;
        members.append(QJsonObject{ { QStringLiteral("login"), m.login },
                                    { QStringLiteral("name"), c->name },
                                    { QStringLiteral("domain"), domain },
                                    { QStringLiteral("code"), m.code },
                                    { QStringLiteral("autoConfiguration"), c->autoConfiguration },
                                    { QStringLiteral("enrolled"), m.enrolled } });
    }
    QJsonObject info{ { QStringLiteral("http"), port() },
                      { QStringLiteral("https"), httpsPort() >= 0 ? httpsPort() : int(port()) },
                      { QStringLiteral("ca"), caPath() },
                      { QStringLiteral("serverUrl"), m_service->serverUrl() },
                      { QStringLiteral("authenticatedUrl"), authenticatedUrl() },
                      { QStringLiteral("stateDir"), m_options.stateDir },
                      { QStringLiteral("adminToken"), QString::fromLatin1(m_adminToken) },
                      { QStringLiteral("members"), members } };
    if (const DomainState *d = m_state->deviceDomain()) {
        info.insert(QStringLiteral("deviceDomain"),
                    QJsonObject{ { QStringLiteral("name"), d->name },
                                 { QStringLiteral("guid"), d->guid },
                                 { QStringLiteral("certificate"),
                                   crypto::encodeBase64(d->certificate.der()) } });
    }
    return info;
}

QByteArray DevServer::managedPolicy() const
{
    const DomainState *d = m_state->deviceDomain();
    if (!d)
        return {};
    QByteArray ini = "[Managed]\n";
    ini += "ServerURL=" + m_service->serverUrl().toUtf8() + '\n';
    ini += "DeviceDomainGUID=" + d->guid.toUtf8() + '\n';
    ini += "DeviceDomainCertificate=" + crypto::encodeBase64(d->certificate.der()).toUtf8() + '\n';
    ini += "AuthenticatedServerURL=" + authenticatedUrl().toUtf8() + '\n';
    return ini;
}

} // namespace groove::devserver
