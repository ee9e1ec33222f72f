// diag::LogFile: one escaped, redacted line a message; rotation at the cap with 3 files kept;
// whole lines from several threads; a write failure turns the file off quietly.
#include "diag/LogFile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <memory>
#include <vector>

using groove::diag::LogFile;
using groove::diag::Redactor;

namespace {

const QDateTime When(QDate(2026, 12, 6), QTime(4, 30, 4, 123), Qt::UTC);

QStringList linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace

class TestLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void lineFormat_data();
    void lineFormat();
    void rotation_data();
    void rotation();
    void threadsWriteWholeLines();
    void newParentFolderIsPrivate();
    void writeFailureTurnsItOff();
    void defaultFolder();
};

void TestLogFile::lineFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // what follows "<time> info groove.net "

    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
    // A server's text cannot forge a second line or move the cursor.
    QTest::newRow("line feed") << QStringLiteral("a\nfake line")
                               << QStringLiteral("a\\x0Afake line");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1B[2Jb");
    QTest::newRow("bidi override") << QStringLiteral("x\u202Ey") << QStringLiteral("x\\u{202E}y");
    QTest::newRow("redacted link") << QStringLiteral("link groove-enroll://enroll?code=K7QM-4XHT")
                                   << QStringLiteral("link groove-enroll://enroll?[removed]");
    QTest::newRow("home") << QStringLiteral("file /home/alice/x") << QStringLiteral("file ~/x");
}

void TestLogFile::lineFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        LogFile log(dir.filePath(QStringLiteral("log")), LogFile::DefaultCapBytes, 3,
                    Redactor(QStringLiteral("/home/alice")));
        log.write(When, u"info", u"groove.net", text);
        QVERIFY(log.isEnabled());
    }
    const QStringList lines = linesOf(dir.filePath(QStringLiteral("log/groove-enroll.log")));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("2026-12-06T04:30:04.123Z info groove.net ") + expected);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("log/groove-enroll.log")))
                     & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("log")))
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
             QFile::Permissions());
}

void TestLogFile::rotation_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("files");

    // Each line is 100 bytes; the cap of 1000 bytes holds 10.
    QTest::newRow("below the cap") << 10 << 1;
    QTest::newRow("one over") << 11 << 2;
    QTest::newRow("three files") << 25 << 3;
    QTest::newRow("oldest dropped") << 100 << 3;
}

void TestLogFile::rotation()
{
    QFETCH(int, lines);
    QFETCH(int, files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("log"));
    LogFile log(folder, 1000, 3, Redactor(QStringLiteral("/nowhere")));
    const QString prefix = QStringLiteral("2026-12-06T04:30:04.123Z info groove.app ");
    for (int i = 0; i < lines; ++i) {
        // 100 bytes with the line feed.
        const QString number = QStringLiteral("line %1 ").arg(i, 5, 10, QLatin1Char('0'));
        log.write(When, u"info", u"groove.app",
                  QString(number + QString(99 - prefix.size() - number.size(), u'.')));
    }
    QVERIFY(log.isEnabled());
    const QStringList present = log.files();
    QCOMPARE(present.size(), files);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), files);
    int total = 0;
    for (const QString &path : present) {
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size <= 1000, qPrintable(QString::number(size)));
        total += int(linesOf(path).size());
    }
    QCOMPARE(total, qMin(lines, 10 * files));
    // The newest line is in the current file, the oldest kept one in the last.
    QVERIFY(linesOf(present.constFirst())
                    .constLast()
                    .contains(QStringLiteral("line %1").arg(lines - 1, 5, 10, QLatin1Char('0'))));
}

void TestLogFile::threadsWriteWholeLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.filePath(QStringLiteral("log")), 64 * 1024 * 1024, 3);
    constexpr int Threads = 4;
    constexpr int PerThread = 500;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            // Words, not one long run, which the redactor would take for a key.
            const QString text = QStringLiteral("thread %1 ").arg(t)
                    + QString(QChar(u'a' + t) + QStringLiteral(" ")).repeated(100);
            for (int i = 0; i < PerThread; ++i)
                log.write(When, u"debug", u"groove.engine", QString(text + QString::number(i)));
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    const QStringList lines = linesOf(log.path());
    QCOMPARE(lines.size(), Threads * PerThread);
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(QStringLiteral("thread "));
        QVERIFY2(at > 0, qPrintable(line));
        const int t = line.at(at + 7).digitValue();
        QVERIFY2(line.mid(at + 9, 200)
                         == QString(QChar(u'a' + t) + QStringLiteral(" ")).repeated(100),
                 qPrintable(line));
    }
}

// The application's data folder also holds the account file: made here, it is private.
void TestLogFile::newParentFolderIsPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.filePath(QStringLiteral("groove-enroll/log")), 1000, 3);
    log.write(When, u"info", u"groove.app", u"first");
    QVERIFY(log.isEnabled());
    QCOMPARE(int(QFile::permissions(dir.filePath(QStringLiteral("groove-enroll")))
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther
                    | QFile::WriteGroup | QFile::WriteOther)),
             0);
}

void TestLogFile::writeFailureTurnsItOff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder cannot be made: a file stands where it should be.
    const QString blocker = dir.filePath(QStringLiteral("log"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    LogFile log(blocker + QStringLiteral("/inner"), 1000, 3);
    QVERIFY(log.isEnabled());
    log.write(When, u"info", u"groove.app", u"first");
    QVERIFY(!log.isEnabled());
    log.write(When, u"info", u"groove.app", u"second"); // no crash, nothing written
    QVERIFY(!log.isEnabled());
    QVERIFY(log.files().isEmpty());

    // A full disk: /dev/full takes nothing.
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        const QString folder = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"),
                            folder + QStringLiteral("/groove-enroll.log")));
        LogFile full(folder, 1000, 3);
        full.write(When, u"info", u"groove.app", u"nowhere to go");
        QVERIFY(!full.isEnabled());
    }
}

void TestLogFile::defaultFolder()
{
    QCoreApplication::setApplicationName(QStringLiteral("groove-enroll"));
    QVERIFY(LogFile::defaultFolder().endsWith(QStringLiteral("/groove-enroll/log")));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
