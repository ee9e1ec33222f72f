// Reading the policy: the merge of its sources, the strict checks, and where it lives on each
// platform.
#include "policy/Policy.h"

#include "Logging.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMap>
#include <QtCore/QSettings>

#include <memory>

namespace groove::policy {

namespace {

// Every policy text is in the context "groove::Policy" (lupdate reads it from here).
class PolicyText final
{
    Q_DECLARE_TR_FUNCTIONS(groove::Policy)
};

constexpr qsizetype MaxSupportContact = 200;

// Every key the client knows; anything else is ignored with a warning so that an older client
// keeps working with a policy written for a newer one.
const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("Policy/ServerURL"),
        QStringLiteral("Policy/AllowedMethods"),
        QStringLiteral("Policy/Proxy"),
        QStringLiteral("Policy/CAFile"),
        QStringLiteral("Policy/PinSha256"),
        QStringLiteral("Policy/Locked"),
        QStringLiteral("Policy/SupportContact"),
        QStringLiteral("Managed/ServerURL"),
        QStringLiteral("Managed/DeviceDomainGUID"),
        QStringLiteral("Managed/DeviceDomainCertificate"),
        QStringLiteral("Managed/AuthenticatedServerURL"),
        QStringLiteral("Managed/LoginName"),
    };
    return keys;
}

struct RawValue
{
    QString text;
    QString source;
};

// The error names the source and the key and says which rule was broken, never the value.
Error invalid(const QString &source, const QString &key, const QString &rule)
{
    Error e = Error::make(ErrorKind::Usage,
                          QStringLiteral("policy %1, key %2: %3").arg(source, key, rule));
    e.message = PolicyText::tr("The policy of your organisation is not usable: %1, key %2: %3")
                        .arg(source, key, rule);
    e.hint = PolicyText::tr(
            "Ask your administrator to correct the policy. Until then this computer cannot "
            "be enrolled.");
    return e;
}

QString textOf(const QVariant &value)
{
    // An unquoted comma makes QSettings return a list; the policy's lists and free text are
    // written that way, so the items are put back together.
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", ")).trimmed();
    return value.toString().trimmed();
}

QStringList listItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',')) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

bool hasUserInfo(const QString &text)
{
    const qsizetype start = text.indexOf(QStringLiteral("://"));
    const QString rest = start < 0 ? text : text.mid(start + 3);
    const qsizetype end = rest.indexOf(u'/');
    return (end < 0 ? rest : rest.left(end)).contains(u'@');
}

} // namespace

// Fills a Policy from the merged raw values (Policy's friend).
class PolicyBuilder final
{
public:
    static Result<Policy> build(const QMap<QString, RawValue> &raw, const QStringList &files);
};

Result<Policy> PolicyBuilder::build(const QMap<QString, RawValue> &raw, const QStringList &files)
{
    Policy p;
    p.m_files = files;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        if (it->text.isEmpty())
            continue;
        p.m_presentKeys.append(it.key());
        // The [Managed] group of the last file read that has one is used as a whole: server,
        // device domain and certificate belong together and are never mixed from two files.
        if (it.key().startsWith(QLatin1String("Managed/"))
            && files.indexOf(it->source) > files.indexOf(p.m_managedSource)) {
            p.m_managedSource = it->source;
        }
    }
    auto value = [&](const char *key) { return raw.value(QLatin1StringView(key)); };

    if (const RawValue v = value("Policy/SupportContact"); !v.text.isEmpty()) {
        if (v.text.size() > MaxSupportContact)
            return invalid(v.source, QStringLiteral("SupportContact"),
                           PolicyText::tr("longer than %1 characters").arg(MaxSupportContact));
        for (const QChar c : v.text) {
            if (c.category() == QChar::Other_Control)
                return invalid(v.source, QStringLiteral("SupportContact"),
                               PolicyText::tr("contains a control character"));
        }
        p.m_supportContact = v.text;
    }
    if (const RawValue v = value("Policy/ServerURL"); !v.text.isEmpty()) {
        if (hasUserInfo(v.text))
            return invalid(v.source, QStringLiteral("ServerURL"),
                           PolicyText::tr("a user name or password in the address is not allowed"));
        const Result<QUrl> url = engine::normalizeServerUrl(v.text);
        if (!url)
            return invalid(v.source, QStringLiteral("ServerURL"), url.error().message);
        p.m_serverUrl = *url;
        p.m_source.insert(Key::ServerURL, v.source);
    }
    if (const RawValue v = value("Policy/AllowedMethods"); !v.text.isEmpty()) {
        QList<engine::Flow> methods;
        for (const QString &item : listItems(v.text)) {
            const std::optional<engine::Flow> flow = parseMethod(item);
            if (!flow)
                return invalid(
                        v.source, QStringLiteral("AllowedMethods"),
                        PolicyText::tr("unknown method %1 (known: manual, auto-configuration, "
                                       "auto-activation)")
                                .arg(item.left(40)));
            if (!methods.contains(*flow))
                methods.append(*flow);
        }
        if (methods.isEmpty())
            return invalid(v.source, QStringLiteral("AllowedMethods"),
                           PolicyText::tr("no method given"));
        p.m_methods = methods;
        p.m_source.insert(Key::Method, v.source);
    }
    if (const RawValue v = value("Policy/Proxy"); !v.text.isEmpty()) {
        if (hasUserInfo(v.text))
            return invalid(v.source, QStringLiteral("Proxy"),
                           PolicyText::tr("a user name or password in the address is not allowed"));
        const QUrl proxy(v.text, QUrl::StrictMode);
        if (!proxy.isValid() || proxy.scheme() != u"http" || proxy.host().isEmpty()
            || proxy.hasQuery() || proxy.hasFragment()
            || (!proxy.path().isEmpty() && proxy.path() != u"/"))
            return invalid(v.source, QStringLiteral("Proxy"),
                           PolicyText::tr("not an http:// proxy address (http://host:port)"));
        p.m_proxy = v.text;
        p.m_source.insert(Key::Proxy, v.source);
    }
    if (const RawValue v = value("Policy/CAFile"); !v.text.isEmpty()) {
        const QFileInfo file(v.text);
        if (!file.isAbsolute())
            return invalid(v.source, QStringLiteral("CAFile"),
                           PolicyText::tr("not an absolute path"));
        if (!file.isFile() || !file.isReadable())
            return invalid(v.source, QStringLiteral("CAFile"),
                           PolicyText::tr("the file cannot be read"));
        p.m_caFile = v.text;
        p.m_source.insert(Key::CAFile, v.source);
    }
    if (const RawValue v = value("Policy/PinSha256"); !v.text.isEmpty()) {
        p.m_pin = parsePinSha256(v.text);
        if (p.m_pin.isEmpty())
            return invalid(
                    v.source, QStringLiteral("PinSha256"),
                    PolicyText::tr("not 64 hexadecimal digits (the SHA-256 of the server's public "
                                   "key)"));
        p.m_source.insert(Key::PinSha256, v.source);
    }
    if (const RawValue v = value("Policy/Locked"); !v.text.isEmpty()) {
        for (const QString &item : listItems(v.text)) {
            std::optional<Key> key;
            for (Key k : { Key::ServerURL, Key::Method, Key::Proxy, Key::CAFile, Key::PinSha256 }) {
                if (item == keyName(k))
                    key = k;
            }
            if (!key)
                return invalid(
                        v.source, QStringLiteral("Locked"),
                        PolicyText::tr("unknown item %1 (known: ServerURL, Method, Proxy, CAFile, "
                                       "PinSha256)")
                                .arg(item.left(40)));
            // A lock on nothing would silently lock nothing: the administrator meant something.
            if (!p.m_source.contains(*key))
                return invalid(
                        v.source, QStringLiteral("Locked"),
                        PolicyText::tr("%1 is locked but has no value (for Method: AllowedMethods)")
                                .arg(item));
            if (!p.m_locked.contains(*key))
                p.m_locked.append(*key);
        }
    }
    return p;
}

