#include "ui/wizard/WizardPages.h"

namespace groove::ui {

QString WizardPageNames::name(PageId page)
{
    switch (page) {
    case WelcomePageId:
        return tr("Welcome");
    case ServerCodePageId:
        return tr("Server and code");
    case SignInPageId:
        return tr("Server and sign-in");
    case ManagedPageId:
        return tr("Managed sign-in");
    case CheckPageId:
        return tr("Connection check");
    case ProgressPageId:
        return tr("Progress");
    case ResultPageId:
        return tr("Result");
    }
    return {};
}

int WizardPageNames::stepNumber(PageId page)
{
    switch (page) {
    case WelcomePageId:
        return 1;
    case ServerCodePageId:
    case SignInPageId:
    case ManagedPageId:
    case CheckPageId:
        return 2;
    case ProgressPageId:
        return 3;
    case ResultPageId:
        return 4;
    }
    return 1;
}

QString WizardPageNames::title(PageId page)
{
    //: %1 and %2 are numbers, %3 is the page name (e.g. "Step 2 of 4 · Server and code")
    return tr("Step %1 of %2 · %3").arg(stepNumber(page)).arg(StepCount).arg(name(page));
}

} // namespace groove::ui
