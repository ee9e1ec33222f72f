<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>groove::Engine</name>
    <message>
        <source>The managed-device policy %1 is not usable: %2</source>
        <translation>Die Richtlinie für verwaltete Geräte %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Ask your administrator to deploy a complete policy (group [Managed]).</source>
        <translation>Bitten Sie Ihren Administrator, eine vollständige Richtlinie (Gruppe [Managed]) zu verteilen.</translation>
    </message>
</context>
<context>
    <name>groove::Error</name>
    <message>
        <source>The server sent a reply this program cannot understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die dieses Programm nicht versteht.</translation>
    </message>
    <message>
        <source>The server sent a reply that is too large.</source>
        <translation>Der Server hat eine zu große Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply failed a security check; it may have been altered on the way.</source>
        <translation>Die Antwort des Servers hat eine Sicherheitsprüfung nicht bestanden; sie wurde möglicherweise unterwegs verändert.</translation>
    </message>
    <message>
        <source>A security key could not be read.</source>
        <translation>Ein Sicherheitsschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The management domain&apos;s certificate is not valid.</source>
        <translation>Das Zertifikat der Verwaltungsdomäne ist ungültig.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this computer.</source>
        <translation>Ein kryptografischer Vorgang ist auf diesem Computer fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The management server refused the request.</source>
        <translation>Der Verwaltungsserver hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The request is incomplete or not valid.</source>
        <translation>Die Anfrage ist unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>The management server could not be reached.</source>
        <translation>Der Verwaltungsserver konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The management server did not answer in time.</source>
        <translation>Der Verwaltungsserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the management server could not be verified.</source>
        <translation>Die sichere Verbindung zum Verwaltungsserver konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Your password would be sent over an unencrypted connection, so it was not sent.</source>
        <translation>Ihr Passwort würde über eine unverschlüsselte Verbindung übertragen und wurde deshalb nicht gesendet.</translation>
    </message>
    <message>
        <source>The login name or password was not accepted.</source>
        <translation>Der Anmeldename oder das Passwort wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The account could not be saved on this computer.</source>
        <translation>Das Konto konnte nicht auf diesem Computer gespeichert werden.</translation>
    </message>
    <message>
        <source>Enrollment was cancelled.</source>
        <translation>Die Registrierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check what was entered and try again.</source>
        <translation>Überprüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again. If it persists, the administrator should check that the management server is running.</source>
        <translation>Überprüfen Sie die Netzwerkverbindung und die Serveradresse und versuchen Sie es dann erneut. Wenn das Problem weiterhin besteht, sollte der Administrator prüfen, ob der Verwaltungsserver läuft.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should check the load of the management server and the network in between.</source>
        <translation>Versuchen Sie es später erneut; der Administrator sollte die Auslastung des Verwaltungsservers und das Netzwerk dazwischen prüfen.</translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. The administrator should check the server certificate, or give you the CA file or pin to use.</source>
        <translation>Fahren Sie in einem nicht vertrauenswürdigen Netzwerk nicht fort. Der Administrator sollte das Serverzertifikat prüfen oder Ihnen die zu verwendende CA-Datei bzw. den Pin geben.</translation>
    </message>
    <message>
        <source>Use an https address for the authenticated endpoint.</source>
        <translation>Verwenden Sie für den authentifizierten Endpunkt eine https-Adresse.</translation>
    </message>
    <message>
        <source>Check your login name and password. If they are right, contact your administrator.</source>
        <translation>Überprüfen Sie Ihren Anmeldenamen und Ihr Passwort. Wenn beide stimmen, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Contact your administrator and give them the error code.</source>
        <translation>Wenden Sie sich an Ihren Administrator und nennen Sie ihm den Fehlercode.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the administrator should check that the address points to a Groove management server.</source>
        <translation>Versuchen Sie es später erneut. Wenn das Problem weiterhin besteht, sollte der Administrator prüfen, ob die Adresse auf einen Groove-Verwaltungsserver verweist.</translation>
    </message>
    <message>
        <source>Do not continue on this network; the reply may have been tampered with. Tell your administrator.</source>
        <translation>Fahren Sie in diesem Netzwerk nicht fort; die Antwort wurde möglicherweise manipuliert. Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and check that your home folder is writable, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (zum Beispiel durch die Anmeldung am Desktop), prüfen Sie, ob Ihr persönlicher Ordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Start again when you are ready.</source>
        <translation>Auf diesem Computer wurde nichts geändert. Beginnen Sie erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>There is no keyring service on this computer to keep the account&apos;s keys in.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbunddienst, in dem die Schlüssel des Kontos aufbewahrt werden können.</translation>
    </message>
    <message>
        <source>Install and start a keyring service, for example GNOME Keyring (package gnome-keyring) or KWallet, in a session with D-Bus (a desktop login provides both). Or, on the command line, add --insecure-keystore to keep the keys in a file that only you can read.</source>
        <translation>Installieren und starten Sie einen Schlüsselbunddienst, zum Beispiel GNOME Keyring (Paket gnome-keyring) oder KWallet, in einer Sitzung mit D-Bus (eine Desktop-Anmeldung stellt beides bereit). Oder fügen Sie auf der Befehlszeile --insecure-keystore hinzu, um die Schlüssel in einer Datei aufzubewahren, die nur Sie lesen können.</translation>
    </message>
