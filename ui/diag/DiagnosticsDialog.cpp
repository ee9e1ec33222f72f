#include "ui/diag/DiagnosticsDialog.h"

#include "ui/UiLogging.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DiagnosticsDialog::DiagnosticsDialog(diag::DiagnosticsInput input, QWidget *parent)
    : QDialog(parent),
      m_bundle(std::make_unique<diag::DiagnosticsBundle>(std::move(input))),
      m_files(m_bundle->files()),
      m_incident(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_preview(new QPlainTextEdit(this)),
      m_result(wrappedLabel(QStringLiteral("diagnosticsResult"), this)),
      m_save(new QPushButton(tr("&Save…"), this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Save diagnostics"));
    setAccessibleName(tr("Save diagnostics"));

    QLabel *intro = wrappedLabel(QStringLiteral("diagnosticsIntro"), this);
    intro->setText(tr("These files help your IT department find out what went wrong. They "
                      "contain no codes, passwords or keys. Tell them the incident id."));
    intro->setAccessibleName(tr("About the diagnostics"));

    m_incident->setObjectName(QStringLiteral("incidentId"));
    m_incident->setReadOnly(true);
    m_incident->setText(m_bundle->incidentId());
    m_incident->setAccessibleName(tr("Incident id"));
    m_incident->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *incidentLabel = new QLabel(tr("&Incident id:"), this);
    incidentLabel->setBuddy(m_incident);

    m_list->setObjectName(QStringLiteral("diagnosticsFiles"));
    m_list->setAccessibleName(tr("Files in the archive"));
    for (const diag::DiagnosticsBundle::File &file : m_files)
        m_list->addItem(file.name);
    auto *listLabel = new QLabel(tr("&Files in the archive:"), this);
    listLabel->setBuddy(m_list);

    auto *previewLabel = new QLabel(tr("C&ontents of the selected file:"), this);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("diagnosticsPreview"));
    m_preview->setAccessibleName(tr("Contents of the selected file"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_result->setAccessibleName(tr("Result of saving"));
    m_result->hide();

    m_save->setObjectName(QStringLiteral("saveDiagnosticsArchiveButton"));
    m_save->setAccessibleName(tr("Save the diagnostics"));
    m_save->setAccessibleDescription(tr("Chooses where to save the diagnostics archive."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeDiagnosticsButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &DiagnosticsDialog::chooseFile);
    connect(m_list, &QListWidget::currentRowChanged, this, &DiagnosticsDialog::showFile);

    // Wide enough for the id, so that it reads as a value and not as an input line.
    m_incident->setMinimumWidth(
            m_incident->fontMetrics().horizontalAdvance(QStringLiteral("GE-WWWW-WWWW"))
            + m_incident->fontMetrics().averageCharWidth() * 4);
    auto *incidentRow = new QHBoxLayout;
    incidentRow->addWidget(incidentLabel);
    incidentRow->addWidget(m_incident);
    incidentRow->addStretch(1);
    auto *filesBox = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(listLabel);
    filesLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(filesBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(incidentRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    m_list->setCurrentRow(0);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    m_save->setDefault(true);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

QString DiagnosticsDialog::incidentId() const
{
    return m_bundle->incidentId();
}

QStringList DiagnosticsDialog::fileNames() const
{
    QStringList names;
    for (const diag::DiagnosticsBundle::File &file : m_files)
        names.append(file.name);
    return names;
}

QString DiagnosticsDialog::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QDir(folder).filePath(m_bundle->defaultFileName());
}

void DiagnosticsDialog::showFile(int row)
{
    m_preview->setPlainText(row >= 0 && row < m_files.size() ? m_files.at(row).text : QString());
}

void DiagnosticsDialog::chooseFile()
{
    auto chosen = [this](const QString &path) {
        if (!path.isEmpty())
            saveTo(path);
    };
    if (m_chooser) {
        m_chooser(suggestedPath(), chosen);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save diagnostics"));
    dialog->setObjectName(QStringLiteral("diagnosticsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("ZIP archives (*.zip)"));
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->selectFile(suggestedPath());
    connect(dialog, &QFileDialog::fileSelected, this, chosen);
    dialog->open();
}

void DiagnosticsDialog::saveTo(const QString &path)
{
    const Status saved = m_bundle->save(path);
    m_result->show();
    if (saved) {
        m_result->setText(tr("The diagnostics were saved to %1. Send this file to your IT "
                             "department and tell them the incident id %2.")
                                  .arg(QDir::toNativeSeparators(path), m_bundle->incidentId()));
        emit this->saved(path);
        return;
    }
    const Error &e = saved.error();
    m_result->setText(tr("The diagnostics could not be saved. %1 %2").arg(e.message, e.hint));
    qCWarning(lcUi).noquote() << "saving diagnostics failed:" << e.toLogString();
    emit saveFailed(e);
}

} // namespace groove::ui
