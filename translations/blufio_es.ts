<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthPolicy</name>
    <message>
        <location filename="../daemon/auth/AuthPolicy.cpp" line="+32"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys: &apos;%1&apos; no es una clave pública Ed25519 en base64 (cree una con `blufio keygen`)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>missing or invalid credentials</source>
        <translation>credenciales ausentes o no válidas</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>too many failed authentications from this address; try again in %n second(s)</source>
        <translation>
            <numerusform>demasiadas autenticaciones fallidas desde esta dirección; inténtelo de nuevo en %n segundo</numerusform>
            <numerusform>demasiadas autenticaciones fallidas desde esta dirección; inténtelo de nuevo en %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>too many signed requests in the last minute; try again in %n second(s)</source>
        <translation>
            <numerusform>demasiadas solicitudes firmadas en el último minuto; inténtelo de nuevo en %n segundo</numerusform>
            <numerusform>demasiadas solicitudes firmadas en el último minuto; inténtelo de nuevo en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this key lacks the scope &quot;%1&quot; this route needs</source>
        <translation>a esta clave le falta el ámbito &quot;%1&quot; que necesita esta ruta</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no WebSocket endpoint at %1</source>
        <translation>no hay ningún endpoint WebSocket en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket upgrades use GET</source>
        <translation>los upgrades de WebSocket usan GET</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommand.cpp" line="+12"/>
        <source>Copy the database to PATH while blufiod keeps running (checked, then renamed into place).</source>
        <translation>Copiar la base de datos a PATH mientras blufiod sigue ejecutándose (se comprueba y luego se renombra a su sitio).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to write the copy.</source>
        <translation>Dónde escribir la copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace PATH when it exists.</source>
        <translation>Reemplazar PATH si existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio backup: expected exactly one PATH, e.g. %1</source>
        <translation>blufio backup: se esperaba exactamente un PATH, p. ej. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backed up %1 to %2</source>
        <translation>%1 respaldado en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  size:  %1 (%2 bytes)</source>
        <translation>  tamaño:  %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  pages: %1</source>
        <translation>  páginas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  time:  %1 s (copy %2 ms, integrity check %3 ms, sync %4 ms)</source>
        <translation>  tiempo:  %1 s (copia %2 ms, comprobación de integridad %3 ms, sincronización %4 ms)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../common/storage/BackupService.cpp" line="+133"/>
        <source>The database %1 does not exist; nothing to back up.</source>
        <translation>La base de datos %1 no existe; no hay nada que respaldar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a directory; give a file name.</source>
        <translation>%1 es un directorio; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 ya existe; use --force para reemplazarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup target is the database itself.</source>
        <translation>El destino de la copia de seguridad es la propia base de datos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the database %1: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot start the backup: %1</source>
        <translation>No se puede iniciar la copia de seguridad: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup to %1 failed: %2 (%3)</source>
        <translation>La copia de seguridad en %1 ha fallado: %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot finish %1: %2</source>
        <translation>No se puede finalizar %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy %1 failed its integrity check: %2</source>
        <translation>La copia %1 no ha superado la comprobación de integridad: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>No se puede volcar %1 al disco: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was written but its directory could not be flushed: %2</source>
        <translation>La copia de seguridad %1 se ha escrito, pero no se ha podido volcar su directorio al disco: %2</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../daemon/agent/Budget.cpp" line="+60"/>
        <location line="+36"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+34"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the %1 budget of $%2 is spent ($%3 used); it resets at %4</source>
        <translation>el presupuesto %1 de $%2 está agotado ($%3 usados); se restablece el %4</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 budget of $%2 of key &quot;%3&quot; is spent ($%4 used); it resets at %5</source>
        <translation>el presupuesto %1 de $%2 de la clave &quot;%3&quot; está agotado ($%4 usados); se restablece el %5</translation>
    </message>
