<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Enrolls this computer with a Groove management server.</source>
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
        <source>--status, --unenroll, --check, --demo, --heartbeat and an enrollment exclude one another.</source>
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
        <source>Enrollment failed while %1: %2
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
        <source>The server could not be reached since %1; the account is kept.</source>
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
    <name>groove::ui::ErrorPresenter</name>
    <message>
        <source>Incomplete Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected Server Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server fault code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
