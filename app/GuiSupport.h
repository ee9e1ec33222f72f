#pragma once

#include <QtCore/QObject>

class QApplication;
class QWidget;

// Small aids of the graphical bootstrap that are not part of the client's behaviour: the
// measuring hook of scripts/bench-gui.sh and the palette preview of scripts/screenshots.sh.
namespace groove::app {

// With GROOVE_ENROLL_BENCH_FIRST_PAINT=1: watches 'window' for its first paint, then prints
// "first-paint <CLOCK_MONOTONIC ms> <VmHWM kB>" on standard output and quits the application.
// The driver reads CLOCK_MONOTONIC before it starts the process (both share the clock), so the
// difference is the time from process start to the first painted page. Does nothing otherwise.
void watchFirstPaint(QWidget *window);
[[nodiscard]] bool firstPaintBenchmark();

// The line the hook prints (also used by tests/bench/minimal_wizard.cpp).
void printFirstPaintLine();

// With GROOVE_ENROLL_TRACE=1: prints 'line' on standard output (flushed), so that
// scripts/screenshots.sh knows which wizard page is showing without guessing with sleeps.
// Never anything secret: page numbers and "demo-ready". Does nothing otherwise.
void traceForScripts(const QByteArray &line);

// With GROOVE_ENROLL_PALETTE=dark: the Fusion style with a dark palette built from the palette's
// roles. Qt 6.4 on Linux follows no system dark mode; this is a preview and testing aid, so that
// the wizard can be looked at (and photographed) in dark colours. Does nothing otherwise.
void applyPreviewPalette(QApplication &app);

} // namespace groove::app
