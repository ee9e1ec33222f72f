#include "ui/wizard/EnrollmentController.h"

#include "engine/ClientContext.h"
#include "engine/EnrollmentEngine.h"
#include "engine/KeyPool.h"

namespace groove::ui {

EnrollmentController::EnrollmentController(engine::ClientContext *context, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_engine(context->createEngine(this)),
      m_pool(new engine::KeyPool(this)),
      m_check(context->createCheck(this))
{
    // A person sits in front of the wizard: an unknown certificate becomes a question, not a
    // dead end (the engine asks only when pinning could trust it).
    m_engine->setTrustPromptEnabled(true);
    m_engine->setKeyPool(m_pool);

    connect(m_engine, &engine::EnrollmentEngine::stepStarted, this,
            &EnrollmentController::stepStarted);
    connect(m_engine, &engine::EnrollmentEngine::stepFinished, this,
            &EnrollmentController::stepFinished);
    connect(m_engine, &engine::EnrollmentEngine::stepFailed, this,
            &EnrollmentController::stepFailed);
    connect(m_engine, &engine::EnrollmentEngine::retryScheduled, this,
            &EnrollmentController::retryScheduled);
    connect(m_engine, &engine::EnrollmentEngine::trustRequested, this,
            &EnrollmentController::trustRequested);
    connect(m_engine, &engine::EnrollmentEngine::finished, this,
            [this](const engine::EnrollmentResult &result) {
                m_lastResult = result;
                emit finished(result);
            });

    connect(m_check, &engine::ConnectivityCheck::itemFinished, this,
            &EnrollmentController::checkItemFinished);
    connect(m_check, &engine::ConnectivityCheck::finished, this,
            &EnrollmentController::checkFinished);
}

// The engine, the pool and the check are children: they go with us. The engine's destructor
// gives up a run without signals; the context (not ours) outlives us.
EnrollmentController::~EnrollmentController() = default;

void EnrollmentController::prepareKeys(bool withDeviceAccount)
{
    m_pool->prepare(withDeviceAccount);
}

void EnrollmentController::start(const engine::EnrollmentRequest &request)
{
    m_lastResult.reset();
    m_engine->start(request);
}

void EnrollmentController::cancel()
{
    m_engine->cancel();
}

bool EnrollmentController::retry()
{
    if (!m_engine->retry())
        return false;
    m_lastResult.reset();
    return true;
}

bool EnrollmentController::canRetry() const
{
    return m_engine->canRetry();
}

bool EnrollmentController::isRunning() const
{
    return m_engine->isRunning();
}

void EnrollmentController::answerTrust(bool trust)
{
    m_engine->answerTrust(trust);
}

void EnrollmentController::startCheck(const QUrl &serverUrl, const QUrl &authenticatedUrl,
                                      bool needAuthenticated)
{
    m_check->start(serverUrl, authenticatedUrl, needAuthenticated);
}

void EnrollmentController::cancelCheck()
{
    m_check->cancel();
}

bool EnrollmentController::isChecking() const
{
    return m_check->isRunning();
}

} // namespace groove::ui
