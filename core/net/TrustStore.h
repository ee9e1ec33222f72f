#pragma once

#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace groove::engine {

// Server keys the user chose to trust (the TLS trust prompt): one SHA-256 pin of the
// SubjectPublicKeyInfo per host:port (WIRE-PROFILE 7.3), in a QSettings INI file of the user's
// (mode 0600, written atomically), group [TrustedServers], key "host:port", value the hex pin.
// Every front end reads the same file, so a server trusted in the wizard also works for
// `groove-enroll --headless`. A saved pin adds a trust anchor for its server: it stands in for a
// chain that does not validate, never for a host-name mismatch or an expired certificate.
// Not thread-safe; lives on the thread of the transport that reads it.
class TrustStore final
{
public:
    struct Entry
    {
        QString host;
        quint16 port = 0;
        QByteArray spkiSha256; // 32 bytes
    };

    // 'filePath' empty: defaultPath().
    explicit TrustStore(QString filePath = {});

    // <config location>/groove-enroll/trusted-servers.conf (~/.config/... on Linux).
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString filePath() const { return m_path; }

    // The 32-byte pin saved for host:port, or empty. Reads the file each time: another process
    // (the wizard) may have trusted the server since. A malformed value counts as no pin.
    [[nodiscard]] QByteArray pinFor(const QString &host, quint16 port) const;
    // Saves (replaces) the pin of host:port. The pin holds for this process even when the file
    // cannot be written (the error says so; the caller decides whether that matters).
    [[nodiscard]] Status trust(const QString &host, quint16 port, const QByteArray &spkiSha256);
    [[nodiscard]] Status forget(const QString &host, quint16 port);
    [[nodiscard]] QList<Entry> entries() const;

private:
    [[nodiscard]] Status write(const QString &key, const QByteArray &pin);

    QString m_path;
    QHash<QString, QByteArray> m_session; // pins trusted by this process (empty: forgotten)
};

} // namespace groove::engine
