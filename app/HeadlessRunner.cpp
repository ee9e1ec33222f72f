#include "app/HeadlessRunner.h"

#include "app/ResultPrinter.h"
#include "app/SecretStores.h"
#include "app/UnixSignals.h"
#include "devserver/DevServer.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#  include <unistd.h>
#endif

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::Runner)
};

constexpr qsizetype MaxStdinBytes = 64 * 1024; // a code or a password: plenty

// Standard input to its end. The buffer is allocated once at its full size and read into
// directly: growing it would reallocate and leave unwiped copies of the secret in freed memory.
// Read with plain read() so that SIGINT/SIGTERM interrupt it (QFile would retry on EINTR) and
// cancel cleanly. The caller wipes the result.
Result<QByteArray> readAllStdin()
{
    QByteArray data(MaxStdinBytes, '\0');
    qsizetype used = 0;
#ifdef Q_OS_UNIX
    while (used < MaxStdinBytes) {
        const ssize_t n = ::read(STDIN_FILENO, data.data() + used, size_t(MaxStdinBytes - used));
        if (n > 0) {
            used += n;
            continue;
        }
        if (n == 0)
            break;
        if (errno == EINTR && !UnixSignals::wasInterrupted())
            continue;
        const int error = errno;
        OPENSSL_cleanse(data.data(), size_t(data.size()));
        return Error::make(error == EINTR ? ErrorKind::Cancelled : ErrorKind::Usage,
                           QStringLiteral("reading standard input: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
#else
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        used = qMax<qsizetype>(0, in.read(data.data(), MaxStdinBytes));
#endif
    data.truncate(used); // shrinking keeps the buffer: nothing is copied
    return data;
}

} // namespace

QString accountStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("accounts.json"));
}

std::unique_ptr<store::AccountStore> userAccountStore()
{
    auto store = std::make_unique<store::AccountStore>(accountStorePath());
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("GROOVE_ENROLL_LOCK_TIMEOUT_MS", &ok);
    if (ok && ms >= 0)
        store->setLockTimeout(std::chrono::milliseconds(ms));
    return store;
}

HeadlessRunner::HeadlessRunner(Invocation invocation, QObject *parent)
    : QObject(parent),
      m_inv(std::move(invocation))
{
}

HeadlessRunner::~HeadlessRunner()
{
    delete m_engine; // before the stores and transport it uses
}

void HeadlessRunner::failEarly(const Error &error)
{
    emit done(reportFailure(error, m_inv.json));
}

Status HeadlessRunner::readSecrets(engine::EnrollmentRequest &request)
{
    if (m_inv.flow == engine::Flow::Manual) {
        if (m_inv.codeStdin) {
            Result<QByteArray> bytes = readAllStdin();
            if (!bytes)
                return bytes.error();
            request.code = decodeStdinSecret(bytes.value(), false);
        } else {
            request.code = m_inv.code;
        }
        if (request.code.isEmpty()) {
            Error e = Error::make(ErrorKind::Usage, QStringLiteral("empty code"));
            e.message = Text::tr("The account configuration code is empty.");
            return e;
        }
    } else {
        Result<QByteArray> bytes = readAllStdin();
        if (!bytes)
            return bytes.error();
        request.password = decodeStdinSecret(bytes.value(), true);
    }
    return {};
}

Result<engine::EnrollmentRequest> HeadlessRunner::buildRequest()
{
    engine::EnrollmentRequest r;
    r.flow = m_inv.flow;
    if (m_inv.flow == engine::Flow::AutoActivation) {
        Result<engine::ManagedSettings> policy =
                engine::ManagedSettings::fromFile(m_inv.policyPath);
        if (!policy)
            return policy.error();
        r.managed = std::move(policy).value();
        r.serverUrl = r.managed.serverUrl;
        r.authenticatedUrl = r.managed.authenticatedUrl;
        r.login = m_inv.login.isEmpty() ? r.managed.loginName : m_inv.login; // --login wins
        if (r.login.isEmpty()) {
            Error e = Error::make(ErrorKind::Usage, QStringLiteral("no login"));
            e.message = Text::tr(
                    "A login name is needed: give --login or set LoginName in the policy.");
            return e;
        }
    } else {
        r.login = m_inv.login;
    }
    if (!m_inv.server.isEmpty()) { // --server overrides the policy's ServerURL
        const Result<QUrl> url = engine::normalizeServerUrl(m_inv.server);
        if (!url)
            return url.error();
        r.serverUrl = *url;
        if (m_inv.flow == engine::Flow::AutoActivation)
            r.managed.serverUrl = *url;
    }
    if (!m_inv.authUrl.isEmpty()) // checked and normalised by parseCommandLine()
        r.authenticatedUrl = QUrl(m_inv.authUrl, QUrl::StrictMode);
    if (Status s = readSecrets(r); !s)
        return s.error();
    return r;
}

