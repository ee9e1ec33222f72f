<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>groove::Engine</name>
    <message>
        <source>The managed-device policy %1 is not usable: %2</source>
        <translation>La directiva de dispositivos administrados %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Ask your administrator to deploy a complete policy (group [Managed]).</source>
        <translation>Pida a su administrador que implemente una directiva completa (grupo [Managed]).</translation>
    </message>
</context>
<context>
    <name>groove::Error</name>
    <message>
        <source>The server sent a reply this program cannot understand.</source>
        <translation>El servidor envió una respuesta que este programa no puede interpretar.</translation>
    </message>
    <message>
        <source>The server sent a reply that is too large.</source>
        <translation>El servidor envió una respuesta demasiado grande.</translation>
    </message>
    <message>
        <source>The server&apos;s reply failed a security check; it may have been altered on the way.</source>
        <translation>La respuesta del servidor no superó una comprobación de seguridad; es posible que se haya alterado por el camino.</translation>
    </message>
    <message>
        <source>A security key could not be read.</source>
        <translation>No se pudo leer una clave de seguridad.</translation>
    </message>
    <message>
        <source>The management domain&apos;s certificate is not valid.</source>
        <translation>El certificado del dominio de administración no es válido.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this computer.</source>
        <translation>Falló una operación criptográfica en este equipo.</translation>
    </message>
    <message>
        <source>The management server refused the request.</source>
        <translation>El servidor de administración rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The request is incomplete or not valid.</source>
        <translation>La solicitud está incompleta o no es válida.</translation>
    </message>
    <message>
        <source>The management server could not be reached.</source>
        <translation>No se pudo conectar con el servidor de administración.</translation>
    </message>
    <message>
        <source>The management server did not answer in time.</source>
        <translation>El servidor de administración no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the management server could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con el servidor de administración.</translation>
    </message>
    <message>
        <source>Your password would be sent over an unencrypted connection, so it was not sent.</source>
        <translation>Su contraseña se habría enviado por una conexión sin cifrar, por lo que no se envió.</translation>
    </message>
    <message>
        <source>The login name or password was not accepted.</source>
        <translation>No se aceptó el nombre de inicio de sesión o la contraseña.</translation>
    </message>
    <message>
        <source>The account could not be saved on this computer.</source>
        <translation>No se pudo guardar la cuenta en este equipo.</translation>
    </message>
    <message>
        <source>There is no keyring service on this computer to keep the account&apos;s keys in.</source>
        <translation>No hay ningún servicio de llavero en este equipo donde guardar las claves de la cuenta.</translation>
    </message>
    <message>
        <source>Enrollment was cancelled.</source>
        <translation>Se canceló la inscripción.</translation>
    </message>
    <message>
        <source>Install and start a keyring service, for example GNOME Keyring (package gnome-keyring) or KWallet, in a session with D-Bus (a desktop login provides both). Or, on the command line, add --insecure-keystore to keep the keys in a file that only you can read.</source>
        <translation>Instale e inicie un servicio de llavero, por ejemplo GNOME Keyring (paquete gnome-keyring) o KWallet, en una sesión con D-Bus (una sesión de escritorio ofrece ambos). O bien, en la línea de comandos, añada --insecure-keystore para guardar las claves en un archivo que solo usted pueda leer.</translation>
    </message>
    <message>
        <source>Check what was entered and try again.</source>
        <translation>Compruebe los datos introducidos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again. If it persists, the administrator should check that the management server is running.</source>
        <translation>Compruebe la conexión de red y la dirección del servidor, e inténtelo de nuevo. Si el problema persiste, el administrador debe comprobar que el servidor de administración esté en funcionamiento.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should check the load of the management server and the network in between.</source>
        <translation>Inténtelo de nuevo más tarde; el administrador debe comprobar la carga del servidor de administración y de la red intermedia.</translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. The administrator should check the server certificate, or give you the CA file or pin to use.</source>
        <translation>No continúe en una red que no sea de confianza. El administrador debe comprobar el certificado del servidor o proporcionarle el archivo de CA o la huella fijada que debe usar.</translation>
    </message>
    <message>
        <source>Use an https address for the authenticated endpoint.</source>
        <translation>Use una dirección https para el punto de conexión autenticado.</translation>
    </message>
    <message>
        <source>Check your login name and password. If they are right, contact your administrator.</source>
        <translation>Compruebe su nombre de inicio de sesión y su contraseña. Si son correctos, póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>Contact your administrator and give them the error code.</source>
        <translation>Póngase en contacto con su administrador y facilítele el código de error.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, the administrator should check that the address points to a Groove management server.</source>
        <translation>Inténtelo de nuevo más tarde. Si el problema persiste, el administrador debe comprobar que la dirección corresponda a un servidor de administración de Groove.</translation>
    </message>
    <message>
        <source>Do not continue on this network; the reply may have been tampered with. Tell your administrator.</source>
        <translation>No continúe en esta red; es posible que la respuesta se haya manipulado. Avise a su administrador.</translation>
    </message>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and check that your home folder is writable, then try again.</source>
        <translation>Desbloquee su llavero (por ejemplo, iniciando sesión en el escritorio), compruebe que se puede escribir en su carpeta personal e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Start again when you are ready.</source>
        <translation>No se ha cambiado nada en este equipo. Vuelva a empezar cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>groove::Fault</name>
    <message>
        <source>The server could not read the request from this computer.</source>
        <translation>El servidor no pudo leer la solicitud de este equipo.</translation>
    </message>
    <message>
        <source>Update Groove Enroll; if it persists, the administrator should check that the server and client versions match.</source>
        <translation>Actualice Groove Enroll; si el problema persiste, el administrador debe comprobar que las versiones del servidor y del cliente sean compatibles.</translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation>El servidor no conoce esta cuenta.</translation>
    </message>
    <message>
        <source>Start the enrollment again; the administrator can check that the account was not removed from the management domain.</source>
        <translation>Vuelva a iniciar la inscripción; el administrador puede comprobar que la cuenta no se haya eliminado del dominio de administración.</translation>
    </message>
    <message>
        <source>The server could not verify this account.</source>
        <translation>El servidor no pudo verificar esta cuenta.</translation>
    </message>
    <message>
        <source>Start the enrollment again; if it fails again, contact your administrator.</source>
        <translation>Vuelva a iniciar la inscripción; si vuelve a fallar, póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The server failed while processing the request.</source>
        <translation>Se produjo un error en el servidor al procesar la solicitud.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the management server&apos;s log.</source>
        <translation>Inténtelo de nuevo más tarde; el administrador debe revisar el registro del servidor de administración.</translation>
    </message>
    <message>
        <source>The server rejected a value in the request.</source>
        <translation>El servidor rechazó un valor de la solicitud.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again; the administrator can find the rejected value in the server&apos;s log.</source>
        <translation>Compruebe que el reloj de este equipo esté en hora e inténtelo de nuevo; el administrador puede consultar el valor rechazado en el registro del servidor.</translation>
    </message>
    <message>
        <source>The server could not verify the security of the request.</source>
        <translation>El servidor no pudo verificar la seguridad de la solicitud.</translation>
    </message>
    <message>
        <source>Check that the account configuration code was typed exactly as received; otherwise ask the administrator for a new code.</source>
        <translation>Compruebe que el código de configuración de cuenta se haya escrito exactamente como lo recibió; si no es así, pida un código nuevo al administrador.</translation>
    </message>
    <message>
        <source>The server failed while reading contact information.</source>
        <translation>Se produjo un error en el servidor al leer la información de contacto.</translation>
    </message>
    <message>
        <source>Try again later; the administrator should look at the server&apos;s log.</source>
        <translation>Inténtelo de nuevo más tarde; el administrador debe revisar el registro del servidor.</translation>
    </message>
    <message>
        <source>The server could not add this account to the management domain.</source>
        <translation>El servidor no pudo añadir esta cuenta al dominio de administración.</translation>
    </message>
    <message>
        <source>Contact your administrator; the domain may be full or misconfigured.</source>
        <translation>Póngase en contacto con su administrador; es posible que el dominio esté lleno o mal configurado.</translation>
    </message>
    <message>
        <source>The server does not know the management domain.</source>
        <translation>El servidor no conoce el dominio de administración.</translation>
    </message>
    <message>
        <source>The administrator should check the domain settings (for managed devices: DeviceDomainGUID in the policy).</source>
        <translation>El administrador debe comprobar la configuración del dominio (para dispositivos administrados: DeviceDomainGUID en la directiva).</translation>
    </message>
    <message>
        <source>This account must be enrolled again.</source>
        <translation>Hay que volver a inscribir esta cuenta.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new account configuration code.</source>
        <translation>Pida a su administrador un código de configuración de cuenta nuevo.</translation>
    </message>
    <message>
        <source>The server does not know your login name.</source>
        <translation>El servidor no conoce su nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>Check the login name; the administrator should check that you are a member of a management domain.</source>
        <translation>Compruebe el nombre de inicio de sesión; el administrador debe comprobar que usted sea miembro de un dominio de administración.</translation>
    </message>
    <message>
        <source>The server could not back up the account.</source>
        <translation>El servidor no pudo hacer una copia de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit upload.</source>
        <translation>El servidor no pudo preparar una carga de auditoría.</translation>
    </message>
    <message>
        <source>The server could not receive an audit file.</source>
        <translation>El servidor no pudo recibir un archivo de auditoría.</translation>
    </message>
    <message>
        <source>The server could not receive an audit log.</source>
        <translation>El servidor no pudo recibir un registro de auditoría.</translation>
    </message>
    <message>
        <source>The server could not prepare an audit log upload.</source>
        <translation>El servidor no pudo preparar la carga de un registro de auditoría.</translation>
    </message>
    <message>
        <source>The server could not reset the password.</source>
        <translation>El servidor no pudo restablecer la contraseña.</translation>
    </message>
    <message>
        <source>Contact your administrator.</source>
        <translation>Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>El servidor no acepta este método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The administrator should enable Basic authentication over HTTPS on the authenticated endpoint, or give you an account configuration code.</source>
        <translation>El administrador debe habilitar la autenticación básica mediante HTTPS en el punto de conexión autenticado, o bien proporcionarle un código de configuración de cuenta.</translation>
    </message>
    <message>
        <source>The server received an empty login name.</source>
        <translation>El servidor recibió un nombre de inicio de sesión vacío.</translation>
    </message>
    <message>
        <source>Enter your login name and try again.</source>
        <translation>Escriba su nombre de inicio de sesión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server has no backup for this account.</source>
        <translation>El servidor no tiene ninguna copia de seguridad de esta cuenta.</translation>
    </message>
    <message>
        <source>The server could not read the account backup.</source>
        <translation>El servidor no pudo leer la copia de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>Automatic configuration is not enabled for you on this server.</source>
        <translation>La configuración automática no está habilitada para usted en este servidor.</translation>
    </message>
    <message>
        <source>Ask your administrator for an account configuration code, or to enable automatic account configuration for you.</source>
        <translation>Pida a su administrador un código de configuración de cuenta, o que habilite para usted la configuración automática de cuentas.</translation>
    </message>
    <message>
        <source>The account configuration code is not valid.</source>
        <translation>El código de configuración de cuenta no es válido.</translation>
    </message>
    <message>
        <source>Check the code against the e-mail from your administrator (copy and paste it); if it still fails, ask for a new code.</source>
        <translation>Compare el código con el del correo electrónico de su administrador (cópielo y péguelo); si sigue sin funcionar, pida un código nuevo.</translation>
    </message>
    <message>
        <source>This account configuration code has already been used.</source>
        <translation>Este código de configuración de cuenta ya se ha usado.</translation>
    </message>
    <message>
        <source>Each code works once. Ask your administrator for a new code.</source>
        <translation>Cada código solo sirve una vez. Pida a su administrador un código nuevo.</translation>
    </message>
    <message>
        <source>The server could not verify this computer&apos;s enrollment signature.</source>
        <translation>El servidor no pudo verificar la firma de inscripción de este equipo.</translation>
    </message>
