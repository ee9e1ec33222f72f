#include "devserver/ServerState.h"

#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QTimeZone>

namespace groove::devserver {

namespace {

const QString StateFile = QStringLiteral("state.json");

Error storage(const QString &detail)
{
    return Error::make(ErrorKind::Storage, detail);
}

QString keyOf(const QString &domainGuid, const QString &guid)
{
    return domainGuid + u'/' + guid;
}

QString b64(QByteArrayView bytes)
{
    return crypto::encodeBase64(bytes);
}

Result<crypto::RsaPrivateKey> privateKeyFrom(const QJsonValue &v)
{
    const Result<QByteArray> der = crypto::decodeBase64Strict(QStringView(v.toString()));
    if (!der)
        return der.error();
    return crypto::RsaPrivateKey::fromPkcs8Der(*der);
}

Result<crypto::RsaPublicKey> publicKeyFrom(const QJsonValue &v)
{
    const Result<QByteArray> der = crypto::decodeBase64Strict(QStringView(v.toString()));
    if (!der)
        return der.error();
    return crypto::RsaPublicKey::fromDer(*der);
}

} // namespace

Result<QString> generateAccountCode()
{
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 symbols
    const Result<QByteArray> random = crypto::randomBytes(16);
    if (!random)
        return random.error();
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(Alphabet[static_cast<unsigned char>(random->at(i)) % 32]);
    }
    return code;
}

ServerState::~ServerState()
{
    for (AccountState &a : m_accounts)
        wipe(a.sharedKey);
}

Result<std::unique_ptr<ServerState>> ServerState::open(const QString &dir,
                                                       const ServerConfig &config, Clock clock)
{
    std::unique_ptr<ServerState> s(new ServerState);
    s->m_dir = dir;
    s->m_clock = std::move(clock);
    if (!dir.isEmpty()) {
        if (!QDir().mkpath(dir))
            return storage(QStringLiteral("cannot create state folder %1").arg(dir));
        const QString path = QDir(dir).filePath(StateFile);
        if (QFile::exists(path)) {
            if (Status st = s->loadFile(path); !st)
                return st.error();
        }
    }
    if (Status st = s->reconcile(config); !st)
        return st.error();
    if (Status st = s->save(); !st)
        return st.error();
    return s;
}

Result<DomainState> ServerState::createDomain(const QString &name, bool isDevice) const
{
    DomainState d;
    d.name = name;
    d.isDeviceDomain = isDevice;
    Result<QString> guid = ids::newGuid();
    if (!guid)
        return guid.error();
    d.guid = std::move(guid).value();
    Result<crypto::RsaPrivateKey> sign = crypto::RsaPrivateKey::generate();
    if (!sign)
        return sign.error();
    Result<crypto::RsaPrivateKey> enc = crypto::RsaPrivateKey::generate();
    if (!enc)
        return enc.error();
    d.signingKey = std::move(sign).value();
    d.encryptionKey = std::move(enc).value();
    crypto::DomainCertificate::BuildParams p;
    p.name = name;
    p.signingKey = d.signingKey;
    p.encryptionKey = d.encryptionKey.publicKey();
    p.notBefore = QDateTime::fromSecsSinceEpoch(m_clock(), QTimeZone::utc());
    Result<crypto::DomainCertificate> cert = crypto::DomainCertificate::build(p);
    if (!cert)
        return cert.error();
    d.certificate = std::move(cert).value();
    return d;
}

Status ServerState::reconcile(const ServerConfig &config)
{
    auto ensureDomain = [&](const QString &name, bool isDevice) -> Result<QString> {
        if (const DomainState *d = domainByName(name))
            return d->guid;
        Result<DomainState> d = createDomain(name, isDevice);
        if (!d)
            return d.error();
        m_domains.append(std::move(d).value());
        return m_domains.last().guid;
    };
    if (!config.deviceDomainName.isEmpty()) {
        if (const Result<QString> g = ensureDomain(config.deviceDomainName, true); !g)
            return g.error();
    }
    for (const DomainConfig &dc : config.domains) {
        const Result<QString> guid = ensureDomain(dc.name, false);
        if (!guid)
            return guid.error();
        for (const MemberConfig &mc : dc.members) {
            MemberState *m = memberByLogin(mc.login);
            if (!m) {
                m_members.append(MemberState{ mc.login, *guid, {}, {}, {}, false, {}, 0 });
                m = &m_members.last();
                Result<QString> url = ids::newIdentityUrl();
                if (!url)
                    return url.error();
                m->identityUrl = std::move(url).value();
            }
            m->domainGuid = *guid;
            QString code = crypto::trimCode(mc.code);
            if (code.isEmpty())
                code = m->code;
            if (code.isEmpty()) {
                Result<QString> generated = generateAccountCode();
                if (!generated)
                    return generated.error();
                code = std::move(generated).value();
            }
            if (code != m->code) { // a new code is a new activation
                m->code = code;
                m->enrolled = false;
                m->accountGuid.clear();
                m->enrolledAt = 0;
            }
            m->keyId = crypto::keyIdOf(crypto::deriveCodeKey(m->code));
        }
    }
    return {};
}

