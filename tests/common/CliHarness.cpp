#include "common/CliHarness.h"

#include "devserver/DevServer.h"
#include "store/AccountStore.h"
#include "store/KeychainSecretStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <optional>

using namespace groove;

namespace clitest {

QString CliRun::describe() const
{
    const QString state = !finished ? QStringLiteral("did not finish")
            : crashed               ? QStringLiteral("crashed")
                                    : QStringLiteral("exit %1").arg(exitCode);
    return QStringLiteral("%1\n--- stdout:\n%2\n--- stderr (end):\n%3")
            .arg(state, QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.right(3000)));
}

QStringList CliRun::leaks(const QStringList &secrets) const
{
    QStringList found;
    for (const QString &secret : secrets) {
        if (secret.trimmed().size() < 4)
            continue; // too short to tell from ordinary text
        QStringList variants{ secret, secret.trimmed() };
        QString compact = secret;
        compact.remove(u'-');
        variants.append(compact);
        for (const QString &v : std::as_const(variants)) {
            const QByteArray bytes = v.toUtf8();
            if (out.contains(bytes) || err.contains(bytes)) {
                found.append(v);
                break;
            }
        }
    }
    return found;
}

QString programPath()
{
    return QStringLiteral(GROOVE_ENROLL_PATH);
}

QString devserverPath()
{
    return QStringLiteral(GMS_DEVSERVER_PATH);
}

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void startWithInput(QProcess &process, const QByteArray &input, bool closeInput)
{
    process.start();
    if (!process.waitForStarted(30000))
        return;
    if (!input.isEmpty())
        process.write(input);
    if (closeInput)
        process.closeWriteChannel();
}

CliRun collect(QProcess &process, int timeoutMs)
{
    CliRun r;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs) && process.state() != QProcess::NotRunning) {
            process.kill();
            QSignalSpy killed(&process, &QProcess::finished);
            if (process.state() != QProcess::NotRunning)
                (void)killed.wait(10000);
            r.out = process.readAllStandardOutput();
            r.err = process.readAllStandardError();
            return r;
        }
    }
    r.finished = true;
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    if (!r.out.endsWith('\n') || r.out.count('\n') != 1) {
        r.jsonProblem = QStringLiteral("stdout is not exactly one line");
        return r;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        r.jsonProblem =
                QStringLiteral("stdout is not one JSON object: %1").arg(error.errorString());
    else
        r.json = doc.object();
    return r;
}

namespace {

// "State:" and "voluntary_ctxt_switches:" of /proc/<pid>/status (readable for every process).
QByteArray schedulingOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray seen;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("State:") || line.startsWith("voluntary_ctxt_switches:"))
            seen += line.simplified() + ';';
    }
    return seen;
}

} // namespace

bool blockedReadingInput(const QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid <= 0)
        return false;
    QFile wchan(QStringLiteral("/proc/%1/wchan").arg(pid));
    const QByteArray where = wchan.open(QIODevice::ReadOnly) ? wchan.readAll() : QByteArray();
    if (!where.isEmpty() && where != "0")
        return where.contains("pipe_read");
    const QByteArray before = schedulingOf(pid);
    if (!before.startsWith("State: S"))
        return false;
    QTest::qWait(200);
    return schedulingOf(pid) == before;
}

QByteArray withBomCrlfAndSpaces(const QString &text)
{
    return QByteArray(QByteArrayLiteral("\xEF\xBB\xBF  \t") + text.toUtf8()
                      + QByteArrayLiteral("  \r\n"));
}

CliHome::CliHome() = default;

QString CliHome::accountsPath() const
{
    return m_dir.filePath(QStringLiteral("groove-enroll/accounts.json"));
}

QProcessEnvironment CliHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
    // The CLI as deployed: its own log filter, and no proxy between it and 127.0.0.1.
    for (const char *name : { "QT_LOGGING_RULES", "http_proxy", "https_proxy", "all_proxy",
                              "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        env.remove(QLatin1StringView(name));
    for (const QString &name : m_unset)
        env.remove(name);
    return env;
}

std::unique_ptr<QProcess> CliHome::start(const QStringList &arguments, const QByteArray &input,
                                         bool closeInput) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(programPath());
    process->setArguments(arguments);
    process->setProcessEnvironment(environment());
    startWithInput(*process, input, closeInput);
    return process;
}