void HeadlessRunner::start()
{
    if (m_inv.mode == Invocation::Mode::Demo) {
        // The demo enrolls for real against a throw-away server, and keeps nothing: keys in
        // memory, the account file in a temporary folder.
        Result<std::unique_ptr<devserver::DevServer>> server = devserver::DevServer::start({});
        if (!server)
            return failEarly(server.error());
        m_demoServer = std::move(server).value();
        m_demoDir = std::make_unique<QTemporaryDir>();
        m_accounts = std::make_unique<store::AccountStore>(
                m_demoDir->filePath(QStringLiteral("accounts.json")));
        m_secrets = new store::MemorySecretStore(this);
        QString code;
        for (const devserver::MemberState &m : m_demoServer->state().members()) {
            if (m.login == u"bob")
                code = m.code;
        }
        if (!m_inv.json) {
            printErr(Text::tr("Demo: a management server runs at %1 for this run only; member Bob "
                              "Example, "
                              "account configuration code %2. Nothing is kept afterwards.\n")
                             .arg(m_demoServer->serverUrl(), code));
        }
        engine::EnrollmentRequest r;
        r.flow = engine::Flow::Manual;
        r.serverUrl = QUrl(m_demoServer->serverUrl());
        r.code = code;
        return startEngine(r, m_demoServer->caPath());
    }

    Result<engine::EnrollmentRequest> request = buildRequest();
    if (!request)
        return failEarly(request.error());
    warnAboutExposure(*request);
    m_accounts = userAccountStore();
    m_secrets = makeSecretStore(m_inv.insecureKeystore ? store::KeyStoreKind::File
                                                       : store::KeyStoreKind::Keychain,
                                this);
    startEngine(*request, m_inv.caFile);
}

void HeadlessRunner::warnAboutExposure(const engine::EnrollmentRequest &request) const
{
    // Standard error only: with --json, standard output stays exactly one JSON object.
    const QUrl server = request.serverUrl.isEmpty() ? request.managed.serverUrl : request.serverUrl;
    if (engine::isPlainHttp(server))
        printErr(engine::plainHttpWarning(server) + u'\n');
    if (m_inv.flow == engine::Flow::Manual && !m_inv.codeStdin) {
        printErr(Text::tr("Warning: --code puts the account configuration code into the process "
                          "list, where other users of this computer can read it, and into your "
                          "shell history. Use --code-stdin and give the code on standard input "
                          "instead.\n"));
    }
}

void HeadlessRunner::startEngine(const engine::EnrollmentRequest &request, const QString &caFile)
{
    m_nam = new QNetworkAccessManager(this);
    if (!m_inv.proxy.isEmpty()) {
        const QUrl p(m_inv.proxy);
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, p.host(), quint16(p.port(8080)),
                                      p.userName(), p.password()));
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
    engine::TransportOptions options;
    options.requestTimeout = std::chrono::seconds(m_inv.timeoutSeconds);
    options.caFile = caFile;
    options.pinSha256 = m_inv.pinSha256;
    m_transport = new engine::Transport(m_nam, options, this);
    m_engine = new engine::EnrollmentEngine(m_transport, m_secrets, m_accounts.get());

    connect(m_engine, &engine::EnrollmentEngine::stepStarted, this,
            [this](engine::Step step, int index, int count) {
                m_stepCount = count;
                if (!m_inv.json)
                    printErr(QStringLiteral("[%1/%2] %3 ...")
                                     .arg(index + 1)
                                     .arg(count)
                                     .arg(engine::stepTitle(step)));
            });
    connect(m_engine, &engine::EnrollmentEngine::stepFinished, this,
            [this](engine::Step, qint64 ms) {
                if (!m_inv.json)
                    printErr(Text::tr(" done (%1 ms)\n").arg(ms));
            });
    connect(m_engine, &engine::EnrollmentEngine::stepFailed, this,
            [this](engine::Step, const Error &) {
                if (!m_inv.json)
                    printErr(Text::tr(" failed\n"));
            });
    connect(m_engine, &engine::EnrollmentEngine::finished, this, &HeadlessRunner::onFinished);
    if (!m_inv.json) {
        printErr(Text::tr("Enrolling with %1 (%2)\n")
                         .arg(request.serverUrl.isEmpty() ? request.managed.serverUrl.toString()
                                                          : request.serverUrl.toString(),
                              engine::flowName(request.flow)));
    }
    m_engine->start(request);
}

void HeadlessRunner::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void HeadlessRunner::onFinished(const engine::EnrollmentResult &result)
{
    if (m_inv.json)
        printJson(resultJson(result));
    else if (result.ok())
        printOut(humanResult(result));
    else
        printErr(humanResult(result));
    emit done(result.ok() ? 0 : exitCodeOf(result.error->errorClass()));
}

} // namespace groove::app
