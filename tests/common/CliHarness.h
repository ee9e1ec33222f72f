#pragma once

// Runs groove-enroll as a real process for the command-line tests (CLI-CONTRACT.md): one private
// XDG_DATA_HOME per CliHome, the test's environment otherwise (so the Secret Service of
// scripts/with-keyring.sh is the one the CLI uses). Waiting always spins the event loop, so that
// an in-process DevServer keeps answering while the CLI runs.

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

#include <memory>

namespace groove::devserver {
class DevServer;
}

namespace clitest {

// The result of one finished (or abandoned) CLI run.
struct CliRun
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // stdout, when it is exactly one JSON object on one line
    QString jsonProblem; // why stdout is not that (empty when it is)

    // For failure messages: exit code, stdout and the end of stderr.
    [[nodiscard]] QString describe() const;
    // The secrets (and their variants) that appear on stdout or stderr.
    [[nodiscard]] QStringList leaks(const QStringList &secrets) const;
};

[[nodiscard]] QString programPath(); // groove-enroll
[[nodiscard]] QString devserverPath(); // gms-devserver
[[nodiscard]] bool haveSessionBus();
inline constexpr const char *NeedsKeyring =
        "needs a D-Bus session with a Secret Service: run under scripts/with-keyring.sh";

// Starts 'process', writes 'input' to its standard input and (unless told not to) closes it.
void startWithInput(QProcess &process, const QByteArray &input, bool closeInput = true);
// Waits (event loop running) until 'process' ends or 'timeoutMs' passes, then collects its output.
[[nodiscard]] CliRun collect(QProcess &process, int timeoutMs);

// Whether the process's main thread sleeps reading a pipe (its standard input) (Linux). The
// kernel names the place (/proc/<pid>/wchan) only to root, or for a dumpable process; groove-enroll
// is not dumpable, so otherwise a sleep without any context switch for 200 ms stands in for it.
[[nodiscard]] bool blockedReadingInput(const QProcess &process);

// The standard input variants the contract asks for.
[[nodiscard]] QByteArray withBomCrlfAndSpaces(const QString &text);

class CliHome final
{
public:
    CliHome();
    CliHome(const CliHome &) = delete;
    CliHome &operator=(const CliHome &) = delete;

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString dataHome() const { return m_dir.path(); }
    [[nodiscard]] QString accountsPath() const; // <XDG_DATA_HOME>/groove-enroll/accounts.json
    [[nodiscard]] QProcessEnvironment environment() const;
    // Runs the CLI without this variable of the test's environment.
    void unset(const QString &variable) { m_unset.append(variable); }

    // A started CLI; the caller waits for it with collect().
    [[nodiscard]] std::unique_ptr<QProcess>
    start(const QStringList &arguments, const QByteArray &input = {}, bool closeInput = true) const;
    [[nodiscard]] CliRun run(const QStringList &arguments, const QByteArray &input = {},
                             int timeoutMs = 90000) const;

    // `--status --json`; 'problem' tells why the answer is not a usable account list.
    [[nodiscard]] QJsonArray status(QString *problem) const;
    // What the account file holds: records and pending journal entries (names of secrets).
    [[nodiscard]] QStringList accountGuidsInFile(QString *problem) const;
    [[nodiscard]] QStringList pendingSecretNames(QString *problem) const;

    // Empty when no account and no journal entry of any run is left: not in the file, not in
    // `--status`, and (given a server) no keychain entry for any account the server ever saw.
    [[nodiscard]] QString leftovers(groove::devserver::DevServer *server = nullptr) const;

private:
    QTemporaryDir m_dir;
    QStringList m_unset;
};

// The Secret Service as groove-enroll uses it (service "groove-enroll").
enum class Presence { Present, Absent, Failed };
[[nodiscard]] Presence keychainEntry(const QString &name);
// The three secret names of an account on 127.0.0.1.
[[nodiscard]] QStringList secretNamesOf(const QString &accountGuid,
                                        const QString &host = QStringLiteral("127.0.0.1"));
// Names among 'names' that are not in the state 'wanted'; "(failed)" marks an unanswered read.
[[nodiscard]] QStringList keychainMismatches(const QStringList &names, Presence wanted);

// The checks every successful `--json` enrollment must pass; empty when all hold.
[[nodiscard]] QString checkEnrolledJson(const QJsonObject &json, const QString &flow,
                                        const QString &serverUrl);
// The checks every failed `--json` run must pass; empty when all hold. faultCode < 0: absent.
[[nodiscard]] QString checkFailedJson(const QJsonObject &json, const QString &errorClass,
                                      int faultCode);
[[nodiscard]] bool isIsoUtc(const QString &text);

} // namespace clitest
