#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

namespace groove::diag {

// Defence in depth for everything written to the log file and the diagnostics archive: the code
// is written never to log a secret, and this catches what slipped through anyway. It replaces
// the user info, query and fragment of URLs (enrollment links included), whatever follows
// "code=", "password=", "secret=", "token=", an Authorization or Proxy-Authorization header,
// PEM blocks and long runs of base64 or hex (keys, signatures), and writes the user's home
// folder as "~". Text without any of these comes back unchanged.
class Redactor final
{
public:
    // 'homePath' empty: QDir::homePath().
    explicit Redactor(QString homePath = {});

    [[nodiscard]] QString redact(QStringView text) const;

    // What stands where something was removed.
    static constexpr QStringView Removed = u"[removed]";

private:
    QString m_home;
};

} // namespace groove::diag
