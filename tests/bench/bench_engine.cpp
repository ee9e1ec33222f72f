// bench_engine: a manual enrollment through the EnrollmentEngine with a full key pool, the way
// the wizard runs it, for scripts/bench-enrollment.sh to set beside bench_floor's three round
// trips alone.
//
//   printf '%s\n' CODE | bench_engine --server http://127.0.0.1:PORT/gms.dll [--keychain]
//
// It fills a KeyPool first (prepare, then wait until ready, as the wizard does while the code is
// typed), then times from EnrollmentEngine::start() to finished(): what a person waits for
// between the click on "Enroll" and the success page. Secrets go to memory, or with --keychain
// to the Secret Service (run it inside scripts/with-keyring.sh); the account file to a temporary
// folder.
//
// Prints one JSON object: {"poolMs":..,"engineMs":..,"steps":{"KeyActivation":..,...}}. Exit 0
// on success, 1 on any failure (message on stderr).
#include "engine/EnrollmentEngine.h"
#include "engine/KeyPool.h"
#include "net/Transport.h"
#include "store/AccountStore.h"
#include "store/KeychainSecretStore.h"
#include "store/SecretStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>

#include <cstdio>
#include <memory>

using namespace groove;
using namespace groove::engine;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The engine's step log would only interleave with the script's table.
    QLoggingCategory::setFilterRules(QStringLiteral("groove.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Times an engine enrollment with a full key pool (code on standard input)."));
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server URL (http)."), QStringLiteral("URL"));
    const QCommandLineOption keychainOpt(
            QStringLiteral("keychain"), QStringLiteral("Store the secrets in the Secret Service."));
    parser.addOption(serverOpt);
    parser.addOption(keychainOpt);
    parser.process(app);
    const QUrl server(parser.value(serverOpt));
    if (!server.isValid() || server.scheme() != u"http")
        return fail(QStringLiteral("--server needs an http:// URL"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    EnrollmentRequest request;
    request.flow = Flow::Manual;
    request.serverUrl = server;
    request.code = QString::fromUtf8(in.readAll()).trimmed();
    if (request.code.isEmpty())
        return fail(QStringLiteral("no code on standard input"));

    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("no temporary folder"));
    store::AccountStore accounts(home.filePath(QStringLiteral("accounts.json")));
    std::unique_ptr<store::SecretStore> secrets;
    if (parser.isSet(keychainOpt))
        secrets =
                std::make_unique<store::KeychainSecretStore>(QStringLiteral("groove-enroll-bench"));
    else
        secrets = std::make_unique<store::MemorySecretStore>();
    QNetworkAccessManager nam;
    Transport transport(&nam, TransportOptions{});

    // The wizard's first page: the pool fills while the person types.
    QEventLoop loop;
    QElapsedTimer t;
    KeyPool pool;
    QObject::connect(&pool, &KeyPool::ready, &loop, &QEventLoop::quit);
    t.start();
    pool.prepare(false);
    loop.exec();
    const qint64 poolMs = t.elapsed();
    if (!pool.isReady(KeyPool::Kind::User) || pool.accountGuid(KeyPool::Kind::User).isEmpty())
        return fail(QStringLiteral("key generation failed"));

    EnrollmentEngine engine(&transport, secrets.get(), &accounts);
    engine.setKeyPool(&pool);
    engine.setDevice({ QString(), QStringLiteral("BENCH-ENGINE") });
    EnrollmentResult result;
    qint64 engineMs = 0;
    QObject::connect(&engine, &EnrollmentEngine::finished, &loop, [&](const EnrollmentResult &r) {
        engineMs = t.elapsed();
        result = r;
        loop.quit();
    });
    t.restart();
    engine.start(request);
    loop.exec();
    if (!result.ok())
        return fail(result.error->toLogString());

    QJsonObject steps;
    for (const StepTiming &s : std::as_const(result.steps))
        steps.insert(stepName(s.step), s.ms);
    const QJsonObject out{ { QStringLiteral("poolMs"), poolMs },
                           { QStringLiteral("engineMs"), engineMs },
                           { QStringLiteral("steps"), steps } };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
