// ui::DiagnosticsDialog offscreen: the incident id, the files of the archive and their preview,
// "Save…" through an injected file chooser writing an archive unzip accepts, an error shown.
#include "diag/IncidentId.h"
#include "ui/diag/DiagnosticsDialog.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace groove;
using groove::ui::DiagnosticsDialog;

namespace {

diag::DiagnosticsInput input(const QStringList &logs = {})
{
    diag::DiagnosticsInput in;
    in.mode = QStringLiteral("graphical");
    in.keychainProvider = QStringLiteral("memory");
    in.report = QStringLiteral("Report of the wizard\n");
    in.logFiles = logs;
    return in;
}

} // namespace

class TestDiagnosticsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void previewListsTheFiles();
    void controlsHaveNames();
    void saveWritesAValidArchive();
    void saveErrorIsShown_data();
    void saveErrorIsShown();
    void cancelWritesNothing();

private:
    QString writeLog(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("groove-enroll.log"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    QTemporaryDir m_dir;
};

void TestDiagnosticsDialog::previewListsTheFiles()
{
    DiagnosticsDialog dialog(input({ writeLog("a log line with code=SECRETCODE\n") }));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *incident = dialog.findChild<QLineEdit *>(QStringLiteral("incidentId"));
    QVERIFY(incident && incident->isReadOnly());
    QVERIFY(diag::isValidIncidentId(incident->text()));
    QCOMPARE(incident->text(), dialog.incidentId());

    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("diagnosticsFiles"));
    QVERIFY(list);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    QCOMPARE(names,
             (QStringList{ QStringLiteral("summary.txt"), QStringLiteral("report.txt"),
                           QStringLiteral("logs/groove-enroll.log") }));
    QCOMPARE(dialog.fileNames(), names);

    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("diagnosticsPreview"));
    QVERIFY(preview && preview->isReadOnly());
    QVERIFY(preview->font().fixedPitch() || preview->font().styleHint() == QFont::Monospace
            || QFontInfo(preview->font()).fixedPitch());
    QVERIFY(preview->toPlainText().contains(dialog.incidentId()));
    list->setCurrentRow(1);
    QCOMPARE(preview->toPlainText(), QStringLiteral("Report of the wizard\n"));
    list->setCurrentRow(2);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("a log line with code=")));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("SECRETCODE")));

    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("diagnosticsIntro"));
    QVERIFY(intro && intro->text().contains(QStringLiteral("no codes, passwords or keys")));

    // For a person to look at: GE_SCREENSHOT_DIR=/tmp/shots ctest -R tst_diagnosticsdialog
    if (const QString shots = qEnvironmentVariable("GE_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("diagnostics-dialog.png"))));
}

void TestDiagnosticsDialog::controlsHaveNames()
{
    DiagnosticsDialog dialog(input());
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QListWidget *>(w) || qobject_cast<QPlainTextEdit *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveDiagnosticsArchiveButton")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeDiagnosticsButton")));
    QVERIFY(dialog.suggestedPath().endsWith(
            QStringLiteral("groove-enroll-diagnostics-%1.zip").arg(dialog.incidentId())));
}

void TestDiagnosticsDialog::saveWritesAValidArchive()
{
    DiagnosticsDialog dialog(input({ writeLog("line\n") }));
    const QString path = m_dir.filePath(QStringLiteral("out.zip"));
    QString suggested;
    dialog.setFileChooser([&](const QString &s, std::function<void(const QString &)> chosen) {
        suggested = s;
        chosen(path);
    });
    QSignalSpy saved(&dialog, &DiagnosticsDialog::saved);
    dialog.show();
    QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("saveDiagnosticsArchiveButton")),
            Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QVERIFY(suggested.endsWith(dialog.incidentId() + QStringLiteral(".zip")));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("diagnosticsResult"));
    QVERIFY(result && result->isVisible());
    QVERIFY(result->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(result->text().contains(dialog.incidentId()));

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QFAIL("unzip is missing: scripts/setup-debian.sh installs it");
    QProcess p;
    p.start(unzip, { QStringLiteral("-t"), path });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    QProcess list;
    list.start(unzip, { QStringLiteral("-Z1"), path });
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
             dialog.fileNames());
}

void TestDiagnosticsDialog::saveErrorIsShown_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing folder") << QStringLiteral("/nonexistent-folder/sub/out.zip");
    QTest::newRow("a folder") << QStringLiteral("/");
}

void TestDiagnosticsDialog::saveErrorIsShown()
{
    QFETCH(QString, path);
    DiagnosticsDialog dialog(input());
    dialog.setFileChooser(
            [&](const QString &, std::function<void(const QString &)> chosen) { chosen(path); });
    QSignalSpy failed(&dialog, &DiagnosticsDialog::saveFailed);
    QSignalSpy saved(&dialog, &DiagnosticsDialog::saved);
    dialog.show();
    dialog.chooseFile();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(saved.size(), 0);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("diagnosticsResult"));
    QVERIFY(result && result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("could not be saved")),
             qPrintable(result->text()));
}

void TestDiagnosticsDialog::cancelWritesNothing()
{
    DiagnosticsDialog dialog(input());
    dialog.setFileChooser([](const QString &, std::function<void(const QString &)>) {});
    QSignalSpy saved(&dialog, &DiagnosticsDialog::saved);
    QSignalSpy failed(&dialog, &DiagnosticsDialog::saveFailed);
    dialog.chooseFile();
    QCOMPARE(saved.size() + failed.size(), 0);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("diagnosticsResult"))->isVisible());
}

QTEST_MAIN(TestDiagnosticsDialog)
#include "tst_diagnosticsdialog.moc"
