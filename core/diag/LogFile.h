#pragma once

#include "diag/Redactor.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QtGlobal>

namespace groove::diag {

// The application's log file: one line a message ("2026-12-06T04:30:04.123Z info groove.net
// text"), escaped (UntrustedText.h) and redacted (Redactor.h), capped in size and rotated
// (name.log, name.log.1, ... up to 'keep' files). Any thread may write; a line is written whole
// under a lock, so lines from the thread pool never interleave. Writing never throws; the first
// failure (disk full, folder gone, no permission) disables the file, with one warning on
// standard error, and the application goes on without it.
class LogFile final
{
public:
    static constexpr qint64 DefaultCapBytes = 1024 * 1024;
    static constexpr int DefaultKeep = 3;

    // <AppLocalDataLocation>/log (Linux: ~/.local/share/groove-enroll/log).
    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] static QString fileName() { return QStringLiteral("groove-enroll.log"); }

    explicit LogFile(const QString &folder, qint64 capBytes = DefaultCapBytes,
                     int keep = DefaultKeep, Redactor redactor = Redactor());
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    // Whether lines are still written (false after a failure).
    [[nodiscard]] bool isEnabled() const;
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString path() const;
    // The log files that exist, newest first (name.log, name.log.1, ...).
    [[nodiscard]] QStringList files() const;

    // 'level': "debug", "info", "warning", "critical", "fatal".
    void write(const QDateTime &when, QStringView level, QStringView category, QStringView text);
    // The one line write() adds for these values (without the line feed).
    [[nodiscard]] QString formatLine(const QDateTime &when, QStringView level, QStringView category,
                                     QStringView text) const;

    [[nodiscard]] static QStringView levelName(QtMsgType type);

private:
    bool openLocked();
    bool rotateLocked();
    void failLocked(const QString &why);

    QString m_folder;
    qint64 m_cap;
    int m_keep;
    Redactor m_redactor;
    mutable QMutex m_mutex;
    QFile m_file;
    bool m_enabled = true;
};

// Files of 'folder' in rotation order, for the diagnostics archive: name.log, name.log.1, ...
[[nodiscard]] QStringList logFilesIn(const QString &folder, int keep = LogFile::DefaultKeep);

} // namespace groove::diag
