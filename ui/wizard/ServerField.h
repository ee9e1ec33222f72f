#pragma once

#include "Result.h"

#include <QtCore/QUrl>
#include <QtWidgets/QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace groove::ui {

class FieldMessage;

// The "Management server" field of the three input pages (UX.md "Lessons"): it accepts what
// people paste (bare host, host:port, a full URL, spaces, a trailing slash, no gms.dll, no
// scheme), shows the address that will be used in small text under the field, and says what is
// wrong only after input (never on an empty field). Children with fixed objectNames:
// "serverEdit", "serverPreview", "serverMessage", "serverLocked".
class ServerField final : public QWidget
{
    Q_OBJECT

public:
    enum class Policy {
        // The code travels to this server: plain http is allowed and warned about.
        PlainHttpWarned,
        // A password travels: an address without a scheme means https, and http is refused.
        HttpsOnly,
    };

    explicit ServerField(Policy policy, QWidget *parent = nullptr);

    // Pure, for tests: the lenient clean-up before engine::normalizeServerUrl (trim, drop
    // surrounding <> or quotes of e-mail programs, trailing '/', complete a missing /gms.dll
    // and, per policy, a missing scheme).
    [[nodiscard]] static QString preClean(const QString &input, Policy policy);
    // preClean() + engine::normalizeServerUrl() + the policy's scheme rule.
    [[nodiscard]] static Result<QUrl> normalize(const QString &input, Policy policy);

    // Sets the text as if pasted: a problem is shown at once.
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    // Read-only with the lock icon and the reason under the field.
    void setLocked(bool locked, const QString &reason = {});
    [[nodiscard]] bool isLocked() const { return m_locked; }

    [[nodiscard]] bool isValid() const { return m_url.has_value(); }
    [[nodiscard]] QUrl url() const { return m_url.value_or(QUrl()); }
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QLabel *preview() const { return m_preview; }
    [[nodiscard]] FieldMessage *message() const { return m_message; }
    // Replaces the problem or warning under the field (managed page: the settings' endpoint).
    void showProblem(const QString &text);

signals:
    void changed();

private:
    void revalidate();
    void refreshMessages();

    Policy m_policy;
    QLineEdit *m_edit;
    QLabel *m_preview;
    FieldMessage *m_message;
    FieldMessage *m_lock;
    std::optional<QUrl> m_url;
    QString m_problem;
    // Problems are shown only after input: after editing finished, a paste, or a programmatic
    // value; while someone types character by character they stay quiet.
    bool m_touched = false;
    bool m_locked = false;
    qsizetype m_lastLength = 0;
};

} // namespace groove::ui
