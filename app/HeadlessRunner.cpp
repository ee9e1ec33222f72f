#include "app/HeadlessRunner.h"

#include "app/ResultPrinter.h"
#include "app/UnixSignals.h"
#include "devserver/DevServer.h"
#include "engine/ClientContext.h"
#include "net/ServerUrl.h"
#include "net/UntrustedCertificate.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

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

Error withPinAdvice(Error error)
{
    const engine::UntrustedCertificate *c = error.certificate.get();
    if (error.kind != ErrorKind::Tls || !c || c->spkiSha256.isEmpty())
        return error;
    if (c->keyChanged) {
        error.message = Text::tr("The key of the management server %1 changed since it was "
                                 "trusted on this computer (its key's SHA-256 is now %2).")
                                .arg(c->host, c->spkiSha256);
        error.hint = Text::tr("Ask your administrator whether the server got a new key. Only "
                              "then run again with --pin-sha256 %1.")
                             .arg(c->spkiSha256);
    } else if (c->trustable) {
        error.message =
                Text::tr("The certificate of the management server %1 is not trusted "
                         "(%2). Its key's SHA-256 is %3.")
                        .arg(c->host, c->problems.join(QStringLiteral("; ")), c->spkiSha256);
        error.hint = Text::tr("Check with your administrator that this is the server's key, then "
                              "run again with --pin-sha256 %1, or with --ca-file and the "
                              "certificate of the authority that issued it.")
                             .arg(c->spkiSha256);
    }
    return error;
}

HeadlessRunner::HeadlessRunner(Invocation invocation, QObject *parent)
    : QObject(parent),
      m_inv(std::move(invocation))
{
}

HeadlessRunner::~HeadlessRunner()
{
    delete m_engine; // before the stores and transport it uses
    delete m_context;
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
    // The managed-device file is the administrator's too, but a locked server wins over it.
    if (m_inv.flow == engine::Flow::AutoActivation && m_inv.policy.isLocked(policy::Key::ServerURL)
        && r.serverUrl != m_inv.policy.serverUrl())
        return policy::lockedError(m_inv.policy, policy::Key::ServerURL,
                                   Text::tr("ServerURL of %1").arg(m_inv.policyPath));
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
        engine::ClientOptions options = clientOptions(m_inv);
        options.keyStore = store::KeyStoreKind::Memory;
        options.accountFile = m_demoDir->filePath(QStringLiteral("accounts.json"));
        options.trustFile = m_demoDir->filePath(QStringLiteral("trusted-servers.conf"));
        options.caFile = m_demoServer->caPath();
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
        return startEngine(r, options);
    }

    Result<engine::EnrollmentRequest> request = buildRequest();
    if (!request)
        return failEarly(request.error());
    warnAboutExposure(*request);
    startEngine(*request, clientOptions(m_inv));
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

void HeadlessRunner::startEngine(const engine::EnrollmentRequest &request,
                                 engine::ClientOptions options)
{
    m_context = new engine::ClientContext(options);
    m_engine = m_context->createEngine();

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

void HeadlessRunner::onFinished(const engine::EnrollmentResult &finished)
{
    engine::EnrollmentResult result = finished;
    if (result.error)
        result.error = withPinAdvice(*result.error);
    if (m_inv.json)
        printJson(resultJson(result));
    else if (result.ok())
        printOut(humanResult(result));
    else
        printErr(humanResult(result));
    emit done(result.ok() ? 0 : exitCodeOf(result.error->errorClass()));
}

} // namespace groove::app