CliRun CliHome::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    const std::unique_ptr<QProcess> process = start(arguments, input);
    return collect(*process, timeoutMs);
}

QJsonArray CliHome::status(QString *problem) const
{
    const CliRun r = run({ QStringLiteral("--status"), QStringLiteral("--json") });
    if (!r.finished || r.exitCode != 0 || !r.jsonProblem.isEmpty()
        || !r.json.value(u"accounts").isArray()) {
        *problem = QStringLiteral("--status --json: %1 %2").arg(r.jsonProblem, r.describe());
        return {};
    }
    problem->clear();
    return r.json.value(u"accounts").toArray();
}

QStringList CliHome::accountGuidsInFile(QString *problem) const
{
    problem->clear();
    if (!QFile::exists(accountsPath()))
        return {};
    const Result<QList<store::AccountRecord>> records = store::AccountStore(accountsPath()).load();
    if (!records) {
        *problem = records.error().toLogString();
        return {};
    }
    QStringList guids;
    for (const store::AccountRecord &r : *records)
        guids.append(r.accountGuid);
    return guids;
}

QStringList CliHome::pendingSecretNames(QString *problem) const
{
    problem->clear();
    if (!QFile::exists(accountsPath()))
        return {};
    const Result<QHash<QString, QStringList>> pending =
            store::AccountStore(accountsPath()).pending();
    if (!pending) {
        *problem = pending.error().toLogString();
        return {};
    }
    QStringList names;
    for (auto it = pending->cbegin(); it != pending->cend(); ++it)
        names += it.value().isEmpty() ? QStringList{ it.key() } : it.value();
    return names;
}

QString CliHome::leftovers(devserver::DevServer *server) const
{
    QStringList problems;
    QString problem;
    const QStringList guids = accountGuidsInFile(&problem);
    if (!problem.isEmpty())
        problems.append(problem);
    if (!guids.isEmpty())
        problems.append(QStringLiteral("records in the account file: ") + guids.join(u' '));
    const QStringList pending = pendingSecretNames(&problem);
    if (!problem.isEmpty())
        problems.append(problem);
    if (!pending.isEmpty())
        problems.append(QStringLiteral("pending journal entries: ") + pending.join(u' '));
    const QJsonArray listed = status(&problem);
    if (!problem.isEmpty())
        problems.append(problem);
    if (!listed.isEmpty())
        problems.append(QStringLiteral("--status lists %1 account(s)").arg(listed.size()));
    if (server) {
        QStringList names;
        for (const devserver::AccountState &a : server->state().accounts())
            names += secretNamesOf(a.guid);
        const QStringList left = keychainMismatches(names, Presence::Absent);
        if (!left.isEmpty())
            problems.append(QStringLiteral("keychain entries left: ") + left.join(u' '));
    }
    return problems.join(QStringLiteral("; "));
}

Presence keychainEntry(const QString &name)
{
    store::KeychainSecretStore keychain(store::KeychainSecretStore::DefaultService);
    std::optional<Presence> answer;
    keychain.read(name, [&answer](Result<SecretBytes> value) {
        answer = value                                ? Presence::Present
                : store::isNoSuchEntry(value.error()) ? Presence::Absent
                                                      : Presence::Failed;
    });
    // The store drops a late answer once it is gone, so 'answer' is never written after return.
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return Presence::Failed;
    return *answer;
}

QStringList secretNamesOf(const QString &accountGuid, const QString &host)
{
    QStringList names;
    for (const QString &item : store::SecretItems)
        names.append(store::secretName(host, accountGuid, item));
    return names;
}

QStringList keychainMismatches(const QStringList &names, Presence wanted)
{
    QStringList wrong;
    for (const QString &name : names) {
        const Presence p = keychainEntry(name);
        if (p == Presence::Failed)
            wrong.append(name + QStringLiteral(" (failed)"));
        else if (p != wanted)
            wrong.append(name);
    }
    return wrong;
}