</context>
<context>
    <name>ChatCompletionRequest</name>
    <message>
        <location filename="../daemon/gateway/ChatCompletionRequest.cpp" line="+27"/>
        <source>&quot;%1&quot; must be a string or an array of text parts</source>
        <translation>&quot;%1&quot; debe ser una cadena o un array de partes de texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has more than %2 parts</source>
        <translation>&quot;%1&quot; tiene más de %2 partes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; debe ser un objeto</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&quot;%1.type&quot; must be &quot;text&quot;: only text content is supported</source>
        <translation>&quot;%1.type&quot; debe ser &quot;text&quot;: solo se admite contenido de texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.text&quot; must be a string</source>
        <translation>&quot;%1.text&quot; debe ser una cadena</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a positive integer</source>
        <translation>&quot;%1&quot; debe ser un entero positivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;model&quot; must be a non-empty string</source>
        <translation>&quot;model&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;messages&quot; must be a non-empty array</source>
        <translation>&quot;messages&quot; debe ser un array no vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;messages&quot; has more than %1 messages</source>
        <translation>&quot;messages&quot; tiene más de %1 mensajes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1.role&quot; must be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>&quot;%1.role&quot; debe ser &quot;system&quot;, &quot;user&quot; o &quot;assistant&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the last of &quot;messages&quot; must have the role &quot;user&quot;</source>
        <translation>el último elemento de &quot;messages&quot; debe tener el rol &quot;user&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must not be empty: it is the message to answer</source>
        <translation>&quot;%1&quot; no debe estar vacío: es el mensaje que hay que responder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;stream&quot; must be a boolean</source>
        <translation>&quot;stream&quot; debe ser un booleano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stream_options&quot; must be an object</source>
        <translation>&quot;stream_options&quot; debe ser un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;stream_options.include_usage&quot; must be a boolean</source>
        <translation>&quot;stream_options.include_usage&quot; debe ser un booleano</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;temperature&quot; must be a number from 0 to 2</source>
        <translation>&quot;temperature&quot; debe ser un número de 0 a 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;n&quot; must be 1: blufio gives one choice</source>
        <translation>&quot;n&quot; debe ser 1: blufio ofrece una sola respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>&quot;%1&quot; no se admite</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../cli/commands/ConfigCommand.cpp" line="+47"/>
        <source>Show, check and locate the configuration; keep secrets in the vault.</source>
        <translation>Mostrar, comprobar y localizar la configuración; guardar los secretos en el almacén.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (value on stdin), list-secrets or delete-secret NAME.</source>
        <translation>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (valor por stdin), list-secrets o delete-secret NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>get: print only the value.</source>
        <translation>get: mostrar solo el valor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>blufio config: missing subcommand.</source>
        <translation>blufio config: falta el subcomando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blufio config: unknown subcommand &apos;%1&apos;.</source>
        <translation>blufio config: subcomando &apos;%1&apos; desconocido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of: %1</source>
        <translation>Use uno de: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio config get: expected exactly one KEY, e.g. %1</source>
        <translation>blufio config get: se esperaba exactamente una KEY, p. ej. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio config get: unknown key &apos;%1&apos;.</source>
        <translation>blufio config get: clave &apos;%1&apos; desconocida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unset)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio config set: expected KEY VALUE, e.g. blufio config set daemon.memory_warn_mb 120</source>
        <translation>blufio config set: se esperaba KEY VALUE, p. ej. blufio config set daemon.memory_warn_mb 120</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio config set: %1 is a secret and its value does not belong on the command line (other users can see it in ps, and it stays in the shell history). Store it in the vault, read from stdin: blufio config set-secret %1, then refer to it: blufio config set %1 vault:%1</source>
        <translation>blufio config set: %1 es un secreto y su valor no debe ir en la línea de comandos (otros usuarios pueden verlo en ps y queda en el historial del shell). Guárdelo en el almacén, leído de stdin: blufio config set-secret %1, y luego haga referencia a él: blufio config set %1 vault:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blufio config set: &quot;%1&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>blufio config set: &quot;%1&quot; no es un nombre de secreto válido (de 1 a 128 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was not changed.</source>
        <translation>%1 no se ha modificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 with %2.</source>
        <translation>Se ha creado %1 con %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %2 in %1.</source>
        <translation>Se ha actualizado %2 en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart blufiod for the change to take effect (systemctl restart blufio).</source>
        <translation>Reinicie blufiod para que el cambio surta efecto (systemctl restart blufio).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: file not found</source>
        <translation>%1: archivo no encontrado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not checked: %1 in the vault (set BLUFIO_VAULT_KEY to check them too).</source>
        <translation>Sin comprobar: %1 en el almacén (defina BLUFIO_VAULT_KEY para comprobarlos también).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refers to the vault, but there is no database at %2</source>
        <translation>%1 hace referencia al almacén, pero no hay ninguna base de datos en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refers to the vault, but the database cannot be opened: %2</source>
        <translation>%1 hace referencia al almacén, pero no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No configuration file found; the built-in defaults and the environment are valid.</source>
        <translation>No se ha encontrado ningún archivo de configuración; los valores predeterminados integrados y el entorno son válidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: configuration is valid</source>
        <translation>%1: la configuración es válida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: built-in defaults)</source>
        <translation>(ninguno: valores predeterminados integrados)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no vault yet; `blufio config set-secret NAME` creates it.</source>
        <translation>todavía no hay ningún almacén; `blufio config set-secret NAME` lo crea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New vault passphrase: </source>
        <translation>Nueva frase de contraseña del almacén: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault passphrase: </source>
        <translation>Frase de contraseña del almacén: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created a new vault; keep its passphrase safe: without it the secrets cannot be read.</source>
        <translation>Se ha creado un almacén nuevo; guarde su frase de contraseña en un lugar seguro: sin ella no se pueden leer los secretos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value of the secret %1 (not shown): </source>
        <translation>Valor del secreto %1 (no se muestra): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the value is empty; give it on stdin, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</source>
        <translation>el valor está vacío; páselo por stdin, p. ej. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected exactly one NAME; the value is read from stdin, never from the command line, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</source>
        <translation>%1: se esperaba exactamente un NAME; el valor se lee de stdin, nunca de la línea de comandos, p. ej. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>%1: &quot;%2&quot; no es un nombre de secreto válido (de 1 a 128 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stored the secret %1 in the vault; refer to it in the configuration as &quot;vault:%1&quot;.</source>
        <translation>Se ha guardado el secreto %1 en el almacén; haga referencia a él en la configuración como &quot;vault:%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: argumento &apos;%2&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is empty: there is no database at %1 yet.</source>
        <translation>El almacén está vacío: todavía no hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault holds no secrets.</source>
        <translation>El almacén no contiene secretos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: expected exactly one NAME.</source>
        <translation>%1: se esperaba exactamente un NAME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault has no secret named &quot;%1&quot; (there is no database at %2).</source>
        <translation>el almacén no tiene ningún secreto llamado &quot;%1&quot; (no hay ninguna base de datos en %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted the secret %1 from the vault.</source>
        <translation>Se ha eliminado el secreto %1 del almacén.</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../common/config/ConfigEditor.cpp" line="+30"/>
        <source>unknown key &apos;%1&apos; (see `blufio config get` and docs/CONFIG.md)</source>
        <translation>clave &apos;%1&apos; desconocida (consulte `blufio config get` y docs/CONFIG.md)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: the file is not valid TOML; fix it first</source>
        <translation>%1:%2:%3: el archivo no es TOML válido; corríjalo primero</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../common/config/ConfigLoader.cpp" line="+150"/>
        <source>configuration file not found</source>
        <translation>archivo de configuración no encontrado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read configuration file: %1</source>
        <translation>no se puede leer el archivo de configuración: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TOML syntax error: %1</source>
        <translation>error de sintaxis TOML: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; must be a table ([%1])</source>
        <translation>&apos;%1&apos; debe ser una tabla ([%1])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown section &apos;%1&apos;</source>
        <translation>sección &apos;%1&apos; desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clave &apos;%1&apos; desconocida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; must be %2; this item is %3</source>
        <translation>&apos;%1&apos; debe ser %2; este elemento es %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; debe ser %2, no %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a boolean (use true or false)</source>
        <translation>&apos;%1&apos; no es un booleano (use true o false)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; no es un entero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an integer (give integers separated by commas)</source>
        <translation>&apos;%1&apos; no es un entero (indique enteros separados por comas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is %2, outside the allowed range %3..%4</source>
        <translation>&apos;%1&apos; es %2, fuera del rango permitido %3..%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>&apos;%1&apos; es &apos;%2&apos;, se esperaba uno de: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be host:port with a port from 1 to 65535, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; debe ser host:port con un puerto de 1 a 65535, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be an http or https URL such as https://api.telegram.org, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; debe ser una URL http o https como https://api.telegram.org, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; (from %2): %3</source>
        <translation>&apos;%1&apos; (de %2): %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; (%2) must be below &apos;%3&apos; (%4)</source>
        <translation>&apos;%1&apos; (%2) debe ser menor que &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; requiere que &apos;%2&apos; esté definido</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <location filename="../daemon/http/ConnectionGuard.cpp" line="+176"/>
        <source>a WebSocket upgrade cannot be pipelined behind another request</source>
        <translation>un upgrade de WebSocket no puede enviarse en pipeline detrás de otra solicitud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no WebSocket endpoint here</source>
        <translation>aquí no hay ningún endpoint WebSocket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many open WebSocket sessions (gateway.max_websockets)</source>
        <translation>demasiadas sesiones WebSocket abiertas (gateway.max_websockets)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the request did not arrive within daemon.idle_timeout_secs</source>
        <translation>la solicitud no ha llegado dentro de daemon.idle_timeout_secs</translation>
    </message>
</context>
<context>
    <name>ContextWindowTable</name>
    <message>
        <location filename="../common/cost/ContextWindowTable.cpp" line="+66"/>
        <source>agent.context_windows: &apos;%1&apos; is not MODEL=TOKENS with TOKENS a whole number from 1 to %2</source>
        <translation>agent.context_windows: &apos;%1&apos; no tiene la forma MODEL=TOKENS, con TOKENS un número entero de 1 a %2</translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+21"/>
        <source>origin %1 is not in gateway.cors_origins</source>
        <translation>el origen %1 no está en gateway.cors_origins</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <location filename="../common/storage/DataDirLock.cpp" line="+52"/>
        <source>Cannot open the lock file %1: %2</source>
        <translation>No se puede abrir el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1</source>
        <translation>el proceso %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory is in use by %1 (lock %2). Is blufiod already running?</source>
        <translation>El directorio de datos está en uso por %1 (bloqueo %2). ¿Ya se está ejecutando blufiod?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lock %1: %2</source>
        <translation>No se puede bloquear %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation>No se puede escribir el archivo de bloqueo %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <location filename="../common/crypto/DeviceKey.cpp" line="+59"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is readable by other users; run: chmod 600 %1</source>
        <translation>%1 es legible por otros usuarios; ejecute: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a blufio device key</source>
        <translation>%1 no es una clave de dispositivo de blufio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already exists; use --force to replace it (clients using its public key stop working)</source>
        <translation>%1 ya existe; use --force para reemplazarla (los clientes que usan su clave pública dejarán de funcionar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DoctorChecks</name>
    <message>
        <location filename="../cli/doctor/DoctorChecks.cpp" line="+60"/>
        <source>Fix the file at the position shown; `blufio config validate` lists every error.</source>
        <translation>Corrija el archivo en la posición indicada; `blufio config validate` enumera todos los errores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no configuration file found, using the defaults</source>
        <translation>no se ha encontrado ningún archivo de configuración; se usan los valores predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is valid</source>
        <translation>%1 es válido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data directory %1 does not exist</source>
        <translation>el directorio de datos %1 no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it for the daemon&apos;s user: mkdir -p %1</source>
        <translation>Créelo para el usuario del daemon: mkdir -p %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data directory %1 is not a directory</source>
        <translation>el directorio de datos %1 no es un directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point daemon.data_dir at a directory.</source>
        <translation>Haga que daemon.data_dir apunte a un directorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data directory %1 is not writable: %2</source>
        <translation>el directorio de datos %1 no tiene permiso de escritura: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the daemon&apos;s user write access to %1.</source>
        <translation>Dé al usuario del daemon acceso de escritura a %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists and is writable</source>
        <translation>%1 existe y tiene permiso de escritura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: neither blufiod nor blufio can open a database</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado: ni blufiod ni blufio pueden abrir una base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it: apt-get install libqt6sql6-sqlite</source>
        <translation>Instálelo: apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist yet; the daemon will create it</source>
        <translation>%1 todavía no existe; el daemon lo creará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do unless you expected existing data there (check storage.database).</source>
        <translation>No hay nada que hacer, salvo que esperara datos existentes allí (compruebe storage.database).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade blufio to the version that wrote this database.</source>
        <translation>Actualice blufio a la versión que escribió esta base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point storage.database at blufio&apos;s database; this file belongs to something else.</source>
        <translation>Haga que storage.database apunte a la base de datos de blufio; este archivo pertenece a otra cosa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+304"/>
        <source>Restore the latest backup: blufio restore BACKUP --force</source>
        <translation>Restaure la copia de seguridad más reciente: blufio restore BACKUP --force</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Check the file&apos;s permissions and the disk, then run blufio doctor again.</source>
        <translation>Compruebe los permisos del archivo y el disco y vuelva a ejecutar blufio doctor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+65"/>
        <location line="+196"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 opens, schema version %2</source>
        <translation>%1 se abre, versión de esquema %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key is in the vault and BLUFIO_VAULT_KEY is not set</source>
        <translation>la clave está en el almacén y BLUFIO_VAULT_KEY no está definido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the key.</source>
        <translation>Defina BLUFIO_VAULT_KEY para que doctor pueda comprobar la clave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 in the configuration or the environment.</source>
        <translation>Defina %1 en la configuración o en el entorno.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+74"/>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 no ha respondido en %2 ms</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Check the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Compruebe la ruta de red hasta %1 (proxy, cortafuegos, DNS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reachable at %2, key accepted</source>
        <translation>%1 accesible en %2, clave aceptada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 key rejected by %2</source>
        <translation>clave de %1 rechazada por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid key in %1 (or `blufio config set-secret`).</source>
        <translation>Ponga una clave válida en %1 (o use `blufio config set-secret`).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable: %2</source>
        <translation>%1 inaccesible: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check providers.%1.base_url and the network path (proxy, firewall, DNS).</source>
        <translation>Compruebe providers.%1.base_url y la ruta de red (proxy, cortafuegos, DNS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered but is busy: %2</source>
        <translation>%1 ha respondido, pero está ocupado: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Usually temporary; run blufio doctor again later.</source>
        <translation>Suele ser temporal; vuelva a ejecutar blufio doctor más tarde.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Check providers.%1.base_url points at the %1 API.</source>
        <translation>Compruebe que providers.%1.base_url apunta a la API de %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway disabled</source>
        <translation>pasarela desactivada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gateway enabled without a bearer token or device keys</source>
        <translation>pasarela activada sin token bearer ni claves de dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set gateway.bearer_token or add a key from `blufio keygen` to gateway.device_keys.</source>
        <translation>Defina gateway.bearer_token o añada una clave de `blufio keygen` a gateway.device_keys.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bearer token and %n device key(s) configured</source>
        <translation>
            <numerusform>token bearer y %n clave de dispositivo configurados</numerusform>
            <numerusform>token bearer y %n claves de dispositivo configurados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bearer token configured</source>
        <translation>token bearer configurado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device key(s) configured</source>
        <translation>
            <numerusform>%n clave de dispositivo configurada</numerusform>
            <numerusform>%n claves de dispositivo configuradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telegram channel disabled</source>
        <translation>Canal de Telegram desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram.bot_token: %1</source>
        <translation>telegram.bot_token: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the token.</source>
        <translation>Defina BLUFIO_VAULT_KEY para que doctor pueda comprobar el token.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check telegram.api_url and the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Compruebe telegram.api_url y la ruta de red hacia %1 (proxy, cortafuegos, DNS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the token @BotFather gave the bot (/token there shows it again) in the vault with `blufio config set-secret NAME` and set telegram.bot_token = &quot;vault:NAME&quot;.</source>
        <translation>Guarde el token que @BotFather dio al bot (/token lo vuelve a mostrar) en la bóveda con `blufio config set-secret NAME` y defina telegram.bot_token = &quot;vault:NAME&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that telegram.api_url points at the Bot API (%1).</source>
        <translation>Compruebe que telegram.api_url apunta a la Bot API (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bot %1 has a webhook (%2), so Telegram refuses the daemon&apos;s long polling (409)</source>
        <translation>el bot %1 tiene un webhook (%2), por lo que Telegram rechaza el long polling del demonio (409)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the webhook: curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (with the bot&apos;s token in place of &lt;bot_token&gt;).</source>
        <translation>Elimine el webhook: curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (con el token del bot en lugar de &lt;bot_token&gt;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no webhook</source>
        <translation>sin webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook not checked</source>
        <translation>webhook no comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bot %1 (id %2) answers at %3, %4</source>
        <translation>el bot %1 (id %2) responde en %3, %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is free</source>
        <translation>%1 está libre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is held by blufiod (pid %2)</source>
        <translation>%1 está ocupado por blufiod (pid %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by blufiod</source>
        <translation>%1 está ocupado por blufiod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by %2, not by blufiod</source>
        <translation>%1 está ocupado por %2, no por blufiod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop that program or choose another daemon.health_port.</source>
        <translation>Detenga ese programa o elija otro daemon.health_port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not under systemd</source>
        <translation>no se ejecuta bajo systemd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl did not answer</source>
        <translation>systemctl no ha respondido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check systemd: systemctl status blufio</source>
        <translation>Compruebe systemd: systemctl status blufio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>blufio.service is %1</source>
        <translation>blufio.service está %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it: systemctl enable --now blufio</source>
        <translation>Inícielo: systemctl enable --now blufio</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>no database yet</source>
        <translation>todavía no hay base de datos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>integrity_check passed</source>
        <translation>integrity_check superado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something other than blufio changed the schema: find out what, then restore the latest good backup (blufio restore BACKUP --force) or drop the object with sqlite3.</source>
        <translation>Algo distinto de blufio ha modificado el esquema: averigüe qué y luego restaure la última copia de seguridad buena (blufio restore BACKUP --force) o elimine el objeto con sqlite3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema objects are exactly those of the migrations</source>
        <translation>los objetos del esquema son exactamente los de las migraciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read free space of %1: %2</source>
        <translation>no se puede leer el espacio libre de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure daemon.data_dir exists.</source>
        <translation>Asegúrese de que daemon.data_dir existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 free on %2, need %3 (database %4)</source>
        <translation>%1 libres en %2, se necesitan %3 (base de datos %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space or move daemon.data_dir to a larger file system.</source>
        <translation>Libere espacio en disco o mueva daemon.data_dir a un sistema de archivos más grande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>no vault</source>
        <translation>no hay almacén</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>Fix the database first (see the database check).</source>
        <translation>Repare primero la base de datos (consulte la comprobación de la base de datos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vault exists but BLUFIO_VAULT_KEY is not set</source>
        <translation>existe un almacén, pero BLUFIO_VAULT_KEY no está definido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY to let doctor (and the daemon) unlock it.</source>
        <translation>Defina BLUFIO_VAULT_KEY para que doctor (y el daemon) puedan desbloquearlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY.</source>
        <translation>Defina BLUFIO_VAULT_KEY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY to the vault&apos;s passphrase.</source>
        <translation>Defina BLUFIO_VAULT_KEY con la frase de contraseña del almacén.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault unlocks</source>
        <translation>el almacén se desbloquea</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>daemon not running at %1</source>
        <translation>el daemon no se está ejecutando en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (systemctl start blufio, or blufio serve) to check its memory.</source>
        <translation>Inícielo (systemctl start blufio, o blufio serve) para comprobar su memoria.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daemon heap %1, RSS %2 (warn %3, limit %4)</source>
        <translation>heap del daemon %1, RSS %2 (aviso %3, límite %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the daemon and raise daemon.memory_limit_mb if this recurs.</source>
        <translation>Reinicie el daemon y aumente daemon.memory_limit_mb si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch it; raise daemon.memory_warn_mb if this is its normal size.</source>
        <translation>Vigílelo; aumente daemon.memory_warn_mb si este es su tamaño normal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no Date header from the provider to compare with</source>
        <translation>no hay cabecera Date del proveedor con la que comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the provider check first; or check NTP: timedatectl</source>
        <translation>Corrija primero la comprobación del proveedor; o compruebe NTP: timedatectl</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clock differs from the provider&apos;s by %n s</source>
        <translation>
            <numerusform>el reloj difiere del del proveedor en %n s</numerusform>
            <numerusform>el reloj difiere del del proveedor en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable time synchronisation: timedatectl set-ntp true</source>
        <translation>Active la sincronización horaria: timedatectl set-ntp true</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../cli/commands/DoctorCommand.cpp" line="+26"/>
        <source>Check the configuration, data, provider and daemon, and say what to fix.</source>
        <translation>Comprobar la configuración, los datos, el proveedor y el daemon, e indicar qué corregir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also check database integrity and schema, disk space, the vault, memory and the clock.</source>
        <translation>Comprobar también la integridad y el esquema de la base de datos, el espacio en disco, el almacén, la memoria y el reloj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the checks as JSON.</source>
        <translation>Mostrar las comprobaciones como JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count warnings as failures (exit 1).</source>
        <translation>Contar los avisos como fallos (código de salida 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space the disk check requires (default: 2 x database + 100 MiB).</source>
        <translation>Espacio libre que exige la comprobación de disco (por defecto: 2 x base de datos + 100 MiB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio doctor: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio doctor: argumento &apos;%1&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio doctor: --min-free-bytes must be a positive number of bytes.</source>
        <translation>blufio doctor: --min-free-bytes debe ser un número positivo de bytes.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Problems found.</source>
        <translation>Se han encontrado problemas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
</context>
<context>
    <name>GatewayRoutes</name>
    <message>
        <location filename="../daemon/gateway/GatewayRoutes.cpp" line="+118"/>
        <source>/ws speaks WebSocket only</source>
        <translation>/ws solo admite WebSocket</translation>
    </message>
</context>
<context>
    <name>HealthSnapshot</name>
    <message>
        <location filename="../common/net/HealthSnapshot.cpp" line="+55"/>
        <location line="+51"/>
        <source>%1 is missing or not a %2</source>
        <translation>%1 falta o no es un %2</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>status is not healthy, degraded or unhealthy</source>
        <translation>status no es healthy, degraded ni unhealthy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a blufio health report: %1</source>
        <translation>no es un informe de estado de blufio: %1</translation>
    </message>
</context>
<context>
    <name>HealthcheckCommand</name>
    <message>
        <location filename="../cli/commands/HealthcheckCommand.cpp" line="+11"/>
        <source>Exit 0 if the daemon&apos;s /health answers 200 in time, 1 otherwise.</source>
        <translation>Sale con 0 si /health del daemon responde 200 a tiempo, 1 en caso contrario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait (default 5).</source>
        <translation>Segundos de espera (5 por defecto).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blufio healthcheck: --timeout must be a positive number of seconds.</source>
        <translation>blufio healthcheck: --timeout debe ser un número positivo de segundos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unhealthy: %1 unreachable (%2)</source>
        <translation>con fallos: %1 inaccesible (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy: %1/health answered %2</source>
        <translation>con fallos: %1/health respondió %2</translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <location filename="../daemon/http/HttpListener.cpp" line="+64"/>
        <source>too many open connections (daemon.max_connections)</source>
        <translation>demasiadas conexiones abiertas (daemon.max_connections)</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <location filename="../daemon/http/HttpServer.cpp" line="+104"/>
        <source>no such path: %1</source>
        <translation>ruta inexistente: %1</translation>
    </message>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+7"/>
        <location filename="../daemon/http/HttpServer.cpp" line="+8"/>
        <source>%1 is not allowed on %2</source>
        <translation>%1 no está permitido en %2</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <location filename="../daemon/gateway/JsonBody.cpp" line="+73"/>
        <source>the body is not valid JSON: unpaired UTF-16 surrogate escape at offset %1</source>
        <translation>el cuerpo no es JSON válido: secuencia de escape de sustituto UTF-16 sin pareja en la posición %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>el cuerpo no es JSON válido: %1 en la posición %2</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <location filename="../cli/commands/KeygenCommand.cpp" line="+11"/>
        <source>Create a device key (Ed25519) and print its public half for gateway.device_keys.</source>
        <translation>Crear una clave de dispositivo (Ed25519) y mostrar su parte pública para gateway.device_keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace an existing key.</source>
        <translation>Reemplazar una clave existente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the key to FILE instead of data_dir/device.key.</source>
        <translation>Escribir la clave en FILE en lugar de data_dir/device.key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio keygen: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio keygen: argumento &apos;%1&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote the device key to %1 (mode 0600). Add its public key to gateway.device_keys:</source>
        <translation>Clave de dispositivo escrita en %1 (modo 0600). Añada su clave pública a gateway.device_keys:</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <location filename="../cli/commands/KeysCommand.cpp" line="+44"/>
        <source>Add, list or revoke API keys with scopes and budgets.</source>
        <translation>Añadir, enumerar o revocar claves de API con ámbitos y presupuestos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: what the key may do: read, chat or admin (default chat; repeatable).</source>
        <translation>add: lo que puede hacer la clave: read, chat o admin (chat por defecto; se puede repetir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC day.</source>
        <translation>add: USD que la clave puede gastar por día UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC month.</source>
        <translation>add: USD que la clave puede gastar por mes UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day (UTC) the key works.</source>
        <translation>add: el último día (UTC) en que funciona la clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: name a device&apos;s public key (blufio keygen) instead of making a token.</source>
        <translation>add: dar nombre a la clave pública de un dispositivo (blufio keygen) en lugar de crear un token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print JSON.</source>
        <translation>list: mostrar JSON.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</source>
        <translation>Uso: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>       blufio keys list [--json]</source>
        <translation>     blufio keys list [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       blufio keys revoke NAME</source>
        <translation>     blufio keys revoke NAME</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a key name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&apos;%1&apos; no es un nombre de clave: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown scope &apos;%1&apos; (use read, chat or admin).</source>
        <translation>ámbito &apos;%1&apos; desconocido (use read, chat o admin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 &apos;%2&apos; is not a positive amount of USD (at most six decimals, e.g. 1 or 0.25).</source>
        <translation>--%1 &apos;%2&apos; no es un importe positivo en USD (seis decimales como máximo, p. ej. 1 o 0.25).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--expires &apos;%1&apos; no es una fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--expires %1 is in the past (today is %2, UTC).</source>
        <translation>--expires %1 está en el pasado (hoy es %2, UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--device &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`).</source>
        <translation>--device &apos;%1&apos; no es una clave pública Ed25519 en base64 (cree una con `blufio keygen`).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added key %1 (scopes: %2).</source>
        <translation>Clave %1 añadida (ámbitos: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device signs its requests with its own key; nothing to copy.</source>
        <translation>El dispositivo firma sus solicitudes con su propia clave; no hay nada que copiar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token below is shown once; blufio keeps only its hash. Send it as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>El token siguiente se muestra una sola vez; blufio solo guarda su hash. Envíelo como &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No keys yet; `blufio keys add NAME` makes one.</source>
        <translation>Todavía no hay claves; `blufio keys add NAME` crea una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPES</source>
        <translation>ÁMBITOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAILY</source>
        <translation>DIARIO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY</source>
        <translation>MENSUAL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TODAY</source>
        <translation>HOY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MONTH</source>
        <translation>MES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Revoked key %1; the daemon refuses it from its next request on.</source>
        <translation>Clave %1 revocada; el daemon la rechaza a partir de su próxima solicitud.</translation>
    </message>
</context>
<context>
    <name>MessagesController</name>
    <message>
        <location filename="../daemon/gateway/MessagesController.cpp" line="+22"/>
        <source>the body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;session_id&quot; must be a string</source>
        <translation>&quot;session_id&quot; debe ser una cadena</translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <location filename="../daemon/gateway/MetricsController.cpp" line="+16"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>las métricas están desactivadas (metrics.enabled = false)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../common/storage/Migrations.cpp" line="+55"/>
        <source>Migration %1 of %2 failed: %3</source>
        <translation>La migración %1 de %2 ha fallado: %3</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../daemon/gateway/ModelsController.cpp" line="+27"/>
        <source>the model %1 does not exist; GET /v1/models lists those there are</source>
        <translation>el modelo %1 no existe; GET /v1/models enumera los disponibles</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <location filename="../common/vault/PassphraseReader.cpp" line="+63"/>
        <source>BLUFIO_VAULT_KEY is set but empty.</source>
        <translation>BLUFIO_VAULT_KEY está definido pero vacío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vault passphrase: set BLUFIO_VAULT_KEY or run this on a terminal.</source>
        <translation>No hay frase de contraseña del almacén: defina BLUFIO_VAULT_KEY o ejecute esto en un terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase is too long (1024 bytes at most).</source>
        <translation>La frase de contraseña es demasiado larga (1024 bytes como máximo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passphrase was entered.</source>
        <translation>No se ha introducido ninguna frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <location filename="../common/cost/PriceTable.cpp" line="+145"/>
        <source>agent.prices: &apos;%1&apos; is not MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] in USD per million tokens</source>
        <translation>agent.prices: &apos;%1&apos; no tiene la forma MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] en USD por millón de tokens</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <location filename="../daemon/http/RequestFramer.cpp" line="+228"/>
        <source>request headers exceed daemon.max_header_bytes</source>
        <translation>las cabeceras de la solicitud superan daemon.max_header_bytes</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <location line="+6"/>
        <source>malformed chunk size</source>
        <translation>tamaño de chunk mal formado</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+108"/>
        <source>request body exceeds daemon.max_body_bytes</source>
        <translation>el cuerpo de la solicitud supera daemon.max_body_bytes</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+145"/>
        <location line="+6"/>
        <source>malformed request line</source>
        <translation>línea de solicitud mal formada</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>bare CR between requests</source>
        <translation>CR aislado entre solicitudes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR in the request head</source>
        <translation>CR aislado en la cabecera de la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in the request head (lines end with CRLF)</source>
        <translation>LF aislado en la cabecera de la solicitud (las líneas terminan en CRLF)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>bare CR in chunked framing</source>
        <translation>CR aislado en la codificación chunked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in chunked framing (lines end with CRLF)</source>
        <translation>LF aislado en la codificación chunked (las líneas terminan en CRLF)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>trailer fields are not accepted</source>
        <translation>no se aceptan campos trailer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chunk data not followed by CRLF</source>
        <translation>datos de chunk no seguidos de CRLF</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>chunk extensions are not accepted</source>
        <translation>no se aceptan extensiones de chunk</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unsupported request method</source>
        <translation>método de solicitud no admitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported HTTP version</source>
        <translation>versión de HTTP no admitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request target</source>
        <translation>destino de solicitud mal formado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>more than %1 header fields</source>
        <translation>más de %1 campos de cabecera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>folded header lines are not accepted</source>
        <translation>no se aceptan líneas de cabecera plegadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header line</source>
        <translation>línea de cabecera mal formada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed header name</source>
        <translation>nombre de cabecera mal formado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>control character in a header value</source>
        <translation>carácter de control en un valor de cabecera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a header field is longer than %1 bytes</source>
        <translation>un campo de cabecera supera los %1 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length no válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding no admitido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or repeated Host</source>
        <translation>cabecera Host no válida o repetida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Authorization header</source>
        <translation>más de una cabecera Authorization</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Upgrade header</source>
        <translation>más de una cabecera Upgrade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>both Content-Length and Transfer-Encoding given</source>
        <translation>se han indicado Content-Length y Transfer-Encoding a la vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an upgrade request has no body</source>
        <translation>una solicitud de upgrade no debe llevar cuerpo</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../cli/commands/RestoreCommand.cpp" line="+12"/>
        <source>Replace the database with a checked backup; the current one is kept as &lt;db&gt;.pre-restore.</source>
        <translation>Reemplazar la base de datos por una copia de seguridad comprobada; la actual se conserva como &lt;db&gt;.pre-restore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que se va a restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore even while blufiod is running (restart it right after).</source>
        <translation>Restaurar aunque blufiod se esté ejecutando (reinícielo justo después).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio restore: expected exactly one PATH, e.g. %1</source>
        <translation>blufio restore: se esperaba exactamente un PATH, p. ej. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed.</source>
        <translation>No se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 into %2 (schema version %3, %4).</source>
        <translation>Se ha restaurado %1 en %2 (versión de esquema %3, %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There was no database before; nothing was kept.</source>
        <translation>Antes no había base de datos; no se ha conservado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database is kept as %1.</source>
        <translation>La base de datos anterior se conserva como %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <location filename="../common/storage/RestoreService.cpp" line="+93"/>
        <location line="+117"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>%1 is empty; it is not a database.</source>
        <translation>%1 está vacío; no es una base de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an SQLite database (its header is wrong).</source>
        <translation>%1 no es una base de datos SQLite (la cabecera es incorrecta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is truncated: it ends inside the header.</source>
        <translation>%1 está truncado: termina dentro de la cabecera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its page size is invalid.</source>
        <translation>%1 está dañado: su tamaño de página no es válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: it has %2 bytes where the database needs %3.</source>
        <translation>%1 está truncado: tiene %2 bytes y la base de datos necesita %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is an SQLite database but not a blufio database.</source>
        <translation>%1 es una base de datos SQLite, pero no una base de datos de blufio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has schema version %2, newer than the %3 this blufio knows; restore it with a newer blufio.</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la %3 que conoce este blufio; restáurela con un blufio más reciente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lacks blufio&apos;s table &quot;%2&quot;; it is not a usable blufio database.</source>
        <translation>a %1 le falta la tabla &quot;%2&quot; de blufio; no es una base de datos de blufio utilizable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 no ha superado la comprobación de integridad: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable blufio database: %2</source>
        <translation>%1 no es una base de datos de blufio utilizable: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot migrate the copy of %1: %2</source>
        <translation>No se puede migrar la copia de %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is the live database itself.</source>
        <translation>%1 es la propia base de datos activa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The copy of %1 reached schema version %2 instead of %3.</source>
        <translation>La copia de %1 ha llegado a la versión de esquema %2 en lugar de la %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufiod (pid %1) is using %2. Stop it first, or use --force and restart it right after the restore.</source>
        <translation>blufiod (pid %1) está usando %2. Deténgalo primero, o use --force y reinícielo justo después de la restauración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufiod (pid %1) was running while the database was replaced: restart it now so it opens the restored database.</source>
        <translation>blufiod (pid %1) se estaba ejecutando mientras se reemplazaba la base de datos: reinícielo ahora para que abra la base de datos restaurada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot keep the current database as %1: %2</source>
        <translation>No se puede conservar la base de datos actual como %1: %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Cannot copy %1 next to the database: %2</source>
        <translation>No se puede copiar %1 junto a la base de datos: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot move the restored database into place: %1</source>
        <translation>No se puede colocar en su sitio la base de datos restaurada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored but its directory could not be flushed: %1</source>
        <translation>La base de datos se ha restaurado, pero no se ha podido volcar su directorio al disco: %1</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../common/storage/SchemaCheck.cpp" line="+70"/>
        <location line="+20"/>
        <source>its schema cannot be read: %1</source>
        <translation>no se puede leer su esquema: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema version %1 is not one blufio&apos;s migrations create</source>
        <translation>la versión de esquema %1 no es una de las que crean las migraciones de blufio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is an SQLite database but not a blufio database</source>
        <translation>es una base de datos SQLite, pero no una base de datos de blufio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version %1 is newer than the %2 this blufio knows</source>
        <translation>su versión de esquema %1 es más reciente que la %2 que conoce este blufio</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>its %1 differs from what blufio&apos;s migrations create for schema version %2</source>
        <translation>su objeto %1 difiere de lo que crean las migraciones de blufio para la versión de esquema %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has the %1, which blufio&apos;s migrations do not create (schema version %2)</source>
        <translation>contiene el objeto %1, que las migraciones de blufio no crean (versión de esquema %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it lacks the %1 that blufio&apos;s migrations create (schema version %2)</source>
        <translation>le falta el objeto %1 que crean las migraciones de blufio (versión de esquema %2)</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+55"/>
        <source>%1: &quot;%2&quot; does not name a vault secret (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>%1: &quot;%2&quot; no nombra un secreto de la bóveda (1-128 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../cli/commands/ServeCommand.cpp" line="+13"/>
        <source>Run the daemon (blufiod) in the foreground.</source>
        <translation>Ejecutar el daemon (blufiod) en primer plano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio serve: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio serve: argumento &apos;%1&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>blufio serve: cannot start %1: %2</source>
        <translation>blufio serve: no se puede iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <location filename="../daemon/gateway/SessionsController.cpp" line="+44"/>
        <source>&quot;limit&quot; must be a whole number from 1 to %1</source>
        <translation>&quot;limit&quot; debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;cursor&quot; is not a cursor this server gave out</source>
        <translation>&quot;cursor&quot; no es un cursor que haya entregado este servidor</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;before&quot; must be a message id</source>
        <translation>&quot;before&quot; debe ser un identificador de mensaje</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>session %1 has a reply in progress; delete it when it is done</source>
        <translation>la sesión %1 tiene una respuesta en curso; elimínela cuando termine</translation>
    </message>
</context>
<context>
    <name>ShellCommand</name>
    <message>
        <location filename="../cli/commands/ShellCommand.cpp" line="+24"/>
        <source>Talk to the running daemon: each line is a message, the reply streams back.</source>
        <translation>Hablar con el daemon en ejecución: cada línea es un mensaje y la respuesta llega en streaming.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the model&apos;s replies as they are, terminal control sequences included (by default escape sequences and control characters other than newline and tab are removed).</source>
        <translation>Mostrar las respuestas del modelo tal cual, incluidas las secuencias de control del terminal (por defecto se eliminan las secuencias de escape y los caracteres de control distintos del salto de línea y el tabulador).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>blufio shell: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio shell: argumento &apos;%1&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1. Type a message, or /help.</source>
        <translation>Conectado a %1. Escriba un mensaje o /help.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The next message starts a new session.</source>
        <translation>El siguiente mensaje inicia una sesión nueva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio shell: no more sessions; /sessions starts again from the newest.</source>
        <translation>blufio shell: no hay más sesiones; /sessions empieza de nuevo por la más reciente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio shell: /sessions takes no argument but &apos;more&apos;.</source>
        <translation>blufio shell: /sessions no admite más argumento que &apos;more&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio shell: /use needs a session id (see /sessions).</source>
        <translation>blufio shell: /use necesita un id de sesión (consulte /sessions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio shell: unknown command &apos;%1&apos;; /help lists them.</source>
        <translation>blufio shell: comando &apos;%1&apos; desconocido; /help los enumera.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>UPDATED</source>
        <translation>ACTUALIZADA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older sessions: /sessions more</source>
        <translation>Sesiones más antiguas: /sessions more</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Using session %1 (%n message(s)).</source>
        <translation>
            <numerusform>Usando la sesión %1 (%n mensaje).</numerusform>
            <numerusform>Usando la sesión %1 (%n mensajes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>blufio shell: no session &apos;%1&apos;; /sessions lists them.</source>
        <translation>blufio shell: no existe la sesión &apos;%1&apos;; /sessions las enumera.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a message and press Enter; the reply streams back in the current session.</source>
        <translation>Escriba un mensaje y pulse Intro; la respuesta llega en streaming en la sesión actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a new session with the next message</source>
        <translation>iniciar una sesión nueva con el siguiente mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list sessions (id, message count, last update)</source>
        <translation>enumerar las sesiones (id, número de mensajes, última actualización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next, older page of sessions</source>
        <translation>la siguiente página, más antigua, de sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue session ID</source>
        <translation>continuar la sesión ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this help</source>
        <translation>esta ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave (so does end of input)</source>
        <translation>salir (también al final de la entrada)</translation>
    </message>
</context>
<context>
    <name>SqliteStorage</name>
    <message>
        <location filename="../common/storage/SqliteStorage.cpp" line="+32"/>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../daemon/gateway/SessionsController.cpp" line="-37"/>
        <source>Session %1 does not exist.</source>
        <translation>La sesión %1 no existe.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>The database %1 is not open.</source>
        <translation>La base de datos %1 no está abierta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 no es una base de datos SQLite utilizable: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database but not a blufio database; refusing to use it.</source>
        <translation>%1 es una base de datos SQLite, pero no una base de datos de blufio; se rechaza su uso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 has schema version %2, but this blufio only knows versions up to %3. Upgrade blufio or restore an older backup.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero este blufio solo conoce versiones hasta la %3. Actualice blufio o restaure una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot switch the database %1 to WAL mode (it reports %2).</source>
        <translation>No se puede cambiar la base de datos %1 al modo WAL (indica %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>El controlador de SQLite no expone su handle.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>La base de datos %1 no ha superado la comprobación de integridad: %2</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Telegram update %1 was received before.</source>
        <translation>La actualización de Telegram %1 ya se había recibido.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Queue item %1 does not exist or is already answered.</source>
        <translation>El elemento de la cola %1 no existe o ya tiene respuesta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Queue item %1 does not exist.</source>
        <translation>El elemento de la cola %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue item %1 is already answered.</source>
        <translation>El elemento de la cola %1 ya tiene respuesta.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>A key named %1 already exists.</source>
        <translation>Ya existe una clave llamada %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That device key already has a name.</source>
        <translation>Esa clave de dispositivo ya tiene un nombre.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no key named %1.</source>
        <translation>No existe ninguna clave llamada %1.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../common/config/StartupChecks.cpp" line="+33"/>
        <source>daemon.bind: &apos;%1&apos; is not an IP address</source>
        <translation>daemon.bind: &apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the gateway is enabled but has no way to authenticate clients: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN, or &quot;vault:NAME&quot;), add a key from `blufio keygen` to gateway.device_keys, or set gateway.enabled = false</source>
        <translation>la pasarela está activada pero no tiene forma de autenticar a los clientes: defina gateway.bearer_token (o BLUFIO_GATEWAY_BEARER_TOKEN, o &quot;vault:NAME&quot;), añada una clave de `blufio keygen` a gateway.device_keys, o defina gateway.enabled = false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys: &apos;%1&apos; no es una clave pública Ed25519 en base64 (cree una con `blufio keygen`)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gateway.bearer_token: %1 characters is too short to withstand guessing; use at least %2 (e.g. openssl rand -base64 32)</source>
        <translation>gateway.bearer_token: %1 caracteres es demasiado corto para resistir intentos de adivinarlo; use al menos %2 (p. ej. openssl rand -base64 32)</translation>
    </message>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+19"/>
        <source>Vault passphrase: </source>
        <translation>Frase de contraseña del almacén: </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 refers to the vault: %2</source>
        <translation>%1 hace referencia al almacén: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: the vault has no secret named &apos;%2&apos; (add it with `blufio config set-secret %2`)</source>
        <translation>%1: el almacén no tiene ningún secreto llamado &apos;%2&apos; (añádalo con `blufio config set-secret %2`)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../cli/commands/StatusCommand.cpp" line="+14"/>
        <source>Show the daemon&apos;s state, memory and sessions.</source>
        <translation>Mostrar el estado, la memoria y las sesiones del daemon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &apos;key: value&apos; lines without colour.</source>
        <translation>Mostrar líneas &apos;key: value&apos; sin color.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the daemon (default 3).</source>
        <translation>Segundos de espera al daemon (3 por defecto).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>blufio status: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio status: argumento &apos;%1&apos; inesperado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio is not running: nothing answers at %1 (%2).</source>
        <translation>blufio no se está ejecutando: nada responde en %1 (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unhealthy</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blufio</source>
        <translation>blufio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1, up %2</source>
        <translation>versión %1, activo desde hace %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heap %1</source>
        <translation>heap %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn %1, limit %2</source>
        <translation>aviso %1, límite %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>acepta sesiones nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusing new sessions</source>
        <translation>rechaza sesiones nuevas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 of $%2</source>
        <translation>$%1 de $%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1 (no budget)</source>
        <translation>$%1 (sin presupuesto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1, this month %2</source>
        <translation>hoy %1, este mes %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1, provider %2</source>
        <translation>base de datos %1, proveedor %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not configured</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listener</source>
        <translation>escucha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(from /v1/health)</source>
        <translation>(de /v1/health)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from /health; set gateway.bearer_token for cost and dependencies)</source>
        <translation>(de /health; defina gateway.bearer_token para ver el coste y las dependencias)</translation>
    </message>
</context>
<context>
    <name>TelegramReply</name>
    <message>
        <location filename="../common/telegram/TelegramReply.cpp" line="+49"/>
        <source>the Bot API refused the bot token (401%1)</source>
        <translation>la Bot API rechazó el token del bot (401%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API does not know this bot token (404%1)</source>
        <translation>la Bot API no conoce este token de bot (404%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bot API at this address (HTTP 404)</source>
        <translation>no hay Bot API en esta dirección (HTTP 404)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused to deliver updates (409%1)</source>
        <translation>la Bot API se negó a entregar actualizaciones (409%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>rate limited by the Bot API, retry after %n s (429%1)</source>
        <translation>
            <numerusform>limitado por la Bot API, reintentar tras %n s (429%1)</numerusform>
            <numerusform>limitado por la Bot API, reintentar tras %n s (429%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate limited by the Bot API (429%1)</source>
        <translation>limitado por la Bot API (429%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API is unavailable (%1%2)</source>
        <translation>la Bot API no está disponible (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused the request (%1%2)</source>
        <translation>la Bot API rechazó la solicitud (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API answered an error without a usable code (%1%2)</source>
        <translation>la Bot API respondió un error sin código utilizable (%1%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>not a Bot API answer (HTTP %1, %n byte(s) that are not a JSON object)</source>
        <translation>
            <numerusform>no es una respuesta de la Bot API (HTTP %1, %n byte que no es un objeto JSON)</numerusform>
            <numerusform>no es una respuesta de la Bot API (HTTP %1, %n bytes que no son un objeto JSON)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a Bot API answer (HTTP %1, no boolean &quot;ok&quot;)</source>
        <translation>no es una respuesta de la Bot API (HTTP %1, sin booleano &quot;ok&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Bot API answer (HTTP %1 with &quot;ok&quot;: true)</source>
        <translation>no es una respuesta de la Bot API (HTTP %1 con &quot;ok&quot;: true)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Bot API answer without &quot;result&quot;</source>
        <translation>una respuesta de la Bot API sin &quot;result&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a Bot API user that is not an object</source>
        <translation>un usuario de la Bot API que no es un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API user without an integer &quot;id&quot;</source>
        <translation>un usuario de la Bot API sin &quot;id&quot; entero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a Bot API message that is not an object</source>
        <translation>un mensaje de la Bot API que no es un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API message without an integer &quot;message_id&quot;</source>
        <translation>un mensaje de la Bot API sin &quot;message_id&quot; entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Bot API message without a chat with an integer &quot;id&quot;</source>
        <translation>un mensaje de la Bot API sin chat con &quot;id&quot; entero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>getUpdates answered something other than an array</source>
        <translation>getUpdates respondió algo que no es un array</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>getUpdates answered an update without an integer &quot;update_id&quot; (item %1)</source>
        <translation>getUpdates respondió una actualización sin &quot;update_id&quot; entero (elemento %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>getWebhookInfo answered without a string &quot;url&quot;</source>
        <translation>getWebhookInfo respondió sin cadena &quot;url&quot;</translation>
    </message>
</context>
<context>
    <name>TelegramText</name>
    <message>
        <location filename="../daemon/telegram/TelegramText.cpp" line="+65"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blufio %1, %2, up %3</source>
        <translation>blufio %1, %2, activo desde hace %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider %1 (%2): %3</source>
        <translation>proveedor %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up</source>
        <translation>operativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider %1: not configured</source>
        <translation>proveedor %1: no configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions: %1 active, %2 stored; queue: %3</source>
        <translation>sesiones: %1 activas, %2 guardadas; cola: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions: %1 active</source>
        <translation>sesiones: %1 activas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory pressure %1</source>
        <translation>presión de memoria %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <location filename="../common/net/TlsSettings.cpp" line="+44"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate &quot;%1&quot; expired on %2</source>
        <translation>el certificado &quot;%1&quot; caducó el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate &quot;%1&quot; is not valid before %2</source>
        <translation>el certificado &quot;%1&quot; no es válido antes del %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+97"/>
        <source>not an unencrypted PEM private key</source>
        <translation>no es una clave privada PEM sin cifrar</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the private key does not match the certificate in %1</source>
        <translation>la clave privada no coincide con el certificado de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsupported key type (use an RSA or EC key)</source>
        <translation>tipo de clave no admitido (use una clave RSA o EC)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not an IP address (or localhost)</source>
        <translation>&apos;%1&apos; no es una dirección IP (ni localhost)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; requiere que &apos;%2&apos; esté definido</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+3"/>
        <source>not a PEM certificate</source>
        <translation>no es un certificado PEM</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>readable by group or others (mode %1); run: chmod 600 %2</source>
        <translation>legible por el grupo u otros (modo %1); ejecute: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../common/vault/Vault.cpp" line="+82"/>
        <location line="+50"/>
        <source>The cryptography library failed to start.</source>
        <translation>No se ha podido iniciar la biblioteca de criptografía.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A vault already exists in this database.</source>
        <translation>Ya existe un almacén en esta base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault passphrase must not be empty.</source>
        <translation>La frase de contraseña del almacén no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+69"/>
        <source>Deriving the vault key failed (not enough memory for %1 MiB?).</source>
        <translation>La derivación de la clave del almacén ha fallado (¿memoria insuficiente para %1 MiB?).</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>There is no vault yet; set a secret to create one.</source>
        <translation>Todavía no hay ningún almacén; defina un secreto para crear uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is damaged: its &quot;%1&quot; record is missing.</source>
        <translation>El almacén está dañado: falta su registro &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vault is damaged: its key parameters are not valid.</source>
        <translation>El almacén está dañado: sus parámetros de clave no son válidos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The vault passphrase is wrong (or the vault was tampered with).</source>
        <translation>La frase de contraseña del almacén es incorrecta (o el almacén ha sido manipulado).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault is locked; unlock it with its passphrase.</source>
        <translation>El almacén está bloqueado; desbloquéelo con su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid secret name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>&quot;%1&quot; no es un nombre de secreto válido (use letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>The vault has no secret named &quot;%1&quot;.</source>
        <translation>El almacén no tiene ningún secreto llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The secret &quot;%1&quot; is damaged.</source>
        <translation>El secreto &quot;%1&quot; está dañado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret &quot;%1&quot; cannot be decrypted: it was damaged or tampered with.</source>
        <translation>El secreto &quot;%1&quot; no se puede descifrar: ha sido dañado o manipulado.</translation>
    </message>
</context>
<context>
    <name>blufio</name>
    <message>
        <location filename="../cli/Command.cpp" line="+28"/>
        <source>Read the configuration from FILE.</source>
        <translation>Leer la configuración de FILE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the output (de, fr, es, en).</source>
        <translation>Idioma de la salida (de, fr, es, en).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL of the daemon (default: from the configuration).</source>
        <translation>URL del daemon (por defecto: de la configuración).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [options]</source>
        <translation>Uso: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [opciones]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Print this help, or a command&apos;s help.</source>
        <translation>Mostrar esta ayuda o la ayuda de un comando.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Run &apos;blufio COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>Ejecute &apos;blufio COMMAND --help&apos; para ver las opciones de un comando y un ejemplo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot create the directory of the database %1.</source>
        <translation>no se puede crear el directorio de la base de datos %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run &apos;blufio --help&apos; for usage.</source>
        <translation>Ejecute &apos;blufio --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio: unknown command &apos;%1&apos;.</source>
        <translation>blufio: comando &apos;%1&apos; desconocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>¿Quería decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;blufio --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;blufio --help&apos; para ver la lista de comandos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run &apos;blufio %1 --help&apos; for its options.</source>
        <translation>Ejecute &apos;blufio %1 --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: blufio %1 [options] %2</source>
        <translation>Uso: blufio %1 [opciones] %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>blufio: invalid configuration:</source>
        <translation>blufio: configuración no válida:</translation>
    </message>
</context>
<context>
    <name>blufio::Agent</name>
    <message>
        <location filename="../daemon/agent/Agent.cpp" line="+57"/>
        <source>the database refused the operation: %1</source>
        <translation>la base de datos ha rechazado la operación: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the conversation is about %1 tokens, more than one call may be sent (%2 tokens: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); send fewer or shorter messages</source>
        <translation>la conversación tiene unos %1 tokens, más de los que se pueden enviar en una llamada (%2 tokens: agent.context_tokens, o la ventana de contexto del modelo menos agent.max_tokens); envíe menos mensajes o mensajes más cortos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the message is about %1 tokens, more than one call may be sent (%2 tokens with the system prompt: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); shorten it or split it</source>
        <translation>el mensaje tiene unos %1 tokens, más de los que se pueden enviar en una llamada (%2 tokens con el prompt del sistema: agent.context_tokens, o la ventana de contexto del modelo menos agent.max_tokens); acórtelo o divídalo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no LLM provider is configured: set %1</source>
        <translation>no hay ningún proveedor de LLM configurado: defina %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not available; see `blufio doctor`</source>
        <translation>la base de datos no está disponible; consulte `blufio doctor`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the daemon is at its memory limit and takes no new sessions; try again later</source>
        <translation>el daemon ha alcanzado su límite de memoria y no acepta sesiones nuevas; inténtelo de nuevo más tarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no session with id %1</source>
        <translation>no hay ninguna sesión con id %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n messages are already waiting (agent.max_queue); try again shortly</source>
        <translation>
            <numerusform>ya hay %n mensaje en espera (agent.max_queue); inténtelo de nuevo en breve</numerusform>
            <numerusform>ya hay %n mensajes en espera (agent.max_queue); inténtelo de nuevo en breve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+181"/>
        <source>the LLM provider is gone; set %1</source>
        <translation>el proveedor de LLM ya no está; defina %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the provider returned an empty summary</source>
        <translation>el proveedor devolvió un resumen vacío</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the message is more than one call may be sent (%1 tokens); it is not answered</source>
        <translation>el mensaje supera lo que se puede enviar en una llamada (%1 tokens); no se responde</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the message was cancelled before it was sent to the provider</source>
        <translation>el mensaje se canceló antes de enviarse al proveedor</translation>
    </message>
    <message numerus="yes">
        <location filename="../daemon/agent/AgentTurn.cpp" line="+59"/>
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no reply within %n second(s); it will be stored in session %1 when it arrives</source>
        <translation>
            <numerusform>sin respuesta en %n segundo; se guardará en la sesión %1 cuando llegue</numerusform>
            <numerusform>sin respuesta en %n segundos; se guardará en la sesión %1 cuando llegue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blufio::AnthropicCall</name>
    <message>
        <location filename="../providers/AnthropicCall.cpp" line="+30"/>
        <source>no events in the reply</source>
        <translation>ningún evento en la respuesta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an event that is not a JSON object</source>
        <translation>un evento que no es un objeto JSON</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the reply exceeds %1 characters</source>
        <translation>la respuesta supera los %1 caracteres</translation>
    </message>
</context>
<context>
    <name>blufio::ApiClient</name>
    <message>
        <location filename="../common/net/ApiClient.cpp" line="+49"/>
        <source>cannot read the device key %1: %2</source>
        <translation>no se puede leer la clave de dispositivo %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials for the daemon: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys (the key is looked for at %1).</source>
        <translation>no hay credenciales para el daemon: defina gateway.bearer_token (o BLUFIO_GATEWAY_BEARER_TOKEN) con el token del daemon, o ejecute &apos;blufio keygen&apos; y añada la clave pública mostrada a gateway.device_keys del daemon (la clave se busca en %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway.bearer_token refers to the vault, which only the daemon unlocks; set BLUFIO_GATEWAY_BEARER_TOKEN for the CLI.</source>
        <translation>gateway.bearer_token hace referencia al almacén, que solo el daemon desbloquea; defina BLUFIO_GATEWAY_BEARER_TOKEN para la CLI.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>cannot reach the daemon at %1: %2. Is blufiod running? (&apos;blufio status&apos; tells.)</source>
        <translation>no se puede contactar con el daemon en %1: %2. ¿Se está ejecutando blufiod? (&apos;blufio status&apos; lo indica.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon ended the reply before it was complete</source>
        <translation>el daemon terminó la respuesta antes de completarla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the daemon rejected the credentials (401). Set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys.</source>
        <translation>el daemon ha rechazado las credenciales (401). Defina gateway.bearer_token (o BLUFIO_GATEWAY_BEARER_TOKEN) con el token del daemon, o ejecute &apos;blufio keygen&apos; y añada la clave pública mostrada a gateway.device_keys del daemon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon answered HTTP %1</source>
        <translation>el daemon respondió HTTP %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the daemon&apos;s reply is not a JSON object: %1</source>
        <translation>la respuesta del daemon no es un objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>blufio::Daemon</name>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+78"/>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>listening on %1</source>
        <translation>escuchando en %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>telegram.enabled is true but telegram.bot_token is not set (the token @BotFather gave, or vault:NAME)</source>
        <translation>telegram.enabled es true pero telegram.bot_token no está definido (el token que dio @BotFather, o vault:NAME)</translation>
    </message>
    <message>
        <location filename="../daemon/auth/AuthThrottle.cpp" line="+43"/>
        <source>gateway.trusted_proxies: &apos;%1&apos; is not an IP address or subnet</source>
        <translation>gateway.trusted_proxies: &apos;%1&apos; no es una dirección IP ni una subred</translation>
    </message>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+48"/>
        <source>%1 refers to the vault, but the database cannot be opened</source>
        <translation>%1 hace referencia al almacén, pero no se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
</context>
<context>
    <name>blufio::HttpTurnSink</name>
    <message>
        <location filename="../daemon/gateway/HttpTurnSink.cpp" line="+48"/>
        <source>the client left</source>
        <translation>el cliente se fue</translation>
    </message>
</context>
<context>
    <name>blufio::MetricsListener</name>
    <message>
        <location filename="../daemon/metrics/MetricsListener.cpp" line="+57"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>las métricas están desactivadas (metrics.enabled = false)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no WebSocket endpoint here</source>
        <translation>aquí no hay ningún endpoint WebSocket</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metrics.listen: cannot listen on %1: %2</source>
        <translation>metrics.listen: no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>metrics.tls_cert: no longer configured</source>
        <translation>metrics.tls_cert: ya no está configurado</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiCall</name>
    <message>
        <location filename="../providers/OpenAiCall.cpp" line="+19"/>
        <source>no events in the reply</source>
        <translation>ningún evento en la respuesta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an event that is not a JSON object</source>
        <translation>un evento que no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the reply exceeds %1 characters</source>
        <translation>la respuesta supera los %1 caracteres</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiTurnSink</name>
    <message>
        <location filename="../daemon/gateway/OpenAiTurnSink.cpp" line="+50"/>
        <source>the client left</source>
        <translation>el cliente se fue</translation>
    </message>
</context>
<context>
    <name>blufio::ProbeCall</name>
    <message>
        <location filename="../providers/ProbeCall.cpp" line="+19"/>
        <source>the model list exceeds %1 bytes</source>
        <translation>la lista de modelos supera los %1 bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model list is not a JSON object</source>
        <translation>la lista de modelos no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderCall</name>
    <message>
        <location filename="../providers/ProviderCall.cpp" line="+166"/>
        <source>expected %1 but got %2</source>
        <translation>se esperaba %1 pero se recibió %2</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderError</name>
    <message>
        <location filename="../providers/ProviderError.cpp" line="+78"/>
        <source>No LLM provider is configured: set %1 in the configuration file or the environment.</source>
        <translation>No hay ningún proveedor de LLM configurado: defina %1 en el archivo de configuración o en el entorno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The LLM provider is not usable: %1 (set %2).</source>
        <translation>El proveedor de LLM no se puede usar: %1 (defina %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request to the LLM provider was cancelled.</source>
        <translation>Se ha cancelado la solicitud al proveedor de LLM.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The LLM provider sent nothing for %n second(s).</source>
        <translation>
            <numerusform>El proveedor de LLM no ha enviado nada durante %n segundo.</numerusform>
            <numerusform>El proveedor de LLM no ha enviado nada durante %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The LLM provider did not finish its reply within %n second(s).</source>
        <translation>
            <numerusform>El proveedor de LLM no ha terminado su respuesta en %n segundo.</numerusform>
            <numerusform>El proveedor de LLM no ha terminado su respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the LLM provider: %1</source>
        <translation>No se ha podido contactar con el proveedor de LLM: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the LLM provider closed before the reply was complete.</source>
        <translation>La conexión con el proveedor de LLM se cerró antes de completar la respuesta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent a malformed reply stream: %1</source>
        <translation>El proveedor de LLM ha enviado un flujo de respuesta mal formado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent an unexpected reply: %1</source>
        <translation>El proveedor de LLM ha enviado una respuesta inesperada: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The LLM provider rejected the API key (HTTP %1: %2).</source>
        <translation>El proveedor de LLM ha rechazado la clave de API (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider is rate limiting requests; retry in %1 s (%2).</source>
        <translation>El proveedor de LLM está limitando la tasa de solicitudes; reintente en %1 s (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LLM provider is rate limiting requests (%1).</source>
        <translation>El proveedor de LLM está limitando la tasa de solicitudes (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider failed (HTTP %1: %2).</source>
        <translation>El proveedor de LLM ha fallado (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider refused the request (HTTP %1: %2).</source>
        <translation>El proveedor de LLM ha rechazado la solicitud (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LLM provider answered with HTTP %1.</source>
        <translation>El proveedor de LLM respondió con HTTP %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The LLM provider reported an error during the reply (%1: %2).</source>
        <translation>El proveedor de LLM ha notificado un error durante la respuesta (%1: %2).</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderFactory</name>
    <message>
        <location filename="../providers/ProviderFactory.cpp" line="+35"/>
        <source>not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must start with https:// or http://</source>
        <translation>la URL debe empezar por https:// o http://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must not have a query or fragment</source>
        <translation>la URL no debe tener consulta ni fragmento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>proveedor &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the secret %1 could not be read from the vault</source>
        <translation>no se ha podido leer el secreto %1 del almacén</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the API key contains a line break</source>
        <translation>la clave de API contiene un salto de línea</translation>
    </message>
</context>
<context>
    <name>blufio::SseCall</name>
    <message>
        <location filename="../providers/SseCall.cpp" line="+21"/>
        <source>a line longer than %1 bytes</source>
        <translation>una línea de más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramBotApi</name>
    <message>
        <location filename="../common/telegram/TelegramBotApi.cpp" line="+161"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta supera %1 MiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redirected (HTTP %1); set telegram.api_url to the final address</source>
        <translation>redirigido (HTTP %1); defina telegram.api_url con la dirección final</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the request was lost</source>
        <translation>la solicitud se perdió</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramChannel</name>
    <message numerus="yes">
        <location filename="../daemon/telegram/TelegramChannel.cpp" line="+152"/>
        <source>Telegram refused the bot token (401): set telegram.bot_token to the token @BotFather gave (`blufio doctor` checks it); retrying every %n s</source>
        <translation>
            <numerusform>Telegram rechazó el token del bot (401): defina telegram.bot_token con el token que dio @BotFather (`blufio doctor` lo comprueba); reintentando cada %n s</numerusform>
            <numerusform>Telegram rechazó el token del bot (401): defina telegram.bot_token con el token que dio @BotFather (`blufio doctor` lo comprueba); reintentando cada %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Telegram refuses getUpdates (409): a webhook is set for this bot (remove it with deleteWebhook) or another program polls with the same token; retrying every %n s</source>
        <translation>
            <numerusform>Telegram rechaza getUpdates (409): este bot tiene un webhook configurado (elimínelo con deleteWebhook) u otro programa consulta con el mismo token; reintentando cada %n s</numerusform>
            <numerusform>Telegram rechaza getUpdates (409): este bot tiene un webhook configurado (elimínelo con deleteWebhook) u otro programa consulta con el mismo token; reintentando cada %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Telegram asks to wait %n s (429)</source>
        <translation>
            <numerusform>Telegram pide esperar %n s (429)</numerusform>
            <numerusform>Telegram pide esperar %n s (429)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retrying in %1 ms</source>
        <translation>reintentando en %1 ms</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>I can only read text messages.</source>
        <translation>Lo siento, solo puedo leer mensajes de texto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hello! Send me a message and I will answer. /new starts a new conversation, /status shows how I am.</source>
        <translation>¡Hola! Envíeme un mensaje y le responderé. /new inicia una conversación nueva y /status muestra cómo estoy.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I could not start a new conversation: the database refused.</source>
        <translation>No he podido iniciar una conversación nueva: la base de datos lo ha rechazado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a new conversation.</source>
        <translation>He iniciado una conversación nueva.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your message was interrupted by a restart before I could answer; please send it again.</source>
        <translation>Un reinicio interrumpió su mensaje antes de que pudiera responder; envíelo de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramReplyStream</name>
    <message>
        <location filename="../daemon/telegram/TelegramReplyStream.cpp" line="+54"/>
        <source>(the reply was empty)</source>
        <translation>(la respuesta estaba vacía)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The spending budget is used up, so I cannot answer now. %1</source>
        <translation>El presupuesto de gasto está agotado, así que ahora no puedo responder. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am short of memory and take no new conversations right now; please try again later.</source>
        <translation>Me estoy quedando sin memoria y ahora no acepto conversaciones nuevas; inténtelo de nuevo más tarde, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many messages are waiting; please try again in a moment.</source>
        <translation>Hay demasiados mensajes en espera; inténtelo de nuevo en un momento, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language model is rate-limiting me; please try again shortly.</source>
        <translation>El modelo de lenguaje está limitando mis solicitudes; inténtelo de nuevo en breve, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No language model is configured on this blufio.</source>
        <translation>No hay ningún modelo de lenguaje configurado en este blufio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply was cancelled.</source>
        <translation>La respuesta se ha cancelado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language model took too long to answer.</source>
        <translation>El modelo de lenguaje ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not available, so I cannot take messages right now.</source>
        <translation>La base de datos no está disponible, así que ahora no puedo recibir mensajes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, something went wrong: %1</source>
        <translation>Lo siento, algo ha salido mal: %1</translation>
    </message>
</context>
<context>
    <name>blufio::TlsHttpListener</name>
    <message>
        <location filename="../daemon/metrics/TlsHttpListener.cpp" line="+103"/>
        <source>no handshake within %1 ms</source>
        <translation>ningún handshake en %1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not a TLS ClientHello (plain HTTP to the TLS listener?)</source>
        <translation>no es un ClientHello de TLS (¿HTTP sin cifrar al listener TLS?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no WebSocket endpoint here</source>
        <translation>aquí no hay ningún endpoint WebSocket</translation>
    </message>
</context>
<context>
    <name>blufio::WebSocketChannel</name>
    <message>
        <location filename="../daemon/gateway/WebSocketChannel.cpp" line="+31"/>
        <source>send JSON text frames</source>
        <translation>envíe tramas de texto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no pong within daemon.idle_timeout_secs</source>
        <translation>no hay pong dentro de daemon.idle_timeout_secs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the frame is not a JSON object</source>
        <translation>la trama no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown frame type; send {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;}</source>
        <translation>tipo de trama desconocido; envíe {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a string and &quot;session_id&quot; a string when given</source>
        <translation>&quot;content&quot; debe ser una cadena, y &quot;session_id&quot; también si se indica</translation>
    </message>
</context>
<context>
    <name>blufio::tray::MemoryGraph</name>
    <message>
        <location filename="../tray/MemoryGraph.cpp" line="+22"/>
        <source>Memory history</source>
        <translation>Historial de memoria</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No memory samples yet</source>
        <translation>Todavía no hay muestras de memoria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>heap</source>
        <translation>heap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit</source>
        <translation>límite</translation>
    </message>
</context>
<context>
    <name>blufio::tray::SettingsDialog</name>
    <message>
        <location filename="../tray/SettingsDialog.cpp" line="+16"/>
        <source>blufio tray settings</source>
        <translation>Ajustes de blufio-tray</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: uses /v1/health</source>
        <translation>opcional: usa /v1/health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon &amp;URL:</source>
        <translation>&amp;URL del daemon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;every:</source>
        <translation>Comprobar &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Token bearer:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter an http:// or https:// URL, e.g. http://127.0.0.1:3000.</source>
        <translation>Introduzca una URL http:// o https://, p. ej. http://127.0.0.1:3000.</translation>
    </message>
</context>
<context>
    <name>blufio::tray::StatusWindow</name>
    <message>
        <location filename="../tray/StatusWindow.cpp" line="+25"/>
        <source>blufio status</source>
        <translation>Estado de blufio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Daemon:</source>
        <translation>Daemon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime:</source>
        <translation>Tiempo activo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heap:</source>
        <translation>Heap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS:</source>
        <translation>RSS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked:</source>
        <translation>Última comprobación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory, last hour</source>
        <translation>Memoria, última hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent state changes</source>
        <translation>Cambios de estado recientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>&amp;Copiar estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio is %1</source>
        <translation>blufio está %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above warn</source>
        <translation>por encima del aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (warn %2, limit %3): %4</source>
        <translation>%1 (aviso %2, límite %3): %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>acepta sesiones nuevas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refusing new sessions</source>
        <translation>rechaza sesiones nuevas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>first seen %1</source>
        <translation>visto por primera vez: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>blufio::tray::TrayController</name>
    <message>
        <location filename="../tray/TrayController.cpp" line="+61"/>
        <source>No system tray is available on this desktop, so blufio-tray shows this window instead. Closing it quits blufio-tray.</source>
        <translation>No hay bandeja del sistema disponible en este escritorio, por lo que blufio-tray muestra esta ventana en su lugar. Al cerrarla se cierra blufio-tray.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio: checking…</source>
        <translation>blufio: comprobando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open status &amp;window</source>
        <translation>Abrir &amp;ventana de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>&amp;Copiar estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;metrics in browser</source>
        <translation>Abrir &amp;métricas en el navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio: %1</source>
        <translation>blufio: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up %1</source>
        <translation>activo desde hace %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heap %1 (warn %2, limit %3)</source>
        <translation>heap %1 (aviso %2, límite %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sessions: %n active</source>
        <translation>
            <numerusform>sesiones: %n activa</numerusform>
            <numerusform>sesiones: %n activas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram: up</source>
        <translation>Telegram: operativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram: down</source>
        <translation>Telegram: caído</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>blufio is down</source>
        <translation>blufio está caído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers at %1 (%2).</source>
        <translation>Nada responde en %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is unhealthy</source>
        <translation>blufio tiene fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reports unhealthy (HTTP %2).</source>
        <translation>%1 informa de fallos (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is degraded</source>
        <translation>blufio está degradado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heap %1 (warn %2, limit %3).</source>
        <translation>Heap %1 (aviso %2, límite %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio has recovered</source>
        <translation>blufio se ha recuperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is healthy again.</source>
        <translation>%1 vuelve a estar correcto.</translation>
    </message>
</context>
<context>
    <name>blufiod</name>
    <message>
        <location filename="../daemon/main.cpp" line="+33"/>
        <source>blufio agent daemon</source>
        <translation>daemon de agente blufio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the configuration from FILE.</source>
        <translation>Leer la configuración de FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid configuration:</source>
        <translation>configuración no válida:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../tray/main.cpp" line="+28"/>
        <source>Shows a blufio daemon&apos;s health in the system tray.</source>
        <translation>Muestra el estado de un daemon de blufio en la bandeja del sistema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon URL (default: saved setting, else from the configuration).</source>
        <translation>URL del daemon (por defecto: ajuste guardado o, si no, de la configuración).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between checks (default: saved setting, else 5).</source>
        <translation>Segundos entre comprobaciones (por defecto: ajuste guardado o, si no, 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio.toml to read the default URL and memory limits from.</source>
        <translation>blufio.toml del que leer la URL predeterminada y los límites de memoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language code, e.g. de.</source>
        <translation>Código de idioma, p. ej. de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the status window at start.</source>
        <translation>Abrir la ventana de estado al iniciar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>blufio-tray: the configuration is invalid; using default limits:</source>
        <translation>blufio-tray: la configuración no es válida; se usan los límites predeterminados:</translation>
    </message>
    <message>
        <location filename="../tray/TraySettings.cpp" line="+17"/>
        <source>blufio-tray: --interval takes whole seconds from %1 to %2.</source>
        <translation>blufio-tray: --interval admite segundos enteros de %1 a %2.</translation>
    </message>
</context>
</TS>
