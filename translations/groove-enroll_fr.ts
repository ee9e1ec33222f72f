<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>groove::Engine</name>
    <message>
        <source>The managed-device policy %1 is not usable: %2</source>
        <translation>La stratégie des appareils gérés %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ask your administrator to deploy a complete policy (group [Managed]).</source>
        <translation>Demandez à votre administrateur de déployer une stratégie complète (groupe [Managed]).</translation>
    </message>
</context>
<context>
    <name>groove::Error</name>
    <message>
        <source>The server sent a reply this program cannot understand.</source>
        <translation>Le serveur a envoyé une réponse que ce programme ne comprend pas.</translation>
    </message>
    <message>
        <source>The server sent a reply that is too large.</source>
        <translation>Le serveur a envoyé une réponse trop volumineuse.</translation>
    </message>
    <message>
        <source>The server&apos;s reply failed a security check; it may have been altered on the way.</source>
        <translation>La réponse du serveur n&apos;a pas passé un contrôle de sécurité&#xa0;; elle a peut-être été modifiée en chemin.</translation>
    </message>
    <message>
        <source>A security key could not be read.</source>
        <translation>Une clé de sécurité n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The management domain&apos;s certificate is not valid.</source>
        <translation>Le certificat du domaine de gestion n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this computer.</source>
        <translation>Une opération de chiffrement a échoué sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The management server refused the request.</source>
        <translation>Le serveur de gestion a refusé la demande.</translation>
    </message>
    <message>
        <source>The request is incomplete or not valid.</source>
        <translation>La demande est incomplète ou non valide.</translation>
    </message>
    <message>
        <source>The management server could not be reached.</source>
        <translation>Impossible de joindre le serveur de gestion.</translation>
    </message>
    <message>
        <source>The management server did not answer in time.</source>
        <translation>Le serveur de gestion n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the management server could not be verified.</source>
        <translation>La connexion sécurisée au serveur de gestion n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Your password would be sent over an unencrypted connection, so it was not sent.</source>
        <translation>Votre mot de passe aurait été envoyé par une connexion non chiffrée&#xa0;; il n&apos;a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The login name or password was not accepted.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The account could not be saved on this computer.</source>
        <translation>Le compte n&apos;a pas pu être enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>There is no keyring service on this computer to keep the account&apos;s keys in.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun service de trousseau de clés pour conserver les clés du compte.</translation>
    </message>
    <message>
        <source>Enrollment was cancelled.</source>
        <translation>L&apos;inscription a été annulée.</translation>
    </message>
    <message>
        <source>Install and start a keyring service, for example GNOME Keyring (package gnome-keyring) or KWallet, in a session with D-Bus (a desktop login provides both). Or, on the command line, add --insecure-keystore to keep the keys in a file that only you can read.</source>
        <translation>Installez et démarrez un service de trousseau de clés, par exemple le trousseau GNOME (paquet gnome-keyring) ou KWallet, dans une session avec D-Bus (une session de bureau fournit les deux). Ou bien, en ligne de commande, ajoutez --insecure-keystore pour conserver les clés dans un fichier que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <source>Check what was entered and try again.</source>
        <translation>Vérifiez ce qui a été saisi, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again. If it persists, the administrator should check that the management server is running.</source>
        <translation>Vérifiez la connexion réseau et l&apos;adresse du serveur, puis réessayez. Si le problème persiste, l&apos;administrateur doit vérifier que le serveur de gestion fonctionne.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should check the load of the management server and the network in between.</source>
        <translation>Réessayez plus tard&#xa0;; l&apos;administrateur doit vérifier la charge du serveur de gestion et le réseau entre les deux.</translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. The administrator should check the server certificate, or give you the CA file or pin to use.</source>
        <translation>Ne continuez pas sur un réseau non fiable. L&apos;administrateur doit vérifier le certificat du serveur, ou vous fournir le fichier d&apos;autorité de certification ou l&apos;empreinte épinglée à utiliser.</translation>
    </message>
    <message>
        <source>Use an https address for the authenticated endpoint.</source>
        <translation>Utilisez une adresse https pour le point de terminaison authentifié.</translation>
    </message>
    <message>
        <source>Check your login name and password. If they are right, contact your administrator.</source>
        <translation>Vérifiez votre nom d&apos;utilisateur et votre mot de passe. S&apos;ils sont corrects, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Contact your administrator and give them the error code.</source>
        <translation>Contactez votre administrateur et indiquez-lui le code d&apos;erreur.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the administrator should check that the address points to a Groove management server.</source>
        <translation>Réessayez plus tard. Si le problème persiste, l&apos;administrateur doit vérifier que l&apos;adresse désigne bien un serveur de gestion Groove.</translation>
    </message>
    <message>
        <source>Do not continue on this network; the reply may have been tampered with. Tell your administrator.</source>
        <translation>Ne continuez pas sur ce réseau&#xa0;; la réponse a peut-être été falsifiée. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and check that your home folder is writable, then try again.</source>
        <translation>Déverrouillez votre trousseau de clés (par exemple en ouvrant une session de bureau) et vérifiez que votre dossier personnel est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Start again when you are ready.</source>
        <translation>Rien n&apos;a été modifié sur cet ordinateur. Recommencez lorsque vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>groove::Fault</name>
    <message>
        <source>The server could not read the request from this computer.</source>
        <translation>Le serveur n&apos;a pas pu lire la demande de cet ordinateur.</translation>
    </message>
    <message>
        <source>Update Groove Enroll; if it persists, the administrator should check that the server and client versions match.</source>
        <translation>Mettez à jour Groove Enroll&#xa0;; si le problème persiste, l&apos;administrateur doit vérifier que les versions du serveur et du client correspondent.</translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation>Le serveur ne connaît pas ce compte.</translation>
    </message>
    <message>
        <source>Start the enrollment again; the administrator can check that the account was not removed from the management domain.</source>
        <translation>Recommencez l&apos;inscription&#xa0;; l&apos;administrateur peut vérifier que le compte n&apos;a pas été retiré du domaine de gestion.</translation>
    </message>
    <message>
        <source>The server could not verify this account.</source>
        <translation>Le serveur n&apos;a pas pu vérifier ce compte.</translation>
    </message>
    <message>
        <source>Start the enrollment again; if it fails again, contact your administrator.</source>
        <translation>Recommencez l&apos;inscription&#xa0;; si elle échoue de nouveau, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The server failed while processing the request.</source>
        <translation>Le serveur a rencontré une erreur lors du traitement de la demande.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the management server&apos;s log.</source>
        <translation>Réessayez plus tard&#xa0;; l&apos;administrateur doit consulter le journal du serveur de gestion.</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>Le serveur a rejeté une valeur de la demande.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again; the administrator can find the rejected value in the server&apos;s log.</source>
        <translation>Vérifiez que l&apos;horloge de cet ordinateur est à l&apos;heure, puis réessayez&#xa0;; l&apos;administrateur peut trouver la valeur rejetée dans le journal du serveur.</translation>
    </message>
    <message>
        <source>The server could not verify the security of the request.</source>
        <translation>Le serveur n&apos;a pas pu vérifier la sécurité de la demande.</translation>
    </message>
    <message>
        <source>Check that the account configuration code was typed exactly as received; otherwise ask the administrator for a new code.</source>
        <translation>Vérifiez que le code de configuration du compte a été saisi exactement tel que vous l&apos;avez reçu&#xa0;; sinon, demandez un nouveau code à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The server failed while reading contact information.</source>
        <translation>Le serveur a rencontré une erreur lors de la lecture des coordonnées.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the server&apos;s log.</source>
        <translation>Réessayez plus tard&#xa0;; l&apos;administrateur doit consulter le journal du serveur.</translation>
    </message>
    <message>
        <source>The server could not add this account to the management domain.</source>
        <translation>Le serveur n&apos;a pas pu ajouter ce compte au domaine de gestion.</translation>
    </message>
    <message>
        <source>Contact your administrator; the domain may be full or misconfigured.</source>
        <translation>Contactez votre administrateur&#xa0;; le domaine est peut-être plein ou mal configuré.</translation>
    </message>
    <message>
        <source>The server does not know the management domain.</source>
        <translation>Le serveur ne connaît pas le domaine de gestion.</translation>
    </message>
    <message>
        <source>The administrator should check the domain settings (for managed devices: DeviceDomainGUID in the policy).</source>
        <translation>L&apos;administrateur doit vérifier les paramètres du domaine (pour les appareils gérés&#xa0;: DeviceDomainGUID dans la stratégie).</translation>
    </message>
    <message>
        <source>This account must be enrolled again.</source>
        <translation>Ce compte doit être inscrit de nouveau.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new account configuration code.</source>
        <translation>Demandez un nouveau code de configuration du compte à votre administrateur.</translation>
    </message>
    <message>
        <source>The server does not know your login name.</source>
        <translation>Le serveur ne connaît pas votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Check the login name; the administrator should check that you are a member of a management domain.</source>
        <translation>Vérifiez le nom d&apos;utilisateur&#xa0;; l&apos;administrateur doit vérifier que vous êtes membre d&apos;un domaine de gestion.</translation>
    </message>
    <message>
        <source>The server could not back up the account.</source>
        <translation>Le serveur n&apos;a pas pu sauvegarder le compte.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit upload.</source>
        <translation>Le serveur n&apos;a pas pu préparer un envoi d&apos;audit.</translation>
    </message>
    <message>
        <source>The server could not receive an audit file.</source>
        <translation>Le serveur n&apos;a pas pu recevoir un fichier d&apos;audit.</translation>
    </message>
    <message>
        <source>The server could not receive an audit log.</source>
        <translation>Le serveur n&apos;a pas pu recevoir un journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit log upload.</source>
        <translation>Le serveur n&apos;a pas pu préparer l&apos;envoi d&apos;un journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The server could not reset the password.</source>
        <translation>Le serveur n&apos;a pas pu réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>Contact your administrator.</source>
        <translation>Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>Le serveur n&apos;accepte pas ce mode de connexion.</translation>
    </message>
    <message>
        <source>The administrator should enable Basic authentication over HTTPS on the authenticated endpoint, or give you an account configuration code.</source>
        <translation>L&apos;administrateur doit activer l&apos;authentification Basic via HTTPS sur le point de terminaison authentifié, ou vous fournir un code de configuration du compte.</translation>
    </message>
    <message>
        <source>The server received an empty login name.</source>
        <translation>Le serveur a reçu un nom d&apos;utilisateur vide.</translation>
    </message>
    <message>
        <source>Enter your login name and try again.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et réessayez.</translation>
    </message>
    <message>
        <source>The server has no backup for this account.</source>
        <translation>Le serveur n&apos;a aucune sauvegarde de ce compte.</translation>
    </message>
    <message>
        <source>The server could not read the account backup.</source>
        <translation>Le serveur n&apos;a pas pu lire la sauvegarde du compte.</translation>
    </message>
    <message>
        <source>Automatic configuration is not enabled for you on this server.</source>
        <translation>La configuration automatique n&apos;est pas activée pour vous sur ce serveur.</translation>
    </message>
    <message>
        <source>Ask your administrator for an account configuration code, or to enable automatic account configuration for you.</source>
        <translation>Demandez à votre administrateur un code de configuration du compte, ou d&apos;activer pour vous la configuration automatique du compte.</translation>
    </message>
    <message>
        <source>The account configuration code is not valid.</source>
        <translation>Le code de configuration du compte n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Check the code against the e-mail from your administrator (copy and paste it); if it still fails, ask for a new code.</source>
        <translation>Comparez le code avec l&apos;e-mail de votre administrateur (copiez-le et collez-le)&#xa0;; si l&apos;erreur persiste, demandez un nouveau code.</translation>
    </message>
    <message>
        <source>This account configuration code has already been used.</source>
        <translation>Ce code de configuration du compte a déjà été utilisé.</translation>
    </message>
    <message>
        <source>Each code works once. Ask your administrator for a new code.</source>
        <translation>Chaque code ne fonctionne qu&apos;une fois. Demandez un nouveau code à votre administrateur.</translation>
    </message>
    <message>
        <source>The server could not verify this computer&apos;s enrollment signature.</source>
        <translation>Le serveur n&apos;a pas pu vérifier la signature d&apos;inscription de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::Policy</name>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation>%1 est verrouillé par la stratégie de votre organisation (%2) et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy (%1) does not allow the enrollment method %2; allowed: %3.</source>
        <translation>La stratégie de votre organisation (%1) n&apos;autorise pas la méthode d&apos;inscription %2&#xa0;; méthodes autorisées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The policy of your organisation is not usable: %1, key %2: %3</source>
        <translation>La stratégie de votre organisation est inutilisable&#xa0;: %1, clé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Ask your administrator to correct the policy. Until then this computer cannot be enrolled.</source>
        <translation>Demandez à votre administrateur de corriger la stratégie. D&apos;ici là, cet ordinateur ne peut pas être inscrit.</translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid INI syntax</source>
        <translation>le fichier est illisible ou sa syntaxe INI n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Défini par la stratégie de votre organisation.</translation>
    </message>
    <message>
        <source>To change it, contact %1.</source>
        <translation>Pour le modifier, contactez %1.</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>a user name or password in the address is not allowed</source>
        <translation>un nom d&apos;utilisateur ou un mot de passe dans l&apos;adresse n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>unknown method %1 (known: manual, auto-configuration, auto-activation)</source>
        <translation>méthode %1 inconnue (méthodes connues&#xa0;: manual, auto-configuration, auto-activation)</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>aucune méthode indiquée</translation>
    </message>
    <message>
        <source>not an http:// proxy address (http://host:port)</source>
        <translation>n&apos;est pas une adresse de proxy en http:// (http://hôte:port)</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>not 64 hexadecimal digits (the SHA-256 of the server&apos;s public key)</source>
        <translation>ne comporte pas 64 chiffres hexadécimaux (le SHA-256 de la clé publique du serveur)</translation>
    </message>
    <message>
        <source>unknown item %1 (known: ServerURL, Method, Proxy, CAFile, PinSha256)</source>
        <translation>élément %1 inconnu (éléments connus&#xa0;: ServerURL, Method, Proxy, CAFile, PinSha256)</translation>
    </message>
    <message>
        <source>%1 is locked but has no value (for Method: AllowedMethods)</source>
        <translation>%1 est verrouillé mais n&apos;a pas de valeur (pour Method&#xa0;: AllowedMethods)</translation>
    </message>
</context>
<context>
    <name>groove::Step</name>
    <message>
        <source>Signing in to get your account configuration code</source>
        <translation>Connexion pour obtenir votre code de configuration du compte</translation>
    </message>
    <message>
        <source>Registering this computer with the device domain</source>
        <translation>Enregistrement de cet ordinateur dans le domaine des appareils</translation>
    </message>
    <message>
        <source>Requesting your account configuration code</source>
        <translation>Demande de votre code de configuration du compte</translation>
    </message>
    <message>
        <source>Checking the account configuration code</source>
        <translation>Vérification du code de configuration du compte</translation>
    </message>
    <message>
        <source>Creating the security keys of your account</source>
        <translation>Création des clés de sécurité de votre compte</translation>
    </message>
    <message>
        <source>Creating your account on the server</source>
        <translation>Création de votre compte sur le serveur</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain</source>
        <translation>Stockage des clés dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Joining the management domain</source>
        <translation>Adhésion au domaine de gestion</translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation>Enregistrement du compte</translation>
    </message>
</context>
<context>
    <name>groove::app::Accounts</name>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>Aucun compte n&apos;est inscrit sur cet ordinateur.
</translation>
    </message>
    <message>
        <source>Device account %1 in %2 (%3), since %4, keys in %5
</source>
        <translation>Compte de l&apos;appareil %1 dans %2 (%3), depuis le %4, clés dans %5
</translation>
    </message>
    <message>
        <source>%1: account %2 in %3 (%4), since %5, keys in %6
</source>
        <translation>%1 : compte %2 dans %3 (%4), depuis le %5, clés dans %6
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>Aucun compte %1 n&apos;est inscrit sur cet ordinateur.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status affiche la liste des comptes inscrits.</translation>
    </message>
    <message>
        <source>Removed account %1 from this computer (the server keeps its record).
</source>
        <translation>Compte %1 supprimé de cet ordinateur (le serveur conserve son enregistrement).
</translation>
    </message>
</context>
<context>
    <name>groove::app::Check</name>
    <message>
        <source>The management server can be reached.
</source>
        <translation>Le serveur de gestion est joignable.
</translation>
    </message>
</context>
<context>
    <name>groove::app::CommandLine</name>
    <message>
        <source>Run groove-enroll --help to see the options.</source>
        <translation>Lancez groove-enroll --help pour afficher les options.</translation>
    </message>
    <message>
        <source>Run without the graphical wizard.</source>
        <translation>Exécuter sans l&apos;assistant graphique.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation>Afficher le résultat sous la forme d&apos;un objet JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Address of the management server.</source>
        <translation>Adresse du serveur de gestion.</translation>
    </message>
    <message>
        <source>Account configuration code (manual enrollment).</source>
        <translation>Code de configuration du compte (inscription manuelle).</translation>
    </message>
    <message>
        <source>Read the account configuration code from standard input.</source>
        <translation>Lire le code de configuration du compte sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Login name for automatic configuration or activation.</source>
        <translation>Nom d&apos;utilisateur pour la configuration automatique ou l&apos;activation.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Activate this computer as a managed device.</source>
        <translation>Activer cet ordinateur en tant qu&apos;appareil géré.</translation>
    </message>
    <message>
        <source>Managed-device policy (default: %1).</source>
        <translation>Stratégie des appareils gérés (par défaut : %1).</translation>
    </message>
    <message>
        <source>List the enrolled accounts.</source>
        <translation>Afficher la liste des comptes inscrits.</translation>
    </message>
    <message>
        <source>Remove an enrolled account from this computer.</source>
        <translation>Supprimer un compte inscrit de cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask the server whether it still knows the enrolled accounts (all, or the account whose GUID follows).</source>
        <translation>Demander au serveur s&apos;il connaît toujours les comptes inscrits (tous, ou le compte dont le GUID suit).</translation>
    </message>
    <message>
        <source>Check the way to the server (DNS, TCP, TLS, endpoint) without enrolling.</source>
        <translation>Vérifier le chemin jusqu&apos;au serveur (DNS, TCP, TLS, point de terminaison) sans inscrire l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Enroll with a built-in demonstration server on 127.0.0.1.</source>
        <translation>S&apos;inscrire auprès d&apos;un serveur de démonstration intégré sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Time limit for each request in seconds (default: 30).</source>
        <translation>Délai maximal de chaque requête, en secondes (par défaut : 30).</translation>
    </message>
    <message>
        <source>Accept only a server whose public key has this SHA-256 (hex).</source>
        <translation>N&apos;accepter qu&apos;un serveur dont la clé publique a ce SHA-256 (hexadécimal).</translation>
    </message>
    <message>
        <source>HTTP proxy to use instead of the system settings.</source>
        <translation>Proxy HTTP à utiliser à la place des paramètres du système.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Approuver aussi les certificats d&apos;autorité de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Authenticated endpoint instead of the derived one.</source>
        <translation>Point de terminaison authentifié à utiliser à la place de celui qui est déduit.</translation>
    </message>
    <message>
        <source>Keep keys in a plain-text file only you can read instead of the keyring, for computers without one (not recommended).</source>
        <translation>Conserver les clés dans un fichier en clair, lisible uniquement par votre compte utilisateur, au lieu du trousseau de clés, pour les ordinateurs qui n&apos;en ont pas (déconseillé).</translation>
    </message>
    <message>
        <source>Start in the status tray (used when you log in); without a tray, open the status window.</source>
        <translation>Démarrer dans la zone de notification (utilisé à l&apos;ouverture de session) ; sans zone de notification, ouvrir la fenêtre d&apos;état.</translation>
    </message>
    <message>
        <source>Print a technical log on standard error (never secrets).</source>
        <translation>Afficher un journal technique sur la sortie d&apos;erreur (jamais de secrets).</translation>
    </message>
    <message>
        <source>Enrolls this computer with a Groove management server. Without options it opens the enrollment wizard, or the status window when an account exists.</source>
        <translation>Inscrit cet ordinateur auprès d&apos;un serveur de gestion Groove. Sans option, ouvre l&apos;assistant d&apos;inscription, ou la fenêtre d&apos;état si un compte existe.</translation>
    </message>
    <message>
        <source>An enrollment link from your IT department (groove-enroll://enroll?...): opens the wizard with the server and the code filled in.</source>
        <translation>Un lien d&apos;inscription fourni par votre service informatique (groove-enroll://enroll?...) : ouvre l&apos;assistant avec le serveur et le code déjà renseignés.</translation>
    </message>
    <message>
        <source>Give only one enrollment link, as the first argument.</source>
        <translation>Indiquez un seul lien d&apos;inscription, en premier argument.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 3600.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (the SHA-256 of the server&apos;s public key).</source>
        <translation>--pin-sha256 attend 64 chiffres hexadécimaux (le SHA-256 de la clé publique du serveur).</translation>
    </message>
    <message>
        <source>--auth-url is not usable: %1</source>
        <translation>--auth-url est inutilisable : %1</translation>
    </message>
    <message>
        <source>--proxy needs an http:// proxy address.</source>
        <translation>--proxy attend une adresse de proxy en http://.</translation>
    </message>
    <message>
        <source>An enrollment link opens the wizard; it cannot be combined with --headless, --json, --tray, an enrollment or another mode.</source>
        <translation>Un lien d&apos;inscription ouvre l&apos;assistant ; il ne peut pas être combiné avec --headless, --json, --tray, une inscription ou un autre mode.</translation>
    </message>
    <message>
        <source>--tray starts the graphical client; it cannot be combined with --headless, --json, an enrollment or another mode.</source>
        <translation>--tray démarre le client graphique ; il ne peut pas être combiné avec --headless, --json, une inscription ou un autre mode.</translation>
    </message>
    <message>
        <source>--check needs --server URL.</source>
        <translation>--check nécessite --server URL.</translation>
    </message>
    <message>
        <source>Give the code either with --code or with --code-stdin, not both.</source>
        <translation>Indiquez le code soit avec --code, soit avec --code-stdin, mais pas les deux.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Le code de configuration du compte est vide.</translation>
    </message>
    <message>
        <source>--managed gets its code from the server; do not give --code.</source>
        <translation>--managed obtient son code auprès du serveur ; n&apos;indiquez pas --code.</translation>
    </message>
    <message>
        <source>A code and a login exclude one another: use one way to enroll.</source>
        <translation>Un code et un nom d&apos;utilisateur s&apos;excluent mutuellement : choisissez un seul mode d&apos;inscription.</translation>
    </message>
    <message>
        <source>Give --code, --code-stdin, or --login with --password-stdin.</source>
        <translation>Indiquez --code, --code-stdin, ou --login avec --password-stdin.</translation>
    </message>
    <message>
        <source>--server URL is needed.</source>
        <translation>--server URL est obligatoire.</translation>
    </message>
    <message>
        <source>--password-stdin is needed with a login (the password is never taken from the command line).</source>
        <translation>--password-stdin est obligatoire avec un nom d&apos;utilisateur (le mot de passe n&apos;est jamais lu sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Save a diagnostics archive for your IT department (logs without secrets, versions, accounts) to FILE and print its incident id.</source>
        <translation>Enregistrer dans FILE une archive de diagnostic pour votre service informatique (journaux sans secrets, versions, comptes) et afficher son identifiant d&apos;incident.</translation>
    </message>
    <message>
        <source>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics and an enrollment exclude one another.</source>
        <translation>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics et une inscription s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--save-diagnostics needs the name of the file to write.</source>
        <translation>--save-diagnostics attend le nom du fichier à écrire.</translation>
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
        <translation>Le lien d&apos;inscription est inutilisable</translation>
    </message>
    <message>
        <source>From the enrollment link.</source>
        <translation>Défini par le lien d&apos;inscription.</translation>
    </message>
    <message>
        <source>Demo server on this computer.</source>
        <translation>Serveur de démonstration sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The demo server could not start</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>An enrollment is running</source>
        <translation>Une inscription est en cours</translation>
    </message>
    <message>
        <source>Wait until the running enrollment has finished or cancel it, then try again.</source>
        <translation>Attendez la fin de l&apos;inscription en cours ou annulez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>À propos de Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll %1

Enrolls this computer with a Groove management server.</source>
        <translation>Groove Enroll %1

Inscrit cet ordinateur auprès d&apos;un serveur de gestion Groove.</translation>
    </message>
    <message>
        <source>The link is for the server %1, but your organisation&apos;s policy sets %2 for this computer. The link was not used.

%3</source>
        <extracomment>%1 the server of the link, %2 the server the organisation&apos;s policy sets</extracomment>
        <translation>Le lien concerne le serveur %1, mais la stratégie de votre organisation impose %2 pour cet ordinateur. Le lien n&apos;a pas été utilisé.

%3</translation>
    </message>
</context>
<context>
    <name>groove::app::Heartbeat</name>
    <message>
        <source>%1: the server knows this account (next check in %2 s)
</source>
        <translation>%1 : le serveur connaît ce compte (prochaine vérification dans %2 s)
</translation>
    </message>
    <message>
        <source>%1: needs to be enrolled again: %2
</source>
        <translation>%1 : doit être inscrit de nouveau : %2
</translation>
    </message>
    <message>
        <source>%1: the server could not be reached (since %2): %3
</source>
        <translation>%1 : le serveur est injoignable (depuis le %2) : %3
</translation>
    </message>
    <message>
        <source>%1: not confirmed: %2
</source>
        <translation>%1 : non confirmé : %2
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>Aucun compte %1 n&apos;est inscrit sur cet ordinateur.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status affiche la liste des comptes inscrits.</translation>
    </message>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>Aucun compte n&apos;est inscrit sur cet ordinateur.
</translation>
    </message>
</context>
<context>
    <name>groove::app::Result</name>
    <message>
        <source>The server confirmed this account at %1.</source>
        <translation>Le serveur a confirmé ce compte le %1.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account (fault %1): enroll it again.</source>
        <translation>Le serveur n&apos;accepte plus ce compte (erreur %1) : inscrivez-le de nouveau.</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (groove-enroll --heartbeat asks it now).</source>
        <translation>Pas encore confirmé par le serveur (groove-enroll --heartbeat le lui demande maintenant).</translation>
    </message>
    <message>
        <source>Enrolled %1 in the management domain %2.
</source>
        <translation>%1 inscrit dans le domaine de gestion %2.
</translation>
    </message>
    <message>
        <source>  account   %1
  identity  %2
  server    %3
</source>
        <translation>  compte    %1
  identité  %2
  serveur   %3
</translation>
    </message>
    <message>
        <source>  device    %1 (device account)
</source>
        <translation>  appareil  %1 (compte de l&apos;appareil)
</translation>
    </message>
    <message>
        <source>  keys in   %1
</source>
        <translation>  clés dans %1
</translation>
    </message>
    <message>
        <source>Failed: %1
</source>
        <translation>Échec : %1
</translation>
    </message>
    <message>
        <source>Server error code: %1
</source>
        <translation>Code d&apos;erreur du serveur : %1
</translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation>Que faire : %1
</translation>
    </message>
    <message>
        <source>The server has not been reachable since %1; the account is kept.</source>
        <translation>Le serveur est injoignable depuis le %1 ; le compte est conservé.</translation>
    </message>
    <message>
        <source>Enrollment failed at the step &quot;%1&quot;: %2
</source>
        <extracomment>%1 is a step title such as &quot;Checking the account configuration code&quot;</extracomment>
        <translation>L&apos;inscription a échoué à l&apos;étape « %1 » : %2
</translation>
    </message>
</context>
<context>
    <name>groove::app::Runner</name>
    <message>
        <source>The key of the management server %1 changed since it was trusted on this computer (its key&apos;s SHA-256 is now %2).</source>
        <translation>La clé du serveur de gestion %1 a changé depuis qu&apos;elle a été approuvée sur cet ordinateur (le SHA-256 de sa clé est maintenant %2).</translation>
    </message>
    <message>
        <source>Ask your administrator whether the server got a new key. Only then run again with --pin-sha256 %1.</source>
        <translation>Demandez à votre administrateur si le serveur a reçu une nouvelle clé. Seulement dans ce cas, relancez avec --pin-sha256 %1.</translation>
    </message>
    <message>
        <source>The certificate of the management server %1 is not trusted (%2). Its key&apos;s SHA-256 is %3.</source>
        <translation>Le certificat du serveur de gestion %1 n&apos;est pas approuvé (%2). Le SHA-256 de sa clé est %3.</translation>
    </message>
    <message>
        <source>Check with your administrator that this is the server&apos;s key, then run again with --pin-sha256 %1, or with --ca-file and the certificate of the authority that issued it.</source>
        <translation>Vérifiez avec votre administrateur qu&apos;il s&apos;agit bien de la clé du serveur, puis relancez avec --pin-sha256 %1, ou avec --ca-file et le certificat de l&apos;autorité qui l&apos;a émis.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Le code de configuration du compte est vide.</translation>
    </message>
    <message>
        <source>A login name is needed: give --login or set LoginName in the policy.</source>
        <translation>Un nom d&apos;utilisateur est nécessaire : indiquez --login ou définissez LoginName dans la stratégie.</translation>
    </message>
    <message>
        <source>Demo: a management server runs at %1 for this run only; member Bob Example, account configuration code %2. Nothing is kept afterwards.
</source>
        <translation>Démo : un serveur de gestion fonctionne sur %1 pour cette exécution uniquement ; membre Bob Example, code de configuration du compte %2. Rien n&apos;est conservé ensuite.
</translation>
    </message>
    <message>
        <source>Warning: --code puts the account configuration code into the process list, where other users of this computer can read it, and into your shell history. Use --code-stdin and give the code on standard input instead.
</source>
        <translation>Avertissement : --code place le code de configuration du compte dans la liste des processus, où les autres utilisateurs de cet ordinateur peuvent le lire, ainsi que dans l&apos;historique de votre shell. Utilisez plutôt --code-stdin et fournissez le code sur l&apos;entrée standard.
</translation>
    </message>
    <message>
        <source> done (%1 ms)
</source>
        <translation> terminé (%1 ms)
</translation>
    </message>
    <message>
        <source> failed
</source>
        <translation> échec
</translation>
    </message>
    <message>
        <source>Enrolling with %1 (%2)
</source>
        <translation>Inscription auprès de %1 (%2)
</translation>
    </message>
    <message>
        <source>ServerURL of %1</source>
        <translation>ServerURL de %1</translation>
    </message>
</context>
<context>
    <name>groove::app::main</name>
    <message>
        <source>There is no display for the graphical client.</source>
        <translation>Aucun affichage n&apos;est disponible pour le client graphique.</translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use the command line options (see --help).</source>
        <translation>Lancez-le dans une session de bureau, ou utilisez les options de ligne de commande (voir --help).</translation>
    </message>
</context>
<context>
    <name>groove::diag::DiagnosticsBundle</name>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, for example your Documents folder.</source>
        <translation>Choisissez un dossier dans lequel vous avez le droit d&apos;écrire, par exemple votre dossier Documents.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ConnectivityCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>%1 is an IP address, no lookup needed</source>
        <translation>%1 est une adresse IP, aucune résolution nécessaire</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation>impossible de résoudre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 est résolu en %2</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>the authenticated endpoint %1 is not an https address</source>
        <translation>le point de terminaison authentifié %1 n&apos;est pas une adresse https</translation>
    </message>
    <message>
        <source>not needed (http)</source>
        <translation>inutile (http)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server&apos;s key has the SHA-256 %1 (--pin-sha256 %1 trusts it)</source>
        <translation>le SHA-256 de la clé du serveur est %1 (--pin-sha256 %1 l&apos;approuve)</translation>
    </message>
    <message>
        <source>the certificate does not match the configured pin</source>
        <translation>le certificat ne correspond pas à l&apos;empreinte épinglée configurée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not checked (TLS failed)</source>
        <translation>non vérifié (échec TLS)</translation>
    </message>
    <message>
        <source>no SOAP answer: %1 (%2)</source>
        <translation>aucune réponse SOAP&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>the server answers SOAP requests</source>
        <translation>le serveur répond aux requêtes SOAP</translation>
    </message>
    <message>
        <source>the server answers SOAP requests (fault %1 for an unknown code, as expected)</source>
        <translation>le serveur répond aux requêtes SOAP (erreur %1 pour un code inconnu, comme prévu)</translation>
    </message>
    <message>
        <source>the answer is not a SOAP response: %1</source>
        <translation>la réponse n&apos;est pas une réponse SOAP&#xa0;: %1</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation>aucune négociation TLS dans un délai de %1&#xa0;ms</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 dans un délai de %2&#xa0;ms</translation>
    </message>
    <message>
        <source>not checked (%1 failed)</source>
        <translation>non vérifié (échec de l&apos;étape %1)</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>Le fichier d&apos;autorité de certification %1 est illisible ou ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>%1, certificate &quot;%2&quot; verified</source>
        <translation>%1, certificat «&#xa0;%2&#xa0;» vérifié</translation>
    </message>
    <message>
        <source>, pin matches</source>
        <translation>, l&apos;empreinte épinglée correspond</translation>
    </message>
    <message>
        <source>, key trusted on this computer</source>
        <translation>, clé approuvée sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentEngine</name>
    <message>
        <source>No server address was given.</source>
        <translation>Aucune adresse de serveur n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>Le code de configuration du compte est vide.</translation>
    </message>
    <message>
        <source>A login name is needed for automatic configuration.</source>
        <translation>Un nom d&apos;utilisateur est nécessaire pour la configuration automatique.</translation>
    </message>
    <message>
        <source>The server asked to continue over an unencrypted connection (http), although it was reached over https. Enrollment stopped; nothing was stored and the code was not used.</source>
        <translation>Le serveur a demandé de continuer par une connexion non chiffrée (http), alors qu&apos;il a été joint en https. L&apos;inscription a été arrêtée&#xa0;; rien n&apos;a été enregistré et le code n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the server an https address (ServerURL).</source>
        <translation>Demandez à votre administrateur de donner au serveur une adresse https (ServerURL).</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentLink</name>
    <message>
        <source>Ask your IT department for a new link.</source>
        <translation>Demandez un nouveau lien à votre service informatique.</translation>
    </message>
    <message>
        <source>The enrollment link is damaged. Copy the whole link from the e-mail again, or type the server address and the code yourself.</source>
        <translation>Le lien d&apos;inscription est endommagé. Copiez de nouveau le lien complet depuis l&apos;e-mail, ou saisissez vous-même l&apos;adresse du serveur et le code.</translation>
    </message>
    <message>
        <source>The enrollment link contains the unknown part &quot;%1&quot;. It may be meant for a newer version of this program.</source>
        <translation>Le lien d&apos;inscription contient la partie inconnue «&#xa0;%1&#xa0;». Il est peut-être destiné à une version plus récente de ce programme.</translation>
    </message>
    <message>
        <source>The enrollment link contains &quot;%1&quot; more than once.</source>
        <translation>Le lien d&apos;inscription contient «&#xa0;%1&#xa0;» plusieurs fois.</translation>
    </message>
    <message>
        <source>The enrollment link has an empty &quot;%1&quot;.</source>
        <translation>Le lien d&apos;inscription contient un «&#xa0;%1&#xa0;» vide.</translation>
    </message>
    <message>
        <source>This link is not an enrollment link of this program.</source>
        <translation>Ce lien n&apos;est pas un lien d&apos;inscription de ce programme.</translation>
    </message>
    <message>
        <source>The enrollment link has no server address and no code.</source>
        <translation>Le lien d&apos;inscription ne contient ni adresse de serveur ni code.</translation>
    </message>
    <message numerus="yes">
        <source>The enrollment link is too long (more than %n characters).</source>
        <translation>
            <numerusform>Le lien d&apos;inscription est trop long (plus de %n caractère).</numerusform>
            <numerusform>Le lien d&apos;inscription est trop long (plus de %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment link has no server address.</source>
        <translation>Le lien d&apos;inscription ne contient pas d&apos;adresse de serveur.</translation>
    </message>
    <message>
        <source>The enrollment link has no account configuration code.</source>
        <translation>Le lien d&apos;inscription ne contient pas de code de configuration du compte.</translation>
    </message>
    <message>
        <source>The server address in the enrollment link is not usable: %1</source>
        <translation>L&apos;adresse du serveur indiquée dans le lien d&apos;inscription est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account configuration code in the enrollment link is not valid.</source>
        <translation>Le code de configuration du compte indiqué dans le lien d&apos;inscription n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The certificate fingerprint (pin) in the enrollment link is not 64 hexadecimal digits.</source>
        <translation>L&apos;empreinte épinglée du certificat indiquée dans le lien d&apos;inscription ne comporte pas 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The expiry time in the enrollment link is not a valid time.</source>
        <translation>La date d&apos;expiration indiquée dans le lien d&apos;inscription n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This enrollment link expired on %1.</source>
        <translation>Ce lien d&apos;inscription a expiré le %1.</translation>
    </message>
</context>
<context>
    <name>groove::engine::HeartbeatMonitor</name>
    <message>
        <source>The account %1 is not enrolled on this computer.</source>
        <translation>Le compte %1 n&apos;est pas inscrit sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ServerUrl</name>
    <message>
        <source>The server address is empty.</source>
        <translation>L&apos;adresse du serveur est vide.</translation>
    </message>
    <message>
        <source>The address must be a full address such as https://host/AutoActivate/gms.dll.</source>
        <translation>L&apos;adresse doit être une adresse complète, par exemple https://host/AutoActivate/gms.dll.</translation>
    </message>
    <message>
        <source>The server address must be a host name, host:port, or a full address such as http://host/gms.dll.</source>
        <translation>L&apos;adresse du serveur doit être un nom d&apos;hôte, hôte:port, ou une adresse complète, par exemple http://host/gms.dll.</translation>
    </message>
    <message>
        <source>An IPv6 address in the server address must be written in brackets, for example [2001:db8::1].</source>
        <translation>Une adresse IPv6 dans l&apos;adresse du serveur doit être écrite entre crochets, par exemple [2001:db8::1].</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The server address is not a valid address.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>The server address must contain a valid host name or IP address.</source>
        <translation>L&apos;adresse du serveur doit contenir un nom d&apos;hôte ou une adresse IP valide.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The server address must end in /gms.dll.</source>
        <translation>L&apos;adresse du serveur doit se terminer par /gms.dll.</translation>
    </message>
    <message>
        <source>The path of the server address must not contain empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Le chemin de l&apos;adresse du serveur ne doit pas contenir de parties vides, «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain HTTP. The account configuration code travels unprotected, and anyone who can see the traffic can find it by trying candidate codes offline against what is sent. Use an https:// address if the server offers one.</source>
        <translation>Avertissement&#xa0;: %1 utilise HTTP sans chiffrement. Le code de configuration du compte circule sans protection, et toute personne qui peut voir le trafic peut le retrouver en essayant hors ligne des codes possibles sur ce qui est envoyé. Utilisez une adresse https:// si le serveur en propose une.</translation>
    </message>
</context>
<context>
    <name>groove::engine::SoapCall</name>
    <message>
        <source>The management server&apos;s certificate does not match the configured pin.</source>
        <translation>Le certificat du serveur de gestion ne correspond pas à l&apos;empreinte épinglée configurée.</translation>
    </message>
    <message>
        <source>A web page came back instead of the management server&apos;s answer.</source>
        <translation>Une page web a été reçue à la place de la réponse du serveur de gestion.</translation>
    </message>
    <message>
        <source>On a hotel or guest network, sign in to the network in your browser first. Otherwise check the management server address.</source>
        <translation>Sur un réseau d&apos;hôtel ou un réseau invité, connectez-vous d&apos;abord au réseau dans votre navigateur. Sinon, vérifiez l&apos;adresse du serveur de gestion.</translation>
    </message>
    <message>
        <source>The management server redirected the request to an address this program does not follow.</source>
        <translation>Le serveur de gestion a redirigé la demande vers une adresse que ce programme ne suit pas.</translation>
    </message>
</context>
<context>
    <name>groove::engine::Transport</name>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>Le fichier d&apos;autorité de certification %1 est illisible ou ne contient aucun certificat.</translation>
    </message>
</context>
<context>
    <name>groove::engine::TrustStore</name>
    <message>
        <source>The list of trusted servers (%1) cannot be saved.</source>
        <translation>La liste des serveurs approuvés (%1) n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>groove::engine::UntrustedCertificate</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Serveur&#xa0;: %1:%2</translation>
    </message>
    <message>
        <source>Key (SHA-256): %1</source>
        <translation>Clé (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>groove::store::AccountStore</name>
    <message>
        <source>Another enrollment is running on this computer: the account file %1 is in use.</source>
        <translation>Une autre inscription est en cours sur cet ordinateur&#xa0;: le fichier de compte %1 est en cours d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Attendez qu&apos;elle soit terminée, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no enrolled account %1.</source>
        <translation>Aucun compte %1 n&apos;est inscrit.</translation>
    </message>
    <message>
        <source>The account file %1 is damaged. It was left unchanged.</source>
        <translation>Le fichier de compte %1 est endommagé. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Repair the file or move it away, then try again.</source>
        <translation>Réparez le fichier ou déplacez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The account file %1 could not be read.</source>
        <translation>Le fichier de compte %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check that you may read the file, then try again.</source>
        <translation>Vérifiez que vous avez le droit de lire le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>The account file %1 could not be written.</source>
        <translation>Le fichier de compte %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Vérifiez que le dossier %1 existe, que vous avez le droit d&apos;y écrire et que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: the account file %1 could not be saved. It was left unchanged.</source>
        <translation>Le disque est plein&#xa0;: le fichier de compte %1 n&apos;a pas pu être enregistré. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Free space on %1 (where %2 is), then try again.</source>
        <translation>Libérez de l&apos;espace sur %1 (où se trouve %2), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>groove::store::FileSecretStore</name>
    <message>
        <source>The folder for the key file could not be created.</source>
        <translation>Le dossier du fichier de clés n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The folder for the key file is not a folder.</source>
        <translation>Le dossier du fichier de clés n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder for the key file belongs to another user.</source>
        <translation>Le dossier du fichier de clés appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>The permissions of the key folder could not be restricted.</source>
        <translation>Les autorisations du dossier des clés n&apos;ont pas pu être restreintes.</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>Le fichier de clés n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Le fichier de clés %1 est endommagé.</translation>
    </message>
    <message>
        <source>The key file could not be removed.</source>
        <translation>Le fichier de clés n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The keys could not be saved in the key file %1.</source>
        <translation>Les clés n&apos;ont pas pu être enregistrées dans le fichier de clés %1.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved.</source>
        <translation>Les clés du compte n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The key file is in use by another Groove Enroll.</source>
        <translation>Le fichier de clés est utilisé par une autre instance de Groove Enroll.</translation>
    </message>
</context>
<context>
    <name>groove::store::KeychainSecretStore</name>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and try again.</source>
        <translation>Déverrouillez votre trousseau de clés (par exemple en ouvrant une session de bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved in the keyring.</source>
        <translation>Les clés du compte n&apos;ont pas pu être enregistrées dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be read from the keyring.</source>
        <translation>Les clés du compte n&apos;ont pas pu être lues dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be removed from the keyring.</source>
        <translation>Les clés du compte n&apos;ont pas pu être supprimées du trousseau de clés.</translation>
    </message>
    <message>
        <source>Allow Groove Enroll to use your keyring when you are asked, and try again.</source>
        <translation>Autorisez Groove Enroll à utiliser votre trousseau de clés lorsque cela vous est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>The keyring does not work on this computer.</source>
        <translation>Le trousseau de clés ne fonctionne pas sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::store::SecretStore</name>
    <message>
        <source>A saved key of this account was not found.</source>
        <translation>Une clé enregistrée de ce compte est introuvable.</translation>
    </message>
</context>
<context>
    <name>groove::ui::AccountListModel</name>
    <message>
        <source>Device account</source>
        <translation>Compte de l&apos;appareil</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>À réinscrire</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>The management server confirmed this account at %1.</source>
        <translation>Le serveur de gestion a confirmé ce compte le %1.</translation>
    </message>
    <message>
        <source>The management server cannot be reached. The account is kept.</source>
        <translation>Le serveur de gestion est injoignable. Le compte est conservé.</translation>
    </message>
    <message>
        <source>The management server has not been reachable since %1. The account is kept.</source>
        <translation>Le serveur de gestion est injoignable depuis le %1. Le compte est conservé.</translation>
    </message>
    <message>
        <source>The management server no longer accepts this account (fault %1). Choose &quot;Re-enroll&quot; to enroll it again.</source>
        <translation>Le serveur de gestion n&apos;accepte plus ce compte (erreur %1). Choisissez «&#xa0;Réinscrire&#xa0;» pour l&apos;inscrire de nouveau.</translation>
    </message>
    <message>
        <source>The management server has not confirmed this account yet. Choose &quot;Check now&quot; to ask it.</source>
        <translation>Le serveur de gestion n&apos;a pas encore confirmé ce compte. Choisissez «&#xa0;Vérifier maintenant&#xa0;» pour le lui demander.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domaine %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Asking the management server about this account.</source>
        <translation>Interrogation du serveur de gestion sur ce compte.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
</context>
<context>
    <name>groove::ui::CheckPage</name>
    <message>
        <source>Finding the server (DNS)</source>
        <translation>Recherche du serveur (DNS)</translation>
    </message>
    <message>
        <source>Connecting to the server (TCP)</source>
        <translation>Connexion au serveur (TCP)</translation>
    </message>
    <message>
        <source>Securing the connection (TLS)</source>
        <translation>Sécurisation de la connexion (TLS)</translation>
    </message>
    <message>
        <source>Talking to the management server</source>
        <translation>Dialogue avec le serveur de gestion</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Checking whether this computer can reach the management server. Nothing is enrolled and your code is not sent.</source>
        <translation>Vérification de l&apos;accès de cet ordinateur au serveur de gestion. Rien n&apos;est inscrit et votre code n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Runs the connection check once more.</source>
        <translation>Relance le test de connexion.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>%1 is the item (&quot;Finding the server (DNS)&quot;), %2 its state, %3 what was found</extracomment>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>The management server can be reached. You can enroll now.</source>
        <translation>Le serveur de gestion est joignable. Vous pouvez maintenant inscrire l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>These files help your IT department find out what went wrong. They contain no codes, passwords or keys. Tell them the incident id.</source>
        <translation>Ces fichiers aident votre service informatique à comprendre ce qui s&apos;est mal passé. Ils ne contiennent aucun code, mot de passe ni clé. Communiquez-lui l&apos;identifiant d&apos;incident.</translation>
    </message>
    <message>
        <source>About the diagnostics</source>
        <translation>À propos du diagnostic</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Identifiant d&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Incident id:</source>
        <translation>&amp;Identifiant d&apos;incident&#xa0;:</translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation>Fichiers de l&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Files in the archive:</source>
        <translation>Fichiers de l&apos;&amp;archive&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontents of the selected file:</source>
        <translation>&amp;Contenu du fichier sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Contents of the selected file</source>
        <translation>Contenu du fichier sélectionné</translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation>Résultat de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save the diagnostics</source>
        <translation>Enregistrer l&apos;archive de diagnostic</translation>
    </message>
    <message>
        <source>Chooses where to save the diagnostics archive.</source>
        <translation>Choisit l&apos;emplacement où enregistrer l&apos;archive de diagnostic.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. Send this file to your IT department and tell them the incident id %2.</source>
        <translation>Le diagnostic a été enregistré dans %1. Envoyez ce fichier à votre service informatique et communiquez-lui l&apos;identifiant d&apos;incident %2.</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved. %1 %2</source>
        <translation>Le diagnostic n&apos;a pas pu être enregistré. %1 %2</translation>
    </message>
</context>
<context>
    <name>groove::ui::EnrollWizard</name>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscrire cet ordinateur</translation>
    </message>
</context>
<context>
    <name>groove::ui::ErrorPresenter</name>
    <message>
        <source>Something is missing</source>
        <translation>Il manque une information</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>La connexion n&apos;est pas sécurisée</translation>
    </message>
    <message>
        <source>The enrollment was refused</source>
        <translation>L&apos;inscription a été refusée</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not usable</source>
        <translation>La réponse du serveur est inutilisable</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>Le compte n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The enrollment was cancelled</source>
        <translation>L&apos;inscription a été annulée</translation>
    </message>
    <message>
        <source>The enrollment failed</source>
        <translation>L&apos;inscription a échoué</translation>
    </message>
    <message>
        <source>Server fault code: %1</source>
        <translation>Code d&apos;erreur du serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>groove::ui::InputPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Tries the connection to the management server without enrolling.</source>
        <translation>Teste la connexion au serveur de gestion sans inscrire l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ManagedPage</name>
    <message>
        <source>Your organisation manages this computer and has set the management server. Sign in with your organisation account to enroll it. The password is used only for this enrollment and is not stored.</source>
        <translation>Votre organisation gère cet ordinateur et a défini le serveur de gestion. Connectez-vous avec le compte de votre organisation pour l&apos;inscrire. Le mot de passe ne sert qu&apos;à cette inscription et n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>Serveur de &amp;gestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>Le nom d&apos;utilisateur du compte de votre organisation.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>Le mot de passe du compte de votre organisation. Il n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Défini par votre organisation.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings send the password to %1, which is not an encrypted (https) address. Ask your IT department to correct the settings of this computer.</source>
        <extracomment>%1 is the sign-in address from the organisation&apos;s settings</extracomment>
        <translation>Les paramètres de votre organisation envoient le mot de passe à %1, qui n&apos;est pas une adresse chiffrée (https). Demandez à votre service informatique de corriger les paramètres de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ProgressPage</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, e.g. &quot;1.4 s&quot;</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>This computer is being enrolled. This usually takes a few seconds.</source>
        <translation>Inscription de cet ordinateur en cours. Cela prend généralement quelques secondes.</translation>
    </message>
    <message>
        <source>Enrollment steps</source>
        <translation>Étapes de l&apos;inscription</translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation>État de l&apos;inscription</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continues the enrollment from the step that failed, with the same code.</source>
        <translation>Reprend l&apos;inscription à l&apos;étape qui a échoué, avec le même code.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what the step does</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The enrollment has started.</source>
        <translation>L&apos;inscription a commencé.</translation>
    </message>
    <message>
        <source>Stopping the enrollment and removing what was stored so far…</source>
        <translation>Arrêt de l&apos;inscription et suppression de ce qui a déjà été enregistré…</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Nouvel essai.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <extracomment>%1 and %2 are numbers, %3 what the step does</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <extracomment>%1 is what the step does, %2 how long it took</extracomment>
        <translation>Terminé&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <extracomment>%1 is what the step does</extracomment>
        <translation>Échec&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer as expected. Trying again in %n s (attempt %1).</source>
        <extracomment>%n is a number of seconds, %1 counts the attempts from 1</extracomment>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu comme prévu. Nouvel essai dans %n&#xa0;s (tentative %1).</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu comme prévu. Nouvel essai dans %n&#xa0;s (tentative %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s security certificate needs your decision.</source>
        <translation>Le certificat de sécurité du serveur attend votre décision.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Cet ordinateur est inscrit.</translation>
    </message>
    <message>
        <source>%1 You can try again: the steps already done are kept.</source>
        <extracomment>%1 says what went wrong (a whole sentence)</extracomment>
        <translation>%1 Vous pouvez réessayer&#xa0;: les étapes déjà effectuées sont conservées.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ResultPage</name>
    <message>
        <source>C&amp;opy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Enregistrer le diagnostic…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Why there is no way back</source>
        <translation>Pourquoi le retour en arrière est impossible</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Shows or hides the technical details.</source>
        <translation>Affiche ou masque les détails techniques.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copies the technical details to the clipboard.</source>
        <translation>Copie les détails techniques dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation>Fichier de diagnostic</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Cet ordinateur est inscrit.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Management server: %1</source>
        <translation>Serveur de gestion&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s account: %1 in %2</source>
        <translation>Compte de cet ordinateur&#xa0;: %1 dans %2</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Récapitulatif de l&apos;inscription</translation>
    </message>
    <message>
        <source>You can close this window now.</source>
        <translation>Vous pouvez maintenant fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>There is no way back to the code: the server may already have used it up. Ask your IT department for a new code.</source>
        <translation>Impossible de revenir au code&#xa0;: le serveur l&apos;a peut-être déjà utilisé. Demandez un nouveau code à votre service informatique.</translation>
    </message>
    <message>
        <source>There is no way back to the sign-in: the server may already have used up the code it gave for it. Ask your IT department to reset your enrollment, then start again.</source>
        <translation>Impossible de revenir aux identifiants&#xa0;: le serveur a peut-être déjà utilisé le code qu&apos;il a fourni pour cette connexion. Demandez à votre service informatique de réinitialiser votre inscription, puis recommencez.</translation>
    </message>
    <message>
        <source>&amp;Change the code</source>
        <translation>&amp;Modifier le code</translation>
    </message>
    <message>
        <source>&amp;Change the sign-in</source>
        <translation>&amp;Modifier les identifiants</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Change the sign-in</source>
        <translation>Modifier les identifiants</translation>
    </message>
    <message>
        <source>Goes back to the page where you entered it. Nothing was kept on this computer.</source>
        <translation>Revient à la page de saisie. Rien n&apos;a été conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Les détails ont été copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>Le diagnostic a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the steps, the error and the log. It contains no code, password or key.</source>
        <translation>Affiche et enregistre une archive destinée à votre service informatique, avec les versions, les étapes, l&apos;erreur et le journal. Elle ne contient aucun code, mot de passe ni clé.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerCodePage</name>
    <message>
        <source>&amp;Paste e-mail or link…</source>
        <translation>Co&amp;ller l&apos;e-mail ou le lien…</translation>
    </message>
    <message>
        <source>The address and the code are in the e-mail from your IT department. Copy the whole e-mail or the enrollment link, then paste it here to fill in both.</source>
        <translation>L&apos;adresse et le code figurent dans l&apos;e-mail de votre service informatique. Copiez l&apos;e-mail entier ou le lien d&apos;inscription, puis collez-le ici pour remplir les deux champs.</translation>
    </message>
    <message>
        <source>Paste e-mail or link</source>
        <translation>Coller l&apos;e-mail ou le lien</translation>
    </message>
    <message>
        <source>Fills in the server address and the code from copied text: the e-mail of your IT department or an enrollment link.</source>
        <translation>Remplit l&apos;adresse du serveur et le code à partir du texte copié&#xa0;: l&apos;e-mail de votre service informatique ou un lien d&apos;inscription.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>Serveur de &amp;gestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account configuration code:</source>
        <translation>&amp;Code de configuration du compte&#xa0;:</translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM-NPQR</source>
        <extracomment>An example of the shape of a code; not a real code</extracomment>
        <translation>ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Account configuration code</source>
        <translation>Code de configuration du compte</translation>
    </message>
    <message>
        <source>The code from the e-mail of your IT department.</source>
        <translation>Le code figurant dans l&apos;e-mail de votre service informatique.</translation>
    </message>
    <message>
        <source>The code is empty. Type it exactly as in the e-mail from your IT department.</source>
        <translation>Le code est vide. Saisissez-le exactement comme dans l&apos;e-mail de votre service informatique.</translation>
    </message>
    <message>
        <source>The code contains a character that cannot be sent (at position %1). Type the code exactly as in the e-mail from your IT department.</source>
        <extracomment>%1 is the position of the character in the code (1 = first)</extracomment>
        <translation>Le code contient un caractère qui ne peut pas être envoyé (en position %1). Saisissez le code exactement comme dans l&apos;e-mail de votre service informatique.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No server address and no code were found in the copied text. Copy the whole e-mail or the enrollment link, then try again.</source>
        <translation>Aucune adresse de serveur ni aucun code n&apos;a été trouvé dans le texte copié. Copiez l&apos;e-mail entier ou le lien d&apos;inscription, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>The copied text was not used, because the fields are locked.</source>
        <translation>Le texte copié n&apos;a pas été utilisé, car les champs sont verrouillés.</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Remplissage effectué</translation>
    </message>
    <message>
        <source>The server address and the code were filled in from the copied text.</source>
        <translation>L&apos;adresse du serveur et le code ont été remplis à partir du texte copié.</translation>
    </message>
    <message>
        <source>The server address was filled in. Type the code as it is in the e-mail.</source>
        <translation>L&apos;adresse du serveur a été remplie. Saisissez le code tel qu&apos;il figure dans l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The code was filled in. Type the server address as it is in the e-mail.</source>
        <translation>Le code a été rempli. Saisissez l&apos;adresse du serveur telle qu&apos;elle figure dans l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>The copied text is for the server %1, but this computer must use %2. %3</source>
        <extracomment>%1 the server in the copied text, %2 the locked server, %3 why it is locked</extracomment>
        <translation>Le texte copié concerne le serveur %1, mais cet ordinateur doit utiliser %2. %3</translation>
    </message>
    <message>
        <source>Server not changed</source>
        <translation>Serveur non modifié</translation>
    </message>
    <message>
        <source>The code was filled in.</source>
        <translation>Le code a été rempli.</translation>
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
        <translation>Serveur de gestion</translation>
    </message>
    <message>
        <source>The address of the management server, from the e-mail of your IT department.</source>
        <translation>L&apos;adresse du serveur de gestion, indiquée dans l&apos;e-mail de votre service informatique.</translation>
    </message>
    <message>
        <source>Signing in sends your password, so the management server must be reached over an encrypted connection. Use the address that starts with https://.</source>
        <translation>Votre mot de passe est envoyé lors de la connexion&#xa0;: le serveur de gestion doit donc être joint par une connexion chiffrée. Utilisez l&apos;adresse qui commence par https://.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Address used: %1</source>
        <extracomment>%1 is the normalised address of the management server</extracomment>
        <translation>Adresse utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address of the management server as the program will use it.</source>
        <translation>L&apos;adresse du serveur de gestion telle que le programme l&apos;utilisera.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>groove::ui::SignInPage</name>
    <message>
        <source>Sign in with the user name and password of your organisation account. The password is used only for this enrollment and is not stored.</source>
        <translation>Connectez-vous avec le nom d&apos;utilisateur et le mot de passe du compte de votre organisation. Le mot de passe ne sert qu&apos;à cette inscription et n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>Serveur de &amp;gestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>Le nom d&apos;utilisateur du compte de votre organisation.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>Le mot de passe du compte de votre organisation. Il n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>groove::ui::StatusWindow</name>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Cet ordinateur n&apos;est pas encore inscrit.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Re-enroll…</source>
        <translation>&amp;Réinscrire…</translation>
    </message>
    <message>
        <source>Re&amp;move from this computer…</source>
        <translation>&amp;Supprimer de cet ordinateur…</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll status</source>
        <translation>État de Groove Enroll</translation>
    </message>
    <message>
        <source>Enrolled accounts</source>
        <translation>Comptes inscrits</translation>
    </message>
    <message>
        <source>The accounts of this computer with their health and last check.</source>
        <translation>Les comptes de cet ordinateur, avec leur état et leur dernière vérification.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Asks the management server now whether it still accepts the selected account.</source>
        <translation>Demande dès maintenant au serveur de gestion s&apos;il accepte toujours le compte sélectionné.</translation>
    </message>
    <message>
        <source>Re-enroll</source>
        <translation>Réinscrire</translation>
    </message>
    <message>
        <source>Opens the enrollment wizard with the server of the selected account.</source>
        <translation>Ouvre l&apos;assistant d&apos;inscription avec le serveur du compte sélectionné.</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Supprimer de cet ordinateur</translation>
    </message>
    <message>
        <source>Deletes the selected account and its keys from this computer after asking.</source>
        <translation>Supprime de cet ordinateur le compte sélectionné et ses clés, après confirmation.</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Inscrire cet ordinateur…</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>&amp;Inscrire un autre compte…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Inscrire un autre compte</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 from this computer?</source>
        <translation>Supprimer de cet ordinateur le compte %1 du domaine %2&#xa0;?</translation>
    </message>
    <message>
        <source>Its keys are deleted from this computer. The management server keeps the account; to use it here again, you need a new account configuration code from your IT department.</source>
        <translation>Ses clés sont supprimées de cet ordinateur. Le serveur de gestion conserve le compte&#xa0;; pour l&apos;utiliser de nouveau ici, vous aurez besoin d&apos;un nouveau code de configuration du compte fourni par votre service informatique.</translation>
    </message>
    <message>
        <source>&amp;Remove from this computer</source>
        <translation>&amp;Supprimer de cet ordinateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The account %1 was removed from this computer.</source>
        <translation>Le compte %1 a été supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Enregistrer le &amp;diagnostic…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the accounts and the log. It contains no code, password or key.</source>
        <translation>Affiche et enregistre une archive destinée à votre service informatique, avec les versions, les comptes et le journal. Elle ne contient aucun code, mot de passe ni clé.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Opens the folder with the log files in the file manager.</source>
        <translation>Ouvre le dossier des fichiers journaux dans le gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrayController</name>
    <message>
        <source>The management server no longer accepts the account %1 of %2. Open Groove Enroll to enroll it again.</source>
        <translation>Le serveur de gestion n&apos;accepte plus le compte %1 du domaine %2. Ouvrez Groove Enroll pour l&apos;inscrire de nouveau.</translation>
    </message>
    <message>
        <source>The management server no longer accepts several accounts of this computer. Open Groove Enroll to enroll them again.</source>
        <translation>Le serveur de gestion n&apos;accepte plus plusieurs comptes de cet ordinateur. Ouvrez Groove Enroll pour les inscrire de nouveau.</translation>
    </message>
    <message>
        <source>Groove Enroll: an account needs to be enrolled again.</source>
        <translation>Groove Enroll&#xa0;: un compte doit être inscrit de nouveau.</translation>
    </message>
    <message>
        <source>Groove Enroll is enrolling this computer: %1.</source>
        <translation>Groove Enroll inscrit cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server has not been reachable since %1. Your accounts are kept.</source>
        <translation>Groove Enroll&#xa0;: le serveur de gestion est injoignable depuis le %1. Vos comptes sont conservés.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server cannot be reached. Your accounts are kept.</source>
        <translation>Groove Enroll&#xa0;: le serveur de gestion est injoignable. Vos comptes sont conservés.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is enrolled.</source>
        <translation>Groove Enroll&#xa0;: cet ordinateur est inscrit.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is not enrolled yet.</source>
        <translation>Groove Enroll&#xa0;: cet ordinateur n&apos;est pas encore inscrit.</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Show status</source>
        <translation>&amp;Afficher l&apos;état</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Afficher l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>&amp;Inscrire un autre compte…</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Inscrire un autre compte</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;About Groove Enroll</source>
        <translation>À &amp;propos de Groove Enroll</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>À propos de Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Inscrire cet ordinateur…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>An account needs attention</source>
        <translation>Un compte nécessite votre attention</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Enregistrer le &amp;diagnostic…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrustDialog</name>
    <message>
        <source>Unknown security certificate</source>
        <translation>Certificat de sécurité inconnu</translation>
    </message>
    <message>
        <source>This computer does not know the security certificate of the management server. Compare the values below with those your IT department gives you. Trust the server only if they match exactly.</source>
        <translation>Cet ordinateur ne connaît pas le certificat de sécurité du serveur de gestion. Comparez les valeurs ci-dessous avec celles que vous donne votre service informatique. N&apos;approuvez le serveur que si elles correspondent exactement.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Approuver ce serveur</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Approuver ce serveur</translation>
    </message>
    <message>
        <source>Remembers the key of this server on this computer and continues the enrollment.</source>
        <translation>Mémorise la clé de ce serveur sur cet ordinateur et poursuit l&apos;inscription.</translation>
    </message>
    <message>
        <source>Do &amp;not trust</source>
        <translation>&amp;Ne pas approuver</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Ne pas approuver</translation>
    </message>
    <message>
        <source>Stops the enrollment. Nothing is sent to the server.</source>
        <translation>Arrête l&apos;inscription. Rien n&apos;est envoyé au serveur.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a certificate&apos;s common name, %2 its organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Empreinte de la clé (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>The key of this server changed since it was trusted on this computer. Trust the new key only if your IT department confirms the change.</source>
        <translation>La clé de ce serveur a changé depuis qu&apos;elle a été approuvée sur cet ordinateur. N&apos;approuvez la nouvelle clé que si votre service informatique confirme ce changement.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WelcomePage</name>
    <message>
        <source>This assistant connects this computer to the management server of your organisation. You need the e-mail from your IT department or your organisation account. It takes about a minute.</source>
        <translation>Cet assistant connecte votre ordinateur au serveur de gestion de votre organisation. Vous avez besoin de l&apos;e-mail de votre service informatique ou du compte de votre organisation. Cela prend environ une minute.</translation>
    </message>
    <message>
        <source>How do you want to enroll this computer?</source>
        <translation>Comment voulez-vous inscrire cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>I have an account &amp;configuration code</source>
        <translation>J&apos;ai un code de &amp;configuration du compte</translation>
    </message>
    <message>
        <source>The server address and the code are in the e-mail from your IT department.</source>
        <translation>L&apos;adresse du serveur et le code figurent dans l&apos;e-mail de votre service informatique.</translation>
    </message>
    <message>
        <source>&amp;Sign in with my organisation account</source>
        <translation>&amp;Me connecter avec le compte de mon organisation</translation>
    </message>
    <message>
        <source>Use the user name and password of your organisation account. The password is not stored.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe du compte de votre organisation. Le mot de passe n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>This computer is &amp;managed by my organisation</source>
        <translation>Cet ordinateur est &amp;géré par mon organisation</translation>
    </message>
    <message>
        <source>Your organisation has set this computer up for enrollment. You sign in with your organisation account.</source>
        <translation>Votre organisation a préparé cet ordinateur pour l&apos;inscription. Vous vous connectez avec le compte de votre organisation.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow any way to enroll that this computer is set up for. Ask your IT department.</source>
        <translation>La stratégie de votre organisation n&apos;autorise aucun des modes d&apos;inscription pour lesquels cet ordinateur est configuré. Adressez-vous à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WizardPageNames</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Server and code</source>
        <translation>Serveur et code</translation>
    </message>
    <message>
        <source>Server and sign-in</source>
        <translation>Serveur et identifiants</translation>
    </message>
    <message>
        <source>Managed sign-in</source>
        <translation>Appareil géré</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 and %2 are numbers, %3 is the page name (e.g. &quot;Step 2 of 4 · Server and code&quot;)</extracomment>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
</context>
</TS>
