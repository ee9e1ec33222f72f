// disableCoreDumps() really lowers what it promises to, starting from a process that could dump.
#include "app/ProcessHardening.h"

#include <QtTest/QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening final : public QObject
{
    Q_OBJECT

private slots:
    void disableCoreDumps()
    {
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        if (limit.rlim_max == 0)
            QSKIP("the hard core size limit is already 0 here: nothing to observe");
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &limit), 0);
        if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1)
            QVERIFY(::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) == 0);
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // a starting point that can fail

        QVERIFY(groove::app::disableCoreDumps());

        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0)); // cannot be raised again
        // Calling it again (a second runner in one process) is harmless.
        QVERIFY(groove::app::disableCoreDumps());
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