</context>
<context>
    <name>groove::Fault</name>
    <message>
        <source>The server could not read the request from this computer.</source>
        <translation>Der Server konnte die Anfrage dieses Computers nicht lesen.</translation>
    </message>
    <message>
        <source>Update Groove Enroll; if it persists, the administrator should check that the server and client versions match.</source>
        <translation>Aktualisieren Sie Groove Enroll; wenn das Problem weiterhin besteht, sollte der Administrator prüfen, ob die Versionen von Server und Client zusammenpassen.</translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation>Der Server kennt dieses Konto nicht.</translation>
    </message>
    <message>
        <source>Start the enrollment again; the administrator can check that the account was not removed from the management domain.</source>
        <translation>Starten Sie die Registrierung erneut; der Administrator kann prüfen, ob das Konto aus der Verwaltungsdomäne entfernt wurde.</translation>
    </message>
    <message>
        <source>The server could not verify this account.</source>
        <translation>Der Server konnte dieses Konto nicht überprüfen.</translation>
    </message>
    <message>
        <source>Start the enrollment again; if it fails again, contact your administrator.</source>
        <translation>Starten Sie die Registrierung erneut; wenn sie wieder fehlschlägt, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server failed while processing the request.</source>
        <translation>Beim Verarbeiten der Anfrage ist auf dem Server ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the management server&apos;s log.</source>
        <translation>Versuchen Sie es später erneut; der Administrator sollte das Protokoll des Verwaltungsservers prüfen.</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>Der Server hat einen Wert in der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again; the administrator can find the rejected value in the server&apos;s log.</source>
        <translation>Prüfen Sie, ob die Uhr dieses Computers richtig geht, und versuchen Sie es dann erneut; der Administrator findet den abgelehnten Wert im Protokoll des Servers.</translation>
    </message>
    <message>
        <source>The server could not verify the security of the request.</source>
        <translation>Der Server konnte die Sicherheit der Anfrage nicht überprüfen.</translation>
    </message>
    <message>
        <source>Check that the account configuration code was typed exactly as received; otherwise ask the administrator for a new code.</source>
        <translation>Prüfen Sie, ob der Kontokonfigurationscode genau so eingegeben wurde, wie Sie ihn erhalten haben; bitten Sie andernfalls den Administrator um einen neuen Code.</translation>
    </message>
    <message>
        <source>The server failed while reading contact information.</source>
        <translation>Beim Lesen der Kontaktinformationen ist auf dem Server ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the server&apos;s log.</source>
        <translation>Versuchen Sie es später erneut; der Administrator sollte das Protokoll des Servers prüfen.</translation>
    </message>
    <message>
        <source>The server could not add this account to the management domain.</source>
        <translation>Der Server konnte dieses Konto nicht zur Verwaltungsdomäne hinzufügen.</translation>
    </message>
    <message>
        <source>Contact your administrator; the domain may be full or misconfigured.</source>
        <translation>Wenden Sie sich an Ihren Administrator; die Domäne ist möglicherweise voll oder falsch konfiguriert.</translation>
    </message>
    <message>
        <source>The server does not know the management domain.</source>
        <translation>Der Server kennt die Verwaltungsdomäne nicht.</translation>
    </message>
    <message>
        <source>The administrator should check the domain settings (for managed devices: DeviceDomainGUID in the policy).</source>
        <translation>Der Administrator sollte die Domäneneinstellungen prüfen (bei verwalteten Geräten: DeviceDomainGUID in der Richtlinie).</translation>
    </message>
    <message>
        <source>This account must be enrolled again.</source>
        <translation>Dieses Konto muss erneut registriert werden.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new account configuration code.</source>
        <translation>Bitten Sie Ihren Administrator um einen neuen Kontokonfigurationscode.</translation>
    </message>
    <message>
        <source>The server does not know your login name.</source>
        <translation>Der Server kennt Ihren Anmeldenamen nicht.</translation>
    </message>
    <message>
        <source>Check the login name; the administrator should check that you are a member of a management domain.</source>
        <translation>Überprüfen Sie den Anmeldenamen; der Administrator sollte prüfen, ob Sie Mitglied einer Verwaltungsdomäne sind.</translation>
    </message>
    <message>
        <source>The server could not back up the account.</source>
        <translation>Der Server konnte das Konto nicht sichern.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit upload.</source>
        <translation>Der Server konnte keinen Audit-Upload vorbereiten.</translation>
    </message>
    <message>
        <source>The server could not receive an audit file.</source>
        <translation>Der Server konnte keine Audit-Datei empfangen.</translation>
    </message>
    <message>
        <source>The server could not receive an audit log.</source>
        <translation>Der Server konnte kein Audit-Protokoll empfangen.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit log upload.</source>
        <translation>Der Server konnte den Upload eines Audit-Protokolls nicht vorbereiten.</translation>
    </message>
    <message>
        <source>The server could not reset the password.</source>
        <translation>Der Server konnte das Passwort nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>Contact your administrator.</source>
        <translation>Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>Der Server akzeptiert diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The administrator should enable Basic authentication over HTTPS on the authenticated endpoint, or give you an account configuration code.</source>
        <translation>Der Administrator sollte am authentifizierten Endpunkt die Basic-Authentifizierung über HTTPS aktivieren oder Ihnen einen Kontokonfigurationscode geben.</translation>
    </message>
    <message>
        <source>The server received an empty login name.</source>
        <translation>Der Server hat einen leeren Anmeldenamen erhalten.</translation>
    </message>
    <message>
        <source>Enter your login name and try again.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server has no backup for this account.</source>
        <translation>Der Server hat keine Sicherung dieses Kontos.</translation>
    </message>
    <message>
        <source>The server could not read the account backup.</source>
        <translation>Der Server konnte die Kontosicherung nicht lesen.</translation>
    </message>
    <message>
        <source>Automatic configuration is not enabled for you on this server.</source>
        <translation>Die automatische Konfiguration ist auf diesem Server für Sie nicht aktiviert.</translation>
    </message>
    <message>
        <source>Ask your administrator for an account configuration code, or to enable automatic account configuration for you.</source>
        <translation>Bitten Sie Ihren Administrator um einen Kontokonfigurationscode oder darum, die automatische Kontokonfiguration für Sie zu aktivieren.</translation>
    </message>
    <message>
        <source>The account configuration code is not valid.</source>
        <translation>Der Kontokonfigurationscode ist ungültig.</translation>
    </message>
    <message>
        <source>Check the code against the e-mail from your administrator (copy and paste it); if it still fails, ask for a new code.</source>
        <translation>Vergleichen Sie den Code mit der E-Mail Ihres Administrators (kopieren Sie ihn und fügen Sie ihn ein); wenn es weiterhin fehlschlägt, bitten Sie um einen neuen Code.</translation>
    </message>
    <message>
        <source>This account configuration code has already been used.</source>
        <translation>Dieser Kontokonfigurationscode wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>Each code works once. Ask your administrator for a new code.</source>
        <translation>Jeder Code funktioniert nur einmal. Bitten Sie Ihren Administrator um einen neuen Code.</translation>
    </message>
    <message>
        <source>The server could not verify this computer&apos;s enrollment signature.</source>
        <translation>Der Server konnte die Registrierungssignatur dieses Computers nicht überprüfen.</translation>
    </message>
</context>
<context>
    <name>groove::Policy</name>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation>%1 ist durch die Richtlinie Ihrer Organisation (%2) gesperrt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy (%1) does not allow the enrollment method %2; allowed: %3.</source>
        <translation>Die Richtlinie Ihrer Organisation (%1) erlaubt die Registrierungsmethode %2 nicht; erlaubt: %3.</translation>
    </message>
    <message>
        <source>The policy of your organisation is not usable: %1, key %2: %3</source>
        <translation>Die Richtlinie Ihrer Organisation ist nicht verwendbar: %1, Schlüssel %2: %3</translation>
    </message>
    <message>
        <source>Ask your administrator to correct the policy. Until then this computer cannot be enrolled.</source>
        <translation>Bitten Sie Ihren Administrator, die Richtlinie zu korrigieren. Bis dahin kann dieser Computer nicht registriert werden.</translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid INI syntax</source>
        <translation>die Datei kann nicht gelesen werden oder hat keine gültige INI-Syntax</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>To change it, contact %1.</source>
        <translation>Wenden Sie sich für eine Änderung an %1.</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a user name or password in the address is not allowed</source>
        <translation>ein Benutzername oder Passwort in der Adresse ist nicht erlaubt</translation>
    </message>
    <message>
        <source>unknown method %1 (known: manual, auto-configuration, auto-activation)</source>
        <translation>unbekannte Methode %1 (bekannt: manual, auto-configuration, auto-activation)</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>keine Methode angegeben</translation>
    </message>
    <message>
        <source>not an http:// proxy address (http://host:port)</source>
        <translation>keine http://-Proxyadresse (http://host:port)</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>kein absoluter Pfad</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not 64 hexadecimal digits (the SHA-256 of the server&apos;s public key)</source>
        <translation>besteht nicht aus 64 Hexadezimalziffern (dem SHA-256-Wert des öffentlichen Schlüssels des Servers)</translation>
    </message>
    <message>
        <source>unknown item %1 (known: ServerURL, Method, Proxy, CAFile, PinSha256)</source>
        <translation>unbekannter Eintrag %1 (bekannt: ServerURL, Method, Proxy, CAFile, PinSha256)</translation>
    </message>
    <message>
        <source>%1 is locked but has no value (for Method: AllowedMethods)</source>
        <translation>%1 ist gesperrt, hat aber keinen Wert (für Method: AllowedMethods)</translation>
    </message>
</context>
<context>
    <name>groove::Step</name>
    <message>
        <source>Signing in to get your account configuration code</source>
        <translation>Anmelden zum Abrufen Ihres Kontokonfigurationscodes</translation>
    </message>
    <message>
        <source>Registering this computer with the device domain</source>
        <translation>Registrieren dieses Computers bei der Gerätedomäne</translation>
    </message>
    <message>
        <source>Requesting your account configuration code</source>
        <translation>Anfordern Ihres Kontokonfigurationscodes</translation>
    </message>
    <message>
        <source>Checking the account configuration code</source>
        <translation>Prüfen des Kontokonfigurationscodes</translation>
    </message>
    <message>
        <source>Creating the security keys of your account</source>
        <translation>Erstellen der Sicherheitsschlüssel Ihres Kontos</translation>
    </message>
    <message>
        <source>Creating your account on the server</source>
        <translation>Anlegen Ihres Kontos auf dem Server</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain</source>
        <translation>Speichern der Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Joining the management domain</source>
        <translation>Beitritt zur Verwaltungsdomäne</translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation>Speichern des Kontos</translation>
    </message>
</context>
<context>
    <name>groove::app::Accounts</name>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>Auf diesem Computer ist kein Konto registriert.
</translation>
    </message>
    <message>
        <source>%1: account %2 in %3 (%4), since %5, keys in %6
</source>
        <translation>%1: Konto %2 in %3 (%4), seit %5, Schlüssel in %6
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>Auf diesem Computer ist kein Konto %1 registriert.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status listet die registrierten Konten auf.</translation>
    </message>
    <message>
        <source>Removed account %1 from this computer (the server keeps its record).
</source>
        <translation>Das Konto %1 wurde von diesem Computer entfernt (der Server behält seinen Eintrag).
</translation>
    </message>
    <message>
        <source>Device account %1 in %2 (%3), since %4, keys in %5
</source>
        <translation>Gerätekonto %1 in %2 (%3), seit %4, Schlüssel in %5
</translation>
    </message>
</context>
<context>
    <name>groove::app::Check</name>
    <message>
        <source>The management server can be reached.
</source>
        <translation>Der Verwaltungsserver ist erreichbar.
</translation>
    </message>
