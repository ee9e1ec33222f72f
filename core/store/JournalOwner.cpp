#include "store/JournalOwner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QSysInfo>

#ifdef Q_OS_UNIX
#  include <cerrno>
#  include <csignal>
#  include <sys/types.h>
#endif

namespace groove::store {

namespace {

struct ProcessState
{
    bool known = false; // false: no /proc entry (the process is gone, or there is no /proc)
    char state = '?';
    QString startTime;
};

// /proc/PID/stat: "pid (comm) state ppid ... starttime(22) ...". The command name may hold
// spaces and parentheses, so the fields are counted after the last ')'.
ProcessState processState(qint64 pid)
{
    ProcessState s;
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return s;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return s;
    const QList<QByteArray> fields = line.mid(close + 1).simplified().split(' ');
    constexpr int StateField = 0; // field 3 of the file
    constexpr int StartTimeField = 19; // field 22 of the file
    if (fields.size() <= StartTimeField)
        return s;
    s.known = true;
    s.state = fields.at(StateField).isEmpty() ? '?' : fields.at(StateField).at(0);
    s.startTime = QString::fromLatin1(fields.at(StartTimeField));
#else
    Q_UNUSED(pid);
#endif
    return s;
}

bool procAvailable()
{
#ifdef Q_OS_LINUX
    return QFile::exists(QStringLiteral("/proc/self/stat"));
#else
    return false;
#endif
}

} // namespace

JournalOwner JournalOwner::currentProcess()
{
    JournalOwner o;
    o.pid = QCoreApplication::applicationPid();
    o.bootId = QString::fromLatin1(QSysInfo::bootUniqueId());
    o.startTime = processState(o.pid).startTime;
    return o;
}

bool JournalOwner::isCurrentProcess() const
{
    return !isNull() && *this == currentProcess();
}

bool JournalOwner::isAlive() const
{
    if (isNull())
        return false;
    const QString boot = QString::fromLatin1(QSysInfo::bootUniqueId());
    if (!bootId.isEmpty() && !boot.isEmpty() && boot != bootId)
        return false; // the machine restarted since: every process of then has ended
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
#endif
    if (procAvailable()) {
        const ProcessState now = processState(pid);
        if (!now.known)
            return false;
        if (now.state == 'Z' || now.state == 'X')
            return false; // ended, not yet reaped by its parent
        if (!startTime.isEmpty() && now.startTime != startTime)
            return false; // another process got the id
    }
    return true;
}

} // namespace groove::store
