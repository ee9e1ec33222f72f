// The TLS trust prompt of EnrollmentEngine: a pause between a request that met an untrusted
// certificate and the same request sent again once the user trusted the server's key.
#include "engine/EnrollmentEngine.h"
#include "Logging.h"

#include "net/TrustStore.h"

#include <QtCore/QLoggingCategory>

namespace groove::engine {

bool EnrollmentEngine::askTrust(const Error &error, std::function<void()> resend)
{
    const UntrustedCertificate *certificate = error.certificate.get();
    if (!m_trustPrompt || !m_transport->options().trustStore || error.kind != ErrorKind::Tls
        || !certificate || !certificate->trustable || !alive() || m_resend)
        return false;
    const QString key = QStringLiteral("%1:%2/%3")
                                .arg(certificate->host)
                                .arg(certificate->port)
                                .arg(certificate->spkiSha256);
    if (key == m_lastTrusted) {
        // Trusted a moment ago and refused again: the pin did not take, asking would loop.
        qCWarning(lcEngine).noquote()
                << "certificate of" << certificate->host << "refused again after it was trusted";
        return false;
    }
    m_trustError = error;
    m_resend = std::move(resend);
    m_deadlineLeft.reset();
    if (m_deadline.isActive()) {
        m_deadlineLeft = std::chrono::milliseconds(qMax(0, m_deadline.remainingTime()));
        m_deadline.stop(); // the user's time to decide is not the server's time to answer
    }
    const quint64 question = ++m_trustQuestion;
    const UntrustedCertificate asked = *certificate;
    qCInfo(lcEngine).noquote() << "asking whether to trust the key" << asked.spkiSha256 << "of"
                               << asked.host << asked.port;
    QMetaObject::invokeMethod(
            this,
            [this, question, asked] {
                if (question == m_trustQuestion && m_resend)
                    emit trustRequested(asked);
            },
            Qt::QueuedConnection);
    return true;
}

void EnrollmentEngine::answerTrust(bool trust)
{
    if (!m_resend)
        return; // no question open (or answered already)
    const std::function<void()> resend = std::exchange(m_resend, {});
    Error error = *std::exchange(m_trustError, std::nullopt);
    ++m_trustQuestion;
    if (!alive())
        return;
    if (!trust) {
        error.detail += QStringLiteral(" (the user did not trust the certificate)");
        fail(error);
        return;
    }
    const UntrustedCertificate &c = *error.certificate;
    const Status saved = m_transport->options().trustStore->trust(
            c.host, c.port, QByteArray::fromHex(c.spkiSha256.toLatin1()));
    if (!saved) // the pin still holds for this process
        qCWarning(lcEngine).noquote()
                << "trusted for this session only:" << saved.error().toLogString();
    m_lastTrusted = QStringLiteral("%1:%2/%3").arg(c.host).arg(c.port).arg(c.spkiSha256);
    if (m_deadlineLeft)
        m_deadline.start(*std::exchange(m_deadlineLeft, std::nullopt));
    resend();
}

} // namespace groove::engine
