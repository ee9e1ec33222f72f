#include "app/ProcessHardening.h"

#include <QtCore/QtGlobal>

#ifdef Q_OS_UNIX
#  include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#  include <sys/prctl.h>
#endif

namespace groove::app {

bool disableCoreDumps()
{
    bool ok = true;
#ifdef Q_OS_UNIX
    // Soft and hard limit: a child or a later setrlimit() cannot raise it again.
    const rlimit none{ 0, 0 };
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#ifdef Q_OS_LINUX
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace groove::app
