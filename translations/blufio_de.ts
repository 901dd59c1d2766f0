<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuthPolicy</name>
    <message>
        <location filename="../daemon/auth/AuthPolicy.cpp" line="+32"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys: &apos;%1&apos; ist kein öffentlicher Ed25519-Schlüssel in Base64 (mit `blufio keygen` erzeugen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>missing or invalid credentials</source>
        <translation>fehlende oder ungültige Anmeldedaten</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>too many failed authentications from this address; try again in %n second(s)</source>
        <translation>
            <numerusform>zu viele fehlgeschlagene Authentifizierungen von dieser Adresse; in %n Sekunde erneut versuchen</numerusform>
            <numerusform>zu viele fehlgeschlagene Authentifizierungen von dieser Adresse; in %n Sekunden erneut versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>too many signed requests in the last minute; try again in %n second(s)</source>
        <translation>
            <numerusform>zu viele signierte Anfragen in der letzten Minute; in %n Sekunde erneut versuchen</numerusform>
            <numerusform>zu viele signierte Anfragen in der letzten Minute; in %n Sekunden erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this key lacks the scope &quot;%1&quot; this route needs</source>
        <translation>diesem Schlüssel fehlt der Scope „%1“, den diese Route benötigt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no WebSocket endpoint at %1</source>
        <translation>kein WebSocket-Endpunkt unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket upgrades use GET</source>
        <translation>WebSocket-Upgrades verwenden GET</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommand.cpp" line="+12"/>
        <source>Copy the database to PATH while blufiod keeps running (checked, then renamed into place).</source>
        <translation>Datenbank nach PATH kopieren, während blufiod weiterläuft (geprüft, dann an ihren Platz umbenannt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to write the copy.</source>
        <translation>Wohin die Kopie geschrieben wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace PATH when it exists.</source>
        <translation>PATH ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio backup: expected exactly one PATH, e.g. %1</source>
        <translation>blufio backup: genau ein PATH erwartet, z. B. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  size:  %1 (%2 bytes)</source>
        <translation>  Größe:  %1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  pages: %1</source>
        <translation>  Seiten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  time:  %1 s (copy %2 ms, integrity check %3 ms, sync %4 ms)</source>
        <translation>  Zeit:   %1 s (Kopie %2 ms, Integritätsprüfung %3 ms, Sync %4 ms)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../common/storage/BackupService.cpp" line="+133"/>
        <source>The database %1 does not exist; nothing to back up.</source>
        <translation>Die Datenbank %1 existiert nicht; nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a directory; give a file name.</source>
        <translation>%1 ist ein Verzeichnis; bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup target is the database itself.</source>
        <translation>Das Sicherungsziel ist die Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the database %1: %2</source>
        <translation>Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot start the backup: %1</source>
        <translation>Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup to %1 failed: %2 (%3)</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy %1 failed its integrity check: %2</source>
        <translation>Die Kopie %1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was written but its directory could not be flushed: %2</source>
        <translation>Die Sicherung %1 wurde geschrieben, aber ihr Verzeichnis konnte nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../daemon/agent/Budget.cpp" line="+60"/>
        <location line="+36"/>
        <source>daily</source>
        <translation>tägliche</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+34"/>
        <source>monthly</source>
        <translation>monatliche</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the %1 budget of $%2 is spent ($%3 used); it resets at %4</source>
        <translation>das %1 Budget von $%2 ist aufgebraucht ($%3 verbraucht); es wird am %4 zurückgesetzt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 budget of $%2 of key &quot;%3&quot; is spent ($%4 used); it resets at %5</source>
        <translation>das %1 Budget von $%2 des Schlüssels „%3“ ist aufgebraucht ($%4 verbraucht); es wird am %5 zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>ChatCompletionRequest</name>
    <message>
        <location filename="../daemon/gateway/ChatCompletionRequest.cpp" line="+27"/>
        <source>&quot;%1&quot; must be a string or an array of text parts</source>
        <translation>„%1“ muss ein String oder ein Array von Textteilen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has more than %2 parts</source>
        <translation>„%1“ hat mehr als %2 Teile</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&quot;%1.type&quot; must be &quot;text&quot;: only text content is supported</source>
        <translation>„%1.type“ muss „text“ sein: nur Textinhalte werden unterstützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.text&quot; must be a string</source>
        <translation>„%1.text“ muss ein String sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a positive integer</source>
        <translation>„%1“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;model&quot; must be a non-empty string</source>
        <translation>„model“ muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;messages&quot; must be a non-empty array</source>
        <translation>„messages“ muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;messages&quot; has more than %1 messages</source>
        <translation>„messages“ enthält mehr als %1 Nachrichten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1.role&quot; must be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>„%1.role“ muss „system“, „user“ oder „assistant“ sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the last of &quot;messages&quot; must have the role &quot;user&quot;</source>
        <translation>der letzte Eintrag in „messages“ muss die Rolle „user“ haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must not be empty: it is the message to answer</source>
        <translation>„%1“ darf nicht leer sein: Es ist die Nachricht, die beantwortet werden soll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;stream&quot; must be a boolean</source>
        <translation>„stream“ muss ein boolescher Wert sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stream_options&quot; must be an object</source>
        <translation>„stream_options“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;stream_options.include_usage&quot; must be a boolean</source>
        <translation>„stream_options.include_usage“ muss ein boolescher Wert sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;temperature&quot; must be a number from 0 to 2</source>
        <translation>„temperature“ muss eine Zahl von 0 bis 2 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;n&quot; must be 1: blufio gives one choice</source>
        <translation>„n“ muss 1 sein: blufio liefert nur eine Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>„%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../cli/commands/ConfigCommand.cpp" line="+47"/>
        <source>Show, check and locate the configuration; keep secrets in the vault.</source>
        <translation>Konfiguration anzeigen, prüfen und finden; Geheimnisse im Tresor aufbewahren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (value on stdin), list-secrets or delete-secret NAME.</source>
        <translation>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (Wert über stdin), list-secrets oder delete-secret NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>get: print only the value.</source>
        <translation>get: nur den Wert ausgeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>blufio config: missing subcommand.</source>
        <translation>blufio config: Unterbefehl fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blufio config: unknown subcommand &apos;%1&apos;.</source>
        <translation>blufio config: unbekannter Unterbefehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of: %1</source>
        <translation>Möglich sind: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio config get: expected exactly one KEY, e.g. %1</source>
        <translation>blufio config get: genau ein KEY erwartet, z. B. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio config get: unknown key &apos;%1&apos;.</source>
        <translation>blufio config get: unbekannter Schlüssel &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio config set: expected KEY VALUE, e.g. blufio config set daemon.memory_warn_mb 120</source>
        <translation>blufio config set: KEY VALUE erwartet, z. B. blufio config set daemon.memory_warn_mb 120</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio config set: %1 is a secret and its value does not belong on the command line (other users can see it in ps, and it stays in the shell history). Store it in the vault, read from stdin: blufio config set-secret %1, then refer to it: blufio config set %1 vault:%1</source>
        <translation>blufio config set: %1 ist ein Geheimnis, und sein Wert gehört nicht in die Befehlszeile (andere Benutzer sehen ihn in ps, und er bleibt in der Shell-History). Im Tresor speichern, aus stdin gelesen: blufio config set-secret %1, dann darauf verweisen: blufio config set %1 vault:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blufio config set: &quot;%1&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>blufio config set: &quot;%1&quot; ist kein gültiger Geheimnisname (1-128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was not changed.</source>
        <translation>%1 wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 with %2.</source>
        <translation>%1 mit %2 erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %2 in %1.</source>
        <translation>%2 in %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart blufiod for the change to take effect (systemctl restart blufio).</source>
        <translation>blufiod neu starten, damit die Änderung wirksam wird (systemctl restart blufio).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not checked: %1 in the vault (set BLUFIO_VAULT_KEY to check them too).</source>
        <translation>Nicht geprüft: %1 im Tresor (BLUFIO_VAULT_KEY setzen, um auch diese zu prüfen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refers to the vault, but there is no database at %2</source>
        <translation>%1 verweist auf den Tresor, aber unter %2 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refers to the vault, but the database cannot be opened: %2</source>
        <translation>%1 verweist auf den Tresor, aber die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No configuration file found; the built-in defaults and the environment are valid.</source>
        <translation>Keine Konfigurationsdatei gefunden; die eingebauten Standardwerte und die Umgebung sind gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: configuration is valid</source>
        <translation>%1: Konfiguration ist gültig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: built-in defaults)</source>
        <translation>(keine: eingebaute Standardwerte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no vault yet; `blufio config set-secret NAME` creates it.</source>
        <translation>es gibt noch keinen Tresor; `blufio config set-secret NAME` legt ihn an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New vault passphrase: </source>
        <translation>Neue Tresor-Passphrase: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault passphrase: </source>
        <translation>Tresor-Passphrase: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created a new vault; keep its passphrase safe: without it the secrets cannot be read.</source>
        <translation>Neuer Tresor angelegt; die Passphrase sicher aufbewahren: ohne sie können die Geheimnisse nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value of the secret %1 (not shown): </source>
        <translation>Wert des Geheimnisses %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the value is empty; give it on stdin, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</source>
        <translation>der Wert ist leer; über stdin übergeben, z. B. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected exactly one NAME; the value is read from stdin, never from the command line, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</source>
        <translation>%1: genau ein NAME erwartet; der Wert wird aus stdin gelesen, nie aus der Befehlszeile, z. B. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>%1: &quot;%2&quot; ist kein gültiger Geheimnisname (1-128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stored the secret %1 in the vault; refer to it in the configuration as &quot;vault:%1&quot;.</source>
        <translation>Geheimnis %1 im Tresor gespeichert; in der Konfiguration als &quot;vault:%1&quot; darauf verweisen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is empty: there is no database at %1 yet.</source>
        <translation>Der Tresor ist leer: unter %1 gibt es noch keine Datenbank.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault holds no secrets.</source>
        <translation>Der Tresor enthält keine Geheimnisse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: expected exactly one NAME.</source>
        <translation>%1: genau ein NAME erwartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault has no secret named &quot;%1&quot; (there is no database at %2).</source>
        <translation>der Tresor enthält kein Geheimnis namens &quot;%1&quot; (unter %2 gibt es keine Datenbank).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted the secret %1 from the vault.</source>
        <translation>Geheimnis %1 aus dem Tresor gelöscht.</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../common/config/ConfigEditor.cpp" line="+30"/>
        <source>unknown key &apos;%1&apos; (see `blufio config get` and docs/CONFIG.md)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (siehe `blufio config get` und docs/CONFIG.md)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: the file is not valid TOML; fix it first</source>
        <translation>%1:%2:%3: die Datei ist kein gültiges TOML; zuerst korrigieren</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../common/config/ConfigLoader.cpp" line="+150"/>
        <source>configuration file not found</source>
        <translation>Konfigurationsdatei nicht gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read configuration file: %1</source>
        <translation>Konfigurationsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TOML syntax error: %1</source>
        <translation>TOML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; must be a table ([%1])</source>
        <translation>&apos;%1&apos; muss eine Tabelle sein ([%1])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown section &apos;%1&apos;</source>
        <translation>unbekannter Abschnitt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; must be %2; this item is %3</source>
        <translation>„%1“ muss %2 sein; dieses Element ist %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a boolean (use true or false)</source>
        <translation>&apos;%1&apos; ist kein Boolean (true oder false verwenden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; ist keine Ganzzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an integer (give integers separated by commas)</source>
        <translation>„%1“ ist keine ganze Zahl (ganze Zahlen durch Kommas getrennt angeben)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is %2, outside the allowed range %3..%4</source>
        <translation>&apos;%1&apos; ist %2, außerhalb des zulässigen Bereichs %3..%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>&apos;%1&apos; ist &apos;%2&apos;, erwartet wird eines von: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be host:port with a port from 1 to 65535, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss host:port mit einem Port von 1 bis 65535 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be an http or https URL such as https://api.telegram.org, not &apos;%2&apos;</source>
        <translation>„%1“ muss eine http- oder https-URL wie https://api.telegram.org sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; (from %2): %3</source>
        <translation>&apos;%1&apos; (aus %2): %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; (%2) must be below &apos;%3&apos; (%4)</source>
        <translation>&apos;%1&apos; (%2) muss kleiner als &apos;%3&apos; (%4) sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; erfordert, dass &apos;%2&apos; gesetzt ist</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <location filename="../daemon/http/ConnectionGuard.cpp" line="+176"/>
        <source>a WebSocket upgrade cannot be pipelined behind another request</source>
        <translation>ein WebSocket-Upgrade kann nicht per Pipelining hinter einer anderen Anfrage gesendet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no WebSocket endpoint here</source>
        <translation>hier ist kein WebSocket-Endpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many open WebSocket sessions (gateway.max_websockets)</source>
        <translation>zu viele offene WebSocket-Sitzungen (gateway.max_websockets)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the request did not arrive within daemon.idle_timeout_secs</source>
        <translation>die Anfrage ist nicht innerhalb von daemon.idle_timeout_secs eingetroffen</translation>
    </message>
</context>
<context>
    <name>ContextWindowTable</name>
    <message>
        <location filename="../common/cost/ContextWindowTable.cpp" line="+66"/>
        <source>agent.context_windows: &apos;%1&apos; is not MODEL=TOKENS with TOKENS a whole number from 1 to %2</source>
        <translation>agent.context_windows: „%1“ hat nicht die Form MODEL=TOKENS, wobei TOKENS eine ganze Zahl von 1 bis %2 ist</translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+21"/>
        <source>origin %1 is not in gateway.cors_origins</source>
        <translation>Origin %1 ist nicht in gateway.cors_origins enthalten</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <location filename="../common/storage/DataDirLock.cpp" line="+52"/>
        <source>Cannot open the lock file %1: %2</source>
        <translation>Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>einen anderen Prozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory is in use by %1 (lock %2). Is blufiod already running?</source>
        <translation>Das Datenverzeichnis wird von %1 verwendet (Sperre %2). Läuft blufiod bereits?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation>Sperrdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <location filename="../common/crypto/DeviceKey.cpp" line="+59"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is readable by other users; run: chmod 600 %1</source>
        <translation>%1 ist für andere Benutzer lesbar; ausführen: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a blufio device key</source>
        <translation>%1 ist kein blufio-Geräteschlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already exists; use --force to replace it (clients using its public key stop working)</source>
        <translation>%1 existiert bereits; mit --force ersetzen (Clients, die den öffentlichen Schlüssel verwenden, funktionieren dann nicht mehr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DoctorChecks</name>
    <message>
        <location filename="../cli/doctor/DoctorChecks.cpp" line="+60"/>
        <source>Fix the file at the position shown; `blufio config validate` lists every error.</source>
        <translation>Die Datei an der angezeigten Position korrigieren; `blufio config validate` listet alle Fehler auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no configuration file found, using the defaults</source>
        <translation>keine Konfigurationsdatei gefunden, Standardwerte werden verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is valid</source>
        <translation>%1 ist gültig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data directory %1 does not exist</source>
        <translation>Datenverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it for the daemon&apos;s user: mkdir -p %1</source>
        <translation>Für den Benutzer des Daemons anlegen: mkdir -p %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data directory %1 is not a directory</source>
        <translation>Datenverzeichnis %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point daemon.data_dir at a directory.</source>
        <translation>daemon.data_dir auf ein Verzeichnis setzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data directory %1 is not writable: %2</source>
        <translation>Datenverzeichnis %1 ist nicht beschreibbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the daemon&apos;s user write access to %1.</source>
        <translation>Dem Benutzer des Daemons Schreibzugriff auf %1 geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists and is writable</source>
        <translation>%1 existiert und ist beschreibbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: neither blufiod nor blufio can open a database</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert: weder blufiod noch blufio können eine Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it: apt-get install libqt6sql6-sqlite</source>
        <translation>Installieren Sie ihn: apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist yet; the daemon will create it</source>
        <translation>%1 existiert noch nicht; der Daemon legt es an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do unless you expected existing data there (check storage.database).</source>
        <translation>Nichts zu tun, außer es wurden dort vorhandene Daten erwartet (storage.database prüfen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade blufio to the version that wrote this database.</source>
        <translation>blufio auf die Version aktualisieren, die diese Datenbank geschrieben hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point storage.database at blufio&apos;s database; this file belongs to something else.</source>
        <translation>storage.database auf die Datenbank von blufio setzen; diese Datei gehört zu etwas anderem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+304"/>
        <source>Restore the latest backup: blufio restore BACKUP --force</source>
        <translation>Die neueste Sicherung wiederherstellen: blufio restore BACKUP --force</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Check the file&apos;s permissions and the disk, then run blufio doctor again.</source>
        <translation>Berechtigungen der Datei und die Festplatte prüfen, dann blufio doctor erneut ausführen.</translation>
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
        <translation>%1 lässt sich öffnen, Schemaversion %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key is in the vault and BLUFIO_VAULT_KEY is not set</source>
        <translation>der Schlüssel liegt im Tresor und BLUFIO_VAULT_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the key.</source>
        <translation>BLUFIO_VAULT_KEY setzen, damit doctor den Schlüssel prüfen kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 in the configuration or the environment.</source>
        <translation>%1 in der Konfiguration oder der Umgebung setzen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+74"/>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Check the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Netzwerkpfad zu %1 prüfen (Proxy, Firewall, DNS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reachable at %2, key accepted</source>
        <translation>%1 unter %2 erreichbar, Schlüssel akzeptiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 key rejected by %2</source>
        <translation>%1-Schlüssel von %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid key in %1 (or `blufio config set-secret`).</source>
        <translation>Einen gültigen Schlüssel in %1 eintragen (oder `blufio config set-secret`).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check providers.%1.base_url and the network path (proxy, firewall, DNS).</source>
        <translation>providers.%1.base_url und den Netzwerkpfad prüfen (Proxy, Firewall, DNS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered but is busy: %2</source>
        <translation>%1 hat geantwortet, ist aber ausgelastet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Usually temporary; run blufio doctor again later.</source>
        <translation>Meist vorübergehend; blufio doctor später erneut ausführen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Check providers.%1.base_url points at the %1 API.</source>
        <translation>Prüfen, ob providers.%1.base_url auf die %1-API zeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway disabled</source>
        <translation>Gateway deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gateway enabled without a bearer token or device keys</source>
        <translation>Gateway aktiviert ohne Bearer-Token oder Geräteschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set gateway.bearer_token or add a key from `blufio keygen` to gateway.device_keys.</source>
        <translation>gateway.bearer_token setzen oder einen Schlüssel aus `blufio keygen` zu gateway.device_keys hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bearer token and %n device key(s) configured</source>
        <translation>
            <numerusform>Bearer-Token und %n Geräteschlüssel konfiguriert</numerusform>
            <numerusform>Bearer-Token und %n Geräteschlüssel konfiguriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bearer token configured</source>
        <translation>Bearer-Token konfiguriert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device key(s) configured</source>
        <translation>
            <numerusform>%n Geräteschlüssel konfiguriert</numerusform>
            <numerusform>%n Geräteschlüssel konfiguriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telegram channel disabled</source>
        <translation>Telegram-Kanal deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram.bot_token: %1</source>
        <translation>telegram.bot_token: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the token.</source>
        <translation>Setzen Sie BLUFIO_VAULT_KEY, damit doctor das Token prüfen kann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check telegram.api_url and the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Prüfen Sie telegram.api_url und den Netzwerkweg zu %1 (Proxy, Firewall, DNS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the token @BotFather gave the bot (/token there shows it again) in the vault with `blufio config set-secret NAME` and set telegram.bot_token = &quot;vault:NAME&quot;.</source>
        <translation>Legen Sie das Token, das @BotFather dem Bot gegeben hat (/token zeigt es dort erneut), mit `blufio config set-secret NAME` im Tresor ab und setzen Sie telegram.bot_token = &quot;vault:NAME&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that telegram.api_url points at the Bot API (%1).</source>
        <translation>Prüfen Sie, ob telegram.api_url auf die Bot API zeigt (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bot %1 has a webhook (%2), so Telegram refuses the daemon&apos;s long polling (409)</source>
        <translation>Bot %1 hat einen Webhook (%2), daher verweigert Telegram das Long Polling des Daemons (409)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the webhook: curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (with the bot&apos;s token in place of &lt;bot_token&gt;).</source>
        <translation>Löschen Sie den Webhook: curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (mit dem Token des Bots anstelle von &lt;bot_token&gt;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no webhook</source>
        <translation>kein Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook not checked</source>
        <translation>Webhook nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bot %1 (id %2) answers at %3, %4</source>
        <translation>Bot %1 (ID %2) antwortet unter %3, %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is free</source>
        <translation>%1 ist frei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is held by blufiod (pid %2)</source>
        <translation>%1 wird von blufiod belegt (PID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by blufiod</source>
        <translation>%1 wird von blufiod belegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by %2, not by blufiod</source>
        <translation>%1 wird von %2 belegt, nicht von blufiod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop that program or choose another daemon.health_port.</source>
        <translation>Dieses Programm beenden oder einen anderen daemon.health_port wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not under systemd</source>
        <translation>nicht unter systemd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl did not answer</source>
        <translation>systemctl hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check systemd: systemctl status blufio</source>
        <translation>systemd prüfen: systemctl status blufio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>blufio.service is %1</source>
        <translation>blufio.service ist %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it: systemctl enable --now blufio</source>
        <translation>Starten: systemctl enable --now blufio</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>no database yet</source>
        <translation>noch keine Datenbank</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>integrity_check passed</source>
        <translation>integrity_check bestanden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something other than blufio changed the schema: find out what, then restore the latest good backup (blufio restore BACKUP --force) or drop the object with sqlite3.</source>
        <translation>Etwas anderes als blufio hat das Schema geändert: herausfinden, was, dann die neueste intakte Sicherung wiederherstellen (blufio restore BACKUP --force) oder das Objekt mit sqlite3 entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema objects are exactly those of the migrations</source>
        <translation>Schemaobjekte entsprechen genau denen der Migrationen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read free space of %1: %2</source>
        <translation>freier Speicherplatz von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure daemon.data_dir exists.</source>
        <translation>Sicherstellen, dass daemon.data_dir existiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 free on %2, need %3 (database %4)</source>
        <translation>%1 frei auf %2, benötigt %3 (Datenbank %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space or move daemon.data_dir to a larger file system.</source>
        <translation>Speicherplatz freigeben oder daemon.data_dir auf ein größeres Dateisystem verschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>no vault</source>
        <translation>kein Tresor</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>Fix the database first (see the database check).</source>
        <translation>Zuerst die Datenbank reparieren (siehe Datenbankprüfung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vault exists but BLUFIO_VAULT_KEY is not set</source>
        <translation>ein Tresor existiert, aber BLUFIO_VAULT_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY to let doctor (and the daemon) unlock it.</source>
        <translation>BLUFIO_VAULT_KEY setzen, damit doctor (und der Daemon) ihn entsperren können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY.</source>
        <translation>BLUFIO_VAULT_KEY setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY to the vault&apos;s passphrase.</source>
        <translation>BLUFIO_VAULT_KEY auf die Passphrase des Tresors setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault unlocks</source>
        <translation>Tresor lässt sich entsperren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>daemon not running at %1</source>
        <translation>Daemon läuft nicht unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (systemctl start blufio, or blufio serve) to check its memory.</source>
        <translation>Starten (systemctl start blufio oder blufio serve), um seinen Speicher zu prüfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daemon heap %1, RSS %2 (warn %3, limit %4)</source>
        <translation>Daemon-Heap %1, RSS %2 (Warnung %3, Limit %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the daemon and raise daemon.memory_limit_mb if this recurs.</source>
        <translation>Daemon neu starten und daemon.memory_limit_mb erhöhen, falls dies erneut auftritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch it; raise daemon.memory_warn_mb if this is its normal size.</source>
        <translation>Beobachten; daemon.memory_warn_mb erhöhen, falls dies seine normale Größe ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no Date header from the provider to compare with</source>
        <translation>kein Date-Header vom Anbieter zum Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the provider check first; or check NTP: timedatectl</source>
        <translation>Zuerst die Anbieterprüfung beheben; oder NTP prüfen: timedatectl</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clock differs from the provider&apos;s by %n s</source>
        <translation>
            <numerusform>Uhr weicht um %n s von der des Anbieters ab</numerusform>
            <numerusform>Uhr weicht um %n s von der des Anbieters ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable time synchronisation: timedatectl set-ntp true</source>
        <translation>Zeitsynchronisation aktivieren: timedatectl set-ntp true</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../cli/commands/DoctorCommand.cpp" line="+26"/>
        <source>Check the configuration, data, provider and daemon, and say what to fix.</source>
        <translation>Konfiguration, Daten, Anbieter und Daemon prüfen und sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also check database integrity and schema, disk space, the vault, memory and the clock.</source>
        <translation>Zusätzlich Datenbankintegrität und -schema, Speicherplatz, Tresor, Speicher und Uhr prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the checks as JSON.</source>
        <translation>Prüfungen als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count warnings as failures (exit 1).</source>
        <translation>Warnungen als Fehler werten (Exit-Code 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space the disk check requires (default: 2 x database + 100 MiB).</source>
        <translation>Freier Speicherplatz, den die Plattenprüfung verlangt (Standard: 2 x Datenbank + 100 MiB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio doctor: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio doctor: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio doctor: --min-free-bytes must be a positive number of bytes.</source>
        <translation>blufio doctor: --min-free-bytes muss eine positive Anzahl Bytes sein.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Problems found.</source>
        <translation>Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>GatewayRoutes</name>
    <message>
        <location filename="../daemon/gateway/GatewayRoutes.cpp" line="+118"/>
        <source>/ws speaks WebSocket only</source>
        <translation>/ws spricht nur WebSocket</translation>
    </message>
</context>
<context>
    <name>HealthSnapshot</name>
    <message>
        <location filename="../common/net/HealthSnapshot.cpp" line="+55"/>
        <location line="+51"/>
        <source>%1 is missing or not a %2</source>
        <translation>%1 fehlt oder ist kein %2</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>status is not healthy, degraded or unhealthy</source>
        <translation>status ist weder healthy, degraded noch unhealthy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a blufio health report: %1</source>
        <translation>kein blufio-Gesundheitsbericht: %1</translation>
    </message>
</context>
<context>
    <name>HealthcheckCommand</name>
    <message>
        <location filename="../cli/commands/HealthcheckCommand.cpp" line="+11"/>
        <source>Exit 0 if the daemon&apos;s /health answers 200 in time, 1 otherwise.</source>
        <translation>Beendet sich mit 0, wenn /health des Daemons rechtzeitig mit 200 antwortet, sonst mit 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait (default 5).</source>
        <translation>Wartezeit in Sekunden (Standard 5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blufio healthcheck: --timeout must be a positive number of seconds.</source>
        <translation>blufio healthcheck: --timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unhealthy: %1 unreachable (%2)</source>
        <translation>gestört: %1 nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy: %1/health answered %2</source>
        <translation>gestört: %1/health antwortete mit %2</translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <location filename="../daemon/http/HttpListener.cpp" line="+64"/>
        <source>too many open connections (daemon.max_connections)</source>
        <translation>zu viele offene Verbindungen (daemon.max_connections)</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <location filename="../daemon/http/HttpServer.cpp" line="+104"/>
        <source>no such path: %1</source>
        <translation>Pfad nicht vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+7"/>
        <location filename="../daemon/http/HttpServer.cpp" line="+8"/>
        <source>%1 is not allowed on %2</source>
        <translation>%1 ist für %2 nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <location filename="../daemon/gateway/JsonBody.cpp" line="+73"/>
        <source>the body is not valid JSON: unpaired UTF-16 surrogate escape at offset %1</source>
        <translation>der Body ist kein gültiges JSON: ungepaarte UTF-16-Surrogat-Escape-Sequenz an Offset %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>der Body ist kein gültiges JSON: %1 an Offset %2</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <location filename="../cli/commands/KeygenCommand.cpp" line="+11"/>
        <source>Create a device key (Ed25519) and print its public half for gateway.device_keys.</source>
        <translation>Geräteschlüssel (Ed25519) erstellen und seinen öffentlichen Teil für gateway.device_keys ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace an existing key.</source>
        <translation>Vorhandenen Schlüssel ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the key to FILE instead of data_dir/device.key.</source>
        <translation>Schlüssel nach FILE statt nach data_dir/device.key schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio keygen: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio keygen: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote the device key to %1 (mode 0600). Add its public key to gateway.device_keys:</source>
        <translation>Geräteschlüssel nach %1 geschrieben (Modus 0600). Den öffentlichen Schlüssel zu gateway.device_keys hinzufügen:</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <location filename="../cli/commands/KeysCommand.cpp" line="+44"/>
        <source>Add, list or revoke API keys with scopes and budgets.</source>
        <translation>API-Schlüssel mit Scopes und Budgets hinzufügen, auflisten oder widerrufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: what the key may do: read, chat or admin (default chat; repeatable).</source>
        <translation>add: was der Schlüssel darf: read, chat oder admin (Standard chat; wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC day.</source>
        <translation>add: USD, die der Schlüssel pro UTC-Tag ausgeben darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC month.</source>
        <translation>add: USD, die der Schlüssel pro UTC-Monat ausgeben darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day (UTC) the key works.</source>
        <translation>add: der letzte Tag (UTC), an dem der Schlüssel gilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: name a device&apos;s public key (blufio keygen) instead of making a token.</source>
        <translation>add: den öffentlichen Schlüssel eines Geräts (blufio keygen) benennen, statt ein Token zu erzeugen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</source>
        <translation>Aufruf: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>       blufio keys list [--json]</source>
        <translation>        blufio keys list [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       blufio keys revoke NAME</source>
        <translation>        blufio keys revoke NAME</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a key name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Schlüsselname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown scope &apos;%1&apos; (use read, chat or admin).</source>
        <translation>unbekannter Scope „%1“ (verwenden Sie read, chat oder admin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 &apos;%2&apos; is not a positive amount of USD (at most six decimals, e.g. 1 or 0.25).</source>
        <translation>--%1 „%2“ ist kein positiver USD-Betrag (höchstens sechs Nachkommastellen, z. B. 1 oder 0.25).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--expires „%1“ ist kein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--expires %1 is in the past (today is %2, UTC).</source>
        <translation>--expires %1 liegt in der Vergangenheit (heute ist %2, UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--device &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`).</source>
        <translation>--device „%1“ ist kein öffentlicher Ed25519-Schlüssel in Base64 (erzeugen Sie einen mit `blufio keygen`).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added key %1 (scopes: %2).</source>
        <translation>Schlüssel %1 hinzugefügt (Scopes: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device signs its requests with its own key; nothing to copy.</source>
        <translation>Das Gerät signiert seine Anfragen mit seinem eigenen Schlüssel; nichts zu kopieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token below is shown once; blufio keeps only its hash. Send it as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Das folgende Token wird nur einmal angezeigt; blufio speichert nur seinen Hash. Senden Sie es als „Authorization: Bearer TOKEN“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No keys yet; `blufio keys add NAME` makes one.</source>
        <translation>Noch keine Schlüssel; `blufio keys add NAME` legt einen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAILY</source>
        <translation>TÄGLICH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Revoked key %1; the daemon refuses it from its next request on.</source>
        <translation>Schlüssel %1 widerrufen; der Daemon lehnt ihn ab der nächsten Anfrage ab.</translation>
    </message>
</context>
<context>
    <name>MessagesController</name>
    <message>
        <location filename="../daemon/gateway/MessagesController.cpp" line="+22"/>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;session_id&quot; must be a string</source>
        <translation>&quot;session_id&quot; muss ein String sein</translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <location filename="../daemon/gateway/MetricsController.cpp" line="+16"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>Metriken sind deaktiviert (metrics.enabled = false)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../common/storage/Migrations.cpp" line="+55"/>
        <source>Migration %1 of %2 failed: %3</source>
        <translation>Migration %1 von %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../daemon/gateway/ModelsController.cpp" line="+27"/>
        <source>the model %1 does not exist; GET /v1/models lists those there are</source>
        <translation>das Modell %1 existiert nicht; GET /v1/models listet die vorhandenen auf</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <location filename="../common/vault/PassphraseReader.cpp" line="+63"/>
        <source>BLUFIO_VAULT_KEY is set but empty.</source>
        <translation>BLUFIO_VAULT_KEY ist gesetzt, aber leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vault passphrase: set BLUFIO_VAULT_KEY or run this on a terminal.</source>
        <translation>Keine Tresor-Passphrase: BLUFIO_VAULT_KEY setzen oder dies in einem Terminal ausführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase is too long (1024 bytes at most).</source>
        <translation>Die Passphrase ist zu lang (höchstens 1024 Bytes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passphrase was entered.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <location filename="../common/cost/PriceTable.cpp" line="+145"/>
        <source>agent.prices: &apos;%1&apos; is not MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] in USD per million tokens</source>
        <translation>agent.prices: &apos;%1&apos; hat nicht die Form MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] in USD pro Million Tokens</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <location filename="../daemon/http/RequestFramer.cpp" line="+228"/>
        <source>request headers exceed daemon.max_header_bytes</source>
        <translation>Anfrage-Header überschreiten daemon.max_header_bytes</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <location line="+6"/>
        <source>malformed chunk size</source>
        <translation>fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+108"/>
        <source>request body exceeds daemon.max_body_bytes</source>
        <translation>Anfrage-Body überschreitet daemon.max_body_bytes</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+145"/>
        <location line="+6"/>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>bare CR between requests</source>
        <translation>alleinstehendes CR zwischen Anfragen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR in the request head</source>
        <translation>alleinstehendes CR im Anfragekopf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in the request head (lines end with CRLF)</source>
        <translation>alleinstehendes LF im Anfragekopf (Zeilen enden mit CRLF)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>bare CR in chunked framing</source>
        <translation>alleinstehendes CR in der Chunked-Kodierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in chunked framing (lines end with CRLF)</source>
        <translation>alleinstehendes LF in der Chunked-Kodierung (Zeilen enden mit CRLF)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>trailer fields are not accepted</source>
        <translation>Trailer-Felder werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chunk data not followed by CRLF</source>
        <translation>auf die Chunk-Daten folgt kein CRLF</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>chunk extensions are not accepted</source>
        <translation>Chunk-Erweiterungen werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unsupported request method</source>
        <translation>nicht unterstützte Anfragemethode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported HTTP version</source>
        <translation>nicht unterstützte HTTP-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request target</source>
        <translation>fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>folded header lines are not accepted</source>
        <translation>gefaltete Header-Zeilen werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed header name</source>
        <translation>fehlerhafter Header-Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>control character in a header value</source>
        <translation>Steuerzeichen in einem Header-Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a header field is longer than %1 bytes</source>
        <translation>ein Header-Feld ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported Transfer-Encoding</source>
        <translation>nicht unterstütztes Transfer-Encoding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or repeated Host</source>
        <translation>ungültiger oder wiederholter Host-Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Authorization header</source>
        <translation>mehr als ein Authorization-Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Upgrade header</source>
        <translation>mehr als ein Upgrade-Header</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>both Content-Length and Transfer-Encoding given</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an upgrade request has no body</source>
        <translation>eine Upgrade-Anfrage darf keinen Body haben</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../cli/commands/RestoreCommand.cpp" line="+12"/>
        <source>Replace the database with a checked backup; the current one is kept as &lt;db&gt;.pre-restore.</source>
        <translation>Datenbank durch eine geprüfte Sicherung ersetzen; die aktuelle wird als &lt;db&gt;.pre-restore aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore even while blufiod is running (restart it right after).</source>
        <translation>Auch wiederherstellen, während blufiod läuft (direkt danach neu starten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio restore: expected exactly one PATH, e.g. %1</source>
        <translation>blufio restore: genau ein PATH erwartet, z. B. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 into %2 (schema version %3, %4).</source>
        <translation>%1 in %2 wiederhergestellt (Schemaversion %3, %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There was no database before; nothing was kept.</source>
        <translation>Vorher gab es keine Datenbank; nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database is kept as %1.</source>
        <translation>Die vorherige Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <location filename="../common/storage/RestoreService.cpp" line="+93"/>
        <location line="+117"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>%1 is empty; it is not a database.</source>
        <translation>%1 ist leer; es ist keine Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an SQLite database (its header is wrong).</source>
        <translation>%1 ist keine SQLite-Datenbank (falscher Header).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is truncated: it ends inside the header.</source>
        <translation>%1 ist abgeschnitten: die Datei endet innerhalb des Headers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its page size is invalid.</source>
        <translation>%1 ist beschädigt: die Seitengröße ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: it has %2 bytes where the database needs %3.</source>
        <translation>%1 ist abgeschnitten: die Datei hat %2 Bytes, die Datenbank benötigt %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is an SQLite database but not a blufio database.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine blufio-Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has schema version %2, newer than the %3 this blufio knows; restore it with a newer blufio.</source>
        <translation>%1 hat Schemaversion %2, neuer als die diesem blufio bekannte Version %3; mit einem neueren blufio wiederherstellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lacks blufio&apos;s table &quot;%2&quot;; it is not a usable blufio database.</source>
        <translation>%1 fehlt die blufio-Tabelle &quot;%2&quot;; es ist keine verwendbare blufio-Datenbank.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable blufio database: %2</source>
        <translation>%1 ist keine verwendbare blufio-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot migrate the copy of %1: %2</source>
        <translation>Die Kopie von %1 kann nicht migriert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is the live database itself.</source>
        <translation>%1 ist die aktive Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the directory %1.</source>
        <translation>Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The copy of %1 reached schema version %2 instead of %3.</source>
        <translation>Die Kopie von %1 hat Schemaversion %2 statt %3 erreicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufiod (pid %1) is using %2. Stop it first, or use --force and restart it right after the restore.</source>
        <translation>blufiod (PID %1) verwendet %2. Zuerst beenden oder --force verwenden und direkt nach der Wiederherstellung neu starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufiod (pid %1) was running while the database was replaced: restart it now so it opens the restored database.</source>
        <translation>blufiod (PID %1) lief, während die Datenbank ersetzt wurde: jetzt neu starten, damit die wiederhergestellte Datenbank geöffnet wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot keep the current database as %1: %2</source>
        <translation>Aktuelle Datenbank kann nicht als %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Cannot copy %1 next to the database: %2</source>
        <translation>%1 kann nicht neben die Datenbank kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot move the restored database into place: %1</source>
        <translation>Wiederhergestellte Datenbank kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored but its directory could not be flushed: %1</source>
        <translation>Die Datenbank wurde wiederhergestellt, aber ihr Verzeichnis konnte nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../common/storage/SchemaCheck.cpp" line="+70"/>
        <location line="+20"/>
        <source>its schema cannot be read: %1</source>
        <translation>ihr Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema version %1 is not one blufio&apos;s migrations create</source>
        <translation>Schemaversion %1 wird von den Migrationen von blufio nicht erzeugt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is an SQLite database but not a blufio database</source>
        <translation>sie ist eine SQLite-Datenbank, aber keine blufio-Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version %1 is newer than the %2 this blufio knows</source>
        <translation>ihre Schemaversion %1 ist neuer als die diesem blufio bekannte Version %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>its %1 differs from what blufio&apos;s migrations create for schema version %2</source>
        <translation>ihr Schemaobjekt %1 weicht von dem ab, was die Migrationen von blufio für Schemaversion %2 erzeugen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has the %1, which blufio&apos;s migrations do not create (schema version %2)</source>
        <translation>sie enthält das Schemaobjekt %1, das die Migrationen von blufio nicht erzeugen (Schemaversion %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it lacks the %1 that blufio&apos;s migrations create (schema version %2)</source>
        <translation>ihr fehlt das Schemaobjekt %1, das die Migrationen von blufio erzeugen (Schemaversion %2)</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+55"/>
        <source>%1: &quot;%2&quot; does not name a vault secret (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>%1: „%2“ benennt kein Tresor-Geheimnis (1–128 Buchstaben, Ziffern, „.“, „_“, „-“)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../cli/commands/ServeCommand.cpp" line="+13"/>
        <source>Run the daemon (blufiod) in the foreground.</source>
        <translation>Daemon (blufiod) im Vordergrund ausführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio serve: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio serve: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>blufio serve: cannot start %1: %2</source>
        <translation>blufio serve: %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <location filename="../daemon/gateway/SessionsController.cpp" line="+44"/>
        <source>&quot;limit&quot; must be a whole number from 1 to %1</source>
        <translation>&quot;limit&quot; muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;cursor&quot; is not a cursor this server gave out</source>
        <translation>&quot;cursor&quot; ist kein Cursor, den dieser Server ausgegeben hat</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;before&quot; must be a message id</source>
        <translation>&quot;before&quot; muss eine Nachrichten-ID sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>session %1 has a reply in progress; delete it when it is done</source>
        <translation>Sitzung %1 hat eine laufende Antwort; nach deren Abschluss löschen</translation>
    </message>
</context>
<context>
    <name>ShellCommand</name>
    <message>
        <location filename="../cli/commands/ShellCommand.cpp" line="+24"/>
        <source>Talk to the running daemon: each line is a message, the reply streams back.</source>
        <translation>Mit dem laufenden Daemon sprechen: jede Zeile ist eine Nachricht, die Antwort wird gestreamt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the model&apos;s replies as they are, terminal control sequences included (by default escape sequences and control characters other than newline and tab are removed).</source>
        <translation>Die Antworten des Modells unverändert ausgeben, Terminal-Steuersequenzen eingeschlossen (standardmäßig werden Escape-Sequenzen und Steuerzeichen außer Zeilenumbruch und Tabulator entfernt).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>blufio shell: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio shell: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1. Type a message, or /help.</source>
        <translation>Verbunden mit %1. Nachricht eingeben oder /help.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The next message starts a new session.</source>
        <translation>Die nächste Nachricht beginnt eine neue Sitzung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio shell: no more sessions; /sessions starts again from the newest.</source>
        <translation>blufio shell: keine weiteren Sitzungen; /sessions beginnt wieder bei der neuesten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio shell: /sessions takes no argument but &apos;more&apos;.</source>
        <translation>blufio shell: /sessions nimmt kein Argument außer &apos;more&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio shell: /use needs a session id (see /sessions).</source>
        <translation>blufio shell: /use benötigt eine Sitzungs-ID (siehe /sessions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio shell: unknown command &apos;%1&apos;; /help lists them.</source>
        <translation>blufio shell: unbekannter Befehl &apos;%1&apos;; /help listet sie auf.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
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
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older sessions: /sessions more</source>
        <translation>Ältere Sitzungen: /sessions more</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Using session %1 (%n message(s)).</source>
        <translation>
            <numerusform>Sitzung %1 wird verwendet (%n Nachricht).</numerusform>
            <numerusform>Sitzung %1 wird verwendet (%n Nachrichten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>blufio shell: no session &apos;%1&apos;; /sessions lists them.</source>
        <translation>blufio shell: keine Sitzung &apos;%1&apos;; /sessions listet sie auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a message and press Enter; the reply streams back in the current session.</source>
        <translation>Nachricht eingeben und Enter drücken; die Antwort wird in der aktuellen Sitzung gestreamt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a new session with the next message</source>
        <translation>mit der nächsten Nachricht eine neue Sitzung beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list sessions (id, message count, last update)</source>
        <translation>Sitzungen auflisten (ID, Anzahl Nachrichten, letzte Änderung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next, older page of sessions</source>
        <translation>die nächste, ältere Seite der Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue session ID</source>
        <translation>Sitzung ID fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this help</source>
        <translation>diese Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave (so does end of input)</source>
        <translation>beenden (ebenso Ende der Eingabe)</translation>
    </message>
</context>
<context>
    <name>SqliteStorage</name>
    <message>
        <location filename="../common/storage/SqliteStorage.cpp" line="+32"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../daemon/gateway/SessionsController.cpp" line="-37"/>
        <source>Session %1 does not exist.</source>
        <translation>Sitzung %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>The database %1 is not open.</source>
        <translation>Die Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the directory %1.</source>
        <translation>Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Datenbank %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine verwendbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database but not a blufio database; refusing to use it.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine blufio-Datenbank; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 has schema version %2, but this blufio only knows versions up to %3. Upgrade blufio or restore an older backup.</source>
        <translation>Die Datenbank %1 hat Schemaversion %2, dieses blufio kennt nur Versionen bis %3. blufio aktualisieren oder eine ältere Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot switch the database %1 to WAL mode (it reports %2).</source>
        <translation>Datenbank %1 kann nicht in den WAL-Modus geschaltet werden (Meldung: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Der SQLite-Treiber stellt sein Handle nicht bereit.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>Die Datenbank %1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Telegram update %1 was received before.</source>
        <translation>Telegram-Update %1 wurde bereits empfangen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Queue item %1 does not exist or is already answered.</source>
        <translation>Warteschlangeneintrag %1 existiert nicht oder ist bereits beantwortet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Queue item %1 does not exist.</source>
        <translation>Warteschlangeneintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue item %1 is already answered.</source>
        <translation>Warteschlangeneintrag %1 ist bereits beantwortet.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>A key named %1 already exists.</source>
        <translation>Ein Schlüssel namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That device key already has a name.</source>
        <translation>Dieser Geräteschlüssel hat bereits einen Namen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no key named %1.</source>
        <translation>Es gibt keinen Schlüssel namens %1.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../common/config/StartupChecks.cpp" line="+33"/>
        <source>daemon.bind: &apos;%1&apos; is not an IP address</source>
        <translation>daemon.bind: &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the gateway is enabled but has no way to authenticate clients: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN, or &quot;vault:NAME&quot;), add a key from `blufio keygen` to gateway.device_keys, or set gateway.enabled = false</source>
        <translation>das Gateway ist aktiviert, kann Clients aber nicht authentifizieren: gateway.bearer_token setzen (oder BLUFIO_GATEWAY_BEARER_TOKEN oder &quot;vault:NAME&quot;), einen Schlüssel aus `blufio keygen` zu gateway.device_keys hinzufügen oder gateway.enabled = false setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys: &apos;%1&apos; ist kein öffentlicher Ed25519-Schlüssel in Base64 (mit `blufio keygen` erzeugen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gateway.bearer_token: %1 characters is too short to withstand guessing; use at least %2 (e.g. openssl rand -base64 32)</source>
        <translation>gateway.bearer_token: %1 Zeichen sind zu kurz, um Rateversuchen standzuhalten; mindestens %2 verwenden (z. B. openssl rand -base64 32)</translation>
    </message>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+19"/>
        <source>Vault passphrase: </source>
        <translation>Tresor-Passphrase: </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 refers to the vault: %2</source>
        <translation>%1 verweist auf den Tresor: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: the vault has no secret named &apos;%2&apos; (add it with `blufio config set-secret %2`)</source>
        <translation>%1: der Tresor enthält kein Geheimnis namens &apos;%2&apos; (mit `blufio config set-secret %2` hinzufügen)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../cli/commands/StatusCommand.cpp" line="+14"/>
        <source>Show the daemon&apos;s state, memory and sessions.</source>
        <translation>Zustand, Speicher und Sitzungen des Daemons anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &apos;key: value&apos; lines without colour.</source>
        <translation>Zeilen im Format &apos;key: value&apos; ohne Farbe ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the daemon (default 3).</source>
        <translation>Wartezeit auf den Daemon in Sekunden (Standard 3).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>blufio status: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio status: unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio is not running: nothing answers at %1 (%2).</source>
        <translation>blufio läuft nicht: unter %1 antwortet nichts (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blufio</source>
        <translation>blufio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1, up %2</source>
        <translation>Version %1, Laufzeit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heap %1</source>
        <translation>Heap %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn %1, limit %2</source>
        <translation>Warnung %1, Limit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>nimmt neue Sitzungen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusing new sessions</source>
        <translation>lehnt neue Sitzungen ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 of $%2</source>
        <translation>$%1 von $%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1 (no budget)</source>
        <translation>$%1 (kein Budget)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1, this month %2</source>
        <translation>heute %1, diesen Monat %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1, provider %2</source>
        <translation>Datenbank %1, Anbieter %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(from /v1/health)</source>
        <translation>(von /v1/health)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from /health; set gateway.bearer_token for cost and dependencies)</source>
        <translation>(von /health; gateway.bearer_token setzen für Kosten und Abhängigkeiten)</translation>
    </message>
</context>
<context>
    <name>TelegramReply</name>
    <message>
        <location filename="../common/telegram/TelegramReply.cpp" line="+49"/>
        <source>the Bot API refused the bot token (401%1)</source>
        <translation>die Bot API hat das Bot-Token abgelehnt (401%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API does not know this bot token (404%1)</source>
        <translation>die Bot API kennt dieses Bot-Token nicht (404%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bot API at this address (HTTP 404)</source>
        <translation>keine Bot API unter dieser Adresse (HTTP 404)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused to deliver updates (409%1)</source>
        <translation>die Bot API hat die Auslieferung von Updates verweigert (409%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>rate limited by the Bot API, retry after %n s (429%1)</source>
        <translation>
            <numerusform>von der Bot API gedrosselt, erneut versuchen nach %n s (429%1)</numerusform>
            <numerusform>von der Bot API gedrosselt, erneut versuchen nach %n s (429%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate limited by the Bot API (429%1)</source>
        <translation>von der Bot API gedrosselt (429%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API is unavailable (%1%2)</source>
        <translation>die Bot API ist nicht verfügbar (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused the request (%1%2)</source>
        <translation>die Bot API hat die Anfrage abgelehnt (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API answered an error without a usable code (%1%2)</source>
        <translation>die Bot API hat einen Fehler ohne verwendbaren Code gemeldet (%1%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>not a Bot API answer (HTTP %1, %n byte(s) that are not a JSON object)</source>
        <translation>
            <numerusform>keine Bot-API-Antwort (HTTP %1, %n Byte, das kein JSON-Objekt ist)</numerusform>
            <numerusform>keine Bot-API-Antwort (HTTP %1, %n Bytes, die kein JSON-Objekt sind)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a Bot API answer (HTTP %1, no boolean &quot;ok&quot;)</source>
        <translation>keine Bot-API-Antwort (HTTP %1, kein boolesches „ok“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Bot API answer (HTTP %1 with &quot;ok&quot;: true)</source>
        <translation>keine Bot-API-Antwort (HTTP %1 mit &quot;ok&quot;: true)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Bot API answer without &quot;result&quot;</source>
        <translation>eine Bot-API-Antwort ohne „result“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a Bot API user that is not an object</source>
        <translation>ein Bot-API-Benutzer, der kein Objekt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API user without an integer &quot;id&quot;</source>
        <translation>ein Bot-API-Benutzer ohne ganzzahlige „id“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a Bot API message that is not an object</source>
        <translation>eine Bot-API-Nachricht, die kein Objekt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API message without an integer &quot;message_id&quot;</source>
        <translation>eine Bot-API-Nachricht ohne ganzzahlige „message_id“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Bot API message without a chat with an integer &quot;id&quot;</source>
        <translation>eine Bot-API-Nachricht ohne Chat mit ganzzahliger „id“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>getUpdates answered something other than an array</source>
        <translation>getUpdates hat etwas anderes als ein Array geantwortet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>getUpdates answered an update without an integer &quot;update_id&quot; (item %1)</source>
        <translation>getUpdates hat ein Update ohne ganzzahlige „update_id“ geantwortet (Element %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>getWebhookInfo answered without a string &quot;url&quot;</source>
        <translation>getWebhookInfo hat ohne Zeichenkette „url“ geantwortet</translation>
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
        <translation>blufio %1, %2, Laufzeit %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider %1 (%2): %3</source>
        <translation>Anbieter %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider %1: not configured</source>
        <translation>Anbieter %1: nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions: %1 active, %2 stored; queue: %3</source>
        <translation>Sitzungen: %1 aktiv, %2 gespeichert; Warteschlange: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions: %1 active</source>
        <translation>Sitzungen: %1 aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory pressure %1</source>
        <translation>Speicherdruck %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <location filename="../common/net/TlsSettings.cpp" line="+44"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate &quot;%1&quot; expired on %2</source>
        <translation>Zertifikat &quot;%1&quot; ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate &quot;%1&quot; is not valid before %2</source>
        <translation>Zertifikat &quot;%1&quot; ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+97"/>
        <source>not an unencrypted PEM private key</source>
        <translation>kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the private key does not match the certificate in %1</source>
        <translation>der private Schlüssel passt nicht zum Zertifikat in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsupported key type (use an RSA or EC key)</source>
        <translation>nicht unterstützter Schlüsseltyp (RSA- oder EC-Schlüssel verwenden)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not an IP address (or localhost)</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse (oder localhost)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; erfordert, dass &apos;%2&apos; gesetzt ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+3"/>
        <source>not a PEM certificate</source>
        <translation>kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>readable by group or others (mode %1); run: chmod 600 %2</source>
        <translation>für Gruppe oder andere lesbar (Modus %1); ausführen: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../common/vault/Vault.cpp" line="+82"/>
        <location line="+50"/>
        <source>The cryptography library failed to start.</source>
        <translation>Die Kryptografiebibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A vault already exists in this database.</source>
        <translation>In dieser Datenbank existiert bereits ein Tresor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault passphrase must not be empty.</source>
        <translation>Die Tresor-Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+69"/>
        <source>Deriving the vault key failed (not enough memory for %1 MiB?).</source>
        <translation>Ableiten des Tresorschlüssels fehlgeschlagen (nicht genug Speicher für %1 MiB?).</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>There is no vault yet; set a secret to create one.</source>
        <translation>Es gibt noch keinen Tresor; zum Anlegen ein Geheimnis setzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is damaged: its &quot;%1&quot; record is missing.</source>
        <translation>Der Tresor ist beschädigt: der Eintrag &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vault is damaged: its key parameters are not valid.</source>
        <translation>Der Tresor ist beschädigt: seine Schlüsselparameter sind ungültig.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The vault passphrase is wrong (or the vault was tampered with).</source>
        <translation>Die Tresor-Passphrase ist falsch (oder der Tresor wurde manipuliert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault is locked; unlock it with its passphrase.</source>
        <translation>Der Tresor ist gesperrt; mit seiner Passphrase entsperren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid secret name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>&quot;%1&quot; ist kein gültiger Geheimnisname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; verwenden).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>The vault has no secret named &quot;%1&quot;.</source>
        <translation>Der Tresor enthält kein Geheimnis namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The secret &quot;%1&quot; is damaged.</source>
        <translation>Das Geheimnis &quot;%1&quot; ist beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret &quot;%1&quot; cannot be decrypted: it was damaged or tampered with.</source>
        <translation>Das Geheimnis &quot;%1&quot; kann nicht entschlüsselt werden: es wurde beschädigt oder manipuliert.</translation>
    </message>
</context>
<context>
    <name>blufio</name>
    <message>
        <location filename="../cli/Command.cpp" line="+28"/>
        <source>Read the configuration from FILE.</source>
        <translation>Konfiguration aus FILE lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the output (de, fr, es, en).</source>
        <translation>Sprache der Ausgabe (de, fr, es, en).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL of the daemon (default: from the configuration).</source>
        <translation>URL des Daemons (Standard: aus der Konfiguration).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [options]</source>
        <translation>Aufruf: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [Optionen]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the version.</source>
        <translation>Version ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Print this help, or a command&apos;s help.</source>
        <translation>Diese Hilfe oder die Hilfe eines Befehls ausgeben.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Run &apos;blufio COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>&apos;blufio COMMAND --help&apos; zeigt die Optionen eines Befehls und ein Beispiel.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot create the directory of the database %1.</source>
        <translation>das Verzeichnis der Datenbank %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run &apos;blufio --help&apos; for usage.</source>
        <translation>&apos;blufio --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio: unknown command &apos;%1&apos;.</source>
        <translation>blufio: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;blufio --help&apos; for the list of commands.</source>
        <translation>&apos;blufio --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run &apos;blufio %1 --help&apos; for its options.</source>
        <translation>&apos;blufio %1 --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: blufio %1 [options] %2</source>
        <translation>Aufruf: blufio %1 [Optionen] %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>blufio: invalid configuration:</source>
        <translation>blufio: ungültige Konfiguration:</translation>
    </message>
</context>
<context>
    <name>blufio::Agent</name>
    <message>
        <location filename="../daemon/agent/Agent.cpp" line="+57"/>
        <source>the database refused the operation: %1</source>
        <translation>die Datenbank hat den Vorgang abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the conversation is about %1 tokens, more than one call may be sent (%2 tokens: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); send fewer or shorter messages</source>
        <translation>das Gespräch umfasst etwa %1 Tokens, mehr als in einem Aufruf gesendet werden darf (%2 Tokens: agent.context_tokens oder das Kontextfenster des Modells abzüglich agent.max_tokens); senden Sie weniger oder kürzere Nachrichten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the message is about %1 tokens, more than one call may be sent (%2 tokens with the system prompt: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); shorten it or split it</source>
        <translation>die Nachricht umfasst etwa %1 Tokens, mehr als in einem Aufruf gesendet werden darf (%2 Tokens mit dem Systemprompt: agent.context_tokens oder das Kontextfenster des Modells abzüglich agent.max_tokens); kürzen oder teilen Sie sie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no LLM provider is configured: set %1</source>
        <translation>kein LLM-Anbieter konfiguriert: %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not available; see `blufio doctor`</source>
        <translation>die Datenbank ist nicht verfügbar; siehe `blufio doctor`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the daemon is at its memory limit and takes no new sessions; try again later</source>
        <translation>der Daemon hat sein Speicherlimit erreicht und nimmt keine neuen Sitzungen an; später erneut versuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no session with id %1</source>
        <translation>keine Sitzung mit ID %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n messages are already waiting (agent.max_queue); try again shortly</source>
        <translation>
            <numerusform>%n Nachricht wartet bereits (agent.max_queue); gleich erneut versuchen</numerusform>
            <numerusform>%n Nachrichten warten bereits (agent.max_queue); gleich erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+181"/>
        <source>the LLM provider is gone; set %1</source>
        <translation>der LLM-Anbieter ist nicht mehr da; setzen Sie %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the provider returned an empty summary</source>
        <translation>der Anbieter hat eine leere Zusammenfassung geliefert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the message is more than one call may be sent (%1 tokens); it is not answered</source>
        <translation>die Nachricht ist größer, als in einem Aufruf gesendet werden darf (%1 Tokens); sie wird nicht beantwortet</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the message was cancelled before it was sent to the provider</source>
        <translation>die Nachricht wurde abgebrochen, bevor sie an den Anbieter ging</translation>
    </message>
    <message numerus="yes">
        <location filename="../daemon/agent/AgentTurn.cpp" line="+59"/>
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no reply within %n second(s); it will be stored in session %1 when it arrives</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde; sie wird in Sitzung %1 gespeichert, wenn sie eintrifft</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden; sie wird in Sitzung %1 gespeichert, wenn sie eintrifft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blufio::AnthropicCall</name>
    <message>
        <location filename="../providers/AnthropicCall.cpp" line="+30"/>
        <source>no events in the reply</source>
        <translation>keine Events in der Antwort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an event that is not a JSON object</source>
        <translation>ein Event, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the reply exceeds %1 characters</source>
        <translation>die Antwort überschreitet %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>blufio::ApiClient</name>
    <message>
        <location filename="../common/net/ApiClient.cpp" line="+49"/>
        <source>cannot read the device key %1: %2</source>
        <translation>Geräteschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials for the daemon: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys (the key is looked for at %1).</source>
        <translation>keine Anmeldedaten für den Daemon: gateway.bearer_token (oder BLUFIO_GATEWAY_BEARER_TOKEN) auf das Token des Daemons setzen oder &apos;blufio keygen&apos; ausführen und den ausgegebenen öffentlichen Schlüssel zu gateway.device_keys des Daemons hinzufügen (der Schlüssel wird unter %1 gesucht).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway.bearer_token refers to the vault, which only the daemon unlocks; set BLUFIO_GATEWAY_BEARER_TOKEN for the CLI.</source>
        <translation>gateway.bearer_token verweist auf den Tresor, den nur der Daemon entsperrt; BLUFIO_GATEWAY_BEARER_TOKEN für die CLI setzen.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>cannot reach the daemon at %1: %2. Is blufiod running? (&apos;blufio status&apos; tells.)</source>
        <translation>Daemon unter %1 nicht erreichbar: %2. Läuft blufiod? (&apos;blufio status&apos; gibt Auskunft.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon ended the reply before it was complete</source>
        <translation>der Daemon hat die Antwort beendet, bevor sie vollständig war</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the daemon rejected the credentials (401). Set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys.</source>
        <translation>der Daemon hat die Anmeldedaten abgelehnt (401). gateway.bearer_token (oder BLUFIO_GATEWAY_BEARER_TOKEN) auf das Token des Daemons setzen oder &apos;blufio keygen&apos; ausführen und den ausgegebenen öffentlichen Schlüssel zu gateway.device_keys des Daemons hinzufügen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon answered HTTP %1</source>
        <translation>der Daemon antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the daemon&apos;s reply is not a JSON object: %1</source>
        <translation>die Antwort des Daemons ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>blufio::Daemon</name>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+78"/>
        <source>cannot create the data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>telegram.enabled is true but telegram.bot_token is not set (the token @BotFather gave, or vault:NAME)</source>
        <translation>telegram.enabled ist true, aber telegram.bot_token ist nicht gesetzt (das Token von @BotFather oder vault:NAME)</translation>
    </message>
    <message>
        <location filename="../daemon/auth/AuthThrottle.cpp" line="+43"/>
        <source>gateway.trusted_proxies: &apos;%1&apos; is not an IP address or subnet</source>
        <translation>gateway.trusted_proxies: &apos;%1&apos; ist weder eine IP-Adresse noch ein Subnetz</translation>
    </message>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+48"/>
        <source>%1 refers to the vault, but the database cannot be opened</source>
        <translation>%1 verweist auf den Tresor, aber die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>blufio::HttpTurnSink</name>
    <message>
        <location filename="../daemon/gateway/HttpTurnSink.cpp" line="+48"/>
        <source>the client left</source>
        <translation>der Client ist gegangen</translation>
    </message>
</context>
<context>
    <name>blufio::MetricsListener</name>
    <message>
        <location filename="../daemon/metrics/MetricsListener.cpp" line="+57"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>Metriken sind deaktiviert (metrics.enabled = false)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no WebSocket endpoint here</source>
        <translation>hier ist kein WebSocket-Endpunkt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metrics.listen: cannot listen on %1: %2</source>
        <translation>metrics.listen: Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>metrics.tls_cert: no longer configured</source>
        <translation>metrics.tls_cert: nicht mehr konfiguriert</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiCall</name>
    <message>
        <location filename="../providers/OpenAiCall.cpp" line="+19"/>
        <source>no events in the reply</source>
        <translation>keine Events in der Antwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an event that is not a JSON object</source>
        <translation>ein Event, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the reply exceeds %1 characters</source>
        <translation>die Antwort überschreitet %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiTurnSink</name>
    <message>
        <location filename="../daemon/gateway/OpenAiTurnSink.cpp" line="+50"/>
        <source>the client left</source>
        <translation>der Client ist gegangen</translation>
    </message>
</context>
<context>
    <name>blufio::ProbeCall</name>
    <message>
        <location filename="../providers/ProbeCall.cpp" line="+19"/>
        <source>the model list exceeds %1 bytes</source>
        <translation>die Modellliste überschreitet %1 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model list is not a JSON object</source>
        <translation>die Modellliste ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderCall</name>
    <message>
        <location filename="../providers/ProviderCall.cpp" line="+166"/>
        <source>expected %1 but got %2</source>
        <translation>%1 erwartet, aber %2 erhalten</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderError</name>
    <message>
        <location filename="../providers/ProviderError.cpp" line="+78"/>
        <source>No LLM provider is configured: set %1 in the configuration file or the environment.</source>
        <translation>Kein LLM-Anbieter konfiguriert: %1 in der Konfigurationsdatei oder der Umgebung setzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The LLM provider is not usable: %1 (set %2).</source>
        <translation>Der LLM-Anbieter ist nicht verwendbar: %1 (%2 setzen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request to the LLM provider was cancelled.</source>
        <translation>Die Anfrage an den LLM-Anbieter wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The LLM provider sent nothing for %n second(s).</source>
        <translation>
            <numerusform>Der LLM-Anbieter hat %n Sekunde lang nichts gesendet.</numerusform>
            <numerusform>Der LLM-Anbieter hat %n Sekunden lang nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The LLM provider did not finish its reply within %n second(s).</source>
        <translation>
            <numerusform>Der LLM-Anbieter hat seine Antwort nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Der LLM-Anbieter hat seine Antwort nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the LLM provider: %1</source>
        <translation>LLM-Anbieter nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the LLM provider closed before the reply was complete.</source>
        <translation>Die Verbindung zum LLM-Anbieter wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent a malformed reply stream: %1</source>
        <translation>Der LLM-Anbieter hat einen fehlerhaften Antwortstream gesendet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent an unexpected reply: %1</source>
        <translation>Der LLM-Anbieter hat eine unerwartete Antwort gesendet: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The LLM provider rejected the API key (HTTP %1: %2).</source>
        <translation>Der LLM-Anbieter hat den API-Schlüssel abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider is rate limiting requests; retry in %1 s (%2).</source>
        <translation>Der LLM-Anbieter drosselt Anfragen; in %1 s erneut versuchen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LLM provider is rate limiting requests (%1).</source>
        <translation>Der LLM-Anbieter drosselt Anfragen (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider failed (HTTP %1: %2).</source>
        <translation>Fehler beim LLM-Anbieter (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider refused the request (HTTP %1: %2).</source>
        <translation>Der LLM-Anbieter hat die Anfrage abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LLM provider answered with HTTP %1.</source>
        <translation>Der LLM-Anbieter antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The LLM provider reported an error during the reply (%1: %2).</source>
        <translation>Der LLM-Anbieter hat während der Antwort einen Fehler gemeldet (%1: %2).</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderFactory</name>
    <message>
        <location filename="../providers/ProviderFactory.cpp" line="+35"/>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must start with https:// or http://</source>
        <translation>die URL muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must not have a query or fragment</source>
        <translation>die URL darf keine Query und kein Fragment enthalten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>unbekannter Anbieter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the secret %1 could not be read from the vault</source>
        <translation>das Geheimnis %1 konnte nicht aus dem Tresor gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the API key contains a line break</source>
        <translation>der API-Schlüssel enthält einen Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>blufio::SseCall</name>
    <message>
        <location filename="../providers/SseCall.cpp" line="+21"/>
        <source>a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramBotApi</name>
    <message>
        <location filename="../common/telegram/TelegramBotApi.cpp" line="+161"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redirected (HTTP %1); set telegram.api_url to the final address</source>
        <translation>umgeleitet (HTTP %1); setzen Sie telegram.api_url auf die endgültige Adresse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the request was lost</source>
        <translation>die Anfrage ging verloren</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramChannel</name>
    <message numerus="yes">
        <location filename="../daemon/telegram/TelegramChannel.cpp" line="+152"/>
        <source>Telegram refused the bot token (401): set telegram.bot_token to the token @BotFather gave (`blufio doctor` checks it); retrying every %n s</source>
        <translation>
            <numerusform>Telegram hat das Bot-Token abgelehnt (401): Setzen Sie telegram.bot_token auf das Token von @BotFather (`blufio doctor` prüft es); neuer Versuch alle %n s</numerusform>
            <numerusform>Telegram hat das Bot-Token abgelehnt (401): Setzen Sie telegram.bot_token auf das Token von @BotFather (`blufio doctor` prüft es); neuer Versuch alle %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Telegram refuses getUpdates (409): a webhook is set for this bot (remove it with deleteWebhook) or another program polls with the same token; retrying every %n s</source>
        <translation>
            <numerusform>Telegram verweigert getUpdates (409): Für diesen Bot ist ein Webhook gesetzt (entfernen Sie ihn mit deleteWebhook), oder ein anderes Programm fragt mit demselben Token ab; neuer Versuch alle %n s</numerusform>
            <numerusform>Telegram verweigert getUpdates (409): Für diesen Bot ist ein Webhook gesetzt (entfernen Sie ihn mit deleteWebhook), oder ein anderes Programm fragt mit demselben Token ab; neuer Versuch alle %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Telegram asks to wait %n s (429)</source>
        <translation>
            <numerusform>Telegram bittet, %n s zu warten (429)</numerusform>
            <numerusform>Telegram bittet, %n s zu warten (429)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retrying in %1 ms</source>
        <translation>neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>I can only read text messages.</source>
        <translation>Ich kann leider nur Textnachrichten lesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hello! Send me a message and I will answer. /new starts a new conversation, /status shows how I am.</source>
        <translation>Hallo! Schicken Sie mir eine Nachricht, und ich antworte Ihnen. /new beginnt ein neues Gespräch, /status zeigt, wie es mir geht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I could not start a new conversation: the database refused.</source>
        <translation>Ich konnte kein neues Gespräch beginnen: Die Datenbank hat es abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a new conversation.</source>
        <translation>Neues Gespräch gestartet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your message was interrupted by a restart before I could answer; please send it again.</source>
        <translation>Ihre Nachricht wurde durch einen Neustart unterbrochen, bevor ich antworten konnte; bitte senden Sie sie noch einmal.</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramReplyStream</name>
    <message>
        <location filename="../daemon/telegram/TelegramReplyStream.cpp" line="+54"/>
        <source>(the reply was empty)</source>
        <translation>(die Antwort war leer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The spending budget is used up, so I cannot answer now. %1</source>
        <translation>Das Ausgabenbudget ist aufgebraucht, daher kann ich gerade nicht antworten. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am short of memory and take no new conversations right now; please try again later.</source>
        <translation>Mir wird gerade der Speicher knapp, daher nehme ich keine neuen Gespräche an; bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many messages are waiting; please try again in a moment.</source>
        <translation>Es warten gerade zu viele Nachrichten; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language model is rate-limiting me; please try again shortly.</source>
        <translation>Das Sprachmodell drosselt gerade meine Anfragen; bitte versuchen Sie es in Kürze noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No language model is configured on this blufio.</source>
        <translation>Auf diesem blufio ist kein Sprachmodell konfiguriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language model took too long to answer.</source>
        <translation>Das Sprachmodell hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not available, so I cannot take messages right now.</source>
        <translation>Die Datenbank ist nicht verfügbar, daher kann ich gerade keine Nachrichten annehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, something went wrong: %1</source>
        <translation>Entschuldigung, da ist etwas schiefgelaufen: %1</translation>
    </message>
</context>
<context>
    <name>blufio::TlsHttpListener</name>
    <message>
        <location filename="../daemon/metrics/TlsHttpListener.cpp" line="+103"/>
        <source>no handshake within %1 ms</source>
        <translation>kein Handshake innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not a TLS ClientHello (plain HTTP to the TLS listener?)</source>
        <translation>kein TLS-ClientHello (einfaches HTTP an den TLS-Listener?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no WebSocket endpoint here</source>
        <translation>hier ist kein WebSocket-Endpunkt</translation>
    </message>
</context>
<context>
    <name>blufio::WebSocketChannel</name>
    <message>
        <location filename="../daemon/gateway/WebSocketChannel.cpp" line="+31"/>
        <source>send JSON text frames</source>
        <translation>JSON-Textframes senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no pong within daemon.idle_timeout_secs</source>
        <translation>kein Pong innerhalb von daemon.idle_timeout_secs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the frame is not a JSON object</source>
        <translation>der Frame ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown frame type; send {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;}</source>
        <translation>unbekannter Frame-Typ; {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;} senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a string and &quot;session_id&quot; a string when given</source>
        <translation>&quot;content&quot; muss ein String sein und &quot;session_id&quot;, falls angegeben, ebenfalls</translation>
    </message>
</context>
<context>
    <name>blufio::tray::MemoryGraph</name>
    <message>
        <location filename="../tray/MemoryGraph.cpp" line="+22"/>
        <source>Memory history</source>
        <translation>Speicherverlauf</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No memory samples yet</source>
        <translation>Noch keine Speichermesswerte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>blufio::tray::SettingsDialog</name>
    <message>
        <location filename="../tray/SettingsDialog.cpp" line="+16"/>
        <source>blufio tray settings</source>
        <translation>blufio-Tray-Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: uses /v1/health</source>
        <translation>optional: verwendet /v1/health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon &amp;URL:</source>
        <translation>Daemon-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;every:</source>
        <translation>Prüf&amp;intervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter an http:// or https:// URL, e.g. http://127.0.0.1:3000.</source>
        <translation>Eine http://- oder https://-URL eingeben, z. B. http://127.0.0.1:3000.</translation>
    </message>
</context>
<context>
    <name>blufio::tray::StatusWindow</name>
    <message>
        <location filename="../tray/StatusWindow.cpp" line="+25"/>
        <source>blufio status</source>
        <translation>blufio-Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Daemon:</source>
        <translation>Daemon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
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
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory, last hour</source>
        <translation>Speicher, letzte Stunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent state changes</source>
        <translation>Letzte Zustandsänderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>Status &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio is %1</source>
        <translation>blufio ist %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above warn</source>
        <translation>über Warnschwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above limit</source>
        <translation>über Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (warn %2, limit %3): %4</source>
        <translation>%1 (Warnung %2, Limit %3): %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>nimmt neue Sitzungen an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refusing new sessions</source>
        <translation>lehnt neue Sitzungen ab</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>first seen %1</source>
        <translation>erstmals %1</translation>
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
        <translation>Auf diesem Desktop ist kein Systembereich (System Tray) verfügbar, daher zeigt blufio-tray stattdessen dieses Fenster. Schließen beendet blufio-tray.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio: checking…</source>
        <translation>blufio: wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open status &amp;window</source>
        <translation>Status&amp;fenster öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>Status &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;metrics in browser</source>
        <translation>&amp;Metriken im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio: %1</source>
        <translation>blufio: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up %1</source>
        <translation>Laufzeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heap %1 (warn %2, limit %3)</source>
        <translation>Heap %1 (Warnung %2, Limit %3)</translation>
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
            <numerusform>Sitzungen: %n aktiv</numerusform>
            <numerusform>Sitzungen: %n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram: up</source>
        <translation>Telegram: verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram: down</source>
        <translation>Telegram: ausgefallen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>blufio is down</source>
        <translation>blufio ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers at %1 (%2).</source>
        <translation>Unter %1 antwortet nichts (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is unhealthy</source>
        <translation>blufio ist gestört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reports unhealthy (HTTP %2).</source>
        <translation>%1 meldet gestört (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is degraded</source>
        <translation>blufio ist beeinträchtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heap %1 (warn %2, limit %3).</source>
        <translation>Heap %1 (Warnung %2, Limit %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio has recovered</source>
        <translation>blufio ist wieder fehlerfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is healthy again.</source>
        <translation>%1 ist wieder fehlerfrei.</translation>
    </message>
</context>
<context>
    <name>blufiod</name>
    <message>
        <location filename="../daemon/main.cpp" line="+33"/>
        <source>blufio agent daemon</source>
        <translation>blufio-Agent-Daemon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the configuration from FILE.</source>
        <translation>Konfiguration aus FILE lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid configuration:</source>
        <translation>ungültige Konfiguration:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../tray/main.cpp" line="+28"/>
        <source>Shows a blufio daemon&apos;s health in the system tray.</source>
        <translation>Zeigt den Zustand eines blufio-Daemons im Systembereich an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon URL (default: saved setting, else from the configuration).</source>
        <translation>Daemon-URL (Standard: gespeicherte Einstellung, sonst aus der Konfiguration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between checks (default: saved setting, else 5).</source>
        <translation>Sekunden zwischen Prüfungen (Standard: gespeicherte Einstellung, sonst 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio.toml to read the default URL and memory limits from.</source>
        <translation>blufio.toml, aus der Standard-URL und Speicherlimits gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language code, e.g. de.</source>
        <translation>Sprachcode, z. B. de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the status window at start.</source>
        <translation>Statusfenster beim Start öffnen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>blufio-tray: the configuration is invalid; using default limits:</source>
        <translation>blufio-tray: die Konfiguration ist ungültig; Standardlimits werden verwendet:</translation>
    </message>
    <message>
        <location filename="../tray/TraySettings.cpp" line="+17"/>
        <source>blufio-tray: --interval takes whole seconds from %1 to %2.</source>
        <translation>blufio-tray: --interval erwartet ganze Sekunden von %1 bis %2.</translation>
    </message>
</context>
</TS>