Result<Policy> readPolicy(const QList<PolicySource> &sources)
{
    QMap<QString, RawValue> raw;
    QStringList files;
    for (const PolicySource &source : sources) {
        QSettings &s = *source.settings;
        if (s.status() != QSettings::NoError)
            return invalid(source.name, QStringLiteral("-"),
                           PolicyText::tr("the file cannot be read or is not valid INI syntax"));
        files.append(source.name);
        for (const QString &key : s.allKeys()) {
            if (!knownKeys().contains(key)) {
                qCWarning(lcPolicy)
                        << "policy" << source.name << "has the unknown key" << key << "(ignored)";
                continue;
            }
            raw.insert(key, RawValue{ textOf(s.value(key)), source.name });
        }
    }
    Result<Policy> policy = PolicyBuilder::build(raw, files);
    // The caller reports a broken policy to the user (and refuses to enroll); the log gets it
    // too, but not a second time on standard error.
    if (!policy)
        qCInfo(lcPolicy).noquote() << policy.error().toLogString();
    else if (!files.isEmpty())
        qCInfo(lcPolicy) << "policy read from" << files << "keys" << policy->presentKeys();
    return policy;
}

QStringList systemPolicyFiles(const QString &xdgConfigDirs)
{
    QStringList dirs;
    for (const QString &dir : xdgConfigDirs.split(u':', Qt::SkipEmptyParts)) {
        // The XDG specification only knows absolute folders; a relative one would depend on
        // where the client happens to be started.
        if (QDir::isAbsolutePath(dir))
            dirs.append(dir);
    }
    if (dirs.isEmpty())
        dirs.append(QStringLiteral("/etc/xdg"));
    QStringList files;
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it) {
        const QDir dir(QDir(*it).filePath(QStringLiteral("groove-enroll")));
        const QStringList names = dir.entryList(
                { QStringLiteral("*.conf") },
                QDir::Files | QDir::Readable | QDir::Hidden | QDir::System, QDir::Name);
        for (const QString &name : names) {
            if (!name.startsWith(u'.'))
                files.append(dir.filePath(name));
        }
    }
    return files;
}

Result<Policy> loadSystemPolicy()
{
#ifdef Q_OS_WIN
    // Not tested here (no Windows build): the same parsing as the INI files.
    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\GrooveEnroll");
    QSettings registry(key, QSettings::NativeFormat);
    return readPolicy({ PolicySource{ key, &registry } });
#else
    std::vector<std::unique_ptr<QSettings>> settings;
    QList<PolicySource> sources;
    for (const QString &file : systemPolicyFiles(qEnvironmentVariable("XDG_CONFIG_DIRS"))) {
        settings.push_back(std::make_unique<QSettings>(file, QSettings::IniFormat));
        sources.append(PolicySource{ file, settings.back().get() });
    }
    return readPolicy(sources);
#endif
}

} // namespace groove::policy
