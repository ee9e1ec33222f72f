#include "app/AppLogging.h"

namespace groove::app {

Q_LOGGING_CATEGORY(lcApp, "groove.app", QtInfoMsg)

} // namespace groove::app
