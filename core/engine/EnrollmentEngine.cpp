#include "engine/EnrollmentEngine.h"

#include "Logging.h"
#include "UntrustedText.h"
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSysInfo>
#include <QtCore/QTimeZone>

namespace groove::engine {

using namespace protocol;

namespace {

QString shortHostName()
{
    const QString host = QSysInfo::machineHostName();
    const QString name = host.section(u'.', 0, 0);
    return name.isEmpty() ? QStringLiteral("computer") : name;
}

Error usage(const QString &message, const QString &detail)
{
    Error e = Error::make(ErrorKind::Usage, detail);
    e.message = message;
    return e;
}

} // namespace

EnrollmentEngine::EnrollmentEngine(Transport *transport, store::SecretStore *secrets,
                                   store::AccountStore *accounts, QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_secrets(secrets),
      m_accounts(accounts),
      m_vault(new AccountVault(secrets, accounts, this)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(Error::make(ErrorKind::Timeout,
                         QStringLiteral("the enrollment did not finish within %1 s")
                                 .arg(m_request.deadline.count() / 1000)));
    });
}

EnrollmentEngine::~EnrollmentEngine()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    discardAttempt();
}

void EnrollmentEngine::start(const EnrollmentRequest &request)
{
    if (m_running) {
        qCWarning(lcEngine) << "start() while a run is active: ignored";
        return;
    }
    discardAttempt();
    ++m_run;
    m_running = true;
    m_finishing = false;
    m_committed = false;
    m_request = request;
    m_result = EnrollmentResult{};
    m_result.flow = request.flow;
    m_steps = stepsOf(request.flow);
    m_step = m_steps.constFirst();
    m_deadline.start(request.deadline);
    // Everything else, even the checks of the input, happens on the event loop: whatever it
    // emits must reach a caller that connects after start() returns.
    QMetaObject::invokeMethod(
            this, [this, run = m_run] { beginRun(run); }, Qt::QueuedConnection);
}

void EnrollmentEngine::beginRun(quint64 run)
{
    if (run != m_run || !alive())
        return;
    const EnrollmentRequest &request = m_request;
    m_serverUrl = request.flow == Flow::AutoActivation && request.serverUrl.isEmpty()
            ? request.managed.serverUrl
            : request.serverUrl;

    // Check everything that needs no network first, so that bad input costs nothing.
    if (m_serverUrl.isEmpty()) {
        fail(usage(tr("No server address was given."), QStringLiteral("server URL missing")));
        return;
    }
    if (request.flow == Flow::Manual && crypto::trimCode(request.code).isEmpty()) {
        fail(usage(tr("The account configuration code is empty."), QStringLiteral("empty code")));
        return;
    }
    if (request.flow != Flow::Manual && request.login.isEmpty()) {
        fail(usage(tr("A login name is needed for automatic configuration."),
                   QStringLiteral("login missing")));
        return;
    }
    QUrl auth = request.authenticatedUrl;
    if (auth.isEmpty() && request.flow == Flow::AutoActivation)
        auth = request.managed.authenticatedUrl;
    if (auth.isEmpty())
        auth = deriveAuthenticatedUrl(m_serverUrl);
    m_request.authenticatedUrl = auth;
    if (request.flow != Flow::Manual && auth.scheme() != u"https") {
        fail(Error::make(
                ErrorKind::Insecure,
                QStringLiteral("authenticated endpoint %1 is not https").arg(auth.toString())));
        return;
    }

    m_device.grooveVersion = productGrooveVersion();
    m_device.name = m_deviceOverride.name.isEmpty() ? shortHostName() : m_deviceOverride.name;
    if (m_deviceOverride.guid.isEmpty()) {
        const Result<QString> guid = m_accounts->deviceGuid();
        if (!guid) {
            fail(guid.error());
            return;
        }
        m_device.guid = *guid;
    } else {
        m_device.guid = m_deviceOverride.guid;
    }

    // Key generation (when the pool has no keys yet) overlaps the first round trips.
    keyPool()->prepare(KeyPool::Kind::User);

    QPointer<EnrollmentEngine> self(this);
    AccountVault::cleanupPending(m_secrets, m_accounts, [self](Status s) {
        if (!self || !self->alive())
            return;
        if (!s) {
            self->fail(s.error());
            return;
        }
        switch (self->m_request.flow) {
        case Flow::Manual:
            self->m_code = client::CodeKey::fromCode(self->m_request.code);
            self->runKeyActivation();
            break;
        case Flow::AutoConfiguration:
            self->runAutoConfiguration();
            break;
        case Flow::AutoActivation:
            self->runDeviceAccount();
            break;
        }
    });
}

void EnrollmentEngine::cancel()
{
    if (m_resend) // a trust question is open: cancelling it is answering no
        return answerTrust(false);
    if (!m_running || m_finishing || m_committed)
        return;
    fail(Error::make(ErrorKind::Cancelled,
                     QStringLiteral("cancelled during %1").arg(stepName(m_step))));
}

bool EnrollmentEngine::begin(Step step)
{
    m_step = step;
    m_begun = true;
    m_stepTimer.start();
    const int index = int(m_steps.indexOf(step));
    qCInfo(lcEngine).noquote() << "step" << stepName(step) << "started";
    emit stepStarted(step, index, int(m_steps.size()));
    emit progress(index * 100 / int(m_steps.size()));
    return alive();
}

