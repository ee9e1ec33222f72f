#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QLocalServer;
class QLocalSocket;

namespace groove::ui {

// One graphical instance per user (CLI-CONTRACT "graphical"): the first instance listens on a
// local socket whose name is per user; a later start hands its arguments over and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // 'name' empty: a name derived from the application name and the user (tests pass their own).
    explicit SingleInstance(const QString &name = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Tries to hand 'arguments' to a running instance; true when it took them (the caller exits).
    // Otherwise starts listening (true from isPrimary()). Blocks for at most 'timeoutMs'.
    [[nodiscard]] bool handOver(const QStringList &arguments, int timeoutMs = 2000);
    [[nodiscard]] bool isPrimary() const;
    [[nodiscard]] QString serverName() const { return m_name; }

signals:
    // Another start handed its arguments over (the program name first).
    void argumentsReceived(const QStringList &arguments);

private:
    void serve(QLocalSocket *client);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace groove::ui