</context>
<context>
    <name>groove::app::CommandLine</name>
    <message>
        <source>Run without the graphical wizard.</source>
        <translation>Ohne den grafischen Assistenten ausführen.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation>Das Ergebnis als ein JSON-Objekt auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Address of the management server.</source>
        <translation>Adresse des Verwaltungsservers.</translation>
    </message>
    <message>
        <source>Login name for automatic configuration or activation.</source>
        <translation>Anmeldename für die automatische Konfiguration oder Aktivierung.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Activate this computer as a managed device.</source>
        <translation>Diesen Computer als verwaltetes Gerät aktivieren.</translation>
    </message>
    <message>
        <source>List the enrolled accounts.</source>
        <translation>Die registrierten Konten auflisten.</translation>
    </message>
    <message>
        <source>Remove an enrolled account from this computer.</source>
        <translation>Ein registriertes Konto von diesem Computer entfernen.</translation>
    </message>
    <message>
        <source>Check the way to the server (DNS, TCP, TLS, endpoint) without enrolling.</source>
        <translation>Den Weg zum Server prüfen (DNS, TCP, TLS, Endpunkt), ohne zu registrieren.</translation>
    </message>
    <message>
        <source>Enroll with a built-in demonstration server on 127.0.0.1.</source>
        <translation>Mit einem eingebauten Demonstrationsserver auf 127.0.0.1 registrieren.</translation>
    </message>
    <message>
        <source>Run groove-enroll --help to see the options.</source>
        <translation>Führen Sie groove-enroll --help aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Account configuration code (manual enrollment).</source>
        <translation>Kontokonfigurationscode (manuelle Registrierung).</translation>
    </message>
    <message>
        <source>Read the account configuration code from standard input.</source>
        <translation>Den Kontokonfigurationscode von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Managed-device policy (default: %1).</source>
        <translation>Richtlinie für verwaltete Geräte (Standard: %1).</translation>
    </message>
    <message>
        <source>Time limit for each request in seconds (default: 30).</source>
        <translation>Zeitlimit für jede Anfrage in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>Accept only a server whose public key has this SHA-256 (hex).</source>
        <translation>Nur einen Server akzeptieren, dessen öffentlicher Schlüssel diesen SHA-256-Wert hat (hexadezimal).</translation>
    </message>
    <message>
        <source>HTTP proxy to use instead of the system settings.</source>
        <translation>Zu verwendender HTTP-Proxy anstelle der Systemeinstellungen.</translation>
    </message>
    <message>
        <source>Authenticated endpoint instead of the derived one.</source>
        <translation>Authentifizierter Endpunkt anstelle des abgeleiteten.</translation>
    </message>
    <message>
        <source>Print a technical log on standard error (never secrets).</source>
        <translation>Ein technisches Protokoll auf der Standardfehlerausgabe ausgeben (niemals Geheimnisse).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout benötigt eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (the SHA-256 of the server&apos;s public key).</source>
        <translation>--pin-sha256 benötigt 64 Hexadezimalziffern (den SHA-256-Wert des öffentlichen Schlüssels des Servers).</translation>
    </message>
    <message>
        <source>--proxy needs an http:// proxy address.</source>
        <translation>--proxy benötigt eine http://-Proxyadresse.</translation>
    </message>
    <message>
        <source>--check needs --server URL.</source>
        <translation>--check benötigt --server URL.</translation>
    </message>
    <message>
        <source>Give the code either with --code or with --code-stdin, not both.</source>
        <translation>Geben Sie den Code entweder mit --code oder mit --code-stdin an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Der Kontokonfigurationscode ist leer.</translation>
    </message>
    <message>
        <source>--managed gets its code from the server; do not give --code.</source>
        <translation>--managed erhält seinen Code vom Server; geben Sie kein --code an.</translation>
    </message>
    <message>
        <source>A code and a login exclude one another: use one way to enroll.</source>
        <translation>Ein Code und eine Anmeldung schließen einander aus: Verwenden Sie nur eine Art der Registrierung.</translation>
    </message>
    <message>
        <source>Give --code, --code-stdin, or --login with --password-stdin.</source>
        <translation>Geben Sie --code, --code-stdin oder --login mit --password-stdin an.</translation>
    </message>
    <message>
        <source>--server URL is needed.</source>
        <translation>--server URL ist erforderlich.</translation>
    </message>
    <message>
        <source>--password-stdin is needed with a login (the password is never taken from the command line).</source>
        <translation>Mit einer Anmeldung ist --password-stdin erforderlich (das Passwort wird nie von der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>Keep keys in a plain-text file only you can read instead of the keyring, for computers without one (not recommended).</source>
        <translation>Schlüssel statt im Schlüsselbund in einer Klartextdatei aufbewahren, die nur Sie lesen können, für Computer ohne Schlüsselbund (nicht empfohlen).</translation>
    </message>
    <message>
        <source>--auth-url is not usable: %1</source>
        <translation>--auth-url ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Ask the server whether it still knows the enrolled accounts (all, or the account whose GUID follows).</source>
        <translation>Den Server fragen, ob er die registrierten Konten noch kennt (alle oder das Konto mit der folgenden GUID).</translation>
    </message>
    <message>
        <source>Start in the status tray (used when you log in); without a tray, open the status window.</source>
        <translation>Im Infobereich starten (wird bei der Anmeldung verwendet); ohne Infobereich das Statusfenster öffnen.</translation>
    </message>
    <message>
        <source>Enrolls this computer with a Groove management server. Without options it opens the enrollment wizard, or the status window when an account exists.</source>
        <translation>Registriert diesen Computer bei einem Groove-Verwaltungsserver. Ohne Optionen öffnet es den Registrierungsassistenten oder, wenn bereits ein Konto vorhanden ist, das Statusfenster.</translation>
    </message>
    <message>
        <source>An enrollment link from your IT department (groove-enroll://enroll?...): opens the wizard with the server and the code filled in.</source>
        <translation>Ein Registrierungslink Ihrer IT-Abteilung (groove-enroll://enroll?...): öffnet den Assistenten, in dem Server und Code bereits ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Give only one enrollment link, as the first argument.</source>
        <translation>Geben Sie nur einen Registrierungslink an, und zwar als erstes Argument.</translation>
    </message>
    <message>
        <source>An enrollment link opens the wizard; it cannot be combined with --headless, --json, --tray, an enrollment or another mode.</source>
        <translation>Ein Registrierungslink öffnet den Assistenten und kann nicht mit --headless, --json, --tray, einer Registrierung oder einem anderen Modus kombiniert werden.</translation>
    </message>
    <message>
        <source>--tray starts the graphical client; it cannot be combined with --headless, --json, an enrollment or another mode.</source>
        <translation>--tray startet den grafischen Client und kann nicht mit --headless, --json, einer Registrierung oder einem anderen Modus kombiniert werden.</translation>
    </message>
    <message>
        <source>Save a diagnostics archive for your IT department (logs without secrets, versions, accounts) to FILE and print its incident id.</source>
        <translation>Ein Diagnosearchiv für Ihre IT-Abteilung (Protokolle ohne Geheimnisse, Versionen, Konten) in FILE speichern und seine Vorfallskennung ausgeben.</translation>
    </message>
    <message>
        <source>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics and an enrollment exclude one another.</source>
        <translation>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics und eine Registrierung schließen einander aus.</translation>
    </message>
    <message>
        <source>--save-diagnostics needs the name of the file to write.</source>
        <translation>--save-diagnostics benötigt den Namen der zu schreibenden Datei.</translation>
    </message>
</context>
<context>
    <name>groove::app::GuiApp</name>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>The enrollment link cannot be used</source>
        <translation>Der Registrierungslink kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>From the enrollment link.</source>
        <translation>Aus dem Registrierungslink.</translation>
    </message>
    <message>
        <source>Demo server on this computer.</source>
        <translation>Demoserver auf diesem Computer.</translation>
    </message>
    <message>
        <source>The demo server could not start</source>
        <translation>Der Demoserver konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>An enrollment is running</source>
        <translation>Eine Registrierung läuft</translation>
    </message>
    <message>
        <source>Wait until the running enrollment has finished or cancel it, then try again.</source>
        <translation>Warten Sie, bis die laufende Registrierung abgeschlossen ist, oder brechen Sie sie ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>Über Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll %1

Enrolls this computer with a Groove management server.</source>
        <translation>Groove Enroll %1

Registriert diesen Computer bei einem Groove-Verwaltungsserver.</translation>
    </message>
    <message>
        <source>The link is for the server %1, but your organisation&apos;s policy sets %2 for this computer. The link was not used.

%3</source>
        <extracomment>%1 the server of the link, %2 the server the organisation&apos;s policy sets</extracomment>
        <translation>Der Link gilt für den Server %1, aber die Richtlinie Ihrer Organisation legt für diesen Computer %2 fest. Der Link wurde nicht verwendet.

%3</translation>
    </message>
</context>
<context>
    <name>groove::app::Heartbeat</name>
    <message>
        <source>%1: the server knows this account (next check in %2 s)
</source>
        <translation>%1: Der Server kennt dieses Konto (nächste Prüfung in %2 s)
</translation>
    </message>
    <message>
        <source>%1: needs to be enrolled again: %2
</source>
        <translation>%1: muss erneut registriert werden: %2
</translation>
    </message>
    <message>
        <source>%1: the server could not be reached (since %2): %3
</source>
        <translation>%1: Der Server ist nicht erreichbar (seit %2): %3
</translation>
    </message>
    <message>
        <source>%1: not confirmed: %2
</source>
        <translation>%1: nicht bestätigt: %2
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>Auf diesem Computer ist kein Konto %1 registriert.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status listet die registrierten Konten auf.</translation>
    </message>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>Auf diesem Computer ist kein Konto registriert.
</translation>
    </message>
</context>
<context>
    <name>groove::app::Result</name>
    <message>
        <source>Enrolled %1 in the management domain %2.
</source>
        <translation>%1 wurde in der Verwaltungsdomäne %2 registriert.
</translation>
    </message>
    <message>
        <source>  account   %1
  identity  %2
  server    %3
</source>
        <translation>  Konto     %1
  Identität %2
  Server    %3
</translation>
    </message>
    <message>
        <source>  device    %1 (device account)
</source>
        <translation>  Gerät     %1 (Gerätekonto)
</translation>
    </message>
    <message>
        <source>  keys in   %1
</source>
        <translation>  Schlüssel %1
</translation>
    </message>
    <message>
        <source>Failed: %1
</source>
        <translation>Fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>Server error code: %1
</source>
        <translation>Fehlercode des Servers: %1
</translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation>Was Sie tun können: %1
</translation>
    </message>
    <message>
        <source>The server confirmed this account at %1.</source>
        <translation>Der Server hat dieses Konto am %1 bestätigt.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account (fault %1): enroll it again.</source>
        <translation>Der Server akzeptiert dieses Konto nicht mehr (Fehler %1): Registrieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (groove-enroll --heartbeat asks it now).</source>
        <translation>Noch nicht vom Server bestätigt (groove-enroll --heartbeat fragt ihn jetzt).</translation>
    </message>
    <message>
        <source>The server has not been reachable since %1; the account is kept.</source>
        <translation>Der Server ist seit %1 nicht erreichbar; das Konto bleibt erhalten.</translation>
    </message>
    <message>
        <source>Enrollment failed at the step &quot;%1&quot;: %2
</source>
        <extracomment>%1 is a step title such as &quot;Checking the account configuration code&quot;</extracomment>
        <translation>Die Registrierung ist beim Schritt „%1“ fehlgeschlagen: %2
</translation>
    </message>
</context>
<context>
    <name>groove::app::Runner</name>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Der Kontokonfigurationscode ist leer.</translation>
    </message>
    <message>
        <source>A login name is needed: give --login or set LoginName in the policy.</source>
        <translation>Ein Anmeldename ist erforderlich: Geben Sie --login an oder legen Sie LoginName in der Richtlinie fest.</translation>
    </message>
    <message>
        <source>Demo: a management server runs at %1 for this run only; member Bob Example, account configuration code %2. Nothing is kept afterwards.
</source>
        <translation>Demo: Für diese Ausführung läuft unter %1 ein Verwaltungsserver; Mitglied Bob Example, Kontokonfigurationscode %2. Danach wird nichts aufbewahrt.
</translation>
    </message>
    <message>
        <source> done (%1 ms)
</source>
        <translation> fertig (%1 ms)
</translation>
    </message>
    <message>
        <source> failed
</source>
        <translation> fehlgeschlagen
</translation>
    </message>
    <message>
        <source>Enrolling with %1 (%2)
</source>
        <translation>Registrierung bei %1 (%2)
</translation>
    </message>
    <message>
        <source>Warning: --code puts the account configuration code into the process list, where other users of this computer can read it, and into your shell history. Use --code-stdin and give the code on standard input instead.
</source>
        <translation>Warnung: --code schreibt den Kontokonfigurationscode in die Prozessliste, wo andere Benutzer dieses Computers ihn lesen können, und in Ihren Shell-Verlauf. Verwenden Sie stattdessen --code-stdin und geben Sie den Code über die Standardeingabe ein.
</translation>
    </message>
    <message>
        <source>The key of the management server %1 changed since it was trusted on this computer (its key&apos;s SHA-256 is now %2).</source>
        <translation>Der Schlüssel des Verwaltungsservers %1 hat sich geändert, seit ihm auf diesem Computer vertraut wurde (der SHA-256-Wert seines Schlüssels ist jetzt %2).</translation>
    </message>
    <message>
        <source>Ask your administrator whether the server got a new key. Only then run again with --pin-sha256 %1.</source>
        <translation>Fragen Sie Ihren Administrator, ob der Server einen neuen Schlüssel erhalten hat. Nur dann führen Sie den Befehl erneut mit --pin-sha256 %1 aus.</translation>
    </message>
    <message>
        <source>The certificate of the management server %1 is not trusted (%2). Its key&apos;s SHA-256 is %3.</source>
        <translation>Das Zertifikat des Verwaltungsservers %1 ist nicht vertrauenswürdig (%2). Der SHA-256-Wert seines Schlüssels ist %3.</translation>
    </message>
    <message>
        <source>Check with your administrator that this is the server&apos;s key, then run again with --pin-sha256 %1, or with --ca-file and the certificate of the authority that issued it.</source>
        <translation>Klären Sie mit Ihrem Administrator, ob dies der Schlüssel des Servers ist, und führen Sie den Befehl dann erneut mit --pin-sha256 %1 aus oder mit --ca-file und dem Zertifikat der Zertifizierungsstelle, die es ausgestellt hat.</translation>
    </message>
    <message>
        <source>ServerURL of %1</source>
        <translation>ServerURL aus %1</translation>
    </message>
</context>
<context>
    <name>groove::app::main</name>
    <message>
        <source>There is no display for the graphical client.</source>
        <translation>Für den grafischen Client ist keine Anzeige vorhanden.</translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use the command line options (see --help).</source>
        <translation>Führen Sie ihn in einer Desktop-Sitzung aus oder verwenden Sie die Befehlszeilenoptionen (siehe --help).</translation>
    </message>
</context>
<context>
    <name>groove::diag::DiagnosticsBundle</name>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>Die Diagnosedaten konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, for example your Documents folder.</source>
        <translation>Wählen Sie einen Ordner, in dem Sie schreiben dürfen, zum Beispiel Ihren Ordner „Dokumente“.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ConnectivityCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>%1 is an IP address, no lookup needed</source>
        <translation>%1 ist eine IP-Adresse, keine Namensauflösung nötig</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>the authenticated endpoint %1 is not an https address</source>
        <translation>der authentifizierte Endpunkt %1 ist keine https-Adresse</translation>
    </message>
    <message>
        <source>not needed (http)</source>
        <translation>nicht nötig (http)</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden oder enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>the certificate does not match the configured pin</source>
        <translation>das Zertifikat passt nicht zum konfigurierten Pin</translation>
    </message>
    <message>
        <source>%1, certificate &quot;%2&quot; verified</source>
        <translation>%1, Zertifikat „%2“ überprüft</translation>
    </message>
    <message>
        <source>, pin matches</source>
        <translation>, Pin stimmt überein</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not checked (TLS failed)</source>
        <translation>nicht geprüft (TLS fehlgeschlagen)</translation>
    </message>
    <message>
        <source>no SOAP answer: %1 (%2)</source>
        <translation>keine SOAP-Antwort: %1 (%2)</translation>
    </message>
    <message>
        <source>the server answers SOAP requests</source>
        <translation>der Server beantwortet SOAP-Anfragen</translation>
    </message>
    <message>
        <source>the server answers SOAP requests (fault %1 for an unknown code, as expected)</source>
        <translation>der Server beantwortet SOAP-Anfragen (Fehler %1 für einen unbekannten Code, wie erwartet)</translation>
    </message>
    <message>
        <source>the answer is not a SOAP response: %1</source>
        <translation>die Antwort ist keine SOAP-Antwort: %1</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation>kein TLS-Handshake innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>not checked (%1 failed)</source>
        <translation>nicht geprüft (%1 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the server&apos;s key has the SHA-256 %1 (--pin-sha256 %1 trusts it)</source>
        <translation>der Schlüssel des Servers hat den SHA-256-Wert %1 (--pin-sha256 %1 vertraut ihm)</translation>
    </message>
    <message>
        <source>, key trusted on this computer</source>
        <translation>, Schlüssel auf diesem Computer als vertrauenswürdig gespeichert</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentEngine</name>
    <message>
        <source>No server address was given.</source>
        <translation>Es wurde keine Serveradresse angegeben.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Der Kontokonfigurationscode ist leer.</translation>
    </message>
    <message>
        <source>A login name is needed for automatic configuration.</source>
        <translation>Für die automatische Konfiguration ist ein Anmeldename erforderlich.</translation>
    </message>
    <message>
        <source>The server asked to continue over an unencrypted connection (http), although it was reached over https. Enrollment stopped; nothing was stored and the code was not used.</source>
        <translation>Der Server hat verlangt, über eine unverschlüsselte Verbindung (http) fortzufahren, obwohl er über https erreicht wurde. Die Registrierung wurde angehalten; es wurde nichts gespeichert und der Code wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the server an https address (ServerURL).</source>
        <translation>Bitten Sie Ihren Administrator, dem Server eine https-Adresse (ServerURL) zu geben.</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentLink</name>
    <message>
        <source>Ask your IT department for a new link.</source>
        <translation>Bitten Sie Ihre IT-Abteilung um einen neuen Link.</translation>
    </message>
    <message>
        <source>The enrollment link is damaged. Copy the whole link from the e-mail again, or type the server address and the code yourself.</source>
        <translation>Der Registrierungslink ist beschädigt. Kopieren Sie den ganzen Link erneut aus der E-Mail oder geben Sie die Serveradresse und den Code selbst ein.</translation>
    </message>
    <message>
        <source>The enrollment link contains the unknown part &quot;%1&quot;. It may be meant for a newer version of this program.</source>
        <translation>Der Registrierungslink enthält den unbekannten Teil „%1“. Er ist möglicherweise für eine neuere Version dieses Programms gedacht.</translation>
    </message>
    <message>
        <source>The enrollment link contains &quot;%1&quot; more than once.</source>
        <translation>Der Registrierungslink enthält „%1“ mehr als einmal.</translation>
    </message>
    <message>
        <source>The enrollment link has an empty &quot;%1&quot;.</source>
        <translation>Im Registrierungslink ist „%1“ leer.</translation>
    </message>
    <message>
        <source>This link is not an enrollment link of this program.</source>
        <translation>Dieser Link ist kein Registrierungslink dieses Programms.</translation>
    </message>
    <message>
        <source>The enrollment link has no server address and no code.</source>
        <translation>Der Registrierungslink enthält weder eine Serveradresse noch einen Code.</translation>
    </message>
    <message numerus="yes">
        <source>The enrollment link is too long (more than %n characters).</source>
        <translation>
            <numerusform>Der Registrierungslink ist zu lang (mehr als %n Zeichen).</numerusform>
            <numerusform>Der Registrierungslink ist zu lang (mehr als %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment link has no server address.</source>
        <translation>Der Registrierungslink enthält keine Serveradresse.</translation>
    </message>
    <message>
        <source>The enrollment link has no account configuration code.</source>
        <translation>Der Registrierungslink enthält keinen Kontokonfigurationscode.</translation>
    </message>
    <message>
        <source>The server address in the enrollment link is not usable: %1</source>
        <translation>Die Serveradresse im Registrierungslink ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The account configuration code in the enrollment link is not valid.</source>
        <translation>Der Kontokonfigurationscode im Registrierungslink ist ungültig.</translation>
    </message>
    <message>
        <source>The certificate fingerprint (pin) in the enrollment link is not 64 hexadecimal digits.</source>
        <translation>Der Zertifikat-Fingerabdruck (Pin) im Registrierungslink besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The expiry time in the enrollment link is not a valid time.</source>
        <translation>Die Ablaufzeit im Registrierungslink ist keine gültige Zeitangabe.</translation>
    </message>
    <message>
        <source>This enrollment link expired on %1.</source>
        <translation>Dieser Registrierungslink ist am %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>groove::engine::HeartbeatMonitor</name>
    <message>
        <source>The account %1 is not enrolled on this computer.</source>
        <translation>Das Konto %1 ist auf diesem Computer nicht registriert.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ServerUrl</name>
    <message>
        <source>The server address is empty.</source>
        <translation>Die Serveradresse ist leer.</translation>
    </message>
    <message>
        <source>The server address must be a host name, host:port, or a full address such as http://host/gms.dll.</source>
        <translation>Die Serveradresse muss ein Hostname, Host:Port oder eine vollständige Adresse wie http://host/gms.dll sein.</translation>
    </message>
    <message>
        <source>An IPv6 address in the server address must be written in brackets, for example [2001:db8::1].</source>
        <translation>Eine IPv6-Adresse in der Serveradresse muss in eckigen Klammern stehen, zum Beispiel [2001:db8::1].</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf weder einen Benutzernamen noch ein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The server address is not a valid address.</source>
        <translation>Die Serveradresse ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Die Serveradresse darf weder eine Abfrage (?) noch ein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The server address must contain a valid host name or IP address.</source>
        <translation>Die Serveradresse muss einen gültigen Hostnamen oder eine gültige IP-Adresse enthalten.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The server address must end in /gms.dll.</source>
        <translation>Die Serveradresse muss auf /gms.dll enden.</translation>
    </message>
    <message>
        <source>The path of the server address must not contain empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Der Pfad der Serveradresse darf keine leeren Teile und keine Teile „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>The address must be a full address such as https://host/AutoActivate/gms.dll.</source>
        <translation>Die Adresse muss eine vollständige Adresse wie https://host/AutoActivate/gms.dll sein.</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain HTTP. The account configuration code travels unprotected, and anyone who can see the traffic can find it by trying candidate codes offline against what is sent. Use an https:// address if the server offers one.</source>
        <translation>Warnung: %1 verwendet unverschlüsseltes HTTP. Der Kontokonfigurationscode wird ungeschützt übertragen, und wer den Datenverkehr mitlesen kann, kann ihn herausfinden, indem er offline mögliche Codes mit dem Gesendeten abgleicht. Verwenden Sie eine https://-Adresse, wenn der Server eine anbietet.</translation>
    </message>
</context>
<context>
    <name>groove::engine::SoapCall</name>
    <message>
        <source>The management server&apos;s certificate does not match the configured pin.</source>
        <translation>Das Zertifikat des Verwaltungsservers passt nicht zum konfigurierten Pin.</translation>
    </message>
    <message>
        <source>The management server redirected the request to an address this program does not follow.</source>
        <translation>Der Verwaltungsserver hat die Anfrage an eine Adresse umgeleitet, der dieses Programm nicht folgt.</translation>
    </message>
    <message>
        <source>A web page came back instead of the management server&apos;s answer.</source>
        <translation>Statt der Antwort des Verwaltungsservers kam eine Webseite zurück.</translation>
    </message>
    <message>
        <source>On a hotel or guest network, sign in to the network in your browser first. Otherwise check the management server address.</source>
        <translation>Melden Sie sich in einem Hotel- oder Gastnetzwerk zuerst in Ihrem Browser am Netzwerk an. Überprüfen Sie andernfalls die Adresse des Verwaltungsservers.</translation>
    </message>
</context>
<context>
    <name>groove::engine::Transport</name>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden oder enthält kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>groove::engine::TrustStore</name>
    <message>
        <source>The list of trusted servers (%1) cannot be saved.</source>
        <translation>Die Liste der vertrauenswürdigen Server (%1) kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>groove::engine::UntrustedCertificate</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Server: %1:%2</translation>
    </message>
    <message>
        <source>Key (SHA-256): %1</source>
        <translation>Schlüssel (SHA-256): %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>groove::store::AccountStore</name>
    <message>
        <source>The account file %1 is damaged. It was left unchanged.</source>
        <translation>Die Kontodatei %1 ist beschädigt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Repair the file or move it away, then try again.</source>
        <translation>Reparieren Sie die Datei oder verschieben Sie sie an einen anderen Ort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The account file %1 could not be read.</source>
        <translation>Die Kontodatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that you may read the file, then try again.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The account file %1 could not be written.</source>
        <translation>Die Kontodatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner %1 existiert, ob Sie darin schreiben dürfen und ob der Datenträger voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no enrolled account %1.</source>
        <translation>Es gibt kein registriertes Konto %1.</translation>
    </message>
    <message>
        <source>Another enrollment is running on this computer: the account file %1 is in use.</source>
        <translation>Auf diesem Computer läuft eine andere Registrierung: Die Kontodatei %1 wird gerade verwendet.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk is full: the account file %1 could not be saved. It was left unchanged.</source>
        <translation>Der Datenträger ist voll: Die Kontodatei %1 konnte nicht gespeichert werden. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Free space on %1 (where %2 is), then try again.</source>
        <translation>Geben Sie Speicherplatz auf %1 frei (dort liegt %2) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>groove::store::FileSecretStore</name>
    <message>
        <source>The folder for the key file could not be created.</source>
        <translation>Der Ordner für die Schlüsseldatei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The folder for the key file is not a folder.</source>
        <translation>Der Ordner für die Schlüsseldatei ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder for the key file belongs to another user.</source>
        <translation>Der Ordner für die Schlüsseldatei gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>The permissions of the key folder could not be restricted.</source>
        <translation>Die Berechtigungen des Schlüsselordners konnten nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>Die Schlüsseldatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The key file could not be removed.</source>
        <translation>Die Schlüsseldatei konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The keys could not be saved in the key file %1.</source>
        <translation>Die Schlüssel konnten nicht in der Schlüsseldatei %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved.</source>
        <translation>Die Schlüssel des Kontos konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The key file is in use by another Groove Enroll.</source>
        <translation>Die Schlüsseldatei wird von einer anderen Instanz von Groove Enroll verwendet.</translation>
    </message>
</context>
<context>
    <name>groove::store::KeychainSecretStore</name>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (zum Beispiel durch die Anmeldung am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved in the keyring.</source>
        <translation>Die Schlüssel des Kontos konnten nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be read from the keyring.</source>
        <translation>Die Schlüssel des Kontos konnten nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be removed from the keyring.</source>
        <translation>Die Schlüssel des Kontos konnten nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Allow Groove Enroll to use your keyring when you are asked, and try again.</source>
        <translation>Erlauben Sie Groove Enroll die Verwendung Ihres Schlüsselbunds, wenn Sie danach gefragt werden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring does not work on this computer.</source>
        <translation>Der Schlüsselbund funktioniert auf diesem Computer nicht.</translation>
    </message>
</context>
<context>
    <name>groove::store::SecretStore</name>
    <message>
        <source>A saved key of this account was not found.</source>
        <translation>Ein gespeicherter Schlüssel dieses Kontos wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>groove::ui::AccountListModel</name>
    <message>
        <source>Device account</source>
        <translation>Gerätekonto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>Neuregistrierung nötig</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>The management server confirmed this account at %1.</source>
        <translation>Der Verwaltungsserver hat dieses Konto am %1 bestätigt.</translation>
    </message>
    <message>
        <source>The management server cannot be reached. The account is kept.</source>
        <translation>Der Verwaltungsserver ist nicht erreichbar. Das Konto bleibt erhalten.</translation>
    </message>
    <message>
        <source>The management server has not been reachable since %1. The account is kept.</source>
        <translation>Der Verwaltungsserver ist seit %1 nicht erreichbar. Das Konto bleibt erhalten.</translation>
    </message>
    <message>
        <source>The management server no longer accepts this account (fault %1). Choose &quot;Re-enroll&quot; to enroll it again.</source>
        <translation>Der Verwaltungsserver akzeptiert dieses Konto nicht mehr (Fehler %1). Wählen Sie „Erneut registrieren“, um es erneut zu registrieren.</translation>
    </message>
    <message>
        <source>The management server has not confirmed this account yet. Choose &quot;Check now&quot; to ask it.</source>
        <translation>Der Verwaltungsserver hat dieses Konto noch nicht bestätigt. Wählen Sie „Jetzt prüfen“, um ihn zu fragen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Asking the management server about this account.</source>
        <translation>Der Verwaltungsserver wird zu diesem Konto abgefragt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
</context>
<context>
    <name>groove::ui::CheckPage</name>
    <message>
        <source>Finding the server (DNS)</source>
        <translation>Suchen des Servers (DNS)</translation>
    </message>
    <message>
        <source>Connecting to the server (TCP)</source>
        <translation>Verbinden mit dem Server (TCP)</translation>
    </message>
    <message>
        <source>Securing the connection (TLS)</source>
        <translation>Absichern der Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Talking to the management server</source>
        <translation>Kommunikation mit dem Verwaltungsserver</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Checking whether this computer can reach the management server. Nothing is enrolled and your code is not sent.</source>
        <translation>Es wird geprüft, ob dieser Computer den Verwaltungsserver erreichen kann. Es wird nichts registriert und Ihr Code wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>Ergebnisse der Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Runs the connection check once more.</source>
        <translation>Führt die Verbindungsprüfung noch einmal durch.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>%1 is the item (&quot;Finding the server (DNS)&quot;), %2 its state, %3 what was found</extracomment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>The management server can be reached. You can enroll now.</source>
        <translation>Der Verwaltungsserver ist erreichbar. Sie können den Computer jetzt registrieren.</translation>
    </message>
</context>
<context>
    <name>groove::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>These files help your IT department find out what went wrong. They contain no codes, passwords or keys. Tell them the incident id.</source>
        <translation>Diese Dateien helfen Ihrer IT-Abteilung herauszufinden, was schiefgelaufen ist. Sie enthalten keine Codes, Passwörter oder Schlüssel. Nennen Sie ihr die Vorfallskennung.</translation>
    </message>
    <message>
        <source>About the diagnostics</source>
        <translation>Hinweis zu den Diagnosedaten</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Vorfallskennung</translation>
    </message>
    <message>
        <source>&amp;Incident id:</source>
        <translation>&amp;Vorfallskennung:</translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation>Dateien im Archiv</translation>
    </message>
    <message>
        <source>&amp;Files in the archive:</source>
        <translation>&amp;Dateien im Archiv:</translation>
    </message>
    <message>
        <source>C&amp;ontents of the selected file:</source>
        <translation>In&amp;halt der ausgewählten Datei:</translation>
    </message>
    <message>
        <source>Contents of the selected file</source>
        <translation>Inhalt der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation>Ergebnis des Speicherns</translation>
    </message>
    <message>
        <source>Save the diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>Chooses where to save the diagnostics archive.</source>
        <translation>Wählt aus, wo das Diagnosearchiv gespeichert wird.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. Send this file to your IT department and tell them the incident id %2.</source>
        <translation>Die Diagnosedaten wurden in %1 gespeichert. Senden Sie diese Datei an Ihre IT-Abteilung und nennen Sie ihr die Vorfallskennung %2.</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved. %1 %2</source>
        <translation>Die Diagnosedaten konnten nicht gespeichert werden. %1 %2</translation>
    </message>
</context>
<context>
    <name>groove::ui::EnrollWizard</name>
    <message>
        <source>Enroll this computer</source>
        <translation>Diesen Computer registrieren</translation>
    </message>
</context>
<context>
    <name>groove::ui::ErrorPresenter</name>
    <message>
        <source>Server fault code: %1</source>
        <translation>Fehlercode des Servers: %1</translation>
    </message>
    <message>
        <source>Something is missing</source>
        <translation>Eine Angabe fehlt</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>Der Server konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>Die Verbindung ist nicht sicher</translation>
    </message>
    <message>
        <source>The enrollment was refused</source>
        <translation>Die Registrierung wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not usable</source>
        <translation>Die Antwort des Servers war nicht verwendbar</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>Das Konto konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The enrollment was cancelled</source>
        <translation>Die Registrierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>The enrollment failed</source>
        <translation>Die Registrierung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>groove::ui::InputPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Tries the connection to the management server without enrolling.</source>
        <translation>Testet die Verbindung zum Verwaltungsserver, ohne zu registrieren.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ManagedPage</name>
    <message>
        <source>Your organisation manages this computer and has set the management server. Sign in with your organisation account to enroll it. The password is used only for this enrollment and is not stored.</source>
        <translation>Ihre Organisation verwaltet diesen Computer und hat den Verwaltungsserver festgelegt. Melden Sie sich mit Ihrem Organisationskonto an, um ihn zu registrieren. Das Passwort wird nur für diese Registrierung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Verwaltungsserver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>Der Benutzername Ihres Organisationskontos.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>Das Passwort Ihres Organisationskontos. Es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Von Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings send the password to %1, which is not an encrypted (https) address. Ask your IT department to correct the settings of this computer.</source>
        <extracomment>%1 is the sign-in address from the organisation&apos;s settings</extracomment>
        <translation>Laut den Einstellungen Ihrer Organisation wird das Passwort an %1 gesendet, eine unverschlüsselte Adresse (kein https). Bitten Sie Ihre IT-Abteilung, die Einstellungen dieses Computers zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ProgressPage</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, e.g. &quot;1.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>This computer is being enrolled. This usually takes a few seconds.</source>
        <translation>Dieser Computer wird registriert. Das dauert normalerweise nur wenige Sekunden.</translation>
    </message>
    <message>
        <source>Enrollment steps</source>
        <translation>Registrierungsschritte</translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continues the enrollment from the step that failed, with the same code.</source>
        <translation>Setzt die Registrierung mit demselben Code bei dem Schritt fort, der fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what the step does</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The enrollment has started.</source>
        <translation>Die Registrierung hat begonnen.</translation>
    </message>
    <message>
        <source>Stopping the enrollment and removing what was stored so far…</source>
        <translation>Die Registrierung wird angehalten und das bisher Gespeicherte wird entfernt…</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Neuer Versuch.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <extracomment>%1 and %2 are numbers, %3 what the step does</extracomment>
        <translation>Schritt %1 von %2: %3.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <extracomment>%1 is what the step does, %2 how long it took</extracomment>
        <translation>Fertig: %1 (%2).</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <extracomment>%1 is what the step does</extracomment>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer as expected. Trying again in %n s (attempt %1).</source>
        <extracomment>%n is a number of seconds, %1 counts the attempts from 1</extracomment>
        <translation>
            <numerusform>Der Server hat nicht wie erwartet geantwortet. Neuer Versuch in %n Sekunde (Versuch %1).</numerusform>
            <numerusform>Der Server hat nicht wie erwartet geantwortet. Neuer Versuch in %n Sekunden (Versuch %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s security certificate needs your decision.</source>
        <translation>Das Sicherheitszertifikat des Servers erfordert Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Dieser Computer ist registriert.</translation>
    </message>
    <message>
        <source>%1 You can try again: the steps already done are kept.</source>
        <extracomment>%1 says what went wrong (a whole sentence)</extracomment>
        <translation>%1 Sie können es erneut versuchen: Die bereits erledigten Schritte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ResultPage</name>
    <message>
        <source>C&amp;opy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>Diagnosedaten s&amp;peichern…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Why there is no way back</source>
        <translation>Warum es keinen Weg zurück gibt</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows or hides the technical details.</source>
        <translation>Zeigt die technischen Details an oder blendet sie aus.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copies the technical details to the clipboard.</source>
        <translation>Kopiert die technischen Details in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation>Diagnosedatei</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Dieser Computer ist registriert.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Management server: %1</source>
        <translation>Verwaltungsserver: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s account: %1 in %2</source>
        <translation>Konto dieses Computers: %1 in %2</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Zusammenfassung der Registrierung</translation>
    </message>
    <message>
        <source>You can close this window now.</source>
        <translation>Sie können dieses Fenster jetzt schließen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>There is no way back to the code: the server may already have used it up. Ask your IT department for a new code.</source>
        <translation>Es gibt keinen Weg zurück zum Code: Der Server hat ihn möglicherweise bereits verbraucht. Bitten Sie Ihre IT-Abteilung um einen neuen Code.</translation>
    </message>
    <message>
        <source>There is no way back to the sign-in: the server may already have used up the code it gave for it. Ask your IT department to reset your enrollment, then start again.</source>
        <translation>Es gibt keinen Weg zurück zur Anmeldung: Der Server hat den dafür ausgegebenen Code möglicherweise bereits verbraucht. Bitten Sie Ihre IT-Abteilung, Ihre Registrierung zurückzusetzen, und beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Change the code</source>
        <translation>Code ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Change the sign-in</source>
        <translation>Anmeldung ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Change the sign-in</source>
        <translation>Anmeldung ändern</translation>
    </message>
    <message>
        <source>Goes back to the page where you entered it. Nothing was kept on this computer.</source>
        <translation>Kehrt zu der Seite zurück, auf der Sie die Angaben eingegeben haben. Auf diesem Computer wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Die Details befinden sich in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>Die Diagnosedaten wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the steps, the error and the log. It contains no code, password or key.</source>
        <translation>Zeigt ein Archiv für Ihre IT-Abteilung mit den Versionen, den Schritten, dem Fehler und dem Protokoll an und speichert es. Es enthält keinen Code, kein Passwort und keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerCodePage</name>
    <message>
        <source>&amp;Paste e-mail or link…</source>
        <translation>E-Mail oder Link &amp;einfügen…</translation>
    </message>
    <message>
        <source>The address and the code are in the e-mail from your IT department. Copy the whole e-mail or the enrollment link, then paste it here to fill in both.</source>
        <translation>Die Adresse und der Code stehen in der E-Mail Ihrer IT-Abteilung. Kopieren Sie die ganze E-Mail oder den Registrierungslink und fügen Sie den Text hier ein, um beides auszufüllen.</translation>
    </message>
    <message>
        <source>Paste e-mail or link</source>
        <translation>E-Mail oder Link einfügen</translation>
    </message>
    <message>
        <source>Fills in the server address and the code from copied text: the e-mail of your IT department or an enrollment link.</source>
        <translation>Füllt die Serveradresse und den Code aus kopiertem Text aus: aus der E-Mail Ihrer IT-Abteilung oder einem Registrierungslink.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Verwaltungsserver:</translation>
    </message>
    <message>
        <source>&amp;Account configuration code:</source>
        <translation>&amp;Kontokonfigurationscode:</translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM-NPQR</source>
        <extracomment>An example of the shape of a code; not a real code</extracomment>
        <translation>ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Account configuration code</source>
        <translation>Kontokonfigurationscode</translation>
    </message>
    <message>
        <source>The code from the e-mail of your IT department.</source>
        <translation>Der Code aus der E-Mail Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>The code is empty. Type it exactly as in the e-mail from your IT department.</source>
        <translation>Der Code ist leer. Geben Sie ihn genau so ein, wie er in der E-Mail Ihrer IT-Abteilung steht.</translation>
    </message>
    <message>
        <source>The code contains a character that cannot be sent (at position %1). Type the code exactly as in the e-mail from your IT department.</source>
        <extracomment>%1 is the position of the character in the code (1 = first)</extracomment>
        <translation>Der Code enthält ein Zeichen, das nicht gesendet werden kann (an Position %1). Geben Sie den Code genau so ein, wie er in der E-Mail Ihrer IT-Abteilung steht.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No server address and no code were found in the copied text. Copy the whole e-mail or the enrollment link, then try again.</source>
        <translation>Im kopierten Text wurden weder eine Serveradresse noch ein Code gefunden. Kopieren Sie die ganze E-Mail oder den Registrierungslink und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>The copied text was not used, because the fields are locked.</source>
        <translation>Der kopierte Text wurde nicht verwendet, weil die Felder gesperrt sind.</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>The server address and the code were filled in from the copied text.</source>
        <translation>Die Serveradresse und der Code wurden aus dem kopierten Text ausgefüllt.</translation>
    </message>
    <message>
        <source>The server address was filled in. Type the code as it is in the e-mail.</source>
        <translation>Die Serveradresse wurde ausgefüllt. Geben Sie den Code so ein, wie er in der E-Mail steht.</translation>
    </message>
    <message>
        <source>The code was filled in. Type the server address as it is in the e-mail.</source>
        <translation>Der Code wurde ausgefüllt. Geben Sie die Serveradresse so ein, wie sie in der E-Mail steht.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The copied text is for the server %1, but this computer must use %2. %3</source>
        <extracomment>%1 the server in the copied text, %2 the locked server, %3 why it is locked</extracomment>
        <translation>Der kopierte Text gilt für den Server %1, aber dieser Computer muss %2 verwenden. %3</translation>
    </message>
    <message>
        <source>Server not changed</source>
        <translation>Server nicht geändert</translation>
    </message>
    <message>
        <source>The code was filled in.</source>
        <translation>Der Code wurde ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerField</name>
    <message>
        <source>gms.example.com</source>
        <extracomment>An example, not a real address; keep the .example domain</extracomment>
        <translation>gms.example.com</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>Verwaltungsserver</translation>
    </message>
    <message>
        <source>The address of the management server, from the e-mail of your IT department.</source>
        <translation>Die Adresse des Verwaltungsservers aus der E-Mail Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>Signing in sends your password, so the management server must be reached over an encrypted connection. Use the address that starts with https://.</source>
        <translation>Bei der Anmeldung wird Ihr Passwort gesendet, daher muss der Verwaltungsserver über eine verschlüsselte Verbindung erreicht werden. Verwenden Sie die Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Address used: %1</source>
        <extracomment>%1 is the normalised address of the management server</extracomment>
        <translation>Verwendete Adresse: %1</translation>
    </message>
    <message>
        <source>The address of the management server as the program will use it.</source>
        <translation>Die Adresse des Verwaltungsservers, wie das Programm sie verwendet.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>groove::ui::SignInPage</name>
    <message>
        <source>Sign in with the user name and password of your organisation account. The password is used only for this enrollment and is not stored.</source>
        <translation>Melden Sie sich mit dem Benutzernamen und dem Passwort Ihres Organisationskontos an. Das Passwort wird nur für diese Registrierung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Verwaltungsserver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>Der Benutzername Ihres Organisationskontos.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>Das Passwort Ihres Organisationskontos. Es wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>groove::ui::StatusWindow</name>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Dieser Computer ist noch nicht registriert.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Re-enroll…</source>
        <translation>Erneut re&amp;gistrieren…</translation>
    </message>
    <message>
        <source>Re&amp;move from this computer…</source>
        <translation>Von diesem Computer &amp;entfernen…</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll status</source>
        <translation>Groove Enroll – Status</translation>
    </message>
    <message>
        <source>Enrolled accounts</source>
        <translation>Registrierte Konten</translation>
    </message>
    <message>
        <source>The accounts of this computer with their health and last check.</source>
        <translation>Die Konten dieses Computers mit ihrem Zustand und der letzten Prüfung.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Asks the management server now whether it still accepts the selected account.</source>
        <translation>Fragt den Verwaltungsserver jetzt, ob er das ausgewählte Konto noch akzeptiert.</translation>
    </message>
    <message>
        <source>Re-enroll</source>
        <translation>Erneut registrieren</translation>
    </message>
    <message>
        <source>Opens the enrollment wizard with the server of the selected account.</source>
        <translation>Öffnet den Registrierungsassistenten mit dem Server des ausgewählten Kontos.</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Deletes the selected account and its keys from this computer after asking.</source>
        <translation>Löscht nach einer Rückfrage das ausgewählte Konto und seine Schlüssel von diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>Diesen Computer &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>Weiteres &amp;Konto registrieren…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Diesen Computer registrieren</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Weiteres Konto registrieren</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 from this computer?</source>
        <translation>Das Konto %1 der Domäne %2 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Its keys are deleted from this computer. The management server keeps the account; to use it here again, you need a new account configuration code from your IT department.</source>
        <translation>Seine Schlüssel werden von diesem Computer gelöscht. Der Verwaltungsserver behält das Konto; um es hier wieder zu verwenden, benötigen Sie einen neuen Kontokonfigurationscode von Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>&amp;Remove from this computer</source>
        <translation>Von diesem Computer &amp;entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The account %1 was removed from this computer.</source>
        <translation>Das Konto %1 wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>&amp;Diagnosedaten speichern…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the accounts and the log. It contains no code, password or key.</source>
        <translation>Zeigt ein Archiv für Ihre IT-Abteilung mit den Versionen, den Konten und dem Protokoll an und speichert es. Es enthält keinen Code, kein Passwort und keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Opens the folder with the log files in the file manager.</source>
        <translation>Öffnet den Ordner mit den Protokolldateien im Dateimanager.</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrayController</name>
    <message>
        <source>The management server no longer accepts the account %1 of %2. Open Groove Enroll to enroll it again.</source>
        <translation>Der Verwaltungsserver akzeptiert das Konto %1 der Domäne %2 nicht mehr. Öffnen Sie Groove Enroll, um es erneut zu registrieren.</translation>
    </message>
    <message>
        <source>The management server no longer accepts several accounts of this computer. Open Groove Enroll to enroll them again.</source>
        <translation>Der Verwaltungsserver akzeptiert mehrere Konten dieses Computers nicht mehr. Öffnen Sie Groove Enroll, um sie erneut zu registrieren.</translation>
    </message>
    <message>
        <source>Groove Enroll: an account needs to be enrolled again.</source>
        <translation>Groove Enroll: Ein Konto muss erneut registriert werden.</translation>
    </message>
    <message>
        <source>Groove Enroll is enrolling this computer: %1.</source>
        <translation>Groove Enroll registriert diesen Computer: %1.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server has not been reachable since %1. Your accounts are kept.</source>
        <translation>Groove Enroll: Der Verwaltungsserver ist seit %1 nicht erreichbar. Ihre Konten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server cannot be reached. Your accounts are kept.</source>
        <translation>Groove Enroll: Der Verwaltungsserver ist nicht erreichbar. Ihre Konten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is enrolled.</source>
        <translation>Groove Enroll: Dieser Computer ist registriert.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is not enrolled yet.</source>
        <translation>Groove Enroll: Dieser Computer ist noch nicht registriert.</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Show status</source>
        <translation>&amp;Status anzeigen</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>Weiteres &amp;Konto registrieren…</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Weiteres Konto registrieren</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;About Groove Enroll</source>
        <translation>&amp;Über Groove Enroll</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>Über Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>Diesen Computer &amp;registrieren…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Diesen Computer registrieren</translation>
    </message>
    <message>
        <source>An account needs attention</source>
        <translation>Ein Konto erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>&amp;Diagnosedaten speichern…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrustDialog</name>
    <message>
        <source>Unknown security certificate</source>
        <translation>Unbekanntes Sicherheitszertifikat</translation>
    </message>
    <message>
        <source>This computer does not know the security certificate of the management server. Compare the values below with those your IT department gives you. Trust the server only if they match exactly.</source>
        <translation>Dieser Computer kennt das Sicherheitszertifikat des Verwaltungsservers nicht. Vergleichen Sie die folgenden Werte mit denen, die Ihnen Ihre IT-Abteilung nennt. Vertrauen Sie dem Server nur, wenn sie genau übereinstimmen.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Diesem Server vertrauen</translation>
    </message>
    <message>
        <source>Remembers the key of this server on this computer and continues the enrollment.</source>
        <translation>Speichert den Schlüssel dieses Servers auf diesem Computer und setzt die Registrierung fort.</translation>
    </message>
    <message>
        <source>Do &amp;not trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Stops the enrollment. Nothing is sent to the server.</source>
        <translation>Bricht die Registrierung ab. Es wird nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a certificate&apos;s common name, %2 its organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>The key of this server changed since it was trusted on this computer. Trust the new key only if your IT department confirms the change.</source>
        <translation>Der Schlüssel dieses Servers hat sich geändert, seit ihm auf diesem Computer vertraut wurde. Vertrauen Sie dem neuen Schlüssel nur, wenn Ihre IT-Abteilung die Änderung bestätigt.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WelcomePage</name>
    <message>
        <source>This assistant connects this computer to the management server of your organisation. You need the e-mail from your IT department or your organisation account. It takes about a minute.</source>
        <translation>Dieser Assistent verbindet diesen Computer mit dem Verwaltungsserver Ihrer Organisation. Sie benötigen die E-Mail Ihrer IT-Abteilung oder Ihr Organisationskonto. Das dauert etwa eine Minute.</translation>
    </message>
    <message>
        <source>How do you want to enroll this computer?</source>
        <translation>Wie möchten Sie diesen Computer registrieren?</translation>
    </message>
    <message>
        <source>I have an account &amp;configuration code</source>
        <translation>Ich habe einen &amp;Kontokonfigurationscode</translation>
    </message>
    <message>
        <source>The server address and the code are in the e-mail from your IT department.</source>
        <translation>Die Serveradresse und der Code stehen in der E-Mail Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>&amp;Sign in with my organisation account</source>
        <translation>Mit meinem Organisationskonto &amp;anmelden</translation>
    </message>
    <message>
        <source>Use the user name and password of your organisation account. The password is not stored.</source>
        <translation>Verwenden Sie den Benutzernamen und das Passwort Ihres Organisationskontos. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>This computer is &amp;managed by my organisation</source>
        <translation>Dieser Computer wird von meiner Organisation &amp;verwaltet</translation>
    </message>
    <message>
        <source>Your organisation has set this computer up for enrollment. You sign in with your organisation account.</source>
        <translation>Ihre Organisation hat diesen Computer für die Registrierung eingerichtet. Sie melden sich mit Ihrem Organisationskonto an.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow any way to enroll that this computer is set up for. Ask your IT department.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt keine der Registrierungsarten, für die dieser Computer eingerichtet ist. Wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WizardPageNames</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Server and code</source>
        <translation>Server und Code</translation>
    </message>
    <message>
        <source>Server and sign-in</source>
        <translation>Server und Anmeldung</translation>
    </message>
    <message>
        <source>Managed sign-in</source>
        <translation>Verwaltete Anmeldung</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 and %2 are numbers, %3 is the page name (e.g. &quot;Step 2 of 4 · Server and code&quot;)</extracomment>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
</context>
</TS>
