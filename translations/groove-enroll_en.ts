<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>groove::Engine</name>
    <message>
        <source>The managed-device policy %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to deploy a complete policy (group [Managed]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::Error</name>
    <message>
        <source>The server sent a reply this program cannot understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply failed a security check; it may have been altered on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management domain&apos;s certificate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is incomplete or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the management server could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password would be sent over an unencrypted connection, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again. If it persists, the administrator should check that the management server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; the administrator should check the load of the management server and the network in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. The administrator should check the server certificate, or give you the CA file or pin to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https address for the authenticated endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your login name and password. If they are right, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your administrator and give them the error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it persists, the administrator should check that the address points to a Groove management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue on this network; the reply may have been tampered with. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and check that your home folder is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keyring service on this computer to keep the account&apos;s keys in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start a keyring service, for example GNOME Keyring (package gnome-keyring) or KWallet, in a session with D-Bus (a desktop login provides both). Or, on the command line, add --insecure-keystore to keep the keys in a file that only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::Fault</name>
    <message>
        <source>The server could not read the request from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Groove Enroll; if it persists, the administrator should check that the server and client versions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the enrollment again; the administrator can check that the account was not removed from the management domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not verify this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the enrollment again; if it fails again, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while processing the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the management server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again; the administrator can find the rejected value in the server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not verify the security of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the account configuration code was typed exactly as received; otherwise ask the administrator for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while reading contact information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not add this account to the management domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your administrator; the domain may be full or misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the management domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator should check the domain settings (for managed devices: DeviceDomainGUID in the policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must be enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for a new account configuration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login name; the administrator should check that you are a member of a management domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not back up the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prepare an audit upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not receive an audit file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not receive an audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prepare an audit log upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator should enable Basic authentication over HTTPS on the authenticated endpoint, or give you an account configuration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received an empty login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no backup for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the account backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration is not enabled for you on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for an account configuration code, or to enable automatic account configuration for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account configuration code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code against the e-mail from your administrator (copy and paste it); if it still fails, ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account configuration code has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code works once. Ask your administrator for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not verify this computer&apos;s enrollment signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::Policy</name>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy (%1) does not allow the enrollment method %2; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy of your organisation is not usable: %1, key %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to correct the policy. Until then this computer cannot be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid INI syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password in the address is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method %1 (known: manual, auto-configuration, auto-activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http:// proxy address (http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not 64 hexadecimal digits (the SHA-256 of the server&apos;s public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item %1 (known: ServerURL, Method, Proxy, CAFile, PinSha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked but has no value (for Method: AllowedMethods)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::Step</name>
    <message>
        <source>Signing in to get your account configuration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering this computer with the device domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting your account configuration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account configuration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the security keys of your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the management domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::Accounts</name>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account %2 in %3 (%4), since %5, keys in %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1 from this computer (the server keeps its record).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device account %1 in %2 (%3), since %4, keys in %5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::Check</name>
    <message>
        <source>The management server can be reached.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::CommandLine</name>
    <message>
        <source>Run without the graphical wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name for automatic configuration or activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate this computer as a managed device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the enrolled accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an enrolled account from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the way to the server (DNS, TCP, TLS, endpoint) without enrolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll with a built-in demonstration server on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run groove-enroll --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account configuration code (manual enrollment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the account configuration code from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed-device policy (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for each request in seconds (default: 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept only a server whose public key has this SHA-256 (hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy to use instead of the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated endpoint instead of the derived one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a technical log on standard error (never secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (the SHA-256 of the server&apos;s public key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy needs an http:// proxy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check needs --server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code either with --code or with --code-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--managed gets its code from the server; do not give --code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code and a login exclude one another: use one way to enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --code, --code-stdin, or --login with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server URL is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin is needed with a login (the password is never taken from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys in a plain-text file only you can read instead of the keyring, for computers without one (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-url is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether it still knows the enrolled accounts (all, or the account whose GUID follows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the status tray (used when you log in); without a tray, open the status window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolls this computer with a Groove management server. Without options it opens the enrollment wizard, or the status window when an account exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment link from your IT department (groove-enroll://enroll?...): opens the wizard with the server and the code filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one enrollment link, as the first argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment link opens the wizard; it cannot be combined with --headless, --json, --tray, an enrollment or another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tray starts the graphical client; it cannot be combined with --headless, --json, an enrollment or another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a diagnostics archive for your IT department (logs without secrets, versions, accounts) to FILE and print its incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics and an enrollment exclude one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-diagnostics needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::GuiApp</name>
    <message>
        <source>Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the enrollment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running enrollment has finished or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll %1

Enrolls this computer with a Groove management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is for the server %1, but your organisation&apos;s policy sets %2 for this computer. The link was not used.

%3</source>
        <extracomment>%1 the server of the link, %2 the server the organisation&apos;s policy sets</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::Heartbeat</name>
    <message>
        <source>%1: the server knows this account (next check in %2 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs to be enrolled again: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server could not be reached (since %2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not confirmed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::Result</name>
    <message>
        <source>Enrolled %1 in the management domain %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  account   %1
  identity  %2
  server    %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  device    %1 (device account)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keys in   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error code: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server confirmed this account at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this account (fault %1): enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (groove-enroll --heartbeat asks it now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not been reachable since %1; the account is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed at the step &quot;%1&quot;: %2
</source>
        <extracomment>%1 is a step title such as &quot;Checking the account configuration code&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::Runner</name>
    <message>
        <source>The account configuration code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name is needed: give --login or set LoginName in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a management server runs at %1 for this run only; member Bob Example, account configuration code %2. Nothing is kept afterwards.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> done (%1 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling with %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: --code puts the account configuration code into the process list, where other users of this computer can read it, and into your shell history. Use --code-stdin and give the code on standard input instead.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the management server %1 changed since it was trusted on this computer (its key&apos;s SHA-256 is now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator whether the server got a new key. Only then run again with --pin-sha256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the management server %1 is not trusted (%2). Its key&apos;s SHA-256 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with your administrator that this is the server&apos;s key, then run again with --pin-sha256 %1, or with --ca-file and the certificate of the authority that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServerURL of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::app::main</name>
    <message>
        <source>There is no display for the graphical client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use the command line options (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::diag::DiagnosticsBundle</name>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, for example your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::ConnectivityCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address, no lookup needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authenticated endpoint %1 is not an https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not match the configured pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate &quot;%2&quot; verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pin matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (TLS failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SOAP answer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answers SOAP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answers SOAP requests (fault %1 for an unknown code, as expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a SOAP response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s key has the SHA-256 %1 (--pin-sha256 %1 trusts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, key trusted on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentEngine</name>
    <message>
        <source>No server address was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name is needed for automatic configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to continue over an unencrypted connection (http), although it was reached over https. Enrollment stopped; nothing was stored and the code was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to give the server an https address (ServerURL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentLink</name>
    <message>
        <source>Ask your IT department for a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link is damaged. Copy the whole link from the e-mail again, or type the server address and the code yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link contains the unknown part &quot;%1&quot;. It may be meant for a newer version of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link contains &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link has an empty &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not an enrollment link of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link has no server address and no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The enrollment link is too long (more than %n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment link has no server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment link has no account configuration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address in the enrollment link is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account configuration code in the enrollment link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate fingerprint (pin) in the enrollment link is not 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time in the enrollment link is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment link expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::HeartbeatMonitor</name>
    <message>
        <source>The account %1 is not enrolled on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::ServerUrl</name>
    <message>
        <source>The server address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be a host name, host:port, or a full address such as http://host/gms.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address in the server address must be written in brackets, for example [2001:db8::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must contain a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must end in /gms.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of the server address must not contain empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be a full address such as https://host/AutoActivate/gms.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 uses plain HTTP. The account configuration code travels unprotected, and anyone who can see the traffic can find it by trying candidate codes offline against what is sent. Use an https:// address if the server offers one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::SoapCall</name>
    <message>
        <source>The management server&apos;s certificate does not match the configured pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server redirected the request to an address this program does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page came back instead of the management server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a hotel or guest network, sign in to the network in your browser first. Otherwise check the management server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::Transport</name>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::TrustStore</name>
    <message>
        <source>The list of trusted servers (%1) cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::engine::UntrustedCertificate</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::store::AccountStore</name>
    <message>
        <source>The account file %1 is damaged. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the file or move it away, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolled account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another enrollment is running on this computer: the account file %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the account file %1 could not be saved. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on %1 (where %2 is), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::store::FileSecretStore</name>
    <message>
        <source>The folder for the key file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the key file is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the key file belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions of the key folder could not be restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be saved in the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is in use by another Groove Enroll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::store::KeychainSecretStore</name>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be read from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Groove Enroll to use your keyring when you are asked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring does not work on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::store::SecretStore</name>
    <message>
        <source>A saved key of this account was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::AccountListModel</name>
    <message>
        <source>Device account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server confirmed this account at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server cannot be reached. The account is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server has not been reachable since %1. The account is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server no longer accepts this account (fault %1). Choose &quot;Re-enroll&quot; to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server has not confirmed this account yet. Choose &quot;Check now&quot; to ask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the management server about this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::CheckPage</name>
    <message>
        <source>Finding the server (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securing the connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the management server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this computer can reach the management server. Nothing is enrolled and your code is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the connection check once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>%1 is the item (&quot;Finding the server (DNS)&quot;), %2 its state, %3 what was found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server can be reached. You can enroll now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files help your IT department find out what went wrong. They contain no codes, passwords or keys. Tell them the incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files in the archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontents of the selected file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses where to save the diagnostics archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. Send this file to your IT department and tell them the incident id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics could not be saved. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::EnrollWizard</name>
    <message>
        <source>Enroll this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ErrorPresenter</name>
    <message>
        <source>Server fault code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::InputPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries the connection to the management server without enrolling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ManagedPage</name>
    <message>
        <source>Your organisation manages this computer and has set the management server. Sign in with your organisation account to enroll it. The password is used only for this enrollment and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings send the password to %1, which is not an encrypted (https) address. Ask your IT department to correct the settings of this computer.</source>
        <extracomment>%1 is the sign-in address from the organisation&apos;s settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ProgressPage</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, e.g. &quot;1.4 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is being enrolled. This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues the enrollment from the step that failed, with the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what the step does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the enrollment and removing what was stored so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <extracomment>%1 and %2 are numbers, %3 what the step does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <extracomment>%1 is what the step does, %2 how long it took</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <extracomment>%1 is what the step does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer as expected. Trying again in %n s (attempt %1).</source>
        <extracomment>%n is a number of seconds, %1 counts the attempts from 1</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s security certificate needs your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can try again: the steps already done are kept.</source>
        <extracomment>%1 says what went wrong (a whole sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ResultPage</name>
    <message>
        <source>C&amp;opy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why there is no way back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the technical details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the technical details to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s account: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way back to the code: the server may already have used it up. Ask your IT department for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way back to the sign-in: the server may already have used up the code it gave for it. Ask your IT department to reset your enrollment, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the page where you entered it. Nothing was kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the steps, the error and the log. It contains no code, password or key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerCodePage</name>
    <message>
        <source>&amp;Paste e-mail or link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and the code are in the e-mail from your IT department. Copy the whole e-mail or the enrollment link, then paste it here to fill in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste e-mail or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the server address and the code from copied text: the e-mail of your IT department or an enrollment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account configuration code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM-NPQR</source>
        <extracomment>An example of the shape of a code; not a real code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account configuration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from the e-mail of your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty. Type it exactly as in the e-mail from your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains a character that cannot be sent (at position %1). Type the code exactly as in the e-mail from your IT department.</source>
        <extracomment>%1 is the position of the character in the code (1 = first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address and no code were found in the copied text. Copy the whole e-mail or the enrollment link, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied text was not used, because the fields are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address and the code were filled in from the copied text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address was filled in. Type the code as it is in the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was filled in. Type the server address as it is in the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied text is for the server %1, but this computer must use %2. %3</source>
        <extracomment>%1 the server in the copied text, %2 the locked server, %3 why it is locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerField</name>
    <message>
        <source>gms.example.com</source>
        <extracomment>An example, not a real address; keep the .example domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the management server, from the e-mail of your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in sends your password, so the management server must be reached over an encrypted connection. Use the address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address used: %1</source>
        <extracomment>%1 is the normalised address of the management server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the management server as the program will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::SignInPage</name>
    <message>
        <source>Sign in with the user name and password of your organisation account. The password is used only for this enrollment and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::StatusWindow</name>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-enroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of this computer with their health and last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the management server now whether it still accepts the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the enrollment wizard with the server of the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected account and its keys from this computer after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keys are deleted from this computer. The management server keeps the account; to use it here again, you need a new account configuration code from your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the accounts and the log. It contains no code, password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the folder with the log files in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::TrayController</name>
    <message>
        <source>The management server no longer accepts the account %1 of %2. Open Groove Enroll to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management server no longer accepts several accounts of this computer. Open Groove Enroll to enroll them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll: an account needs to be enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll is enrolling this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll: the management server has not been reachable since %1. Your accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll: the management server cannot be reached. Your accounts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is not enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::TrustDialog</name>
    <message>
        <source>Unknown security certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know the security certificate of the management server. Compare the values below with those your IT department gives you. Trust the server only if they match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembers the key of this server on this computer and continues the enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the enrollment. Nothing is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a certificate&apos;s common name, %2 its organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this server changed since it was trusted on this computer. Trust the new key only if your IT department confirms the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::WelcomePage</name>
    <message>
        <source>This assistant connects this computer to the management server of your organisation. You need the e-mail from your IT department or your organisation account. It takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to enroll this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an account &amp;configuration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address and the code are in the e-mail from your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with my organisation account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the user name and password of your organisation account. The password is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is &amp;managed by my organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has set this computer up for enrollment. You sign in with your organisation account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow any way to enroll that this computer is set up for. Ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groove::ui::WizardPageNames</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 and %2 are numbers, %3 is the page name (e.g. &quot;Step 2 of 4 · Server and code&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
