#pragma once

#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>

namespace groove::devserver {

// The devserver's TLS identity: a local CA and a server certificate it signed, kept in a state
// folder as ca.pem, server.pem and server.key (0600). Clients trust ca.pem (or pin the server
// key). The CA's private key is never stored: nobody can later mint certificates with a CA that
// someone may have added to a trust store, and anything that needs renewing (a server
// certificate that expires, new host names, damaged files) renews all three files together.
class TlsIdentity final
{
public:
    static constexpr const char *caCommonName = "Groove Enroll devserver local CA";

    // Reuses the files in 'dir' when they are readable, consistent, valid for at least another
    // day and cover every name in 'hostNames'; otherwise generates new ones. 'hostNames' (DNS
    // names or IP addresses) come on top of localhost, 127.0.0.1 and ::1.
    [[nodiscard]] static Result<TlsIdentity> loadOrCreate(const QString &dir,
                                                          const QStringList &hostNames = {});

    // Local certificate and key, TLS 1.2 or newer, no client certificates.
    [[nodiscard]] QSslConfiguration serverConfiguration() const;
    [[nodiscard]] QString caPath() const { return m_caPath; }
    [[nodiscard]] QByteArray caPem() const { return m_caPem; }
    [[nodiscard]] QSslCertificate caCertificate() const { return m_ca; }
    [[nodiscard]] QSslCertificate serverCertificate() const { return m_server; }
    // SHA-256 of the server certificate's DER SubjectPublicKeyInfo (WIRE-PROFILE 7.3 pins).
    [[nodiscard]] QByteArray serverSpkiSha256() const { return m_spkiSha256; }
    // The DNS names and addresses the server certificate is valid for.
    [[nodiscard]] QStringList hostNames() const { return m_hostNames; }
    // Whether this load generated the files (false: reused what was there).
    [[nodiscard]] bool generated() const { return m_generated; }

private:
    TlsIdentity() = default;

    QString m_caPath;
    QByteArray m_caPem;
    QSslCertificate m_ca;
    QSslCertificate m_server;
    QSslKey m_key;
    QByteArray m_spkiSha256;
    QStringList m_hostNames;
    bool m_generated = false;
};

} // namespace groove::devserver
