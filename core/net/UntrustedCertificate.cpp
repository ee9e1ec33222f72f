#include "net/UntrustedCertificate.h"

#include "UntrustedText.h"
#include "net/CertificatePin.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>

namespace groove::engine {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::engine::UntrustedCertificate)
};

constexpr qsizetype MaxNameLength = 128; // a certificate name is the server's to choose

QString field(const QSslCertificate &certificate, bool issuer, QSslCertificate::SubjectInfo what)
{
    const QStringList values =
            issuer ? certificate.issuerInfo(what) : certificate.subjectInfo(what);
    return escapeUntrusted(values.join(QStringLiteral(", ")).left(MaxNameLength));
}

QString name(const QString &commonName, const QString &organization)
{
    if (organization.isEmpty())
        return commonName.isEmpty() ? Text::tr("(no name)") : commonName;
    if (commonName.isEmpty())
        return organization;
    return QStringLiteral("%1 (%2)").arg(commonName, organization);
}

} // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate &certificate)
{
    CertificateSummary s;
    s.subjectCommonName = field(certificate, false, QSslCertificate::CommonName);
    s.subjectOrganization = field(certificate, false, QSslCertificate::Organization);
    s.issuerCommonName = field(certificate, true, QSslCertificate::CommonName);
    s.issuerOrganization = field(certificate, true, QSslCertificate::Organization);
    s.notBefore = certificate.effectiveDate().toUTC();
    s.notAfter = certificate.expiryDate().toUTC();
    return s;
}

QString CertificateSummary::toString() const
{
    return Text::tr("%1, issued by %2, valid %3 to %4")
            .arg(name(subjectCommonName, subjectOrganization),
                 name(issuerCommonName, issuerOrganization), notBefore.toString(Qt::ISODate),
                 notAfter.toString(Qt::ISODate));
}

UntrustedCertificate UntrustedCertificate::from(const QString &host, quint16 port,
                                                const QList<QSslCertificate> &chain,
                                                const QList<QSslError> &errors)
{
    UntrustedCertificate c;
    c.host = host;
    c.port = port;
    if (!chain.isEmpty())
        c.spkiSha256 = QString::fromLatin1(pin::spkiSha256(chain.constFirst()).toHex());
    for (const QSslCertificate &certificate : chain)
        c.chain.append(CertificateSummary::of(certificate));
    for (const QSslError &e : errors) {
        const QString text = escapeUntrusted(e.errorString());
        if (!c.problems.contains(text))
            c.problems.append(text);
    }
    c.trustable =
            !c.spkiSha256.isEmpty() && !errors.isEmpty() && pin::onlyReplaceableErrors(errors);
    return c;
}

QString UntrustedCertificate::summary() const
{
    QStringList lines;
    lines.append(Text::tr("Server: %1:%2").arg(host).arg(port));
    lines.append(Text::tr("Key (SHA-256): %1").arg(spkiSha256));
    for (qsizetype i = 0; i < chain.size(); ++i)
        lines.append(QStringLiteral("  [%1] %2").arg(i).arg(chain.at(i).toString()));
    for (const QString &p : problems)
        lines.append(Text::tr("Problem: %1").arg(p));
    return lines.join(u'\n');
}

} // namespace groove::engine
