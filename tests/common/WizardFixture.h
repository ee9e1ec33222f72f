#pragma once

// Shared by the wizard's widget tests (tests/ui): a wizard over a real EnrollmentController and
// ClientContext (memory key store, files in a temporary folder; the input pages never touch the
// network) and the small steps the tests take through it. Tests that go past an input page use
// Unreachable, so that the enrollment or check that starts there never leaves 127.0.0.1.
#include "engine/ClientContext.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>

#include <memory>

namespace groove::test {

class WizardFixture final
{
public:
    WizardFixture()
    {
        engine::ClientOptions o;
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_dir.filePath(QStringLiteral("accounts.json"));
        o.trustFile = m_dir.filePath(QStringLiteral("trusted-servers.conf"));
        m_context = std::make_unique<engine::ClientContext>(o);
        m_controller = std::make_unique<ui::EnrollmentController>(m_context.get());
    }
    ~WizardFixture()
    {
        m_controller.reset();
        m_context.reset();
    }
    Q_DISABLE_COPY_MOVE(WizardFixture)

    static inline const QString Unreachable = QStringLiteral("127.0.0.1:1");

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] ui::EnrollmentController *controller() const { return m_controller.get(); }

    // A shown wizard on its welcome page.
    [[nodiscard]] std::unique_ptr<ui::EnrollWizard> wizard(const ui::WizardPrefill &prefill = {})
    {
        auto w = std::make_unique<ui::EnrollWizard>(m_controller.get(), prefill);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("wizard not exposed");
        return w;
    }

    // From the welcome page to the input page of the method 'radio'.
    static void choose(ui::EnrollWizard &w, const char *radio)
    {
        QCOMPARE(w.currentId(), int(ui::WelcomePageId));
        auto *button = w.currentPage()->findChild<QRadioButton *>(QLatin1StringView(radio));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(w.currentPage()));
        button->setChecked(true);
        w.next();
    }
    template<typename T>
    static T *child(ui::EnrollWizard &w, const char *name)
    {
        return w.currentPage()->findChild<T *>(QLatin1StringView(name));
    }
    // Typed and finished (Tab away): problems are shown after input.
    static void enter(QLineEdit *edit, const QString &text)
    {
        edit->setText(text);
        emit edit->editingFinished();
    }
    static bool shown(ui::EnrollWizard &w, const char *label)
    {
        auto *l = child<QLabel>(w, label);
        return l && l->isVisibleTo(w.currentPage()) && !l->text().isEmpty();
    }

    static ui::WizardPrefill managedPrefill()
    {
        ui::WizardPrefill p;
        engine::ManagedSettings m;
        // A closed port on this machine: a connection check started from the page ends at
        // once, and nothing leaves 127.0.0.1.
        m.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:1/gms.dll"));
        m.deviceDomainGuid = QStringLiteral("grooveDomain://device.example");
        m.loginName = QStringLiteral("alice");
        p.managed = m;
        return p;
    }
    static QString link(const QString &server, const QString &code, const QString &extra = {})
    {
        return QStringLiteral("groove-enroll://enroll?server=%1&code=%2%3")
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(server)),
                     QString::fromUtf8(QUrl::toPercentEncoding(code)), extra);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<engine::ClientContext> m_context;
    std::unique_ptr<ui::EnrollmentController> m_controller;
};

} // namespace groove::test
