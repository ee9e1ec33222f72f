#include "ui/UiLogging.h"

namespace groove::ui {

Q_LOGGING_CATEGORY(lcUi, "groove.ui", QtInfoMsg)

} // namespace groove::ui
