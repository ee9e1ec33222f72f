#include "engine/EnrollmentTypes.h"

#include "SecretBytes.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>

namespace groove::engine {

QList<Step> stepsOf(Flow flow)
{
    const QList<Step> tail{ Step::GenerateKeys, Step::CreateAccount, Step::StoreKeys,
                            Step::DomainEnrollment, Step::SaveAccount };
    switch (flow) {
    case Flow::Manual:
        return QList<Step>{ Step::KeyActivation } + tail;
    case Flow::AutoConfiguration:
        return QList<Step>{ Step::AutoAccountCodeConfiguration } + tail;
    case Flow::AutoActivation:
        return QList<Step>{ Step::CreateDeviceAccount, Step::AutoActivation, Step::KeyActivation }
        + tail;
    }
    return tail;
}

QString stepName(Step step)
{
    switch (step) {
    case Step::AutoAccountCodeConfiguration:
        return QStringLiteral("AutoAccountCodeConfiguration");
    case Step::CreateDeviceAccount:
        return QStringLiteral("CreateDeviceAccount");
    case Step::AutoActivation:
        return QStringLiteral("AutoActivation");
    case Step::KeyActivation:
        return QStringLiteral("KeyActivation");
    case Step::GenerateKeys:
        return QStringLiteral("GenerateKeys");
    case Step::CreateAccount:
        return QStringLiteral("CreateAccount");
    case Step::StoreKeys:
        return QStringLiteral("StoreKeys");
    case Step::DomainEnrollment:
        return QStringLiteral("DomainEnrollment");
    case Step::SaveAccount:
        return QStringLiteral("SaveAccount");
    }
    return {};
}

QString stepTitle(Step step)
{
    const char *t = "";
    switch (step) {
    case Step::AutoAccountCodeConfiguration:
        t = QT_TRANSLATE_NOOP("groove::Step", "Signing in to get your account configuration code");
        break;
    case Step::CreateDeviceAccount:
        t = QT_TRANSLATE_NOOP("groove::Step", "Registering this computer with the device domain");
        break;
    case Step::AutoActivation:
        t = QT_TRANSLATE_NOOP("groove::Step", "Requesting your account configuration code");
        break;
    case Step::KeyActivation:
        t = QT_TRANSLATE_NOOP("groove::Step", "Checking the account configuration code");
        break;
    case Step::GenerateKeys:
        t = QT_TRANSLATE_NOOP("groove::Step", "Creating the security keys of your account");
        break;
    case Step::CreateAccount:
        t = QT_TRANSLATE_NOOP("groove::Step", "Creating your account on the server");
        break;
    case Step::StoreKeys:
        t = QT_TRANSLATE_NOOP("groove::Step", "Storing the keys in the system keychain");
        break;
    case Step::DomainEnrollment:
        t = QT_TRANSLATE_NOOP("groove::Step", "Joining the management domain");
        break;
    case Step::SaveAccount:
        t = QT_TRANSLATE_NOOP("groove::Step", "Saving the account");
        break;
    }
    return QCoreApplication::translate("groove::Step", t);
}

QString flowName(Flow flow)
{
    switch (flow) {
    case Flow::Manual:
        return QStringLiteral("manual");
    case Flow::AutoConfiguration:
        return QStringLiteral("auto-configuration");
    case Flow::AutoActivation:
        return QStringLiteral("auto-activation");
    }
    return {};
}

EnrollmentRequest::~EnrollmentRequest()
{
    wipe(code);
    wipe(password);
}

Result<ManagedSettings> ManagedSettings::fromFile(const QString &path)
{
    auto usage = [&](const QString &what) {
        Error e = Error::make(ErrorKind::Usage, QStringLiteral("%1: %2").arg(path, what));
        e.message = QCoreApplication::translate("groove::Engine",
                                                "The managed-device policy %1 is not usable: %2")
                            .arg(path, what);
        e.hint = QCoreApplication::translate(
                "groove::Engine",
                "Ask your administrator to deploy a complete policy (group [Managed]).");
        return e;
    };
    if (!QFileInfo(path).isReadable())
        return usage(QStringLiteral("the file cannot be read"));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return usage(QStringLiteral("the file is not a valid INI file"));
    ini.beginGroup(QStringLiteral("Managed"));
    ManagedSettings s;
    for (const char *key : { "ServerURL", "DeviceDomainGUID", "DeviceDomainCertificate" }) {
        if (ini.value(QLatin1StringView(key)).toString().trimmed().isEmpty())
            return usage(QStringLiteral("key %1 is missing").arg(QLatin1StringView(key)));
    }
    // The rule that was broken is named, not the value: a URL with user info may carry a
    // password, and the error is shown and logged.
    const Result<QUrl> server =
            normalizeServerUrl(ini.value(QStringLiteral("ServerURL")).toString());
    if (!server)
        return usage(QStringLiteral("ServerURL: %1").arg(server.error().message));
    s.serverUrl = *server;
    s.deviceDomainGuid = ini.value(QStringLiteral("DeviceDomainGUID")).toString().trimmed();
    if (!ids::isValidGuid(s.deviceDomainGuid))
        return usage(QStringLiteral("DeviceDomainGUID is not a Groove GUID"));
    const Result<QByteArray> cert = crypto::decodeBase64Strict(
            QStringView(ini.value(QStringLiteral("DeviceDomainCertificate")).toString().trimmed()));
    if (!cert || cert->isEmpty())
        return usage(QStringLiteral("DeviceDomainCertificate is not base64"));
    s.deviceDomainCertificate = *cert;
    const QString auth = ini.value(QStringLiteral("AuthenticatedServerURL")).toString().trimmed();
    if (!auth.isEmpty()) {
        // Shape only: an http endpoint is refused by the engine before anything is sent, with
        // class insecure like --auth-url (WIRE-PROFILE 7.2), not as a malformed policy.
        const Result<QUrl> url = normalizeAuthenticatedUrl(auth);
        if (!url)
            return usage(QStringLiteral("AuthenticatedServerURL: %1").arg(url.error().message));
        s.authenticatedUrl = *url;
    }
    s.loginName = ini.value(QStringLiteral("LoginName")).toString().trimmed();
    return s;
}

} // namespace groove::engine
