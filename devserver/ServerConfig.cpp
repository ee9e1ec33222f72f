#include "devserver/ServerConfig.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <cmath>

namespace groove::devserver {

namespace {

Error usage(const QString &detail)
{
    return Error::make(ErrorKind::Usage, detail);
}

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return usage(QStringLiteral("unknown key \"%1\" in %2").arg(it.key(), where));
    }
    return {};
}

Result<QString> stringAt(const QJsonObject &o, const QString &key, bool required,
                         const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return usage(QStringLiteral("%1 needs \"%2\"").arg(where, key));
        return QString();
    }
    if (!v.isString())
        return usage(QStringLiteral("\"%1\" in %2 must be a string").arg(key, where));
    return v.toString();
}

Result<MemberConfig> memberFrom(const QJsonObject &o, const QString &where)
{
    if (Status s = onlyKeys(o,
                            { QStringLiteral("name"), QStringLiteral("email"),
                              QStringLiteral("login"), QStringLiteral("password"),
                              QStringLiteral("code"), QStringLiteral("autoConfiguration") },
                            where);
        !s) {
        return s.error();
    }
    MemberConfig m;
    for (const auto &[field, key, required] :
         { std::tuple{ &m.name, QStringLiteral("name"), true },
           std::tuple{ &m.email, QStringLiteral("email"), false },
           std::tuple{ &m.login, QStringLiteral("login"), true },
           std::tuple{ &m.password, QStringLiteral("password"), false },
           std::tuple{ &m.code, QStringLiteral("code"), false } }) {
        Result<QString> v = stringAt(o, key, required, where);
        if (!v)
            return v.error();
        *field = std::move(v).value();
    }
    const QJsonValue autoConf = o.value(u"autoConfiguration");
    if (!autoConf.isUndefined() && !autoConf.isBool())
        return usage(
                QStringLiteral("\"autoConfiguration\" in %1 must be true or false").arg(where));
    m.autoConfiguration = autoConf.toBool(false);
    if (m.login.isEmpty() || m.name.isEmpty())
        return usage(QStringLiteral("%1: name and login must not be empty").arg(where));
    return m;
}

} // namespace

ServerConfig ServerConfig::demo()
{
    ServerConfig c;
    DomainConfig d;
    d.name = QStringLiteral("fabrikam");
    d.members = {
        MemberConfig{ QStringLiteral("Alice Example"), QStringLiteral("alice@fabrikam.example"),
                      QStringLiteral("alice"), QStringLiteral("correct horse"), QString(), true },
        MemberConfig{ QStringLiteral("Bob Example"), QStringLiteral("bob@fabrikam.example"),
                      QStringLiteral("bob"), QStringLiteral("battery staple"), QString(), false },
        MemberConfig{ QStringLiteral("Carol Example"), QStringLiteral("carol@fabrikam.example"),
                      QStringLiteral("carol"), QStringLiteral("tr0ub4dor"), QString(), true },
    };
    c.domains.append(d);
    c.deviceDomainName = QStringLiteral("fabrikam-devices");
    return c;
}

Result<ServerConfig> ServerConfig::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return usage(
                QStringLiteral("configuration is not a JSON object: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (Status s = onlyKeys(root,
                            { QStringLiteral("serverUrl"), QStringLiteral("domains"),
                              QStringLiteral("deviceDomain"), QStringLiteral("clockSkewSeconds"),
                              QStringLiteral("heartbeatSeconds") },
                            QStringLiteral("the configuration"));
        !s) {
        return s.error();
    }
    ServerConfig c;
    Result<QString> url =
            stringAt(root, QStringLiteral("serverUrl"), false, QStringLiteral("the configuration"));
    if (!url)
        return url.error();
    c.serverUrl = std::move(url).value();
    Result<QString> device = stringAt(root, QStringLiteral("deviceDomain"), false,
                                      QStringLiteral("the configuration"));
    if (!device)
        return device.error();
    c.deviceDomainName = std::move(device).value();
    if (root.contains(u"clockSkewSeconds")) {
        const QJsonValue skew = root.value(u"clockSkewSeconds");
        if (!skew.isDouble() || skew.toDouble() < 0)
            return usage(QStringLiteral("\"clockSkewSeconds\" must be a non-negative number"));
        c.clockSkewSeconds = qint64(skew.toDouble());
    }
    if (root.contains(u"heartbeatSeconds")) {
        const QJsonValue hb = root.value(u"heartbeatSeconds");
        const double v = hb.toDouble();
        if (!hb.isDouble() || v != std::floor(v) || v < 1 || v > 2147483647)
            return usage(QStringLiteral(
                    "\"heartbeatSeconds\" must be a whole number from 1 to 2147483647"));
        c.heartbeatSeconds = int(v);
    }

    const QJsonValue domains = root.value(u"domains");
    if (!domains.isArray() || domains.toArray().isEmpty())
        return usage(QStringLiteral("\"domains\" must be a non-empty array"));
    QSet<QString> names{ c.deviceDomainName };
    QSet<QString> logins;
    for (const QJsonValue &dv : domains.toArray()) {
        const QJsonObject o = dv.toObject();
        const QString where = QStringLiteral("a domain");
        if (Status s = onlyKeys(o, { QStringLiteral("name"), QStringLiteral("members") }, where);
            !s)
            return s.error();
        DomainConfig d;
        Result<QString> name = stringAt(o, QStringLiteral("name"), true, where);
        if (!name)
            return name.error();
        d.name = std::move(name).value();
        if (d.name.isEmpty() || names.contains(d.name))
            return usage(QStringLiteral("domain name \"%1\" is empty or used twice").arg(d.name));
        names.insert(d.name);
        for (const QJsonValue &mv : o.value(u"members").toArray()) {
            Result<MemberConfig> m =
                    memberFrom(mv.toObject(), QStringLiteral("a member of %1").arg(d.name));
            if (!m)
                return m.error();
            if (logins.contains(m->login))
                return usage(QStringLiteral("login \"%1\" is used twice").arg(m->login));
            logins.insert(m->login);
            d.members.append(std::move(m).value());
        }
        if (d.members.isEmpty())
            return usage(QStringLiteral("domain \"%1\" needs at least one member").arg(d.name));
        c.domains.append(std::move(d));
    }
    return c;
}

Result<ServerConfig> ServerConfig::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return fromJson(f.read(1024 * 1024));
}

const MemberConfig *ServerConfig::findByLogin(const QString &login, QString *domainName) const
{
    for (const DomainConfig &d : domains) {
        for (const MemberConfig &m : d.members) {
            if (m.login == login) {
                if (domainName)
                    *domainName = d.name;
                return &m;
            }
        }
    }
    return nullptr;
}

} // namespace groove::devserver
