#include "ui/tray/TrayController.h"

#include "ui/Icons.h"
#include "ui/status/AccountListModel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSystemTrayIcon>

namespace groove::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(groove::ui::TrayController)
};

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

IconId trayIcon(TrayState state)
{
    switch (state) {
    case TrayState::NotEnrolled:
        return IconId::TrayNotEnrolled;
    case TrayState::Enrolling:
        return IconId::TrayEnrolling;
    case TrayState::Enrolled:
        return IconId::TrayEnrolled;
    case TrayState::Unreachable:
        return IconId::TrayUnreachable;
    case TrayState::NeedsAttention:
        return IconId::TrayAttention;
    }
    return IconId::TrayNotEnrolled;
}

QString attentionMessage(const QList<store::AccountRecord> &accounts)
{
    QList<const store::AccountRecord *> refused;
    for (const store::AccountRecord &r : accounts) {
        if (r.heartbeat.health == store::Health::Reenroll)
            refused.append(&r);
    }
    if (refused.size() == 1)
        return Tr::tr("The management server no longer accepts the account %1 of %2. Open "
                      "Groove Enroll to enroll it again.")
                .arg(AccountListModel::accountName(*refused.first()), refused.first()->domainName);
    // No %n plurals: the English catalogue has no numerus forms to fill.
    return Tr::tr("The management server no longer accepts several accounts of this computer. "
                  "Open Groove Enroll to enroll them again.");
}

} // namespace

// Priority, highest first: NeedsAttention > Enrolling > Unreachable > Enrolled > NotEnrolled.
// Something the person must do is never hidden by a transient state: while the re-enrollment
// that fixes it runs, the tray keeps saying so (the wizard shows the progress), and as the state
// never left NeedsAttention, it does not notify a second time when the enrollment fails.
TrayView trayViewOf(const QList<store::AccountRecord> &accounts,
                    std::optional<engine::Step> enrolling)
{
    TrayView v;
    bool attention = false;
    bool unreachable = false;
    for (const store::AccountRecord &r : accounts) {
        attention = attention || r.heartbeat.health == store::Health::Reenroll;
        if (r.heartbeat.health != store::Health::Unreachable)
            continue;
        unreachable = true;
        // The longest outage is the one to report.
        const QDateTime since = r.heartbeat.unreachableSince;
        if (since.isValid() && (!v.unreachableSince.isValid() || since < v.unreachableSince))
            v.unreachableSince = since;
    }
    if (attention) {
        v.state = TrayState::NeedsAttention;
        v.unreachableSince = {};
        v.toolTip = Tr::tr("Groove Enroll: an account needs to be enrolled again.");
    } else if (enrolling) {
        v.state = TrayState::Enrolling;
        v.unreachableSince = {};
        v.toolTip = Tr::tr("Groove Enroll is enrolling this computer: %1.")
                            .arg(engine::stepTitle(*enrolling));
    } else if (unreachable) {
        v.state = TrayState::Unreachable;
        v.toolTip = v.unreachableSince.isValid()
                ? Tr::tr("Groove Enroll: the management server has not been reachable since "
                         "%1. Your accounts are kept.")
                          .arg(localTime(v.unreachableSince))
                : Tr::tr("Groove Enroll: the management server cannot be reached. Your accounts "
                         "are kept.");
    } else if (!accounts.isEmpty()) {
        v.state = TrayState::Enrolled;
        v.toolTip = Tr::tr("Groove Enroll: this computer is enrolled.");
    } else {
        v.state = TrayState::NotEnrolled;
        v.toolTip = Tr::tr("Groove Enroll: this computer is not enrolled yet.");
    }
    return v;
}

TrayController::TrayController(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setAccessibleName(tr("Groove Enroll"));
    const auto add = [this](const QString &name, const QString &text, const QString &accessible,
                            void (TrayController::*signal)()) {
        QAction *a = m_menu->addAction(text);
        a->setObjectName(name);
        a->setToolTip(accessible);
        connect(a, &QAction::triggered, this, signal);
        return a;
    };
    QAction *status = add(QStringLiteral("showStatusAction"), tr("&Show status"), tr("Show status"),
                          &TrayController::statusWindowRequested);
    m_menu->setDefaultAction(status);
    m_enrollAction = add(QStringLiteral("enrollAction"), tr("&Enroll another account…"),
                         tr("Enroll another account"), &TrayController::enrollRequested);
    m_checkAction = add(QStringLiteral("checkNowAction"), tr("&Check now"), tr("Check now"),
                        &TrayController::checkNowRequested);
    m_menu->addSeparator();
    add(QStringLiteral("saveDiagnosticsAction"), tr("Save &diagnostics…"), tr("Save diagnostics"),
        &TrayController::diagnosticsRequested);
    add(QStringLiteral("openLogFolderAction"), tr("Open &log folder"), tr("Open log folder"),
        &TrayController::openLogFolderRequested);
    m_menu->addSeparator();
    add(QStringLiteral("aboutAction"), tr("&About Groove Enroll"), tr("About Groove Enroll"),
        &TrayController::aboutRequested);
    add(QStringLiteral("quitAction"), tr("&Quit"), tr("Quit"), &TrayController::quitRequested);
    update();
}

TrayController::~TrayController()
{
    // The menu has no QObject parent (a widget cannot be the child of a QObject).
    if (m_icon)
        m_icon->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

// Made when first shown: a QSystemTrayIcon connects to the session bus (StatusNotifier) at once,
// which a start that only shows the wizard should not wait for.
QSystemTrayIcon *TrayController::ensureIcon()
{
    if (m_icon)
        return m_icon;
    m_icon = new QSystemTrayIcon(this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    emit statusWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::statusWindowRequested);
    m_icon->setIcon(icon(trayIcon(m_view.state)));
    m_icon->setToolTip(m_view.toolTip);
    return m_icon;
}

void TrayController::show()
{
    if (isAvailable())
        ensureIcon()->show();
}

void TrayController::hide()
{
    if (m_icon)
        m_icon->hide();
}

bool TrayController::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayController::setAccounts(const QList<store::AccountRecord> &accounts)
{
    m_accounts = accounts;
    update();
}

void TrayController::setEnrolling(std::optional<engine::Step> step)
{
    m_enrolling = step;
    update();
}

void TrayController::update()
{
    const TrayState before = m_view.state;
    m_view = trayViewOf(m_accounts, m_enrolling);
    if (m_icon) {
        m_icon->setIcon(icon(trayIcon(m_view.state)));
        m_icon->setToolTip(m_view.toolTip);
    }
    const bool none = m_accounts.isEmpty();
    m_enrollAction->setText(none ? tr("&Enroll this computer…") : tr("&Enroll another account…"));
    m_enrollAction->setToolTip(none ? tr("Enroll this computer") : tr("Enroll another account"));
    m_checkAction->setEnabled(!none);

    // Only the way into NeedsAttention notifies; the next heartbeats with the same answer do not.
    if (m_view.state != TrayState::NeedsAttention || before == TrayState::NeedsAttention)
        return;
    const QString message = attentionMessage(m_accounts);
    if (isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(tr("An account needs attention"), message, icon(IconId::TrayAttention));
    emit attentionNeeded(message);
}

} // namespace groove::ui
