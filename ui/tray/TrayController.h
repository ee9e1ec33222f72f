#pragma once

#include "engine/EnrollmentTypes.h"
#include "store/AccountStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>

#include <optional>

class QAction;
class QSystemTrayIcon;
class QMenu;

namespace groove::ui {

// The tray's states (UX.md): one icon and tooltip each. When several apply, the first of
// NeedsAttention > Enrolling > Unreachable > Enrolled > NotEnrolled wins.
enum class TrayState { NotEnrolled, Enrolling, Enrolled, Unreachable, NeedsAttention };

// What the tray shows; pure, from the account records and the enrollment in progress.
struct TrayView
{
    TrayState state = TrayState::NotEnrolled;
    QString toolTip; // translated
    QDateTime unreachableSince; // with Unreachable
};
[[nodiscard]] TrayView trayViewOf(const QList<store::AccountRecord> &accounts,
                                  std::optional<engine::Step> enrolling);

// The tray icon and its menu (STYLE 13): status window, enroll another account, check now,
// about, quit. Only the change into NeedsAttention notifies (once, not on every heartbeat).
class TrayController final : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // False without a tray host (GNOME without an AppIndicator extension): the caller shows the
    // status window instead.
    [[nodiscard]] static bool isAvailable();
    void show();
    void hide();
    [[nodiscard]] bool isVisible() const;

    void setAccounts(const QList<store::AccountRecord> &accounts);
    void setEnrolling(std::optional<engine::Step> step);
    [[nodiscard]] const TrayView &view() const { return m_view; }
    [[nodiscard]] QMenu *menu() const { return m_menu; }

signals:
    void statusWindowRequested();
    void enrollRequested();
    void checkNowRequested();
    void aboutRequested();
    void diagnosticsRequested(); // "Save diagnostics…"
    void openLogFolderRequested(); // "Open log folder"
    void quitRequested();
    // The state changed into NeedsAttention (also emitted when no tray is visible).
    void attentionNeeded(const QString &message);

private:
    void update();
    QSystemTrayIcon *ensureIcon();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr; // no parent: owned here
    QAction *m_enrollAction = nullptr;
    QAction *m_checkAction = nullptr;
    QList<store::AccountRecord> m_accounts;
    std::optional<engine::Step> m_enrolling;
    TrayView m_view;
};

} // namespace groove::ui
