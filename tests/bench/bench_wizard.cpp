// bench_wizard: the click on "Enroll" in the real wizard to the result page, with a full key
// pool, set beside the three round trips alone of bench_floor (EnrollmentFloor.h), measured in
// the same process against the same in-process devserver (goal <= 1.2 x).
//
//   bench_wizard [--runs N]       (offscreen unless QT_QPA_PLATFORM says otherwise)
//
// Each run makes a new wizard on a context with memory key storage and a temporary account file,
// prefilled with the server and the code of a member of its own, lets the controller fill its key
// pool (as while the code is typed), moves to the "Server and code" page, and clicks the button
// that starts the enrollment; the time ends when the result page is current. The floor's run uses
// another member. Prints a table and the medians. Exit 0 unless a run failed.
#include "bench/EnrollmentFloor.h"
#include "devserver/DevServer.h"
#include "engine/ClientContext.h"
#include "engine/KeyPool.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>

using namespace groove;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_wizard: %s\n", qPrintable(what));
    return 1;
}

QString codeOf(devserver::DevServer &s, const QString &login)
{
    for (const devserver::MemberState &m : s.state().members()) {
        if (m.login == login)
            return m.code;
    }
    return {};
}

// Runs the event loop until 'done' holds, for at most 'ms' (a benchmark may wait; product code
// never does).
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The button that starts the enrollment on the current page: "Enroll" if the page names it so
// (a commit button), else Next.
QAbstractButton *enrollButton(QWizard &wizard)
{
    for (QWizard::WizardButton b : { QWizard::CommitButton, QWizard::NextButton }) {
        QAbstractButton *button = wizard.button(b);
        if (button && button->isVisible() && button->isEnabled())
            return button;
    }
    return nullptr;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("groove.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(runsOpt);
    parser.process(app);
    const int runs = parser.value(runsOpt).toInt();
    if (runs < 1)
        return fail(QStringLiteral("--runs needs a positive number"));

    // Two members a run: one for the wizard, one for the floor (a code enrolls once).
    devserver::DevServer::Options options;
    devserver::DomainConfig domain;
    domain.name = QStringLiteral("bench");
    for (int i = 1; i <= runs; ++i) {
        for (const QString &who : { QStringLiteral("wizard"), QStringLiteral("floor") }) {
            devserver::MemberConfig m;
            m.name = QStringLiteral("%1 %2").arg(who).arg(i);
            m.login = QStringLiteral("%1%2").arg(who).arg(i);
            domain.members.append(m);
        }
    }
    options.config.domains = { domain };
    options.config.deviceDomainName.clear();
    Result<std::unique_ptr<devserver::DevServer>> server =
            devserver::DevServer::start(std::move(options));
    if (!server)
        return fail(server.error().toLogString());
    devserver::DevServer &gms = **server;
    const QUrl url(gms.serverUrl());

    QNetworkAccessManager floorNam;
    std::vector<double> clicks, trips;
    std::printf("%-4s %10s %10s %8s\n", "run", "click ms", "trips ms", "ratio");
    for (int i = 1; i <= runs; ++i) {
        QTemporaryDir home;
        engine::ClientOptions co;
        co.keyStore = store::KeyStoreKind::Memory;
        co.accountFile = home.filePath(QStringLiteral("accounts.json"));
        co.trustFile = home.filePath(QStringLiteral("trusted-servers.conf"));
        engine::ClientContext context(co);
        ui::EnrollmentController controller(&context);
        ui::WizardPrefill prefill;
        prefill.server = url.toString();
        prefill.code = codeOf(gms, QStringLiteral("wizard%1").arg(i));
        prefill.flow = engine::Flow::Manual;
        ui::EnrollWizard wizard(&controller, prefill);
        wizard.show();
        // The pool fills while the person reads and types.
        controller.prepareKeys(false);
        auto *pool = controller.findChild<engine::KeyPool *>();
        if (!pool)
            return fail(QStringLiteral("the controller has no key pool"));
        if (!waitUntil([pool] { return pool->isReady(engine::KeyPool::Kind::User); }, 60000))
            return fail(QStringLiteral("the key pool did not fill"));
        if (!waitUntil(
                    [&wizard] {
                        if (wizard.currentId() == ui::ServerCodePageId)
                            return true;
                        wizard.next();
                        return false;
                    },
                    10000))
            return fail(QStringLiteral("the wizard did not reach \"Server and code\""));
        QAbstractButton *enroll = nullptr;
        if (!waitUntil([&] { return (enroll = enrollButton(wizard)) != nullptr; }, 10000))
            return fail(QStringLiteral("no enabled button starts the enrollment"));

        QElapsedTimer t;
        qint64 clickMs = -1;
        QObject::connect(&wizard, &QWizard::currentIdChanged, &wizard, [&](int id) {
            if (id == ui::ResultPageId && clickMs < 0)
                clickMs = t.elapsed();
        });
        t.start();
        enroll->click();
        // Through the optional check page, if "Enroll" led there first.
        if (!waitUntil([&] { return clickMs >= 0; }, 60000))
            return fail(QStringLiteral("the result page did not come"));
        const auto &result = controller.lastResult();
        if (!result || !result->ok())
            return fail(QStringLiteral("the enrollment failed: %1")
                                .arg(result && result->error ? result->error->toLogString()
                                                             : QStringLiteral("no result")));

        const Result<bench::FloorTimes> floor =
                bench::measureFloor(floorNam, url, codeOf(gms, QStringLiteral("floor%1").arg(i)));
        if (!floor)
            return fail(floor.error().toLogString());
        clicks.push_back(double(clickMs));
        trips.push_back(double(floor->tripsMs()));
        std::printf("%-4d %10lld %10lld %8.2f\n", i, static_cast<long long>(clickMs),
                    static_cast<long long>(floor->tripsMs()),
                    double(clickMs) / double(std::max<qint64>(1, floor->tripsMs())));
    }
    const double c = median(clicks), r = median(trips);
    std::printf("\nmedian click to result page %.1f ms, median round trips alone %.1f ms, ratio "
                "%.2f (goal <= 1.2: %s)\n",
                c, r, c / r, c / r <= 1.2 ? "met" : "missed");
    return 0;
}
