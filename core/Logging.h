#pragma once

#include <QtCore/QLoggingCategory>

// One logging category per layer of core, so that QT_LOGGING_RULES, --verbose and the log file
// speak of layers ("groove.net.debug=true") rather than of files. The user interface and the
// application define groove.ui and groove.app in their own layer (core does not know them).
namespace groove {

Q_DECLARE_LOGGING_CATEGORY(lcCrypto) // groove.crypto: keys, codes (never their values)
Q_DECLARE_LOGGING_CATEGORY(lcCodec) // groove.codec: XML, SOAP envelopes, messages
Q_DECLARE_LOGGING_CATEGORY(lcNet) // groove.net: transport, TLS, trust, connectivity check
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // groove.engine: enrollment flows, key pool, heartbeat
Q_DECLARE_LOGGING_CATEGORY(lcStore) // groove.store: account file, key stores
Q_DECLARE_LOGGING_CATEGORY(lcDiag) // groove.diag: log file, diagnostics archive
Q_DECLARE_LOGGING_CATEGORY(lcPolicy) // groove.policy: the organisation's policy

} // namespace groove
