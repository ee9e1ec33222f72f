#include "app/GuiSupport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtGui/QPalette>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QWidget>

#include <cstdio>
#include <ctime>

namespace groove::app {

namespace {

// The peak resident set size so far (VmHWM of /proc/self/status), in kB; 0 when unknown.
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

class FirstPaintFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has been handled, so that the time includes it.
            QMetaObject::invokeMethod(
                    this,
                    [] {
                        printFirstPaintLine();
                        QCoreApplication::exit(0);
                    },
                    Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

bool firstPaintBenchmark()
{
    return qEnvironmentVariable("GROOVE_ENROLL_BENCH_FIRST_PAINT") == u"1";
}

void printFirstPaintLine()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const double ms = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    std::printf("first-paint %.3f %ld\n", ms, peakRssKb());
    std::fflush(stdout);
}

void watchFirstPaint(QWidget *window)
{
    if (!window || !firstPaintBenchmark())
        return;
    window->installEventFilter(new FirstPaintFilter(window));
}

void traceForScripts(const QByteArray &line)
{
    static const bool enabled = qEnvironmentVariable("GROOVE_ENROLL_TRACE") == u"1";
    if (!enabled)
        return;
    std::fputs(line.constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void applyPreviewPalette(QApplication &app)
{
    if (qEnvironmentVariable("GROOVE_ENROLL_PALETTE") != u"dark")
        return;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    const QColor window(45, 45, 48);
    // Lighter than the window: Fusion draws the outline of radio buttons and fields from the
    // window colour, so a darker base would hide an unchecked radio button.
    const QColor base(62, 62, 66);
    const QColor text(230, 230, 230);
    const QColor disabledText(130, 130, 130);
    const QColor highlight(66, 133, 214);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::LinkVisited, highlight.lighter(110));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    app.setPalette(p);
}

} // namespace groove::app
