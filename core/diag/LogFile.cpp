#include "diag/LogFile.h"

#include "UntrustedText.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QMutexLocker>
#include <QtCore/QStandardPaths>

#include <cstdio>

namespace groove::diag {

namespace {

QString rotatedName(const QString &base, int index)
{
    return index == 0 ? base : base + u'.' + QString::number(index);
}

} // namespace

QString LogFile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/log");
}

QStringList logFilesIn(const QString &folder, int keep)
{
    QStringList files;
    const QDir dir(folder);
    for (int i = 0; i < keep; ++i) {
        const QString path = dir.filePath(rotatedName(LogFile::fileName(), i));
        if (QFileInfo(path).isFile())
            files.append(path);
    }
    return files;
}

LogFile::LogFile(const QString &folder, qint64 capBytes, int keep, Redactor redactor)
    : m_folder(folder),
      m_cap(qMax<qint64>(capBytes, 256)),
      m_keep(qMax(keep, 1)),
      m_redactor(std::move(redactor))
{
}

LogFile::~LogFile()
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool LogFile::isEnabled() const
{
    QMutexLocker lock(&m_mutex);
    return m_enabled;
}

QString LogFile::path() const
{
    return QDir(m_folder).filePath(fileName());
}

QStringList LogFile::files() const
{
    QMutexLocker lock(&m_mutex);
    return logFilesIn(m_folder, m_keep);
}

QStringView LogFile::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug";
    case QtInfoMsg:
        return u"info";
    case QtWarningMsg:
        return u"warning";
    case QtCriticalMsg:
        return u"critical";
    case QtFatalMsg:
        return u"fatal";
    }
    return u"debug";
}

QString LogFile::formatLine(const QDateTime &when, QStringView level, QStringView category,
                            QStringView text) const
{
    // Escaped first, so that a line feed from a server cannot forge a line; redacted after, so
    // that the redactor sees the text as it will be stored.
    const QString line = when.toUTC().toString(Qt::ISODateWithMs) + u' ' + level + u' '
            + escapeUntrusted(category) + u' ' + escapeUntrusted(text);
    return m_redactor.redact(line);
}

void LogFile::write(const QDateTime &when, QStringView level, QStringView category,
                    QStringView text)
{
    const QByteArray line = (formatLine(when, level, category, text) + u'\n').toUtf8();
    QMutexLocker lock(&m_mutex);
    if (!m_enabled)
        return;
    if (!m_file.isOpen() && !openLocked())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_cap && !rotateLocked())
        return;
    if (m_file.write(line) != line.size() || !m_file.flush())
        failLocked(m_file.errorString());
}

bool LogFile::openLocked()
{
    // The application's data folder holds the account file too: a folder made here is as
    // private as the account store makes it (0700), whoever comes first.
    const QString parent = QFileInfo(m_folder).absolutePath();
    const bool parentIsNew = !QFileInfo::exists(parent);
    if (!QDir().mkpath(m_folder)) {
        failLocked(QStringLiteral("cannot create the folder"));
        return false;
    }
    constexpr auto Private = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (parentIsNew)
        QFile::setPermissions(parent, Private);
    QFile::setPermissions(m_folder, Private);
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        failLocked(m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool LogFile::rotateLocked()
{
    m_file.close();
    const QDir dir(m_folder);
    const QString base = fileName();
    QFile::remove(dir.filePath(rotatedName(base, m_keep - 1)));
    for (int i = m_keep - 2; i >= 0; --i) {
        const QString from = dir.filePath(rotatedName(base, i));
        if (QFileInfo::exists(from)
            && !QFile::rename(from, dir.filePath(rotatedName(base, i + 1)))) {
            failLocked(QStringLiteral("cannot rotate %1").arg(from));
            return false;
        }
    }
    return openLocked();
}

void LogFile::failLocked(const QString &why)
{
    m_enabled = false;
    m_file.close();
    // Not through qWarning(): this runs inside the message handler.
    const QByteArray text =
            QStringLiteral("groove-enroll: the log file %1 is off from now on: %2\n")
                    .arg(m_redactor.redact(path()), escapeUntrusted(why))
                    .toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace groove::diag