</context>
<context>
    <name>groove::Policy</name>
    <message>
        <source>%1 is locked by your organisation&apos;s policy (%2) and cannot be changed.</source>
        <translation>La directiva de su organización (%2) bloquea %1; no se puede cambiar.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy (%1) does not allow the enrollment method %2; allowed: %3.</source>
        <translation>La directiva de su organización (%1) no permite el método de inscripción %2; permitidos: %3.</translation>
    </message>
    <message>
        <source>The policy of your organisation is not usable: %1, key %2: %3</source>
        <translation>La directiva de su organización no se puede usar: %1, clave %2: %3</translation>
    </message>
    <message>
        <source>Ask your administrator to correct the policy. Until then this computer cannot be enrolled.</source>
        <translation>Pida a su administrador que corrija la directiva. Hasta entonces, no se puede inscribir este equipo.</translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid INI syntax</source>
        <translation>no se puede leer el archivo o su sintaxis INI no es válida</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Establecido por la directiva de su organización.</translation>
    </message>
    <message>
        <source>To change it, contact %1.</source>
        <translation>Para cambiarlo, póngase en contacto con %1.</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>a user name or password in the address is not allowed</source>
        <translation>no se permiten nombres de usuario ni contraseñas en la dirección</translation>
    </message>
    <message>
        <source>unknown method %1 (known: manual, auto-configuration, auto-activation)</source>
        <translation>método desconocido %1 (conocidos: manual, auto-configuration, auto-activation)</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>no se indicó ningún método</translation>
    </message>
    <message>
        <source>not an http:// proxy address (http://host:port)</source>
        <translation>no es una dirección de proxy http:// (http://host:puerto)</translation>
    </message>
    <message>
        <source>not an absolute path</source>
        <translation>no es una ruta absoluta</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>not 64 hexadecimal digits (the SHA-256 of the server&apos;s public key)</source>
        <translation>no tiene 64 dígitos hexadecimales (el SHA-256 de la clave pública del servidor)</translation>
    </message>
    <message>
        <source>unknown item %1 (known: ServerURL, Method, Proxy, CAFile, PinSha256)</source>
        <translation>elemento desconocido %1 (conocidos: ServerURL, Method, Proxy, CAFile, PinSha256)</translation>
    </message>
    <message>
        <source>%1 is locked but has no value (for Method: AllowedMethods)</source>
        <translation>%1 está bloqueado pero no tiene ningún valor (para Method: AllowedMethods)</translation>
    </message>
</context>
<context>
    <name>groove::Step</name>
    <message>
        <source>Signing in to get your account configuration code</source>
        <translation>Inicio de sesión para obtener su código de configuración de cuenta</translation>
    </message>
    <message>
        <source>Registering this computer with the device domain</source>
        <translation>Registro de este equipo en el dominio de dispositivos</translation>
    </message>
    <message>
        <source>Requesting your account configuration code</source>
        <translation>Solicitud de su código de configuración de cuenta</translation>
    </message>
    <message>
        <source>Checking the account configuration code</source>
        <translation>Comprobación del código de configuración de cuenta</translation>
    </message>
    <message>
        <source>Creating the security keys of your account</source>
        <translation>Creación de las claves de seguridad de su cuenta</translation>
    </message>
    <message>
        <source>Creating your account on the server</source>
        <translation>Creación de su cuenta en el servidor</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain</source>
        <translation>Almacenamiento de las claves en el llavero del sistema</translation>
    </message>
    <message>
        <source>Joining the management domain</source>
        <translation>Incorporación al dominio de administración</translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation>Guardado de la cuenta</translation>
    </message>
</context>
<context>
    <name>groove::app::Accounts</name>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>No hay ninguna cuenta inscrita en este equipo.
</translation>
    </message>
    <message>
        <source>Device account %1 in %2 (%3), since %4, keys in %5
</source>
        <translation>Cuenta de dispositivo %1 en %2 (%3), desde el %4, claves en %5
</translation>
    </message>
    <message>
        <source>%1: account %2 in %3 (%4), since %5, keys in %6
</source>
        <translation>%1: cuenta %2 en %3 (%4), desde el %5, claves en %6
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>No hay ninguna cuenta %1 inscrita en este equipo.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status muestra las cuentas inscritas.</translation>
    </message>
    <message>
        <source>Removed account %1 from this computer (the server keeps its record).
</source>
        <translation>Se quitó la cuenta %1 de este equipo (el servidor conserva su registro).
</translation>
    </message>
</context>
<context>
    <name>groove::app::Check</name>
    <message>
        <source>The management server can be reached.
</source>
        <translation>Se puede conectar con el servidor de administración.
</translation>
    </message>
