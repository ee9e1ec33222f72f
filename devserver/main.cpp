// gms-devserver: our management server for tests, demos and IT training.
#include "devserver/DevServer.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#  include <csignal>
#  include <sys/socket.h>
#  include <unistd.h>
#endif

using namespace groove;
using namespace groove::devserver;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop normally, so that state is saved and sockets are closed.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "gms-devserver: " << message << '\n';
    return code;
}

// Account configuration codes are what a member enrolls with; a state dump is shared (bug
// reports, screenshots) more freely than the start-up listing meant for the administrator.
QJsonObject withoutCodes(QJsonObject state)
{
    QJsonArray members = state.value(u"members").toArray();
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject m = members.at(i).toObject();
        m.remove(u"code");
        members.replace(i, m);
    }
    state.insert(QStringLiteral("members"), members);
    return state;
}

QString defaultStateDir()
{
    return QDir::home().filePath(QStringLiteral(".local/state/gms-devserver"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gms-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GE_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A Groove management server ([MS-GRVSPCM] server side, WIRE-PROFILE.md) for tests, "
            "demos and training.\n"
            "Prints one JSON line on start: {\"http\":PORT,\"https\":PORT,\"ca\":\"PATH\",...}."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(
            QStringLiteral("config"),
            QStringLiteral("Configuration file (JSON); default: the built-in demo."),
            QStringLiteral("FILE"));
    const QCommandLineOption stateOpt(QStringLiteral("state"),
                                      QStringLiteral("State folder (keys, accounts, TLS files)."),
                                      QStringLiteral("DIR"), defaultStateDir());
    const QCommandLineOption listenOpt(
            QStringLiteral("listen"),
            QStringLiteral("Address to bind (default 127.0.0.1); an address other than loopback "
                           "needs --allow-remote."),
            QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption remoteOpt(
            QStringLiteral("allow-remote"),
            QStringLiteral("Allow --listen on an address other than loopback (other machines can "
                           "then reach this test server, its demo codes and passwords)."));
    const QCommandLineOption portOpt(
            QStringLiteral("port"),
            QStringLiteral("Port for HTTP and TLS (0: any free port; default 8080)."),
            QStringLiteral("PORT"), QStringLiteral("8080"));
    const QCommandLineOption httpsOpt(QStringLiteral("https-port"),
                                      QStringLiteral("Also serve TLS alone on this port (0: any)."),
                                      QStringLiteral("PORT"));
    const QCommandLineOption injectOpt(
            QStringLiteral("inject"),
            QStringLiteral(
                    "Fault injection METHOD:ACTION[:N], repeatable; ACTION: fault=CODE, http-500, "
                    "close-mid-body, close, stall, oversized, malformed-xml, redirect-cross-host, "
                    "redirect-same-origin, wrong-key, flip-mac, flip-signature, wrapper=NAME, "
                    "seattr[=NAME]."),
            QStringLiteral("RULE"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-timeout"),
                                     QStringLiteral("Seconds before an idle connection is closed."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption requestTimeoutOpt(
            QStringLiteral("request-timeout"),
            QStringLiteral(
                    "Seconds a request may take to arrive, from its first byte (default 10)."),
            QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption perClientOpt(
            QStringLiteral("max-client-connections"),
            QStringLiteral("Open connections allowed per client address (default 128)."),
            QStringLiteral("N"), QStringLiteral("128"));
    const QCommandLineOption dumpOpt(
            QStringLiteral("dump-state"),
            QStringLiteral("Print the state as JSON (no keys, no account configuration codes) "
                           "and exit."));
    const QCommandLineOption showCodesOpt(
            QStringLiteral("show-codes"),
            QStringLiteral("With --dump-state: include the account configuration codes."));
    const QCommandLineOption reenrollOpt(
            QStringLiteral("require-reenrollment"),
            QStringLiteral("Mark the account ACCOUNT_GUID (in the --state folder) as having to "
                           "enroll again: its heartbeats get fault 210 until it is created anew; "
                           "its member's code can be used again. Then exit (2: unknown GUID). "
                           "A running server: POST /admin/require-reenrollment?account=GUID "
                           "with \"Authorization: Bearer ADMIN_TOKEN\" (adminToken of the "
                           "start-up line)."),
            QStringLiteral("ACCOUNT_GUID"));
    const QCommandLineOption removeOpt(
            QStringLiteral("remove-account"),
            QStringLiteral("Forget the account ACCOUNT_GUID (in the --state folder): its "
                           "heartbeats get fault 200; its member's code can be used again. Then "
                           "exit (2: unknown GUID). A running server: POST "
                           "/admin/remove-account?account=GUID, authorized as above."),
            QStringLiteral("ACCOUNT_GUID"));
    const QCommandLineOption policyOpt(
            QStringLiteral("write-policy"),
            QStringLiteral("Write a managed-device policy (INI) for this server to FILE."),
            QStringLiteral("FILE"));
    parser.addOptions({ configOpt, stateOpt, listenOpt, remoteOpt, portOpt, httpsOpt, injectOpt,
                        idleOpt, requestTimeoutOpt, perClientOpt, dumpOpt, showCodesOpt,
                        reenrollOpt, removeOpt, policyOpt });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument %1")
                            .arg(parser.positionalArguments().constFirst()),
                    2);

    DevServer::Options options;
    options.stateDir = parser.value(stateOpt);
    if (parser.isSet(configOpt)) {
        Result<ServerConfig> config = ServerConfig::fromFile(parser.value(configOpt));
        if (!config)
            return fail(config.error().detail, 2);
        options.config = std::move(config).value();
    }
    if (parser.isSet(reenrollOpt) || parser.isSet(removeOpt)) {
        // Offline: the state file of a server that is not running (a running one would
        // overwrite the change with its own state on its next save; use the admin endpoint).
        if (int(parser.isSet(reenrollOpt)) + int(parser.isSet(removeOpt))
                    + int(parser.isSet(dumpOpt))
            > 1)
            return fail(QStringLiteral("--require-reenrollment, --remove-account and "
                                       "--dump-state go alone"),
                        2);
        Result<std::unique_ptr<ServerState>> state =
                ServerState::open(options.stateDir, options.config,
                                  [] { return QDateTime::currentSecsSinceEpoch(); });
        if (!state)
            return fail(state.error().detail, 7);
        const bool reenroll = parser.isSet(reenrollOpt);
        const QString guid = parser.value(reenroll ? reenrollOpt : removeOpt);
        const Status done =
                reenroll ? (*state)->requireReenrollment(guid) : (*state)->removeAccount(guid);
        if (!done)
            return fail(done.error().detail, done.error().kind == ErrorKind::Usage ? 2 : 7);
        return 0;
    }
    if (parser.isSet(dumpOpt)) {
        Result<std::unique_ptr<ServerState>> state =
                ServerState::open(options.stateDir, options.config,
                                  [] { return QDateTime::currentSecsSinceEpoch(); });
        if (!state)
            return fail(state.error().detail, 7);
        QJsonObject json = (*state)->toJson(false);
        if (!parser.isSet(showCodesOpt))
            json = withoutCodes(json);
        QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (parser.isSet(showCodesOpt))
        return fail(QStringLiteral("--show-codes goes with --dump-state"), 2);
    if (!options.address.setAddress(parser.value(listenOpt)))
        return fail(QStringLiteral("--listen needs an IP address"), 2);
    if (!options.address.isLoopback()) {
        if (!parser.isSet(remoteOpt)) {
            return fail(
                    QStringLiteral("--listen %1 is not a loopback address: other machines could "
                                   "reach this test server, whose demo passwords and codes "
                                   "are public. Add --allow-remote if that is what you want.")
                            .arg(options.address.toString()),
                    2);
        }
        options.allowRemote = true;
        QTextStream(stderr) << "gms-devserver: warning: listening on " << options.address.toString()
                            << " (--allow-remote): other machines can reach this test server, "
                               "its codes and, with the demo configuration, its public "
                               "passwords; plain HTTP is not protected.\n";
    }
    bool ok = false;
    options.port = parser.value(portOpt).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--port needs a number from 0 to 65535"), 2);
    if (parser.isSet(httpsOpt)) {
        options.httpsPort = parser.value(httpsOpt).toUShort(&ok);
        if (!ok)
            return fail(QStringLiteral("--https-port needs a number from 0 to 65535"), 2);
    }
    const int idle = parser.value(idleOpt).toInt(&ok);
    if (!ok || idle < 1)
        return fail(QStringLiteral("--idle-timeout needs a positive number of seconds"), 2);
    options.idleTimeout = std::chrono::seconds(idle);
    const int requestTimeout = parser.value(requestTimeoutOpt).toInt(&ok);
    if (!ok || requestTimeout < 1)
        return fail(QStringLiteral("--request-timeout needs a positive number of seconds"), 2);
    options.requestTimeout = std::chrono::seconds(requestTimeout);
    const int perClient = parser.value(perClientOpt).toInt(&ok);
    if (!ok || perClient < 1)
        return fail(QStringLiteral("--max-client-connections needs a positive number"), 2);
    options.maxConnectionsPerClient = perClient;
    for (const QString &spec : parser.values(injectOpt)) {
        Result<FaultRule> rule = FaultRule::parse(spec);
        if (!rule)
            return fail(rule.error().detail, 2);
        options.faults.append(*rule);
    }

    Result<std::unique_ptr<DevServer>> server = DevServer::start(std::move(options));
    if (!server)
        return fail(server.error().detail, server.error().kind == ErrorKind::Network ? 3 : 7);
    DevServer &s = **server;
    if (parser.isSet(policyOpt)) {
        QSaveFile f(parser.value(policyOpt));
        if (!f.open(QIODevice::WriteOnly) || f.write(s.managedPolicy()) < 0 || !f.commit())
            return fail(QStringLiteral("cannot write %1").arg(parser.value(policyOpt)), 7);
    }

    const QJsonObject info = s.startupInfo();
    std::fputs(QJsonDocument(info).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);

    QTextStream err(stderr);
    err << "gms-devserver " << GE_VERSION_STRING << " listening: " << s.serverUrl()
        << " (HTTP and TLS)\n"
        << "  authenticated endpoint: " << s.authenticatedUrl() << "\n"
        << "  clients trust the CA in: " << s.caPath() << "\n";
    for (const QJsonValue &m : info.value(u"members").toArray()) {
        const QJsonObject o = m.toObject();
        err << "  member " << o.value(u"login").toString() << " (" << o.value(u"name").toString()
            << ", domain " << o.value(u"domain").toString() << "): account configuration code "
            << o.value(u"code").toString()
            << (o.value(u"autoConfiguration").toBool() ? ", may use auto configuration" : "")
            << '\n';
    }
    if (!parser.isSet(configOpt)) {
        err << "  demo passwords: alice / correct horse, bob / battery staple, carol / tr0ub4dor\n";
    }
    err.flush();

#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    return app.exec();
}