Status ServerState::save() const
{
    if (m_dir.isEmpty())
        return {};
    QSaveFile f(QDir(m_dir).filePath(StateFile));
    if (!f.open(QIODevice::WriteOnly))
        return storage(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray json = QJsonDocument(toJson(true)).toJson(QJsonDocument::Indented);
    f.write(json);
    wipe(json);
    if (!f.commit())
        return storage(QStringLiteral("cannot save %1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

QJsonObject ServerState::toJson(bool withSecrets) const
{
    QJsonArray domains;
    for (const DomainState &d : m_domains) {
        QJsonObject o{ { QStringLiteral("name"), d.name },
                       { QStringLiteral("guid"), d.guid },
                       { QStringLiteral("isDeviceDomain"), d.isDeviceDomain },
                       { QStringLiteral("certificate"), b64(d.certificate.der()) } };
        if (withSecrets) {
            o.insert(QStringLiteral("signingKey"), b64(d.signingKey.toPkcs8Der().view()));
            o.insert(QStringLiteral("encryptionKey"), b64(d.encryptionKey.toPkcs8Der().view()));
        }
        domains.append(o);
    }
    QJsonArray members;
    for (const MemberState &m : m_members) {
        members.append(QJsonObject{ { QStringLiteral("login"), m.login },
                                    { QStringLiteral("domainGuid"), m.domainGuid },
                                    { QStringLiteral("code"), m.code },
                                    { QStringLiteral("identityUrl"), m.identityUrl },
                                    { QStringLiteral("enrolled"), m.enrolled },
                                    { QStringLiteral("accountGuid"), m.accountGuid },
                                    { QStringLiteral("enrolledAt"), m.enrolledAt } });
    }
    QJsonArray accounts;
    for (const AccountState &a : m_accounts) {
        QJsonObject o{ { QStringLiteral("guid"), a.guid },
                       { QStringLiteral("domainGuid"), a.domainGuid },
                       { QStringLiteral("isDevice"), a.isDevice },
                       { QStringLiteral("identityUrl"), a.identityUrl },
                       { QStringLiteral("deviceName"), a.deviceName },
                       { QStringLiteral("createdAt"), a.createdAt },
                       { QStringLiteral("lastHeartbeatAt"), a.lastHeartbeatAt },
                       { QStringLiteral("lastSequenceNumber"), a.lastSequenceNumber },
                       { QStringLiteral("reenrollRequired"), a.reenrollRequired },
                       { QStringLiteral("signatureKey"), b64(a.signatureKey.toDer()) },
                       { QStringLiteral("encryptionKey"), b64(a.encryptionKey.toDer()) } };
        if (withSecrets)
            o.insert(QStringLiteral("sharedKey"), b64(a.sharedKey));
        accounts.append(o);
    }
    return QJsonObject{ { QStringLiteral("version"), 1 },
                        { QStringLiteral("domains"), domains },
                        { QStringLiteral("members"), members },
                        { QStringLiteral("accounts"), accounts } };
}

Status ServerState::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return storage(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    QJsonParseError err;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &err).object();
    wipe(bytes);
    if (err.error != QJsonParseError::NoError || root.value(u"version").toInt() != 1)
        return storage(
                QStringLiteral("%1 is damaged or of another version; move it away to start afresh")
                        .arg(path));

    for (const QJsonValue &v : root.value(u"domains").toArray()) {
        const QJsonObject o = v.toObject();
        DomainState d;
        d.name = o.value(u"name").toString();
        d.guid = o.value(u"guid").toString();
        d.isDeviceDomain = o.value(u"isDeviceDomain").toBool();
        Result<crypto::RsaPrivateKey> sign = privateKeyFrom(o.value(u"signingKey"));
        Result<crypto::RsaPrivateKey> enc = privateKeyFrom(o.value(u"encryptionKey"));
        const Result<QByteArray> der =
                crypto::decodeBase64Strict(QStringView(o.value(u"certificate").toString()));
        if (!sign || !enc || !der)
            return storage(QStringLiteral("%1: keys of domain %2 are damaged").arg(path, d.name));
        Result<crypto::DomainCertificate> cert = crypto::DomainCertificate::parse(*der);
        if (!cert)
            return storage(
                    QStringLiteral("%1: certificate of domain %2 is damaged").arg(path, d.name));
        d.signingKey = std::move(sign).value();
        d.encryptionKey = std::move(enc).value();
        d.certificate = std::move(cert).value();
        m_domains.append(std::move(d));
    }
    for (const QJsonValue &v : root.value(u"members").toArray()) {
        const QJsonObject o = v.toObject();
        m_members.append(MemberState{ o.value(u"login").toString(),
                                      o.value(u"domainGuid").toString(),
                                      o.value(u"code").toString(),
                                      {},
                                      o.value(u"identityUrl").toString(),
                                      o.value(u"enrolled").toBool(),
                                      o.value(u"accountGuid").toString(),
                                      qint64(o.value(u"enrolledAt").toDouble()) });
    }
    for (const QJsonValue &v : root.value(u"accounts").toArray()) {
        const QJsonObject o = v.toObject();
        AccountState a;
        a.guid = o.value(u"guid").toString();
        a.domainGuid = o.value(u"domainGuid").toString();
        a.isDevice = o.value(u"isDevice").toBool();
        a.identityUrl = o.value(u"identityUrl").toString();
        a.deviceName = o.value(u"deviceName").toString();
        a.createdAt = qint64(o.value(u"createdAt").toDouble());
        // Absent in files written before heartbeats existed: no heartbeat yet.
        a.lastHeartbeatAt = qint64(o.value(u"lastHeartbeatAt").toDouble());
        a.lastSequenceNumber = qint32(o.value(u"lastSequenceNumber").toInt(-1));
        a.reenrollRequired = o.value(u"reenrollRequired").toBool();
        Result<QByteArray> key =
                crypto::decodeBase64Strict(QStringView(o.value(u"sharedKey").toString()));
        Result<crypto::RsaPublicKey> sig = publicKeyFrom(o.value(u"signatureKey"));
        Result<crypto::RsaPublicKey> enc = publicKeyFrom(o.value(u"encryptionKey"));
        if (!key || !sig || !enc)
            return storage(QStringLiteral("%1: account %2 is damaged").arg(path, a.guid));
        a.sharedKey = std::move(key).value();
        a.signatureKey = std::move(sig).value();
        a.encryptionKey = std::move(enc).value();
        putAccount(std::move(a));
    }
    return {};
}

const DomainState *ServerState::domainByGuid(const QString &guid) const
{
    for (const DomainState &d : m_domains) {
        if (d.guid == guid)
            return &d;
    }
    return nullptr;
}

const DomainState *ServerState::domainByName(const QString &name) const
{
    for (const DomainState &d : m_domains) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const DomainState *ServerState::deviceDomain() const
{
    for (const DomainState &d : m_domains) {
        if (d.isDeviceDomain)
            return &d;
    }
    return nullptr;
}

MemberState *ServerState::memberByKeyId(const QString &keyId)
{
    for (MemberState &m : m_members) {
        if (m.keyId == keyId)
            return &m;
    }
    return nullptr;
}

MemberState *ServerState::memberByLogin(const QString &login)
{
    for (MemberState &m : m_members) {
        if (m.login == login)
            return &m;
    }
    return nullptr;
}

const AccountState *ServerState::account(const QString &guid, const QString &domainGuid) const
{
    const auto it = m_accounts.constFind(keyOf(domainGuid, guid));
    return it == m_accounts.cend() ? nullptr : &*it;
}

void ServerState::putAccount(AccountState account)
{
    const QString key = keyOf(account.domainGuid, account.guid);
    if (auto it = m_accounts.find(key); it != m_accounts.end())
        wipe(it->sharedKey);
    m_accounts.insert(key, std::move(account));
}

Status ServerState::recordHeartbeat(const QString &guid, const QString &domainGuid, qint64 at,
                                    qint32 sequenceNumber)
{
    const auto it = m_accounts.find(keyOf(domainGuid, guid));
    if (it == m_accounts.end())
        return unknownAccount(guid);
    it->lastHeartbeatAt = at;
    it->lastSequenceNumber = sequenceNumber;
    return save();
}

Status ServerState::unknownAccount(const QString &accountGuid) const
{
    return Error::make(ErrorKind::Usage, QStringLiteral("no account %1").arg(accountGuid));
}

void ServerState::unenrollMemberOf(const QString &accountGuid)
{
    // Re-enrollment starts with KeyActivation, which refuses a code that is already enrolled.
    for (MemberState &m : m_members) {
        if (m.accountGuid == accountGuid) {
            m.enrolled = false;
            m.accountGuid.clear();
            m.enrolledAt = 0;
        }
    }
}

Status ServerState::requireReenrollment(const QString &accountGuid)
{
    bool found = false;
    for (AccountState &a : m_accounts) {
        if (a.guid == accountGuid) {
            a.reenrollRequired = true;
            found = true;
        }
    }
    if (!found)
        return unknownAccount(accountGuid);
    unenrollMemberOf(accountGuid);
    return save();
}

Status ServerState::removeAccount(const QString &accountGuid)
{
    bool found = false;
    for (auto it = m_accounts.begin(); it != m_accounts.end();) {
        if (it->guid == accountGuid) {
            wipe(it->sharedKey);
            it = m_accounts.erase(it);
            found = true;
        } else {
            ++it;
        }
    }
    if (!found)
        return unknownAccount(accountGuid);
    unenrollMemberOf(accountGuid);
    return save();
}

} // namespace groove::devserver
