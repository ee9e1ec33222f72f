// minimal_wizard: the least a Qt Widgets wizard costs, for scripts/bench-gui.sh to set beside
// groove-enroll's start to its first painted wizard page. A QApplication and a QWizard with one
// page and a label, measured with the same hook (app/GuiSupport.h,
// GROOVE_ENROLL_BENCH_FIRST_PAINT=1).
#include "app/GuiSupport.h"

#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizard>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Step 1 of 4 · Welcome"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("This wizard enrolls this computer.")));
    wizard.addPage(page);
    groove::app::watchFirstPaint(&wizard);
    wizard.show();
    return app.exec();
}
