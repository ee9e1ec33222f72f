#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace groove::ui {

// The wizard's pages (UX.md "Page flow"). The numbers are QWizard page ids and never change,
// so tests and the walkthrough can name pages.
enum PageId : int {
    WelcomePageId = 0,
    ServerCodePageId, // method "configuration code"
    SignInPageId, // method "sign in with my organisation account"
    ManagedPageId, // method "this computer is managed"
    CheckPageId, // optional, reached with "Check connection"
    ProgressPageId,
    ResultPageId, // Done or Problem
};

// "Step N of M · <page name>": the same numbers on every path, so that the IT person on the
// phone and the user always talk about the same screen. The check is part of step 2.
class WizardPageNames final
{
    Q_DECLARE_TR_FUNCTIONS(groove::ui::WizardPageNames)

public:
    WizardPageNames() = delete;

    static constexpr int StepCount = 4;
    // Short nouns an IT person can say on the phone ("Server and code", "Progress").
    [[nodiscard]] static QString name(PageId page);
    [[nodiscard]] static int stepNumber(PageId page);
    // The page title: "Step 2 of 4 · Server and code".
    [[nodiscard]] static QString title(PageId page);
};

} // namespace groove::ui