bool EnrollmentEngine::end()
{
    const qint64 ms = m_stepTimer.elapsed();
    m_result.steps.append(StepTiming{ m_step, ms });
    emit stepFinished(m_step, ms);
    return alive();
}

void EnrollmentEngine::fail(Error error)
{
    if (!m_running || m_finishing || m_committed)
        return;
    m_finishing = true;
    m_deadline.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    stopWaitingForKeys();
    qCInfo(lcEngine).noquote() << "step" << stepName(m_step) << "failed:" << error.toLogString();
    m_result.failedStep = m_step;
    m_result.codeMayBeUsed = m_domainEnrollmentSent;
    m_result.retryable = m_begun && !m_domainEnrollmentSent && error.kind != ErrorKind::Usage
            && error.kind != ErrorKind::Cancelled;
    m_result.error = std::move(error);
    // The rollback starts at once, so that no further write begins; the signals wait for the
    // event loop, since fail() also runs inside cancel() and the checks of start().
    m_finishPending = 2;
    QMetaObject::invokeMethod(
            this,
            [this] {
                QPointer<EnrollmentEngine> self(this);
                emit stepFailed(m_result.failedStep, *m_result.error);
                if (self)
                    finishWhenRolledBack();
            },
            Qt::QueuedConnection);
    QPointer<EnrollmentEngine> self(this);
    m_vault->rollback([self](Status s) {
        if (!self)
            return;
        if (!s) {
            // The original error stays what the user sees; the leftover is for the log and is
            // retried at the next start through the pending journal.
            qCWarning(lcEngine).noquote()
                    << "cleanup after failure incomplete:" << s.error().toLogString();
            self->m_result.error->detail +=
                    QStringLiteral(" (cleanup incomplete: %1)").arg(s.error().detail);
        }
        self->finishWhenRolledBack();
    });
}

void EnrollmentEngine::finishWhenRolledBack()
{
    if (--m_finishPending == 0)
        finishRun();
}

void EnrollmentEngine::finishRun()
{
    m_deadline.stop();
    m_enrollment.reset();
    m_running = false;
    m_finishing = false;
    m_result.codeMayBeUsed = m_domainEnrollmentSent;
    const EnrollmentResult result = m_result; // the slot may start another run
    m_result = EnrollmentResult{};
    if (result.retryable) {
        // Kept for retry(): the code, the activation answer and the keys, until the next
        // start(), or the engine's end.
        m_resumeStep = result.failedStep;
        m_doneSteps = result.steps;
    } else {
        discardAttempt();
    }
    if (result.ok())
        emit progress(100);
    emit finished(result);
}

void EnrollmentEngine::send(const QUrl &url, const QString &method, const QByteArray &envelope,
                            bool authenticated, bool retryable,
                            std::function<void(QByteArray)> onBody)
{
    std::optional<Credentials> creds;
    if (authenticated)
        creds.emplace(Credentials{ m_request.login, m_request.password });
    m_call = m_transport->post(url, method, envelope, creds ? &*creds : nullptr, retryable);
    connect(m_call, &SoapCall::retryScheduled, this,
            [this](int attempt, std::chrono::milliseconds delay) {
                emit retryScheduled(m_step, attempt, int((delay.count() + 999) / 1000));
            });
    connect(m_call, &SoapCall::finished, this,
            [this, url, method, envelope, authenticated, retryable,
             onBody = std::move(onBody)](const Result<QByteArray> &body) {
                m_call = nullptr;
                if (!body) {
                    const auto resend = [this, url, method, envelope, authenticated, retryable,
                                         onBody] {
                        send(url, method, envelope, authenticated, retryable, onBody);
                    };
                    if (!askTrust(body.error(), resend))
                        fail(body.error());
                    return;
                }
                onBody(body.value());
            });
}

bool EnrollmentEngine::adoptServerUrl(const QString &url)
{
    const Result<QUrl> u = normalizeServerUrl(url);
    if (!u) {
        fail(Error::make(ErrorKind::InvalidValue,
                         QStringLiteral("server named an unusable ServerURL: %1")
                                 .arg(escapeUntrusted(url))));
        return false;
    }
    // WIRE-PROFILE 6.8 has the client follow the server's ServerURL; a switch from https to
    // http would send the code-key messages (and their offline-guessable MAC) in clear to a
    // server the user chose to reach over TLS, so it is refused instead of followed.
    if (m_serverUrl.scheme() == QLatin1StringView("https")
        && u->scheme() == QLatin1StringView("http")) {
        Error e = Error::make(ErrorKind::Insecure,
                              QStringLiteral("server named a plain-http ServerURL after https: %1")
                                      .arg(escapeUntrusted(url)));
        e.message = tr("The server asked to continue over an unencrypted connection (http), "
                       "although it was reached over https. Enrollment stopped; nothing was "
                       "stored and the code was not used.");
        e.hint = tr("Ask your administrator to give the server an https address (ServerURL).");
        fail(e);
        return false;
    }
    m_serverUrl = *u;
    return true;
}

EventInfo EnrollmentEngine::eventFor(const QString &domainGuid, const QString &identityUrl,
                                     bool device) const
{
    EventInfo e;
    e.domainGuid = domainGuid;
    e.grooveVersion = m_device.grooveVersion;
    e.identityUrl = identityUrl;
    e.isDeviceAccount = device;
    e.userDeviceGuid = m_device.guid;
    e.userDeviceName = m_device.name;
    e.created = m_clock();
    e.eventId = crypto::randomPositiveInt32().value_or(1);
    return e;
}

} // namespace groove::engine
