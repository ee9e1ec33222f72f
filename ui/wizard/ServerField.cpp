#include "ui/wizard/ServerField.h"

#include "net/ServerUrl.h"
#include "ui/wizard/FieldMessage.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

namespace {

const QString SchemeSeparator = QStringLiteral("://");
const QString GmsDll = QStringLiteral("/gms.dll");

// Where the path starts in "scheme://authority/path", or -1 when there is none.
qsizetype pathStart(const QString &url)
{
    const qsizetype authority = url.indexOf(SchemeSeparator);
    if (authority < 0)
        return -1;
    for (qsizetype i = authority + SchemeSeparator.size(); i < url.size(); ++i) {
        if (url.at(i) == u'/' || url.at(i) == u'?' || url.at(i) == u'#')
            return i;
    }
    return -1;
}

} // namespace

ServerField::ServerField(Policy policy, QWidget *parent)
    : QWidget(parent),
      m_policy(policy),
      m_edit(new QLineEdit(this)),
      m_preview(new QLabel(this)),
      m_message(new FieldMessage(QStringLiteral("serverMessage"), this)),
      m_lock(new FieldMessage(QStringLiteral("serverLocked"), this))
{
    m_edit->setObjectName(QStringLiteral("serverEdit"));
    //: An example, not a real address; keep the .example domain
    m_edit->setPlaceholderText(tr("gms.example.com"));
    m_edit->setAccessibleName(tr("Management server"));
    m_edit->setAccessibleDescription(
            tr("The address of the management server, from the e-mail of your IT department."));
    m_edit->setClearButtonEnabled(true);
    m_edit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_preview->setObjectName(QStringLiteral("serverPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_preview->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_preview->setFont(small);
    m_preview->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    layout->addWidget(m_lock);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // More than one character at once is a paste (or a drop): show problems at once.
        if (text.size() - m_lastLength > 1)
            m_touched = true;
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_touched = false;
        revalidate();
        m_lastLength = text.size();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = !m_edit->text().trimmed().isEmpty();
        refreshMessages();
    });
}

QString ServerField::preClean(const QString &input, Policy policy)
{
    QString text = input.trimmed();
    // E-mail programs put addresses in angle brackets or quotes.
    if (text.size() >= 2
        && ((text.startsWith(u'<') && text.endsWith(u'>'))
            || (text.startsWith(u'"') && text.endsWith(u'"')))) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty())
        return text;
    if (!text.contains(SchemeSeparator)) {
        if (policy == Policy::HttpsOnly)
            text.prepend(QStringLiteral("https://"));
        else if (text.contains(u'/'))
            // "host/path": the engine completes only a bare host or host:port, with http (as
            // the command line does); a path means someone copied the address without scheme.
            text.prepend(QStringLiteral("http://"));
        else
            return text;
    }
    const qsizetype path = pathStart(text);
    if (path >= 0 && (text.at(path) == u'?' || text.at(path) == u'#'))
        return text; // the engine explains why a query does not belong there
    if (path < 0 || !text.endsWith(GmsDll, Qt::CaseInsensitive))
        text.append(GmsDll);
    return text;
}

Result<QUrl> ServerField::normalize(const QString &input, Policy policy)
{
    const QString cleaned = preClean(input, policy);
    Result<QUrl> url = engine::normalizeServerUrl(cleaned);
    if (url && policy == Policy::HttpsOnly && engine::isPlainHttp(*url)) {
        Error e = Error::make(ErrorKind::Insecure, QStringLiteral("http server for sign-in"));
        e.message = tr("Signing in sends your password, so the management server must be "
                       "reached over an encrypted connection. Use the address that starts with "
                       "https://.");
        return e;
    }
    return url;
}

void ServerField::setText(const QString &text)
{
    m_edit->setText(text);
    m_touched = !text.trimmed().isEmpty();
    refreshMessages();
}

QString ServerField::text() const
{
    return m_edit->text();
}

void ServerField::setLocked(bool locked, const QString &reason)
{
    m_locked = locked;
    m_edit->setReadOnly(locked);
    m_edit->setClearButtonEnabled(!locked);
    if (locked) {
        m_lock->setMessage(IconId::Locked, tr("Locked"), reason);
        m_edit->setAccessibleDescription(reason);
    } else {
        m_lock->clear();
        m_edit->setAccessibleDescription(
                tr("The address of the management server, from the e-mail of your IT department."));
    }
}

void ServerField::showProblem(const QString &text)
{
    m_problem = text;
    refreshMessages();
}

void ServerField::revalidate()
{
    const bool wasValid = isValid();
    const QUrl before = url();
    const QString text = m_edit->text();
    m_problem.clear();
    if (text.trimmed().isEmpty()) {
        m_url.reset();
    } else {
        const Result<QUrl> url = normalize(text, m_policy);
        if (url)
            m_url = *url;
        else {
            m_url.reset();
            m_problem = url.error().message;
        }
    }
    refreshMessages();
    if (wasValid != isValid() || before != url())
        emit changed();
}

void ServerField::refreshMessages()
{
    if (m_url) {
        const QString address = m_url->toString();
        //: %1 is the normalised address of the management server
        m_preview->setText(tr("Address used: %1").arg(address));
        m_preview->setAccessibleName(m_preview->text());
        m_preview->setAccessibleDescription(
                tr("The address of the management server as the program will use it."));
        m_preview->show();
    } else {
        m_preview->clear();
        m_preview->hide();
    }

    if (!m_problem.isEmpty() && (m_touched || m_locked)) {
        m_message->setMessage(IconId::Warning, tr("Problem"), m_problem);
    } else if (m_url && engine::isPlainHttp(*m_url) && (m_touched || m_locked)) {
        m_message->setMessage(IconId::Warning, tr("Warning"), engine::plainHttpWarning(*m_url));
    } else {
        m_message->clear();
    }
}

} // namespace groove::ui
