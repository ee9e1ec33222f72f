#pragma once

#include "Error.h"
#include "net/ConnectivityCheck.h"

#include <QtWidgets/QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace groove::ui {

class EnrollmentController;
class WizardModel;

// "Connection check" (optional, reached with "Check connection" on an input page): the dry run
// of --check, one row per item (name lookup, connection, secure connection, management server)
// with its state, what was found and how long it took, then the overall result. Nothing is
// enrolled; "Enroll" goes on to the progress page whatever the result.
class CheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    CheckPage(EnrollmentController *controller, WizardModel *model, QWidget *parent = nullptr);
    ~CheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    // "Enroll" only with everything the enrollment needs: the check may be asked for from an
    // input page that is not filled in yet.
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] bool isChecking() const { return m_checking; }

public slots:
    void startCheck();

private:
    void onItem(const engine::ConnectivityCheck::Item &item);
    void onFinished(const std::optional<Error> &error);
    [[nodiscard]] int rowOf(const QString &name) const;
    void markRunning(int row);

    EnrollmentController *m_controller;
    WizardModel *m_model;
    QLabel *m_intro;
    QTreeWidget *m_items;
    QLabel *m_result;
    QLabel *m_hint;
    QPushButton *m_again;
    bool m_active = false;
    bool m_checking = false;
    bool m_failed = false; // an item failed: later items without a time were not checked
};

} // namespace groove::ui
