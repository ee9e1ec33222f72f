#pragma once

#include <QtCore/QObject>

namespace groove::app {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe), so that the running
// enrollment can be cancelled cleanly instead of dying half way.
class UnixSignals final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    // True once SIGINT or SIGTERM arrived. Blocking reads (standard input, before the event loop
    // runs) are interrupted by the signal (no SA_RESTART) and check this.
    [[nodiscard]] static bool wasInterrupted();

signals:
    void interrupted();
};

} // namespace groove::app
