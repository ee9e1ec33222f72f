// bench_gui_startup: process start to the first painted wizard page, and the peak RSS at that
// moment, of groove-enroll and of minimal_wizard, alternating, in one run (scripts/bench-gui.sh
// starts it under Xvfb).
//
//   bench_gui_startup --runs N --app PATH/groove-enroll --minimal PATH/minimal_wizard
//
// Both programs print "first-paint <CLOCK_MONOTONIC ms> <VmHWM kB>" at their first paint when
// GROOVE_ENROLL_BENCH_FIRST_PAINT=1 (app/GuiSupport.h) and quit. This driver reads
// CLOCK_MONOTONIC just before it starts each process; both share the clock, so the difference is
// the time from fork/exec to the painted page. Prints a table, the medians and their ratios
// (goals: time <= 1.15 x, peak RSS <= 1.2 x). Exit 0 unless a run failed.
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

namespace {

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

struct Sample
{
    double ms = 0;
    long rssKb = 0;
};

std::optional<Sample> runOnce(const QString &program)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GROOVE_ENROLL_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const double start = monotonicMs();
    p.start(program, {});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_gui_startup: %s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return std::nullopt;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 3 && f[0] == "first-paint")
            return Sample{ f[1].toDouble() - start, f[2].toLong() };
    }
    std::fprintf(stderr, "bench_gui_startup: %s printed no first-paint line\n",
                 qPrintable(program));
    return std::nullopt;
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
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("groove-enroll."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption minimalOpt(QStringLiteral("minimal"),
                                        QStringLiteral("minimal_wizard."), QStringLiteral("PATH"));
    parser.addOptions({ runsOpt, appOpt, minimalOpt });
    parser.process(app);
    const int runs = parser.value(runsOpt).toInt();
    if (runs < 1 || !parser.isSet(appOpt) || !parser.isSet(minimalOpt)) {
        std::fprintf(stderr, "bench_gui_startup: --runs N --app PATH --minimal PATH\n");
        return 2;
    }
    // One start of each first, not counted: the files they map are then in the page cache for
    // both, as they are for a user who has started anything Qt before.
    if (!runOnce(parser.value(appOpt)) || !runOnce(parser.value(minimalOpt)))
        return 1;
    std::vector<double> appMs, appRss, minMs, minRss;
    std::printf("%-4s %14s %14s %18s %18s\n", "run", "app ms", "minimal ms", "app VmHWM kB",
                "minimal VmHWM kB");
    for (int i = 1; i <= runs; ++i) {
        // Alternating, so that a slow moment of the machine hits both.
        const std::optional<Sample> a = runOnce(parser.value(appOpt));
        const std::optional<Sample> m = runOnce(parser.value(minimalOpt));
        if (!a || !m)
            return 1;
        appMs.push_back(a->ms);
        appRss.push_back(double(a->rssKb));
        minMs.push_back(m->ms);
        minRss.push_back(double(m->rssKb));
        std::printf("%-4d %14.1f %14.1f %18ld %18ld\n", i, a->ms, m->ms, a->rssKb, m->rssKb);
    }
    const double tA = median(appMs), tM = median(minMs);
    const double rA = median(appRss), rM = median(minRss);
    std::printf("\nmedian first paint: groove-enroll %.1f ms, minimal QWizard %.1f ms, ratio %.2f "
                "(goal <= 1.15: %s)\n",
                tA, tM, tA / tM, tA / tM <= 1.15 ? "met" : "missed");
    std::printf("median peak RSS: groove-enroll %.0f kB, minimal QWizard %.0f kB, ratio %.2f "
                "(goal <= 1.2: %s)\n",
                rA, rM, rA / rM, rA / rM <= 1.2 ? "met" : "missed");
    return 0;
}
