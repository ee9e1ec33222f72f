#include "ui/wizard/WizardModel.h"

#include "SecretBytes.h"
#include "crypto/CodeKey.h"

namespace groove::ui {

WizardPrefill::~WizardPrefill()
{
    wipe(code);
}

engine::EnrollmentRequest WizardModel::request() const
{
    engine::EnrollmentRequest r;
    r.flow = flow;
    r.serverUrl = serverUrl;
    r.authenticatedUrl = authenticatedUrl;
    if (flow == engine::Flow::Manual)
        r.code = code;
    else {
        r.login = login;
        r.password = password;
    }
    if (flow == engine::Flow::AutoActivation && managed) {
        r.managed = *managed;
        if (!serverUrl.isEmpty())
            r.managed.serverUrl = serverUrl;
        if (r.authenticatedUrl.isEmpty())
            r.authenticatedUrl = managed->authenticatedUrl;
    }
    return r;
}

bool WizardModel::readyToEnroll() const
{
    switch (flow) {
    case engine::Flow::Manual:
        return !serverUrl.isEmpty() && !crypto::trimCode(code).isEmpty();
    case engine::Flow::AutoConfiguration:
        return !serverUrl.isEmpty() && !login.isEmpty() && !password.isEmpty();
    case engine::Flow::AutoActivation:
        return managed.has_value() && !login.isEmpty() && !password.isEmpty();
    }
    return false;
}

void WizardModel::clearSecrets()
{
    wipe(code);
    wipe(password);
}

} // namespace groove::ui
