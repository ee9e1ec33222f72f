#include "app/ResultPrinter.h"

#include "store/SecretStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

#include <cstdio>

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::Result)
};

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString isoUtc(const QDateTime &time)
{
    // toUTC() (not a UTC time zone object) is what makes Qt 6.4 write "Z": 2026-11-27T16:30:00Z
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject accountJson(const store::AccountRecord &r)
{
    return QJsonObject{ { QStringLiteral("accountGuid"), r.accountGuid },
                        { QStringLiteral("domainGuid"), r.domainGuid },
                        { QStringLiteral("domainName"), r.domainName },
                        { QStringLiteral("identityUrl"), r.identityUrl },
                        { QStringLiteral("memberName"), r.memberName },
                        { QStringLiteral("serverUrl"), r.serverUrl },
                        { QStringLiteral("enrolledAt"), isoUtc(r.enrolledAt) },
                        { QStringLiteral("isDeviceAccount"), r.isDeviceAccount },
                        { QStringLiteral("keyStorage"), r.secretBackend },
                        // "keychain" or "file"; records from before it was kept used the keychain
                        { QStringLiteral("keyStore"),
                          store::keyStoreKindName(store::keyStoreKindFromName(r.secretStore)) },
                        { QStringLiteral("health"), store::healthName(r.heartbeat.health) },
                        { QStringLiteral("lastHeartbeatAt"),
                          r.heartbeat.lastHeartbeatAt.isValid()
                                  ? QJsonValue(isoUtc(r.heartbeat.lastHeartbeatAt))
                                  : QJsonValue() } };
}

QString healthText(const store::HeartbeatState &s)
{
    switch (s.health) {
    case store::Health::Ok:
        return Text::tr("The server confirmed this account at %1.").arg(isoUtc(s.lastHeartbeatAt));
    case store::Health::Unreachable:
        return Text::tr("The server has not been reachable since %1; the account is kept.")
                .arg(isoUtc(s.unreachableSince));
    case store::Health::Reenroll:
        return Text::tr("The server no longer accepts this account (fault %1): enroll it again.")
                .arg(s.faultCode);
    case store::Health::Unknown:
        break;
    }
    return Text::tr("Not confirmed by the server yet (groove-enroll --heartbeat asks it now).");
}

QJsonObject resultJson(const engine::EnrollmentResult &result)
{
    if (!result.ok())
        return failureJson(*result.error, result.failedStep);
    QJsonArray steps;
    for (const engine::StepTiming &s : result.steps)
        steps.append(QJsonObject{ { QStringLiteral("name"), engine::stepName(s.step) },
                                  { QStringLiteral("ms"), s.ms } });
    const store::AccountRecord &a = result.account;
    QJsonObject o{ { QStringLiteral("result"), QStringLiteral("enrolled") },
                   { QStringLiteral("flow"), engine::flowName(result.flow) },
                   { QStringLiteral("accountGuid"), a.accountGuid },
                   { QStringLiteral("domainGuid"), a.domainGuid },
                   { QStringLiteral("domainName"), a.domainName },
                   { QStringLiteral("identityUrl"), a.identityUrl },
                   { QStringLiteral("memberName"), a.memberName },
                   { QStringLiteral("serverUrl"), a.serverUrl },
                   { QStringLiteral("enrolledAt"), isoUtc(a.enrolledAt) },
                   { QStringLiteral("steps"), steps } };
    if (result.deviceAccount)
        o.insert(QStringLiteral("deviceAccountGuid"), result.deviceAccount->accountGuid);
    return o;
}

QJsonObject failureJson(const Error &error, std::optional<engine::Step> step)
{
    QJsonObject o{ { QStringLiteral("result"), QStringLiteral("failed") },
                   { QStringLiteral("errorClass"), errorClassName(error.errorClass()) },
                   { QStringLiteral("message"), error.message },
                   { QStringLiteral("hint"), error.hint } };
    if (error.kind == ErrorKind::ServerFault)
        o.insert(QStringLiteral("faultCode"), error.faultCode);
    if (step)
        o.insert(QStringLiteral("step"), engine::stepName(*step));
    return o;
}

QString humanResult(const engine::EnrollmentResult &result)
{
    if (!result.ok())
        return humanFailure(*result.error, result.failedStep);
    const store::AccountRecord &a = result.account;
    QString text =
            Text::tr("Enrolled %1 in the management domain %2.\n").arg(a.memberName, a.domainName);
    text += Text::tr("  account   %1\n  identity  %2\n  server    %3\n")
                    .arg(a.accountGuid, a.identityUrl, a.serverUrl);
    if (result.deviceAccount)
        text += Text::tr("  device    %1 (device account)\n")
                        .arg(result.deviceAccount->accountGuid);
    text += Text::tr("  keys in   %1\n").arg(a.secretBackend);
    return text;
}

QString humanFailure(const Error &error, std::optional<engine::Step> step)
{
    // The step title is quoted, not put into the sentence: lower-casing it would break languages
    // that capitalise nouns.
    //: %1 is a step title such as "Checking the account configuration code"
    QString text = step ? Text::tr("Enrollment failed at the step \"%1\": %2\n")
                                  .arg(engine::stepTitle(*step), error.message)
                        : Text::tr("Failed: %1\n").arg(error.message);
    if (error.kind == ErrorKind::ServerFault)
        text += Text::tr("Server error code: %1\n").arg(error.faultCode);
    if (!error.hint.isEmpty())
        text += Text::tr("What to do: %1\n").arg(error.hint);
    return text;
}

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

int reportFailure(const Error &error, bool json)
{
    if (json)
        printJson(failureJson(error));
    else
        printErr(humanFailure(error));
    return exitCodeOf(error.errorClass());
}

} // namespace groove::app
