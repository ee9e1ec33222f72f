#pragma once

#include "engine/KeyGenerator.h"
#include "protocol/ClientCodec.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>
#include <optional>

namespace groove::engine {

// Keys made ahead of time: the RSA pairs of one user account and, when asked, of the device
// account, generated on the thread pool (KeyGenerator) while the person still types the code.
// An EnrollmentEngine given the pool (setKeyPool) takes them when it needs them, or waits for
// them. The pool refills only when prepare() is called again. Keys still in the pool die with it
// (SecretBytes and the OpenSSL keys clear themselves); keys taken belong to the taker alone.
class KeyPool final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { User, Device };
    Q_ENUM(Kind)

    explicit KeyPool(QObject *parent = nullptr);
    ~KeyPool() override;

    // For tests and benchmarks: where the RSA pairs come from (default: new keys).
    void setKeySource(KeyGenerator::Source source) { m_source = std::move(source); }

    // Starts generating what is neither held nor being made: the user account's keys and, with
    // 'withDeviceAccount', the device account's.
    void prepare(bool withDeviceAccount);
    void prepare(Kind kind);

    // Generation done (keys or its error) and not taken yet.
    [[nodiscard]] bool isReady(Kind kind) const { return slot(kind).keys.has_value(); }
    [[nodiscard]] bool isPreparing(Kind kind) const { return !slot(kind).generator.isNull(); }
    // The GUID the held keys were made for (empty when none are ready); not a secret.
    [[nodiscard]] QString accountGuid(Kind kind) const;
    // Moves the keys out; an error when none are ready or their generation failed. The slot is
    // empty afterwards, and stays so until the next prepare().
    [[nodiscard]] Result<std::shared_ptr<protocol::client::AccountKeys>> take(Kind kind);
    // Sees the held keys without keeping them alive: expires once nobody owns them any more.
    [[nodiscard]] std::weak_ptr<const protocol::client::AccountKeys> observe(Kind kind) const;

    [[nodiscard]] int generationsStarted() const { return m_started; }
    [[nodiscard]] int taken() const { return m_taken; }

signals:
    void generationStarted(groove::engine::KeyPool::Kind kind);
    // Generation of 'kind' is over: take() now has the keys or the error.
    void ready(groove::engine::KeyPool::Kind kind);

private:
    struct Slot
    {
        QPointer<KeyGenerator> generator;
        std::optional<Result<std::shared_ptr<protocol::client::AccountKeys>>> keys;
    };
    [[nodiscard]] Slot &slot(Kind kind) { return m_slots[kind == Kind::User ? 0 : 1]; }
    [[nodiscard]] const Slot &slot(Kind kind) const { return m_slots[kind == Kind::User ? 0 : 1]; }
    void onGenerated(Kind kind);

    Slot m_slots[2];
    KeyGenerator::Source m_source;
    int m_started = 0;
    int m_taken = 0;
};

} // namespace groove::engine
