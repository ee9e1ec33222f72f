#pragma once

#include <QtGui/QIcon>

namespace groove::ui {

// The icons with a meaning: the freedesktop theme's icon where there is one, else our own SVG
// (resources/icons/*.svg, sharp at any scale).
enum class IconId {
    App,
    StepWaiting,
    StepRunning,
    StepDone,
    StepFailed,
    Warning,
    Information,
    Locked,
    TrayNotEnrolled,
    TrayEnrolling,
    TrayEnrolled,
    TrayUnreachable,
    TrayAttention,
};

[[nodiscard]] QIcon icon(IconId id);

} // namespace groove::ui
