#include "Logging.h"

namespace groove {

// Info by default: the log file keeps what happened; debug is there with --verbose or
// QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcCrypto, "groove.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCodec, "groove.codec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "groove.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "groove.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "groove.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiag, "groove.diag", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "groove.policy", QtInfoMsg)

} // namespace groove
