// bench_floor: the least work a manual enrollment cannot avoid, measured in one process, for
// scripts/bench-enrollment.sh to compare with the wall time of `groove-enroll --headless`.
//
//   printf '%s\n' CODE | bench_floor --server http://127.0.0.1:PORT/gms.dll
//
// The floor is the sum of
//   - two RSA-2048 key generations (crypto::RsaPrivateKey::generate), one after the other: the
//     account's signature and encryption keys;
//   - the three round trips of a real manual enrollment of the member whose code is on standard
//     input: KeyActivation, CreateAccount, DomainEnrollment, each timed from building the request
//     envelope (core's protocol::client functions) through the HTTP POST (QNetworkAccessManager,
//     a new connection for the first request, kept alive for the others) to the verified answer.
// It leaves out what the command line adds: process start, reading standard input, the D-Bus
// session and the keychain writes, the account file, and the JSON output. It runs no engine:
// no overlap of key generation and round trips, so the CLI may well come in below 1.0.
//
// Prints one JSON object: {"keygenMs":..,"keyActivationMs":..,"createAccountMs":..,
// "domainEnrollmentMs":..,"floorMs":..}. Exit 0 on success, 1 on any failure (message on stderr).
#include "bench/EnrollmentFloor.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>

#include <cstdio>

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_floor: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Measures the floor of a manual enrollment (code on standard input)."));
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server URL (http)."), QStringLiteral("URL"));
    parser.addOption(serverOpt);
    parser.process(app);
    const QUrl server(parser.value(serverOpt));
    if (!server.isValid() || server.scheme() != u"http")
        return fail(QStringLiteral("--server needs an http:// URL"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    const QString code = QString::fromUtf8(in.readAll());
    QNetworkAccessManager nam;
    const groove::Result<bench::FloorTimes> t = bench::measureFloor(nam, server, code);
    if (!t)
        return fail(t.error().toLogString());

    const QJsonObject result{ { QStringLiteral("keygenMs"), t->keygenMs },
                              { QStringLiteral("keyActivationMs"), t->keyActivationMs },
                              { QStringLiteral("createAccountMs"), t->createAccountMs },
                              { QStringLiteral("domainEnrollmentMs"), t->domainEnrollmentMs },
                              { QStringLiteral("floorMs"), t->floorMs() } };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
