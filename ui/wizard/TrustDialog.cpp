#include "ui/wizard/TrustDialog.h"

#include <QtCore/QLocale>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    // Certificate texts come from the server: never rich text.
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dateOf(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

TrustDialog::TrustDialog(QWidget *parent) : QDialog(parent), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Unknown security certificate"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("This computer does not know the security certificate of the management server. "
               "Compare the values below with those your IT department gives you. Trust the "
               "server only if they match exactly."),
            this);
    intro->setObjectName(QStringLiteral("trustIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_form);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this server"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setAccessibleName(tr("Trust this server"));
    m_trust->setAccessibleDescription(
            tr("Remembers the key of this server on this computer and continues the "
               "enrollment."));
    m_trust->setAutoDefault(false);
    m_distrust = buttons->addButton(tr("Do &not trust"), QDialogButtonBox::RejectRole);
    m_distrust->setObjectName(QStringLiteral("distrustButton"));
    m_distrust->setAccessibleName(tr("Do not trust"));
    m_distrust->setAccessibleDescription(
            tr("Stops the enrollment. Nothing is sent to the server."));
    m_distrust->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TrustDialog::addRow(const QString &label, const QString &text, const QString &objectName,
                         bool monospace)
{
    QLabel *value = plainLabel(text, this);
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    if (monospace)
        value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    m_form->addRow(name, value);
}

void TrustDialog::ask(const engine::UntrustedCertificate &certificate)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);

    addRow(tr("Server:"), tr("%1, port %2").arg(certificate.host).arg(certificate.port),
           QStringLiteral("trustServer"));
    if (!certificate.chain.isEmpty()) {
        const engine::CertificateSummary &own = certificate.chain.constFirst();
        auto name = [](const QString &cn, const QString &o) {
            //: %1 is a certificate's common name, %2 its organisation
            return o.isEmpty() ? cn : tr("%1 (%2)").arg(cn, o);
        };
        addRow(tr("Issued to:"), name(own.subjectCommonName, own.subjectOrganization),
               QStringLiteral("trustSubject"));
        addRow(tr("Issued by:"), name(own.issuerCommonName, own.issuerOrganization),
               QStringLiteral("trustIssuer"));
        //: %1 and %2 are dates
        const QString validity =
                tr("from %1 to %2").arg(dateOf(own.notBefore), dateOf(own.notAfter));
        addRow(tr("Valid:"), validity, QStringLiteral("trustValidity"));
    }
    addRow(tr("Key fingerprint (SHA-256):"), certificate.spkiSha256, QStringLiteral("trustKey"),
           true);
    if (!certificate.problems.isEmpty())
        addRow(tr("Problems:"), certificate.problems.join(u'\n'), QStringLiteral("trustProblems"));
    if (certificate.keyChanged) {
        addRow(tr("Warning:"),
               tr("The key of this server changed since it was trusted on this computer. Trust "
                  "the new key only if your IT department confirms the change."),
               QStringLiteral("trustKeyChanged"));
    }
    m_distrust->setDefault(true);
    m_distrust->setFocus();
    m_open = true;
    open();
}

void TrustDialog::withdraw()
{
    m_open = false;
    QDialog::done(Rejected);
}

void TrustDialog::done(int result)
{
    const bool answer = m_open;
    m_open = false;
    QDialog::done(result);
    if (answer)
        emit answered(result == Accepted);
}

} // namespace groove::ui
