#pragma once

#include "protocol/ClientCodec.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace groove::engine {

// Generates account keys (two RSA-2048 pairs, in parallel, and K_acct) on the global thread
// pool, so that the event loop stays responsive and key generation overlaps the first round trip.
// Emits finished() once, on the thread that created it. Deleting it drops the result.
class KeyGenerator final : public QObject
{
    Q_OBJECT

public:
    // Makes one RSA-2048 key pair; called on pool threads, so it must be thread-safe.
    using Source = std::function<Result<crypto::RsaPrivateKey>()>;

    // 'guid' empty: a new account GUID is drawn. 'source' empty: crypto::RsaPrivateKey::generate.
    explicit KeyGenerator(const QString &guid, QObject *parent = nullptr);
    KeyGenerator(const QString &guid, Source source, QObject *parent = nullptr);
    ~KeyGenerator() override;

    // How many generators this process has started: lets tests see that a run used keys made
    // ahead of time instead of making its own.
    [[nodiscard]] static int startedCount();

    [[nodiscard]] bool isFinished() const { return m_done; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    // Valid after finished(); moves the keys out.
    [[nodiscard]] Result<protocol::client::AccountKeys> take();

signals:
    void finished();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QString m_guid;
    bool m_done = false;
    qint64 m_elapsedMs = 0;
};

} // namespace groove::engine