</context>
<context>
    <name>groove::app::CommandLine</name>
    <message>
        <source>Run groove-enroll --help to see the options.</source>
        <translation>Ejecute groove-enroll --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Run without the graphical wizard.</source>
        <translation>Ejecutar sin el asistente gráfico.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on standard output.</source>
        <translation>Mostrar el resultado como un único objeto JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Address of the management server.</source>
        <translation>Dirección del servidor de administración.</translation>
    </message>
    <message>
        <source>Account configuration code (manual enrollment).</source>
        <translation>Código de configuración de cuenta (inscripción manual).</translation>
    </message>
    <message>
        <source>Read the account configuration code from standard input.</source>
        <translation>Leer el código de configuración de cuenta de la entrada estándar.</translation>
    </message>
    <message>
        <source>Login name for automatic configuration or activation.</source>
        <translation>Nombre de inicio de sesión para la configuración automática o la activación.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Activate this computer as a managed device.</source>
        <translation>Activar este equipo como dispositivo administrado.</translation>
    </message>
    <message>
        <source>Managed-device policy (default: %1).</source>
        <translation>Directiva de dispositivos administrados (predeterminada: %1).</translation>
    </message>
    <message>
        <source>List the enrolled accounts.</source>
        <translation>Mostrar las cuentas inscritas.</translation>
    </message>
    <message>
        <source>Remove an enrolled account from this computer.</source>
        <translation>Quitar una cuenta inscrita de este equipo.</translation>
    </message>
    <message>
        <source>Ask the server whether it still knows the enrolled accounts (all, or the account whose GUID follows).</source>
        <translation>Preguntar al servidor si aún conoce las cuentas inscritas (todas, o la cuenta cuyo GUID se indique a continuación).</translation>
    </message>
    <message>
        <source>Check the way to the server (DNS, TCP, TLS, endpoint) without enrolling.</source>
        <translation>Comprobar el camino hasta el servidor (DNS, TCP, TLS, punto de conexión) sin inscribir.</translation>
    </message>
    <message>
        <source>Enroll with a built-in demonstration server on 127.0.0.1.</source>
        <translation>Inscribir con un servidor de demostración integrado en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Time limit for each request in seconds (default: 30).</source>
        <translation>Tiempo límite de cada solicitud, en segundos (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Accept only a server whose public key has this SHA-256 (hex).</source>
        <translation>Aceptar solo un servidor cuya clave pública tenga este SHA-256 (hexadecimal).</translation>
    </message>
    <message>
        <source>HTTP proxy to use instead of the system settings.</source>
        <translation>Proxy HTTP que se usará en lugar de la configuración del sistema.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Authenticated endpoint instead of the derived one.</source>
        <translation>Punto de conexión autenticado que se usará en lugar del derivado.</translation>
    </message>
    <message>
        <source>Keep keys in a plain-text file only you can read instead of the keyring, for computers without one (not recommended).</source>
        <translation>Guardar las claves en un archivo de texto sin cifrar que solo usted pueda leer, en lugar de en el llavero, en equipos que no tengan uno (no recomendado).</translation>
    </message>
    <message>
        <source>Start in the status tray (used when you log in); without a tray, open the status window.</source>
        <translation>Iniciar en la bandeja del sistema (se usa al iniciar sesión); si no hay bandeja, abrir la ventana de estado.</translation>
    </message>
    <message>
        <source>Print a technical log on standard error (never secrets).</source>
        <translation>Mostrar un registro técnico en la salida de error estándar (nunca incluye secretos).</translation>
    </message>
    <message>
        <source>Enrolls this computer with a Groove management server. Without options it opens the enrollment wizard, or the status window when an account exists.</source>
        <translation>Inscribe este equipo en un servidor de administración de Groove. Sin opciones, abre el asistente de inscripción, o la ventana de estado si ya existe una cuenta.</translation>
    </message>
    <message>
        <source>An enrollment link from your IT department (groove-enroll://enroll?...): opens the wizard with the server and the code filled in.</source>
        <translation>Un enlace de inscripción de su departamento de TI (groove-enroll://enroll?...): abre el asistente con el servidor y el código ya rellenados.</translation>
    </message>
    <message>
        <source>Give only one enrollment link, as the first argument.</source>
        <translation>Indique un solo enlace de inscripción, como primer argumento.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout necesita un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (the SHA-256 of the server&apos;s public key).</source>
        <translation>--pin-sha256 necesita 64 dígitos hexadecimales (el SHA-256 de la clave pública del servidor).</translation>
    </message>
    <message>
        <source>--auth-url is not usable: %1</source>
        <translation>--auth-url no se puede usar: %1</translation>
    </message>
    <message>
        <source>--proxy needs an http:// proxy address.</source>
        <translation>--proxy necesita una dirección de proxy http://.</translation>
    </message>
    <message>
        <source>An enrollment link opens the wizard; it cannot be combined with --headless, --json, --tray, an enrollment or another mode.</source>
        <translation>Un enlace de inscripción abre el asistente; no se puede combinar con --headless, --json, --tray, una inscripción ni otro modo.</translation>
    </message>
    <message>
        <source>--tray starts the graphical client; it cannot be combined with --headless, --json, an enrollment or another mode.</source>
        <translation>--tray inicia el cliente gráfico; no se puede combinar con --headless, --json, una inscripción ni otro modo.</translation>
    </message>
    <message>
        <source>--check needs --server URL.</source>
        <translation>--check necesita --server URL.</translation>
    </message>
    <message>
        <source>Give the code either with --code or with --code-stdin, not both.</source>
        <translation>Indique el código con --code o con --code-stdin, pero no con ambos.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>El código de configuración de cuenta está vacío.</translation>
    </message>
    <message>
        <source>--managed gets its code from the server; do not give --code.</source>
        <translation>--managed obtiene su código del servidor; no indique --code.</translation>
    </message>
    <message>
        <source>A code and a login exclude one another: use one way to enroll.</source>
        <translation>Un código y un inicio de sesión son mutuamente excluyentes: use un solo método de inscripción.</translation>
    </message>
    <message>
        <source>Give --code, --code-stdin, or --login with --password-stdin.</source>
        <translation>Indique --code, --code-stdin o --login con --password-stdin.</translation>
    </message>
    <message>
        <source>--server URL is needed.</source>
        <translation>Se necesita --server URL.</translation>
    </message>
    <message>
        <source>--password-stdin is needed with a login (the password is never taken from the command line).</source>
        <translation>Se necesita --password-stdin con un inicio de sesión (la contraseña nunca se toma de la línea de comandos).</translation>
    </message>
    <message>
        <source>Save a diagnostics archive for your IT department (logs without secrets, versions, accounts) to FILE and print its incident id.</source>
        <translation>Guardar en FILE un paquete de diagnóstico para su departamento de TI (registros sin secretos, versiones, cuentas) y mostrar su identificador de incidente.</translation>
    </message>
    <message>
        <source>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics and an enrollment exclude one another.</source>
        <translation>--status, --unenroll, --check, --demo, --heartbeat, --save-diagnostics y una inscripción son mutuamente excluyentes.</translation>
    </message>
    <message>
        <source>--save-diagnostics needs the name of the file to write.</source>
        <translation>--save-diagnostics necesita el nombre del archivo que se va a escribir.</translation>
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
        <translation>No se puede usar el enlace de inscripción</translation>
    </message>
    <message>
        <source>From the enrollment link.</source>
        <translation>Del enlace de inscripción.</translation>
    </message>
    <message>
        <source>Demo server on this computer.</source>
        <translation>Servidor de demostración en este equipo.</translation>
    </message>
    <message>
        <source>The demo server could not start</source>
        <translation>No se pudo iniciar el servidor de demostración</translation>
    </message>
    <message>
        <source>An enrollment is running</source>
        <translation>Hay una inscripción en curso</translation>
    </message>
    <message>
        <source>Wait until the running enrollment has finished or cancel it, then try again.</source>
        <translation>Espere a que termine la inscripción en curso o cancélela, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>Acerca de Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll %1

Enrolls this computer with a Groove management server.</source>
        <translation>Groove Enroll %1

Inscribe este equipo en un servidor de administración de Groove.</translation>
    </message>
    <message>
        <source>The link is for the server %1, but your organisation&apos;s policy sets %2 for this computer. The link was not used.

%3</source>
        <extracomment>%1 the server of the link, %2 the server the organisation&apos;s policy sets</extracomment>
        <translation>El enlace es para el servidor %1, pero la directiva de su organización establece %2 para este equipo. No se usó el enlace.

%3</translation>
    </message>
</context>
<context>
    <name>groove::app::Heartbeat</name>
    <message>
        <source>%1: the server knows this account (next check in %2 s)
</source>
        <translation>%1: el servidor conoce esta cuenta (próxima comprobación en %2 s)
</translation>
    </message>
    <message>
        <source>%1: needs to be enrolled again: %2
</source>
        <translation>%1: hay que volver a inscribirla: %2
</translation>
    </message>
    <message>
        <source>%1: the server could not be reached (since %2): %3
</source>
        <translation>%1: no se pudo conectar con el servidor (desde el %2): %3
</translation>
    </message>
    <message>
        <source>%1: not confirmed: %2
</source>
        <translation>%1: sin confirmar: %2
</translation>
    </message>
    <message>
        <source>No account %1 is enrolled on this computer.</source>
        <translation>No hay ninguna cuenta %1 inscrita en este equipo.</translation>
    </message>
    <message>
        <source>groove-enroll --status lists the enrolled accounts.</source>
        <translation>groove-enroll --status muestra las cuentas inscritas.</translation>
    </message>
    <message>
        <source>No account is enrolled on this computer.
</source>
        <translation>No hay ninguna cuenta inscrita en este equipo.
</translation>
    </message>
</context>
<context>
    <name>groove::app::Result</name>
    <message>
        <source>The server confirmed this account at %1.</source>
        <translation>El servidor confirmó esta cuenta el %1.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account (fault %1): enroll it again.</source>
        <translation>El servidor ya no acepta esta cuenta (error %1): vuelva a inscribirla.</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (groove-enroll --heartbeat asks it now).</source>
        <translation>El servidor aún no la ha confirmado (groove-enroll --heartbeat se lo pregunta ahora).</translation>
    </message>
    <message>
        <source>Enrolled %1 in the management domain %2.
</source>
        <translation>Se inscribió %1 en el dominio de administración %2.
</translation>
    </message>
    <message>
        <source>  account   %1
  identity  %2
  server    %3
</source>
        <translation>  cuenta      %1
  identidad   %2
  servidor    %3
</translation>
    </message>
    <message>
        <source>  device    %1 (device account)
</source>
        <translation>  dispositivo %1 (cuenta de dispositivo)
</translation>
    </message>
    <message>
        <source>  keys in   %1
</source>
        <translation>  claves en   %1
</translation>
    </message>
    <message>
        <source>Failed: %1
</source>
        <translation>Error: %1
</translation>
    </message>
    <message>
        <source>Server error code: %1
</source>
        <translation>Código de error del servidor: %1
</translation>
    </message>
    <message>
        <source>What to do: %1
</source>
        <translation>Qué hacer: %1
</translation>
    </message>
    <message>
        <source>The server has not been reachable since %1; the account is kept.</source>
        <translation>No se puede conectar con el servidor desde el %1; la cuenta se conserva.</translation>
    </message>
    <message>
        <source>Enrollment failed at the step &quot;%1&quot;: %2
</source>
        <extracomment>%1 is a step title such as &quot;Checking the account configuration code&quot;</extracomment>
        <translation>La inscripción falló en el paso «%1»: %2
</translation>
    </message>
</context>
<context>
    <name>groove::app::Runner</name>
    <message>
        <source>The key of the management server %1 changed since it was trusted on this computer (its key&apos;s SHA-256 is now %2).</source>
        <translation>La clave del servidor de administración %1 ha cambiado desde que se marcó como de confianza en este equipo (el SHA-256 de su clave es ahora %2).</translation>
    </message>
    <message>
        <source>Ask your administrator whether the server got a new key. Only then run again with --pin-sha256 %1.</source>
        <translation>Pregunte a su administrador si el servidor tiene una clave nueva. Solo en ese caso, vuelva a ejecutar con --pin-sha256 %1.</translation>
    </message>
    <message>
        <source>The certificate of the management server %1 is not trusted (%2). Its key&apos;s SHA-256 is %3.</source>
        <translation>El certificado del servidor de administración %1 no es de confianza (%2). El SHA-256 de su clave es %3.</translation>
    </message>
    <message>
        <source>Check with your administrator that this is the server&apos;s key, then run again with --pin-sha256 %1, or with --ca-file and the certificate of the authority that issued it.</source>
        <translation>Confirme con su administrador que esta es la clave del servidor y, después, vuelva a ejecutar con --pin-sha256 %1, o con --ca-file y el certificado de la entidad que lo emitió.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>El código de configuración de cuenta está vacío.</translation>
    </message>
    <message>
        <source>A login name is needed: give --login or set LoginName in the policy.</source>
        <translation>Se necesita un nombre de inicio de sesión: indique --login o defina LoginName en la directiva.</translation>
    </message>
    <message>
        <source>Demo: a management server runs at %1 for this run only; member Bob Example, account configuration code %2. Nothing is kept afterwards.
</source>
        <translation>Demostración: hay un servidor de administración en %1 solo durante esta ejecución; miembro Bob Example, código de configuración de cuenta %2. Después no se conserva nada.
</translation>
    </message>
    <message>
        <source>Warning: --code puts the account configuration code into the process list, where other users of this computer can read it, and into your shell history. Use --code-stdin and give the code on standard input instead.
</source>
        <translation>Advertencia: --code pone el código de configuración de cuenta en la lista de procesos, donde otros usuarios de este equipo pueden leerlo, y en el historial del shell. Use --code-stdin y proporcione el código por la entrada estándar.
</translation>
    </message>
    <message>
        <source> done (%1 ms)
</source>
        <translation> hecho (%1 ms)
</translation>
    </message>
    <message>
        <source> failed
</source>
        <translation> falló
</translation>
    </message>
    <message>
        <source>Enrolling with %1 (%2)
</source>
        <translation>Inscripción en %1 (%2)
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
        <translation>No hay ninguna pantalla para el cliente gráfico.</translation>
    </message>
    <message>
        <source>Run it in a desktop session, or use the command line options (see --help).</source>
        <translation>Ejecútelo en una sesión de escritorio o use las opciones de la línea de comandos (consulte --help).</translation>
    </message>
</context>
<context>
    <name>groove::diag::DiagnosticsBundle</name>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>No se pudo guardar el diagnóstico en %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, for example your Documents folder.</source>
        <translation>Elija una carpeta en la que tenga permiso para escribir, por ejemplo, su carpeta Documentos.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ConnectivityCheck</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>%1 is an IP address, no lookup needed</source>
        <translation>%1 es una dirección IP; no hace falta resolverla</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>no hay direcciones</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se resuelve como %2</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>conectado a %1 (%2)</translation>
    </message>
    <message>
        <source>the authenticated endpoint %1 is not an https address</source>
        <translation>el punto de conexión autenticado %1 no es una dirección https</translation>
    </message>
    <message>
        <source>not needed (http)</source>
        <translation>no es necesario (http)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificado: %1</translation>
    </message>
    <message>
        <source>the server&apos;s key has the SHA-256 %1 (--pin-sha256 %1 trusts it)</source>
        <translation>la clave del servidor tiene el SHA-256 %1 (--pin-sha256 %1 la marca como de confianza)</translation>
    </message>
    <message>
        <source>the certificate does not match the configured pin</source>
        <translation>el certificado no coincide con la huella fijada configurada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not checked (TLS failed)</source>
        <translation>sin comprobar (falló TLS)</translation>
    </message>
    <message>
        <source>no SOAP answer: %1 (%2)</source>
        <translation>sin respuesta SOAP: %1 (%2)</translation>
    </message>
    <message>
        <source>the server answers SOAP requests</source>
        <translation>el servidor responde a solicitudes SOAP</translation>
    </message>
    <message>
        <source>the server answers SOAP requests (fault %1 for an unknown code, as expected)</source>
        <translation>el servidor responde a solicitudes SOAP (error %1 para un código desconocido, como se esperaba)</translation>
    </message>
    <message>
        <source>the answer is not a SOAP response: %1</source>
        <translation>la respuesta no es una respuesta SOAP: %1</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation>sin negociación TLS en %1 ms</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>sin respuesta de %1 en %2 ms</translation>
    </message>
    <message>
        <source>not checked (%1 failed)</source>
        <translation>sin comprobar (falló %1)</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>No se puede leer el archivo de CA %1 o no contiene ningún certificado.</translation>
    </message>
    <message>
        <source>%1, certificate &quot;%2&quot; verified</source>
        <translation>%1, certificado «%2» verificado</translation>
    </message>
    <message>
        <source>, pin matches</source>
        <translation>, la huella fijada coincide</translation>
    </message>
    <message>
        <source>, key trusted on this computer</source>
        <translation>, clave de confianza en este equipo</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentEngine</name>
    <message>
        <source>No server address was given.</source>
        <translation>No se indicó ninguna dirección de servidor.</translation>
    </message>
    <message>
        <source>The account configuration code is empty.</source>
        <translation>El código de configuración de cuenta está vacío.</translation>
    </message>
    <message>
        <source>A login name is needed for automatic configuration.</source>
        <translation>Se necesita un nombre de inicio de sesión para la configuración automática.</translation>
    </message>
    <message>
        <source>The server asked to continue over an unencrypted connection (http), although it was reached over https. Enrollment stopped; nothing was stored and the code was not used.</source>
        <translation>El servidor pidió continuar por una conexión sin cifrar (http), aunque se accedió a él por https. Se detuvo la inscripción; no se guardó nada y no se usó el código.</translation>
    </message>
    <message>
        <source>Ask your administrator to give the server an https address (ServerURL).</source>
        <translation>Pida a su administrador que asigne al servidor una dirección https (ServerURL).</translation>
    </message>
</context>
<context>
    <name>groove::engine::EnrollmentLink</name>
    <message>
        <source>Ask your IT department for a new link.</source>
        <translation>Pida un enlace nuevo a su departamento de TI.</translation>
    </message>
    <message>
        <source>The enrollment link is damaged. Copy the whole link from the e-mail again, or type the server address and the code yourself.</source>
        <translation>El enlace de inscripción está dañado. Vuelva a copiar el enlace completo del correo electrónico, o escriba usted mismo la dirección del servidor y el código.</translation>
    </message>
    <message>
        <source>The enrollment link contains the unknown part &quot;%1&quot;. It may be meant for a newer version of this program.</source>
        <translation>El enlace de inscripción contiene la parte desconocida «%1». Puede que esté pensado para una versión más reciente de este programa.</translation>
    </message>
    <message>
        <source>The enrollment link contains &quot;%1&quot; more than once.</source>
        <translation>El enlace de inscripción contiene «%1» más de una vez.</translation>
    </message>
    <message>
        <source>The enrollment link has an empty &quot;%1&quot;.</source>
        <translation>En el enlace de inscripción, «%1» está vacío.</translation>
    </message>
    <message>
        <source>This link is not an enrollment link of this program.</source>
        <translation>Este enlace no es un enlace de inscripción de este programa.</translation>
    </message>
    <message>
        <source>The enrollment link has no server address and no code.</source>
        <translation>El enlace de inscripción no tiene dirección de servidor ni código.</translation>
    </message>
    <message numerus="yes">
        <source>The enrollment link is too long (more than %n characters).</source>
        <translation>
            <numerusform>El enlace de inscripción es demasiado largo (más de %n carácter).</numerusform>
            <numerusform>El enlace de inscripción es demasiado largo (más de %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment link has no server address.</source>
        <translation>El enlace de inscripción no tiene dirección de servidor.</translation>
    </message>
    <message>
        <source>The enrollment link has no account configuration code.</source>
        <translation>El enlace de inscripción no tiene código de configuración de cuenta.</translation>
    </message>
    <message>
        <source>The server address in the enrollment link is not usable: %1</source>
        <translation>La dirección del servidor del enlace de inscripción no se puede usar: %1</translation>
    </message>
    <message>
        <source>The account configuration code in the enrollment link is not valid.</source>
        <translation>El código de configuración de cuenta del enlace de inscripción no es válido.</translation>
    </message>
    <message>
        <source>The certificate fingerprint (pin) in the enrollment link is not 64 hexadecimal digits.</source>
        <translation>La huella digital del certificado (huella fijada) del enlace de inscripción no tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The expiry time in the enrollment link is not a valid time.</source>
        <translation>La fecha de caducidad del enlace de inscripción no es una fecha válida.</translation>
    </message>
    <message>
        <source>This enrollment link expired on %1.</source>
        <translation>Este enlace de inscripción caducó el %1.</translation>
    </message>
</context>
<context>
    <name>groove::engine::HeartbeatMonitor</name>
    <message>
        <source>The account %1 is not enrolled on this computer.</source>
        <translation>La cuenta %1 no está inscrita en este equipo.</translation>
    </message>
</context>
<context>
    <name>groove::engine::ServerUrl</name>
    <message>
        <source>The server address is empty.</source>
        <translation>La dirección del servidor está vacía.</translation>
    </message>
    <message>
        <source>The address must be a full address such as https://host/AutoActivate/gms.dll.</source>
        <translation>La dirección debe ser completa, por ejemplo https://host/AutoActivate/gms.dll.</translation>
    </message>
    <message>
        <source>The server address must be a host name, host:port, or a full address such as http://host/gms.dll.</source>
        <translation>La dirección del servidor debe ser un nombre de host, host:puerto o una dirección completa, por ejemplo http://host/gms.dll.</translation>
    </message>
    <message>
        <source>An IPv6 address in the server address must be written in brackets, for example [2001:db8::1].</source>
        <translation>Las direcciones IPv6 de la dirección del servidor deben escribirse entre corchetes, por ejemplo [2001:db8::1].</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>La dirección del servidor no debe contener ningún nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The server address is not a valid address.</source>
        <translation>La dirección del servidor no es válida.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>La dirección del servidor no debe contener ninguna consulta (?) ni fragmento (#).</translation>
    </message>
    <message>
        <source>The server address must contain a valid host name or IP address.</source>
        <translation>La dirección del servidor debe contener un nombre de host o una dirección IP válidos.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The server address must end in /gms.dll.</source>
        <translation>La dirección del servidor debe terminar en /gms.dll.</translation>
    </message>
    <message>
        <source>The path of the server address must not contain empty, &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>La ruta de la dirección del servidor no debe contener partes vacías, «.» ni «..».</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain HTTP. The account configuration code travels unprotected, and anyone who can see the traffic can find it by trying candidate codes offline against what is sent. Use an https:// address if the server offers one.</source>
        <translation>Advertencia: %1 usa HTTP sin cifrar. El código de configuración de cuenta viaja sin protección, y cualquiera que pueda ver el tráfico puede averiguarlo probando códigos candidatos sin conexión contra lo que se envía. Use una dirección https:// si el servidor la ofrece.</translation>
    </message>
</context>
<context>
    <name>groove::engine::SoapCall</name>
    <message>
        <source>The management server&apos;s certificate does not match the configured pin.</source>
        <translation>El certificado del servidor de administración no coincide con la huella fijada configurada.</translation>
    </message>
    <message>
        <source>A web page came back instead of the management server&apos;s answer.</source>
        <translation>Se recibió una página web en lugar de la respuesta del servidor de administración.</translation>
    </message>
    <message>
        <source>On a hotel or guest network, sign in to the network in your browser first. Otherwise check the management server address.</source>
        <translation>Si está en una red de hotel o de invitados, inicie primero sesión en la red desde el navegador. Si no, compruebe la dirección del servidor de administración.</translation>
    </message>
    <message>
        <source>The management server redirected the request to an address this program does not follow.</source>
        <translation>El servidor de administración redirigió la solicitud a una dirección que este programa no sigue.</translation>
    </message>
</context>
<context>
    <name>groove::engine::Transport</name>
    <message>
        <source>The CA file %1 cannot be read or contains no certificate.</source>
        <translation>No se puede leer el archivo de CA %1 o no contiene ningún certificado.</translation>
    </message>
</context>
<context>
    <name>groove::engine::TrustStore</name>
    <message>
        <source>The list of trusted servers (%1) cannot be saved.</source>
        <translation>No se puede guardar la lista de servidores de confianza (%1).</translation>
    </message>
</context>
<context>
    <name>groove::engine::UntrustedCertificate</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Servidor: %1:%2</translation>
    </message>
    <message>
        <source>Key (SHA-256): %1</source>
        <translation>Clave (SHA-256): %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>groove::store::AccountStore</name>
    <message>
        <source>Another enrollment is running on this computer: the account file %1 is in use.</source>
        <translation>Hay otra inscripción en curso en este equipo: el archivo de cuentas %1 está en uso.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Espere a que termine e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no enrolled account %1.</source>
        <translation>No hay ninguna cuenta inscrita %1.</translation>
    </message>
    <message>
        <source>The account file %1 is damaged. It was left unchanged.</source>
        <translation>El archivo de cuentas %1 está dañado. No se ha modificado.</translation>
    </message>
    <message>
        <source>Repair the file or move it away, then try again.</source>
        <translation>Repare el archivo o muévalo a otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The account file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de cuentas %1.</translation>
    </message>
    <message>
        <source>Check that you may read the file, then try again.</source>
        <translation>Compruebe que tiene permiso para leer el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The account file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de cuentas %1.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>Compruebe que la carpeta %1 existe, que tiene permiso para escribir en ella y que el disco no está lleno, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full: the account file %1 could not be saved. It was left unchanged.</source>
        <translation>El disco está lleno: no se pudo guardar el archivo de cuentas %1. No se ha modificado.</translation>
    </message>
    <message>
        <source>Free space on %1 (where %2 is), then try again.</source>
        <translation>Libere espacio en %1 (donde se encuentra %2) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>groove::store::FileSecretStore</name>
    <message>
        <source>The folder for the key file could not be created.</source>
        <translation>No se pudo crear la carpeta del archivo de claves.</translation>
    </message>
    <message>
        <source>The folder for the key file is not a folder.</source>
        <translation>La carpeta del archivo de claves no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder for the key file belongs to another user.</source>
        <translation>La carpeta del archivo de claves pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>The permissions of the key folder could not be restricted.</source>
        <translation>No se pudieron restringir los permisos de la carpeta de claves.</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>No se pudo leer el archivo de claves.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>El archivo de claves %1 está dañado.</translation>
    </message>
    <message>
        <source>The key file could not be removed.</source>
        <translation>No se pudo eliminar el archivo de claves.</translation>
    </message>
    <message>
        <source>The keys could not be saved in the key file %1.</source>
        <translation>No se pudieron guardar las claves en el archivo de claves %1.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved.</source>
        <translation>No se pudieron guardar las claves de la cuenta.</translation>
    </message>
    <message>
        <source>The key file is in use by another Groove Enroll.</source>
        <translation>Otra instancia de Groove Enroll está usando el archivo de claves.</translation>
    </message>
</context>
<context>
    <name>groove::store::KeychainSecretStore</name>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop) and try again.</source>
        <translation>Desbloquee su llavero (por ejemplo, iniciando sesión en el escritorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be saved in the keyring.</source>
        <translation>No se pudieron guardar las claves de la cuenta en el llavero.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be read from the keyring.</source>
        <translation>No se pudieron leer las claves de la cuenta del llavero.</translation>
    </message>
    <message>
        <source>The account&apos;s keys could not be removed from the keyring.</source>
        <translation>No se pudieron eliminar las claves de la cuenta del llavero.</translation>
    </message>
    <message>
        <source>Allow Groove Enroll to use your keyring when you are asked, and try again.</source>
        <translation>Permita que Groove Enroll use su llavero cuando se le pregunte e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keyring does not work on this computer.</source>
        <translation>El llavero no funciona en este equipo.</translation>
    </message>
</context>
<context>
    <name>groove::store::SecretStore</name>
    <message>
        <source>A saved key of this account was not found.</source>
        <translation>No se encontró una clave guardada de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>groove::ui::AccountListModel</name>
    <message>
        <source>Device account</source>
        <translation>Cuenta de dispositivo</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>Requiere nueva inscripción</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>The management server confirmed this account at %1.</source>
        <translation>El servidor de administración confirmó esta cuenta el %1.</translation>
    </message>
    <message>
        <source>The management server cannot be reached. The account is kept.</source>
        <translation>No se puede conectar con el servidor de administración. La cuenta se conserva.</translation>
    </message>
    <message>
        <source>The management server has not been reachable since %1. The account is kept.</source>
        <translation>No se puede conectar con el servidor de administración desde el %1. La cuenta se conserva.</translation>
    </message>
    <message>
        <source>The management server no longer accepts this account (fault %1). Choose &quot;Re-enroll&quot; to enroll it again.</source>
        <translation>El servidor de administración ya no acepta esta cuenta (error %1). Elija «Volver a inscribir» para inscribirla de nuevo.</translation>
    </message>
    <message>
        <source>The management server has not confirmed this account yet. Choose &quot;Check now&quot; to ask it.</source>
        <translation>El servidor de administración aún no ha confirmado esta cuenta. Elija «Comprobar ahora» para preguntárselo.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Asking the management server about this account.</source>
        <translation>Preguntando al servidor de administración por esta cuenta.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
</context>
<context>
    <name>groove::ui::CheckPage</name>
    <message>
        <source>Finding the server (DNS)</source>
        <translation>Búsqueda del servidor (DNS)</translation>
    </message>
    <message>
        <source>Connecting to the server (TCP)</source>
        <translation>Conexión con el servidor (TCP)</translation>
    </message>
    <message>
        <source>Securing the connection (TLS)</source>
        <translation>Protección de la conexión (TLS)</translation>
    </message>
    <message>
        <source>Talking to the management server</source>
        <translation>Comunicación con el servidor de administración</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Checking whether this computer can reach the management server. Nothing is enrolled and your code is not sent.</source>
        <translation>Comprobando si este equipo puede conectarse con el servidor de administración. No se inscribe nada y no se envía su código.</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>Resultados de la comprobación de conexión</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Runs the connection check once more.</source>
        <translation>Vuelve a ejecutar la comprobación de conexión.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
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
        <translation>Se puede conectar con el servidor de administración. Ya puede inscribir el equipo.</translation>
    </message>
</context>
<context>
    <name>groove::ui::DiagnosticsDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>These files help your IT department find out what went wrong. They contain no codes, passwords or keys. Tell them the incident id.</source>
        <translation>Estos archivos ayudan a su departamento de TI a averiguar qué ha fallado. No contienen códigos, contraseñas ni claves. Indíqueles el identificador de incidente.</translation>
    </message>
    <message>
        <source>About the diagnostics</source>
        <translation>Acerca del diagnóstico</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>Identificador de incidente</translation>
    </message>
    <message>
        <source>&amp;Incident id:</source>
        <translation>&amp;Identificador de incidente:</translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>&amp;Files in the archive:</source>
        <translation>&amp;Archivos del paquete:</translation>
    </message>
    <message>
        <source>C&amp;ontents of the selected file:</source>
        <translation>C&amp;ontenido del archivo seleccionado:</translation>
    </message>
    <message>
        <source>Contents of the selected file</source>
        <translation>Contenido del archivo seleccionado</translation>
    </message>
    <message>
        <source>Result of saving</source>
        <translation>Resultado del guardado</translation>
    </message>
    <message>
        <source>Save the diagnostics</source>
        <translation>Guardar el diagnóstico</translation>
    </message>
    <message>
        <source>Chooses where to save the diagnostics archive.</source>
        <translation>Elige dónde guardar el paquete de diagnóstico.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1. Send this file to your IT department and tell them the incident id %2.</source>
        <translation>El diagnóstico se guardó en %1. Envíe este archivo a su departamento de TI e indíqueles el identificador de incidente %2.</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved. %1 %2</source>
        <translation>No se pudo guardar el diagnóstico. %1 %2</translation>
    </message>
</context>
<context>
    <name>groove::ui::EnrollWizard</name>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscribir este equipo</translation>
    </message>
</context>
<context>
    <name>groove::ui::ErrorPresenter</name>
    <message>
        <source>Something is missing</source>
        <translation>Falta algo</translation>
    </message>
    <message>
        <source>The server could not be reached</source>
        <translation>No se pudo conectar con el servidor</translation>
    </message>
    <message>
        <source>The connection is not secure</source>
        <translation>La conexión no es segura</translation>
    </message>
    <message>
        <source>The enrollment was refused</source>
        <translation>Se rechazó la inscripción</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not usable</source>
        <translation>La respuesta del servidor no se pudo usar</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>No se pudo guardar la cuenta</translation>
    </message>
    <message>
        <source>The enrollment was cancelled</source>
        <translation>Se canceló la inscripción</translation>
    </message>
    <message>
        <source>The enrollment failed</source>
        <translation>Falló la inscripción</translation>
    </message>
    <message>
        <source>Server fault code: %1</source>
        <translation>Código de error del servidor: %1</translation>
    </message>
</context>
<context>
    <name>groove::ui::InputPage</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>Comprobar co&amp;nexión</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <source>Tries the connection to the management server without enrolling.</source>
        <translation>Prueba la conexión con el servidor de administración sin inscribir el equipo.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ManagedPage</name>
    <message>
        <source>Your organisation manages this computer and has set the management server. Sign in with your organisation account to enroll it. The password is used only for this enrollment and is not stored.</source>
        <translation>Su organización administra este equipo y ha configurado el servidor de administración. Inicie sesión con la cuenta de su organización para inscribirlo. La contraseña solo se usa para esta inscripción y no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Servidor de administración:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>El nombre de usuario de la cuenta de su organización.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>La contraseña de la cuenta de su organización. No se guarda.</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Establecido por su organización.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings send the password to %1, which is not an encrypted (https) address. Ask your IT department to correct the settings of this computer.</source>
        <extracomment>%1 is the sign-in address from the organisation&apos;s settings</extracomment>
        <translation>La configuración de su organización envía la contraseña a %1, que no es una dirección cifrada (https). Pida a su departamento de TI que corrija la configuración de este equipo.</translation>
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
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>This computer is being enrolled. This usually takes a few seconds.</source>
        <translation>Se está inscribiendo este equipo. Suele tardar unos segundos.</translation>
    </message>
    <message>
        <source>Enrollment steps</source>
        <translation>Pasos de la inscripción</translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continues the enrollment from the step that failed, with the same code.</source>
        <translation>Continúa la inscripción desde el paso que falló, con el mismo código.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what the step does</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The enrollment has started.</source>
        <translation>Se inició la inscripción.</translation>
    </message>
    <message>
        <source>Stopping the enrollment and removing what was stored so far…</source>
        <translation>Deteniendo la inscripción y eliminando lo guardado hasta ahora…</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Reintentando.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <extracomment>%1 and %2 are numbers, %3 what the step does</extracomment>
        <translation>Paso %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Done: %1 (%2).</source>
        <extracomment>%1 is what the step does, %2 how long it took</extracomment>
        <translation>Hecho: %1 (%2).</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <extracomment>%1 is what the step does</extracomment>
        <translation>Error: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer as expected. Trying again in %n s (attempt %1).</source>
        <extracomment>%n is a number of seconds, %1 counts the attempts from 1</extracomment>
        <translation>
            <numerusform>El servidor no respondió como se esperaba. Nuevo intento dentro de %n segundo (intento %1).</numerusform>
            <numerusform>El servidor no respondió como se esperaba. Nuevo intento dentro de %n segundos (intento %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s security certificate needs your decision.</source>
        <translation>El certificado de seguridad del servidor requiere su decisión.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Este equipo está inscrito.</translation>
    </message>
    <message>
        <source>%1 You can try again: the steps already done are kept.</source>
        <extracomment>%1 says what went wrong (a whole sentence)</extracomment>
        <translation>%1 Puede volver a intentarlo: los pasos ya completados se conservan.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ResultPage</name>
    <message>
        <source>C&amp;opy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Guardar diagnóstico…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Why there is no way back</source>
        <translation>Por qué no se puede volver atrás</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Shows or hides the technical details.</source>
        <translation>Muestra u oculta los detalles técnicos.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copies the technical details to the clipboard.</source>
        <translation>Copia los detalles técnicos en el portapapeles.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation>Archivo de diagnóstico</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Este equipo está inscrito.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
    <message>
        <source>Management server: %1</source>
        <translation>Servidor de administración: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s account: %1 in %2</source>
        <translation>Cuenta de este equipo: %1 en %2</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Resumen de la inscripción</translation>
    </message>
    <message>
        <source>You can close this window now.</source>
        <translation>Ya puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>There is no way back to the code: the server may already have used it up. Ask your IT department for a new code.</source>
        <translation>No se puede volver al código: es posible que el servidor ya lo haya consumido. Pida un código nuevo a su departamento de TI.</translation>
    </message>
    <message>
        <source>There is no way back to the sign-in: the server may already have used up the code it gave for it. Ask your IT department to reset your enrollment, then start again.</source>
        <translation>No se puede volver al inicio de sesión: es posible que el servidor ya haya consumido el código que generó para él. Pida a su departamento de TI que restablezca su inscripción y vuelva a empezar.</translation>
    </message>
    <message>
        <source>&amp;Change the code</source>
        <translation>Ca&amp;mbiar el código</translation>
    </message>
    <message>
        <source>&amp;Change the sign-in</source>
        <translation>Ca&amp;mbiar el inicio de sesión</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Cambiar el código</translation>
    </message>
    <message>
        <source>Change the sign-in</source>
        <translation>Cambiar el inicio de sesión</translation>
    </message>
    <message>
        <source>Goes back to the page where you entered it. Nothing was kept on this computer.</source>
        <translation>Vuelve a la página donde lo introdujo. No se guardó nada en este equipo.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Los detalles están en el portapapeles.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>El diagnóstico se guardó en %1.</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the steps, the error and the log. It contains no code, password or key.</source>
        <translation>Muestra y guarda un paquete para su departamento de TI con las versiones, los pasos, el error y el registro. No contiene ningún código, contraseña ni clave.</translation>
    </message>
</context>
<context>
    <name>groove::ui::ServerCodePage</name>
    <message>
        <source>&amp;Paste e-mail or link…</source>
        <translation>&amp;Pegar correo o enlace…</translation>
    </message>
    <message>
        <source>The address and the code are in the e-mail from your IT department. Copy the whole e-mail or the enrollment link, then paste it here to fill in both.</source>
        <translation>La dirección y el código están en el correo electrónico de su departamento de TI. Copie el correo completo o el enlace de inscripción y péguelo aquí para rellenar ambos.</translation>
    </message>
    <message>
        <source>Paste e-mail or link</source>
        <translation>Pegar correo o enlace</translation>
    </message>
    <message>
        <source>Fills in the server address and the code from copied text: the e-mail of your IT department or an enrollment link.</source>
        <translation>Rellena la dirección del servidor y el código a partir del texto copiado: el correo electrónico de su departamento de TI o un enlace de inscripción.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Servidor de administración:</translation>
    </message>
    <message>
        <source>&amp;Account configuration code:</source>
        <translation>&amp;Código de configuración de cuenta:</translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM-NPQR</source>
        <extracomment>An example of the shape of a code; not a real code</extracomment>
        <translation>ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Account configuration code</source>
        <translation>Código de configuración de cuenta</translation>
    </message>
    <message>
        <source>The code from the e-mail of your IT department.</source>
        <translation>El código del correo electrónico de su departamento de TI.</translation>
    </message>
    <message>
        <source>The code is empty. Type it exactly as in the e-mail from your IT department.</source>
        <translation>El código está vacío. Escríbalo exactamente como aparece en el correo electrónico de su departamento de TI.</translation>
    </message>
    <message>
        <source>The code contains a character that cannot be sent (at position %1). Type the code exactly as in the e-mail from your IT department.</source>
        <extracomment>%1 is the position of the character in the code (1 = first)</extracomment>
        <translation>El código contiene un carácter que no se puede enviar (en la posición %1). Escriba el código exactamente como aparece en el correo electrónico de su departamento de TI.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>No server address and no code were found in the copied text. Copy the whole e-mail or the enrollment link, then try again.</source>
        <translation>No se encontró ninguna dirección de servidor ni ningún código en el texto copiado. Copie el correo electrónico completo o el enlace de inscripción e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>The copied text was not used, because the fields are locked.</source>
        <translation>No se usó el texto copiado porque los campos están bloqueados.</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Rellenado</translation>
    </message>
    <message>
        <source>The server address and the code were filled in from the copied text.</source>
        <translation>Se rellenaron la dirección del servidor y el código a partir del texto copiado.</translation>
    </message>
    <message>
        <source>The server address was filled in. Type the code as it is in the e-mail.</source>
        <translation>Se rellenó la dirección del servidor. Escriba el código tal como aparece en el correo electrónico.</translation>
    </message>
    <message>
        <source>The code was filled in. Type the server address as it is in the e-mail.</source>
        <translation>Se rellenó el código. Escriba la dirección del servidor tal como aparece en el correo electrónico.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>The copied text is for the server %1, but this computer must use %2. %3</source>
        <extracomment>%1 the server in the copied text, %2 the locked server, %3 why it is locked</extracomment>
        <translation>El texto copiado es para el servidor %1, pero este equipo debe usar %2. %3</translation>
    </message>
    <message>
        <source>Server not changed</source>
        <translation>No se cambió el servidor</translation>
    </message>
    <message>
        <source>The code was filled in.</source>
        <translation>Se rellenó el código.</translation>
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
        <translation>Servidor de administración</translation>
    </message>
    <message>
        <source>The address of the management server, from the e-mail of your IT department.</source>
        <translation>La dirección del servidor de administración, que figura en el correo electrónico de su departamento de TI.</translation>
    </message>
    <message>
        <source>Signing in sends your password, so the management server must be reached over an encrypted connection. Use the address that starts with https://.</source>
        <translation>Al iniciar sesión se envía su contraseña, por lo que la conexión con el servidor de administración debe estar cifrada. Use la dirección que empieza por https://.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Address used: %1</source>
        <extracomment>%1 is the normalised address of the management server</extracomment>
        <translation>Dirección que se usará: %1</translation>
    </message>
    <message>
        <source>The address of the management server as the program will use it.</source>
        <translation>La dirección del servidor de administración tal como la usará el programa.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>groove::ui::SignInPage</name>
    <message>
        <source>Sign in with the user name and password of your organisation account. The password is used only for this enrollment and is not stored.</source>
        <translation>Inicie sesión con el nombre de usuario y la contraseña de la cuenta de su organización. La contraseña solo se usa para esta inscripción y no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Management server:</source>
        <translation>&amp;Servidor de administración:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The user name of your organisation account.</source>
        <translation>El nombre de usuario de la cuenta de su organización.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of your organisation account. It is not stored.</source>
        <translation>La contraseña de la cuenta de su organización. No se guarda.</translation>
    </message>
</context>
<context>
    <name>groove::ui::StatusWindow</name>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Este equipo aún no está inscrito.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Re-enroll…</source>
        <translation>&amp;Volver a inscribir…</translation>
    </message>
    <message>
        <source>Re&amp;move from this computer…</source>
        <translation>&amp;Quitar de este equipo…</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>Groove Enroll status</source>
        <translation>Estado de Groove Enroll</translation>
    </message>
    <message>
        <source>Enrolled accounts</source>
        <translation>Cuentas inscritas</translation>
    </message>
    <message>
        <source>The accounts of this computer with their health and last check.</source>
        <translation>Las cuentas de este equipo, con su estado y su última comprobación.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Asks the management server now whether it still accepts the selected account.</source>
        <translation>Pregunta ahora al servidor de administración si aún acepta la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Re-enroll</source>
        <translation>Volver a inscribir</translation>
    </message>
    <message>
        <source>Opens the enrollment wizard with the server of the selected account.</source>
        <translation>Abre el asistente de inscripción con el servidor de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Quitar de este equipo</translation>
    </message>
    <message>
        <source>Deletes the selected account and its keys from this computer after asking.</source>
        <translation>Elimina de este equipo la cuenta seleccionada y sus claves, previa confirmación.</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Inscribir este equipo…</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>&amp;Inscribir otra cuenta…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscribir este equipo</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Inscribir otra cuenta</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 from this computer?</source>
        <translation>¿Quiere quitar de este equipo la cuenta %1 de %2?</translation>
    </message>
    <message>
        <source>Its keys are deleted from this computer. The management server keeps the account; to use it here again, you need a new account configuration code from your IT department.</source>
        <translation>Sus claves se eliminarán de este equipo. El servidor de administración conserva la cuenta; para volver a usarla aquí, necesitará un código de configuración de cuenta nuevo de su departamento de TI.</translation>
    </message>
    <message>
        <source>&amp;Remove from this computer</source>
        <translation>&amp;Quitar de este equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The account %1 was removed from this computer.</source>
        <translation>Se quitó la cuenta %1 de este equipo.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Guardar &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Shows and saves an archive for your IT department with versions, the accounts and the log. It contains no code, password or key.</source>
        <translation>Muestra y guarda un paquete para su departamento de TI con las versiones, las cuentas y el registro. No contiene ningún código, contraseña ni clave.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Opens the folder with the log files in the file manager.</source>
        <translation>Abre en el gestor de archivos la carpeta con los archivos de registro.</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrayController</name>
    <message>
        <source>The management server no longer accepts the account %1 of %2. Open Groove Enroll to enroll it again.</source>
        <translation>El servidor de administración ya no acepta la cuenta %1 de %2. Abra Groove Enroll para volver a inscribirla.</translation>
    </message>
    <message>
        <source>The management server no longer accepts several accounts of this computer. Open Groove Enroll to enroll them again.</source>
        <translation>El servidor de administración ya no acepta varias cuentas de este equipo. Abra Groove Enroll para volver a inscribirlas.</translation>
    </message>
    <message>
        <source>Groove Enroll: an account needs to be enrolled again.</source>
        <translation>Groove Enroll: hay que volver a inscribir una cuenta.</translation>
    </message>
    <message>
        <source>Groove Enroll is enrolling this computer: %1.</source>
        <translation>Groove Enroll está inscribiendo este equipo: %1.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server has not been reachable since %1. Your accounts are kept.</source>
        <translation>Groove Enroll: no se puede conectar con el servidor de administración desde el %1. Sus cuentas se conservan.</translation>
    </message>
    <message>
        <source>Groove Enroll: the management server cannot be reached. Your accounts are kept.</source>
        <translation>Groove Enroll: no se puede conectar con el servidor de administración. Sus cuentas se conservan.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is enrolled.</source>
        <translation>Groove Enroll: este equipo está inscrito.</translation>
    </message>
    <message>
        <source>Groove Enroll: this computer is not enrolled yet.</source>
        <translation>Groove Enroll: este equipo aún no está inscrito.</translation>
    </message>
    <message>
        <source>Groove Enroll</source>
        <translation>Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Show status</source>
        <translation>&amp;Mostrar estado</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>&amp;Enroll another account…</source>
        <translation>&amp;Inscribir otra cuenta…</translation>
    </message>
    <message>
        <source>Enroll another account</source>
        <translation>Inscribir otra cuenta</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;About Groove Enroll</source>
        <translation>&amp;Acerca de Groove Enroll</translation>
    </message>
    <message>
        <source>About Groove Enroll</source>
        <translation>Acerca de Groove Enroll</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Inscribir este equipo…</translation>
    </message>
    <message>
        <source>Enroll this computer</source>
        <translation>Inscribir este equipo</translation>
    </message>
    <message>
        <source>An account needs attention</source>
        <translation>Una cuenta requiere atención</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Guardar &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
</context>
<context>
    <name>groove::ui::TrustDialog</name>
    <message>
        <source>Unknown security certificate</source>
        <translation>Certificado de seguridad desconocido</translation>
    </message>
    <message>
        <source>This computer does not know the security certificate of the management server. Compare the values below with those your IT department gives you. Trust the server only if they match exactly.</source>
        <translation>Este equipo no conoce el certificado de seguridad del servidor de administración. Compare los valores siguientes con los que le facilite su departamento de TI. Confíe en el servidor solo si coinciden exactamente.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Confiar en este servidor</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Confiar en este servidor</translation>
    </message>
    <message>
        <source>Remembers the key of this server on this computer and continues the enrollment.</source>
        <translation>Recuerda la clave de este servidor en este equipo y continúa la inscripción.</translation>
    </message>
    <message>
        <source>Do &amp;not trust</source>
        <translation>&amp;No confiar</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>No confiar</translation>
    </message>
    <message>
        <source>Stops the enrollment. Nothing is sent to the server.</source>
        <translation>Detiene la inscripción. No se envía nada al servidor.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a certificate&apos;s common name, %2 its organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Huella digital de la clave (SHA-256):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>The key of this server changed since it was trusted on this computer. Trust the new key only if your IT department confirms the change.</source>
        <translation>La clave de este servidor ha cambiado desde que se marcó como de confianza en este equipo. Confíe en la nueva clave solo si su departamento de TI confirma el cambio.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WelcomePage</name>
    <message>
        <source>This assistant connects this computer to the management server of your organisation. You need the e-mail from your IT department or your organisation account. It takes about a minute.</source>
        <translation>Este asistente conecta este equipo con el servidor de administración de su organización. Necesita el correo electrónico de su departamento de TI o la cuenta de su organización. Tarda alrededor de un minuto.</translation>
    </message>
    <message>
        <source>How do you want to enroll this computer?</source>
        <translation>¿Cómo quiere inscribir este equipo?</translation>
    </message>
    <message>
        <source>I have an account &amp;configuration code</source>
        <translation>Tengo un código de &amp;configuración de cuenta</translation>
    </message>
    <message>
        <source>The server address and the code are in the e-mail from your IT department.</source>
        <translation>La dirección del servidor y el código están en el correo electrónico de su departamento de TI.</translation>
    </message>
    <message>
        <source>&amp;Sign in with my organisation account</source>
        <translation>Iniciar &amp;sesión con la cuenta de mi organización</translation>
    </message>
    <message>
        <source>Use the user name and password of your organisation account. The password is not stored.</source>
        <translation>Use el nombre de usuario y la contraseña de la cuenta de su organización. La contraseña no se guarda.</translation>
    </message>
    <message>
        <source>This computer is &amp;managed by my organisation</source>
        <translation>Mi organización ad&amp;ministra este equipo</translation>
    </message>
    <message>
        <source>Your organisation has set this computer up for enrollment. You sign in with your organisation account.</source>
        <translation>Su organización ha preparado este equipo para la inscripción. Iniciará sesión con la cuenta de su organización.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow any way to enroll that this computer is set up for. Ask your IT department.</source>
        <translation>La directiva de su organización no permite ninguno de los métodos de inscripción para los que está preparado este equipo. Consulte a su departamento de TI.</translation>
    </message>
</context>
<context>
    <name>groove::ui::WizardPageNames</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Server and code</source>
        <translation>Servidor y código</translation>
    </message>
    <message>
        <source>Server and sign-in</source>
        <translation>Servidor e inicio de sesión</translation>
    </message>
    <message>
        <source>Managed sign-in</source>
        <translation>Inicio de sesión de equipo administrado</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Comprobación de conexión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 and %2 are numbers, %3 is the page name (e.g. &quot;Step 2 of 4 · Server and code&quot;)</extracomment>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
</context>
</TS>
