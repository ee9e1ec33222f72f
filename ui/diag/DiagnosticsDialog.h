#pragma once

#include "Error.h"
#include "diag/DiagnosticsBundle.h"

#include <QtWidgets/QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace groove::ui {

// "Save diagnostics…" of the wizard, the status window and the tray: shows the incident id,
// the files the archive will hold and each one's text before anything is saved, then writes the
// archive where the user chooses (a non-blocking file dialog) and shows where it went or why it
// could not. Open it with open() or show(); it never runs an event loop of its own.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asks for the file to write, starting at 'suggested'; calls 'chosen' with the path, or not
    // at all when the user cancels. The default opens a QFileDialog with open().
    using FileChooser = std::function<void(const QString &suggested,
                                           std::function<void(const QString &)> chosen)>;

    explicit DiagnosticsDialog(diag::DiagnosticsInput input, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    [[nodiscard]] QString incidentId() const;
    [[nodiscard]] QStringList fileNames() const;
    // Tests replace the file dialog.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // Documents (else the home folder) + groove-enroll-diagnostics-<incident>.zip
    [[nodiscard]] QString suggestedPath() const;

public slots:
    void chooseFile();
    void saveTo(const QString &path);

signals:
    void saved(const QString &path);
    void saveFailed(const groove::Error &error);

private:
    void showFile(int row);

    std::unique_ptr<diag::DiagnosticsBundle> m_bundle;
    QList<diag::DiagnosticsBundle::File> m_files;
    FileChooser m_chooser;
    QLineEdit *m_incident;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QLabel *m_result;
    QPushButton *m_save;
};

} // namespace groove::ui
