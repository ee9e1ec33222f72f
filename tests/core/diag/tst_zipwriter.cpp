// diag::ZipWriter: archives that the system's unzip tests and extracts byte for byte (names in
// UTF-8, empty and binary entries), CRC-32 against known values, refused entry names.
#include "diag/ZipWriter.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using groove::diag::ZipWriter;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run unzip(const QStringList &arguments)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("unzip")), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestZipWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void crc32_data();
    void crc32();
    void roundTrip_data();
    void roundTrip();
    void refusedNames_data();
    void refusedNames();
};

void TestZipWriter::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QFAIL("unzip is missing: scripts/setup-debian.sh installs it");
}

void TestZipWriter::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<uint>("crc");

    QTest::newRow("empty") << QByteArray() << 0u;
    QTest::newRow("check value") << QByteArray("123456789") << 0xCBF43926u;
    QTest::newRow("a") << QByteArray("a") << 0xE8B7BE43u;
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                         << 0x414FA339u;
}

void TestZipWriter::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(uint, crc);
    QCOMPARE(groove::diag::crc32(data), crc);
}

void TestZipWriter::roundTrip_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");

    QTest::newRow("one text") << QStringList{ QStringLiteral("summary.txt") }
                              << QList<QByteArray>{ "Incident: GE-0000-0000\n" };
    QTest::newRow("folders") << QStringList{ QStringLiteral("summary.txt"),
                                             QStringLiteral("logs/groove-enroll.log"),
                                             QStringLiteral("logs/groove-enroll.1.log") }
                             << QList<QByteArray>{ "a\n", "b\nc\n", "" };
    QTest::newRow("utf-8 names") << QStringList{ QStringLiteral("Größe/日本語.txt"),
                                                 QStringLiteral("é.log") }
                                 << QList<QByteArray>{ "x", "y" };
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char((i * 7 + i / 256) & 0xFF));
    QTest::newRow("binary, larger than 64 KiB")
            << QStringList{ QStringLiteral("data.bin") } << QList<QByteArray>{ binary };
    QTest::newRow("no entries") << QStringList{} << QList<QByteArray>{};
}

void TestZipWriter::roundTrip()
{
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);

    ZipWriter zip;
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY(zip.add(names.at(i), contents.at(i)).ok());
    QCOMPARE(zip.names(), names);
    const auto bytes = zip.finish();
    QVERIFY(bytes.ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(*bytes), bytes->size());
    f.close();

    const Run test = unzip({ QStringLiteral("-t"), path });
    if (names.isEmpty()) {
        // unzip calls an archive without entries "empty" (exit 1) but reads it.
        QVERIFY2(test.exitCode == 0 || test.out.contains("empty") || test.err.contains("empty"),
                 QByteArray(test.out + test.err).constData());
        return;
    }
    QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
    QVERIFY2(test.out.contains("No errors detected"), test.out.constData());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Run p = unzip({ QStringLiteral("-p"), path, names.at(i) });
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QCOMPARE(p.out, contents.at(i));
    }
    const Run list = unzip({ QStringLiteral("-Z1"), path });
    QCOMPARE(QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts), names);
}

void TestZipWriter::refusedNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("parent") << QStringLiteral("../x");
    QTest::newRow("parent inside") << QStringLiteral("logs/../../x");
    QTest::newRow("backslash") << QStringLiteral("logs\\x");
    QTest::newRow("folder") << QStringLiteral("logs/");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
}

void TestZipWriter::refusedNames()
{
    QFETCH(QString, name);
    ZipWriter zip;
    QVERIFY(!zip.add(name, "x").ok());
    QVERIFY(zip.names().isEmpty());
    QVERIFY(zip.add(QStringLiteral("a"), "x").ok());
    QVERIFY(!zip.add(QStringLiteral("a"), "y").ok()); // twice
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
