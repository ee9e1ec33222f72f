#pragma once

#include <QtCore/QLoggingCategory>

namespace groove::ui {

// groove.ui: windows, wizard and tray (see core/Logging.h for the other layers).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace groove::ui
