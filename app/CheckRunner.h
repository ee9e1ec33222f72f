#pragma once

#include "app/CommandLine.h"

#include <QtCore/QObject>

namespace groove::app {

// --check --server URL: the dry run (DNS, TCP, TLS, endpoint) without using up a code.
class CheckRunner final : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(Invocation invocation, QObject *parent = nullptr);
    void start();
    void cancel();

signals:
    void done(int exitCode);
    void cancelRequested();

private:
    Invocation m_inv;
};

} // namespace groove::app