bool isIsoUtc(const QString &text)
{
    static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    return iso.match(text).hasMatch();
}

namespace {

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// The message names a flow must report, in order (its local steps may come in between).
QStringList messagesOf(const QString &flow)
{
    if (flow == u"manual")
        return { QStringLiteral("KeyActivation"), QStringLiteral("CreateAccount"),
                 QStringLiteral("DomainEnrollment") };
    if (flow == u"auto-configuration")
        return { QStringLiteral("AutoAccountCodeConfiguration"), QStringLiteral("CreateAccount"),
                 QStringLiteral("DomainEnrollment") };
    return { QStringLiteral("AutoActivation"), QStringLiteral("KeyActivation"),
             QStringLiteral("CreateAccount"), QStringLiteral("DomainEnrollment") };
}

} // namespace

QString checkEnrolledJson(const QJsonObject &json, const QString &flow, const QString &serverUrl)
{
    QStringList p;
    const auto text = [&json](const char *key) {
        return json.value(QLatin1StringView(key)).toString();
    };
    if (text("result") != u"enrolled")
        p.append(QStringLiteral("result is not \"enrolled\""));
    if (text("flow") != flow)
        p.append(QStringLiteral("flow %1, expected %2").arg(text("flow"), flow));
    for (const char *key : { "accountGuid", "domainGuid", "identityUrl" }) {
        if (text(key).isEmpty())
            p.append(QStringLiteral("%1 missing").arg(QLatin1StringView(key)));
    }
    if (text("serverUrl") != serverUrl)
        p.append(QStringLiteral("serverUrl %1, expected %2").arg(text("serverUrl"), serverUrl));
    const QDateTime at = QDateTime::fromString(text("enrolledAt"), Qt::ISODate);
    if (!isIsoUtc(text("enrolledAt")) || qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) > 600)
        p.append(QStringLiteral("enrolledAt \"%1\" is not now as yyyy-MM-ddThh:mm:ssZ")
                         .arg(text("enrolledAt")));
    if (json.contains(u"errorClass") || json.contains(u"faultCode"))
        p.append(QStringLiteral("a success carries failure keys"));
    QStringList names;
    for (const QJsonValue &step : json.value(u"steps").toArray()) {
        const QJsonObject s = step.toObject();
        if (!s.value(u"name").isString() || !isInteger(s.value(u"ms"))
            || s.value(u"ms").toInteger() < 0)
            p.append(QStringLiteral("bad step entry"));
        names.append(s.value(u"name").toString());
    }
    qsizetype at2 = 0;
    for (const QString &message : messagesOf(flow)) {
        at2 = names.indexOf(message, at2);
        if (at2 < 0) {
            p.append(QStringLiteral("steps %1 lack %2 in order").arg(names.join(u','), message));
            break;
        }
        ++at2;
    }
    return p.join(QStringLiteral("; "));
}

QString checkFailedJson(const QJsonObject &json, const QString &errorClass, int faultCode)
{
    QStringList p;
    if (json.value(u"result").toString() != u"failed")
        p.append(QStringLiteral("result is not \"failed\""));
    if (json.value(u"errorClass").toString() != errorClass)
        p.append(QStringLiteral("errorClass %1, expected %2")
                         .arg(json.value(u"errorClass").toString(), errorClass));
    if (json.value(u"message").toString().isEmpty())
        p.append(QStringLiteral("no message"));
    if (!json.value(u"hint").isString())
        p.append(QStringLiteral("no hint"));
    if (json.contains(u"accountGuid"))
        p.append(QStringLiteral("a failure names an account"));
    const QJsonValue fault = json.value(u"faultCode");
    if (errorClass == u"server-fault") {
        if (!isInteger(fault) || (faultCode >= 0 && fault.toInt() != faultCode))
            p.append(QStringLiteral("faultCode %1, expected the integer %2")
                             .arg(fault.toVariant().toString())
                             .arg(faultCode));
    } else if (!fault.isUndefined()) {
        p.append(QStringLiteral("faultCode present for a %1 error").arg(errorClass));
    }
    return p.join(QStringLiteral("; "));
}

} // namespace clitest
