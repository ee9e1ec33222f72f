#include "ui/Icons.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtGui/QIconEngine>
#include <QtGui/QPainter>

#include <optional>

// Q_INIT_RESOURCE declares its function in the enclosing namespace, so it must be called from
// the global one. Calling it here also keeps the linker from dropping the resources of the
// static ui library when an executable forgets to.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace groove::ui {

namespace {

struct IconSource
{
    const char *themeName; // freedesktop icon naming spec; null: always ours
    const char *file; // resources/icons/<file>.svg
};

IconSource sourceOf(IconId id)
{
    switch (id) {
    case IconId::App:
        return { "groove-enroll", "groove-enroll" };
    // The step and tray icons are the one accent of the interface: always ours, so that they
    // look alike and the states read the same in every desktop theme.
    case IconId::StepWaiting:
        return { nullptr, "step-waiting" };
    case IconId::StepRunning:
        return { nullptr, "step-running" };
    case IconId::StepDone:
        return { nullptr, "step-done" };
    case IconId::StepFailed:
        return { nullptr, "step-failed" };
    case IconId::Warning:
        return { "dialog-warning", "warning" };
    case IconId::Information:
        return { "dialog-information", "information" };
    case IconId::Locked:
        return { "emblem-readonly", "locked" };
    case IconId::TrayNotEnrolled:
        return { nullptr, "tray-not-enrolled" };
    case IconId::TrayEnrolling:
        return { nullptr, "tray-enrolling" };
    case IconId::TrayEnrolled:
        return { nullptr, "tray-enrolled" };
    case IconId::TrayUnreachable:
        return { nullptr, "tray-unreachable" };
    case IconId::TrayAttention:
        return { nullptr, "tray-attention" };
    }
    return { nullptr, "groove-enroll" };
}

// Looks the icon up (theme, SVG engine plugin, image plugins) only when it is first drawn, not
// when a page that may never be shown is built: those lookups and plugin loads were a good part
// of the time to the wizard's first painted page.
class LazyIconEngine final : public QIconEngine
{
public:
    explicit LazyIconEngine(IconId id) : m_id(id) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    QString iconName() override { return real().name(); }
    bool isNull() override { return real().isNull(); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("groove-lazy"); }

private:
    LazyIconEngine(const LazyIconEngine &) = default;
    const QIcon &real()
    {
        if (!m_real)
            m_real = loadIcon(m_id);
        return *m_real;
    }
    [[nodiscard]] static QIcon loadIcon(IconId id);

    IconId m_id;
    std::optional<QIcon> m_real;
};

QIcon LazyIconEngine::loadIcon(IconId id)
{
    static const bool initialised = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(initialised);

    const IconSource source = sourceOf(id);
    // The SVG icon engine (Qt's svg iconengine plugin) renders ours sharp at every scale.
    const QIcon ours(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(source.file)));
    if (!source.themeName)
        return ours;
    return QIcon::fromTheme(QLatin1String(source.themeName), ours);
}

} // namespace

QIcon icon(IconId id)
{
    return QIcon(new LazyIconEngine(id));
}

} // namespace groove::ui
