#pragma once

#include <QtCore/QLoggingCategory>

namespace groove::app {

// groove.app: the application's bootstrap and runners (core has its layers' categories in
// core/Logging.h, the user interface groove.ui in ui/UiLogging.h).
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace groove::app
