<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuthPolicy</name>
    <message>
        <location filename="../daemon/auth/AuthPolicy.cpp" line="+32"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys : &apos;%1&apos; n&apos;est pas une clé publique Ed25519 en base64 (créez-en une avec `blufio keygen`)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>missing or invalid credentials</source>
        <translation>identifiants manquants ou non valides</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>too many failed authentications from this address; try again in %n second(s)</source>
        <translation>
            <numerusform>trop d&apos;échecs d&apos;authentification depuis cette adresse ; réessayez dans %n seconde</numerusform>
            <numerusform>trop d&apos;échecs d&apos;authentification depuis cette adresse ; réessayez dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>too many signed requests in the last minute; try again in %n second(s)</source>
        <translation>
            <numerusform>trop de requêtes signées au cours de la dernière minute ; réessayez dans %n seconde</numerusform>
            <numerusform>trop de requêtes signées au cours de la dernière minute ; réessayez dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this key lacks the scope &quot;%1&quot; this route needs</source>
        <translation>il manque à cette clé la portée « %1 » requise par cette route</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no WebSocket endpoint at %1</source>
        <translation>aucun point de terminaison WebSocket sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket upgrades use GET</source>
        <translation>les upgrades WebSocket utilisent GET</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommand.cpp" line="+12"/>
        <source>Copy the database to PATH while blufiod keeps running (checked, then renamed into place).</source>
        <translation>Copier la base de données vers PATH pendant que blufiod continue de tourner (vérifiée, puis renommée en place).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to write the copy.</source>
        <translation>Où écrire la copie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace PATH when it exists.</source>
        <translation>Remplacer PATH s&apos;il existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio backup: expected exactly one PATH, e.g. %1</source>
        <translation>blufio backup : exactement un PATH attendu, p. ex. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardé vers %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  size:  %1 (%2 bytes)</source>
        <translation>  taille :  %1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  pages: %1</source>
        <translation>  pages :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  time:  %1 s (copy %2 ms, integrity check %3 ms, sync %4 ms)</source>
        <translation>  durée :   %1 s (copie %2 ms, vérification d&apos;intégrité %3 ms, synchronisation %4 ms)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../common/storage/BackupService.cpp" line="+133"/>
        <source>The database %1 does not exist; nothing to back up.</source>
        <translation>La base de données %1 n&apos;existe pas ; rien à sauvegarder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a directory; give a file name.</source>
        <translation>%1 est un répertoire ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existe déjà ; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup target is the database itself.</source>
        <translation>La cible de la sauvegarde est la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot start the backup: %1</source>
        <translation>Impossible de démarrer la sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup to %1 failed: %2 (%3)</source>
        <translation>La sauvegarde vers %1 a échoué : %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot finish %1: %2</source>
        <translation>Impossible de finaliser %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy %1 failed its integrity check: %2</source>
        <translation>La copie %1 a échoué à la vérification d&apos;intégrité : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>Impossible d&apos;écrire %1 sur le disque : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was written but its directory could not be flushed: %2</source>
        <translation>La sauvegarde %1 a été écrite, mais son répertoire n&apos;a pas pu être synchronisé sur le disque : %2</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../daemon/agent/Budget.cpp" line="+60"/>
        <location line="+36"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+34"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the %1 budget of $%2 is spent ($%3 used); it resets at %4</source>
        <translation>le budget %1 de $%2 est épuisé ($%3 utilisés) ; il sera réinitialisé le %4</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 budget of $%2 of key &quot;%3&quot; is spent ($%4 used); it resets at %5</source>
        <translation>le budget %1 de $%2 de la clé « %3 » est épuisé ($%4 utilisés) ; il sera réinitialisé le %5</translation>
    </message>
</context>
<context>
    <name>ChatCompletionRequest</name>
    <message>
        <location filename="../daemon/gateway/ChatCompletionRequest.cpp" line="+27"/>
        <source>&quot;%1&quot; must be a string or an array of text parts</source>
        <translation>« %1 » doit être une chaîne ou un tableau de parties texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has more than %2 parts</source>
        <translation>« %1 » a plus de %2 parties</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&quot;%1.type&quot; must be &quot;text&quot;: only text content is supported</source>
        <translation>« %1.type » doit valoir « text » : seul le contenu texte est pris en charge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.text&quot; must be a string</source>
        <translation>« %1.text » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a positive integer</source>
        <translation>« %1 » doit être un entier positif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the body must be a JSON object</source>
        <translation>le corps doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;model&quot; must be a non-empty string</source>
        <translation>« model » doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;messages&quot; must be a non-empty array</source>
        <translation>« messages » doit être un tableau non vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;messages&quot; has more than %1 messages</source>
        <translation>« messages » contient plus de %1 messages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1.role&quot; must be &quot;system&quot;, &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>« %1.role » doit valoir « system », « user » ou « assistant »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the last of &quot;messages&quot; must have the role &quot;user&quot;</source>
        <translation>le dernier élément de « messages » doit avoir le rôle « user »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must not be empty: it is the message to answer</source>
        <translation>« %1 » ne doit pas être vide : c&apos;est le message auquel répondre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;stream&quot; must be a boolean</source>
        <translation>« stream » doit être un booléen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stream_options&quot; must be an object</source>
        <translation>« stream_options » doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;stream_options.include_usage&quot; must be a boolean</source>
        <translation>« stream_options.include_usage » doit être un booléen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;temperature&quot; must be a number from 0 to 2</source>
        <translation>« temperature » doit être un nombre de 0 à 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;n&quot; must be 1: blufio gives one choice</source>
        <translation>« n » doit valoir 1 : blufio ne fournit qu&apos;une seule réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>« %1 » n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../cli/commands/ConfigCommand.cpp" line="+47"/>
        <source>Show, check and locate the configuration; keep secrets in the vault.</source>
        <translation>Afficher, vérifier et localiser la configuration ; conserver les secrets dans le coffre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (value on stdin), list-secrets or delete-secret NAME.</source>
        <translation>get KEY, set KEY VALUE, validate [FILE], path, set-secret NAME (valeur sur stdin), list-secrets ou delete-secret NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>get: print only the value.</source>
        <translation>get : afficher uniquement la valeur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>blufio config: missing subcommand.</source>
        <translation>blufio config : sous-commande manquante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blufio config: unknown subcommand &apos;%1&apos;.</source>
        <translation>blufio config : sous-commande &apos;%1&apos; inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of: %1</source>
        <translation>Utilisez l&apos;une de : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio config get: expected exactly one KEY, e.g. %1</source>
        <translation>blufio config get : exactement une KEY attendue, p. ex. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio config get: unknown key &apos;%1&apos;.</source>
        <translation>blufio config get : clé &apos;%1&apos; inconnue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio config set: expected KEY VALUE, e.g. blufio config set daemon.memory_warn_mb 120</source>
        <translation>blufio config set : KEY VALUE attendus, p. ex. blufio config set daemon.memory_warn_mb 120</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio config set: %1 is a secret and its value does not belong on the command line (other users can see it in ps, and it stays in the shell history). Store it in the vault, read from stdin: blufio config set-secret %1, then refer to it: blufio config set %1 vault:%1</source>
        <translation>blufio config set : %1 est un secret et sa valeur n&apos;a pas sa place sur la ligne de commande (les autres utilisateurs peuvent la voir dans ps, et elle reste dans l&apos;historique du shell). Enregistrez-la dans le coffre, lue sur stdin : blufio config set-secret %1, puis faites-y référence : blufio config set %1 vault:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blufio config set: &quot;%1&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>blufio config set : &quot;%1&quot; n&apos;est pas un nom de secret valide (1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was not changed.</source>
        <translation>%1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 with %2.</source>
        <translation>%1 créé avec %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %2 in %1.</source>
        <translation>%2 mis à jour dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart blufiod for the change to take effect (systemctl restart blufio).</source>
        <translation>Redémarrez blufiod pour que la modification prenne effet (systemctl restart blufio).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: file not found</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not checked: %1 in the vault (set BLUFIO_VAULT_KEY to check them too).</source>
        <translation>Non vérifié : %1 dans le coffre (définissez BLUFIO_VAULT_KEY pour les vérifier aussi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refers to the vault, but there is no database at %2</source>
        <translation>%1 fait référence au coffre, mais il n&apos;y a pas de base de données à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refers to the vault, but the database cannot be opened: %2</source>
        <translation>%1 fait référence au coffre, mais la base de données ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No configuration file found; the built-in defaults and the environment are valid.</source>
        <translation>Aucun fichier de configuration trouvé ; les valeurs par défaut intégrées et l&apos;environnement sont valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: configuration is valid</source>
        <translation>%1 : la configuration est valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: built-in defaults)</source>
        <translation>(aucun : valeurs par défaut intégrées)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no vault yet; `blufio config set-secret NAME` creates it.</source>
        <translation>il n&apos;y a pas encore de coffre ; `blufio config set-secret NAME` le crée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New vault passphrase: </source>
        <translation>Nouvelle phrase secrète du coffre : </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vault passphrase: </source>
        <translation>Phrase secrète du coffre : </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created a new vault; keep its passphrase safe: without it the secrets cannot be read.</source>
        <translation>Nouveau coffre créé ; conservez sa phrase secrète en lieu sûr : sans elle, les secrets ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value of the secret %1 (not shown): </source>
        <translation>Valeur du secret %1 (non affichée) : </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the value is empty; give it on stdin, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</source>
        <translation>la valeur est vide ; fournissez-la sur stdin, p. ex. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected exactly one NAME; the value is read from stdin, never from the command line, e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</source>
        <translation>%1 : exactement un NAME attendu ; la valeur est lue sur stdin, jamais depuis la ligne de commande, p. ex. printf &apos;%s&apos; &quot;$TOKEN&quot; | blufio config set-secret gateway_token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid secret name (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un nom de secret valide (1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stored the secret %1 in the vault; refer to it in the configuration as &quot;vault:%1&quot;.</source>
        <translation>Secret %1 enregistré dans le coffre ; faites-y référence dans la configuration par &quot;vault:%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1 : argument &apos;%2&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is empty: there is no database at %1 yet.</source>
        <translation>Le coffre est vide : il n&apos;y a pas encore de base de données à %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault holds no secrets.</source>
        <translation>Le coffre ne contient aucun secret.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: expected exactly one NAME.</source>
        <translation>%1 : exactement un NAME attendu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault has no secret named &quot;%1&quot; (there is no database at %2).</source>
        <translation>le coffre ne contient aucun secret nommé &quot;%1&quot; (il n&apos;y a pas de base de données à %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted the secret %1 from the vault.</source>
        <translation>Secret %1 supprimé du coffre.</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../common/config/ConfigEditor.cpp" line="+30"/>
        <source>unknown key &apos;%1&apos; (see `blufio config get` and docs/CONFIG.md)</source>
        <translation>clé &apos;%1&apos; inconnue (voir `blufio config get` et docs/CONFIG.md)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2:%3: the file is not valid TOML; fix it first</source>
        <translation>%1:%2:%3 : le fichier n&apos;est pas du TOML valide ; corrigez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../common/config/ConfigLoader.cpp" line="+150"/>
        <source>configuration file not found</source>
        <translation>fichier de configuration introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read configuration file: %1</source>
        <translation>impossible de lire le fichier de configuration : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TOML syntax error: %1</source>
        <translation>erreur de syntaxe TOML : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; must be a table ([%1])</source>
        <translation>&apos;%1&apos; doit être une table ([%1])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown section &apos;%1&apos;</source>
        <translation>section &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; must be %2; this item is %3</source>
        <translation>« %1 » doit être %2 ; cet élément est %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; doit être %2, pas %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a boolean (use true or false)</source>
        <translation>&apos;%1&apos; n&apos;est pas un booléen (utilisez true ou false)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an integer (give integers separated by commas)</source>
        <translation>« %1 » n&apos;est pas un entier (donnez des entiers séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is %2, outside the allowed range %3..%4</source>
        <translation>&apos;%1&apos; vaut %2, hors de la plage autorisée %3..%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>&apos;%1&apos; vaut &apos;%2&apos;, valeurs attendues : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; must be host:port with a port from 1 to 65535, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être host:port avec un port de 1 à 65535, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be an http or https URL such as https://api.telegram.org, not &apos;%2&apos;</source>
        <translation>« %1 » doit être une URL http ou https comme https://api.telegram.org, pas « %2 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; (from %2): %3</source>
        <translation>&apos;%1&apos; (depuis %2) : %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; (%2) must be below &apos;%3&apos; (%4)</source>
        <translation>&apos;%1&apos; (%2) doit être inférieur à &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; nécessite que &apos;%2&apos; soit défini</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <location filename="../daemon/http/ConnectionGuard.cpp" line="+176"/>
        <source>a WebSocket upgrade cannot be pipelined behind another request</source>
        <translation>un upgrade WebSocket ne peut pas être envoyé en pipeline derrière une autre requête</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no WebSocket endpoint here</source>
        <translation>aucun point de terminaison WebSocket ici</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many open WebSocket sessions (gateway.max_websockets)</source>
        <translation>trop de sessions WebSocket ouvertes (gateway.max_websockets)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the request did not arrive within daemon.idle_timeout_secs</source>
        <translation>la requête n&apos;est pas arrivée dans le délai daemon.idle_timeout_secs</translation>
    </message>
</context>
<context>
    <name>ContextWindowTable</name>
    <message>
        <location filename="../common/cost/ContextWindowTable.cpp" line="+66"/>
        <source>agent.context_windows: &apos;%1&apos; is not MODEL=TOKENS with TOKENS a whole number from 1 to %2</source>
        <translation>agent.context_windows : « %1 » n&apos;est pas de la forme MODEL=TOKENS, où TOKENS est un nombre entier de 1 à %2</translation>
    </message>
</context>
<context>
    <name>CorsPolicy</name>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+21"/>
        <source>origin %1 is not in gateway.cors_origins</source>
        <translation>l&apos;origine %1 ne figure pas dans gateway.cors_origins</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <location filename="../common/storage/DataDirLock.cpp" line="+52"/>
        <source>Cannot open the lock file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1</source>
        <translation>le processus %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data directory is in use by %1 (lock %2). Is blufiod already running?</source>
        <translation>Le répertoire de données est utilisé par %1 (verrou %2). blufiod est-il déjà en cours d&apos;exécution ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lock %1: %2</source>
        <translation>Impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de verrou %1 : %2</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <location filename="../common/crypto/DeviceKey.cpp" line="+59"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is readable by other users; run: chmod 600 %1</source>
        <translation>%1 est lisible par d&apos;autres utilisateurs ; exécutez : chmod 600 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a blufio device key</source>
        <translation>%1 n&apos;est pas une clé d&apos;appareil blufio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already exists; use --force to replace it (clients using its public key stop working)</source>
        <translation>%1 existe déjà ; utilisez --force pour la remplacer (les clients utilisant sa clé publique cesseront de fonctionner)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DoctorChecks</name>
    <message>
        <location filename="../cli/doctor/DoctorChecks.cpp" line="+60"/>
        <source>Fix the file at the position shown; `blufio config validate` lists every error.</source>
        <translation>Corrigez le fichier à la position indiquée ; `blufio config validate` liste toutes les erreurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no configuration file found, using the defaults</source>
        <translation>aucun fichier de configuration trouvé, utilisation des valeurs par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is valid</source>
        <translation>%1 est valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data directory %1 does not exist</source>
        <translation>le répertoire de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it for the daemon&apos;s user: mkdir -p %1</source>
        <translation>Créez-le pour l&apos;utilisateur du démon : mkdir -p %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data directory %1 is not a directory</source>
        <translation>le répertoire de données %1 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point daemon.data_dir at a directory.</source>
        <translation>Faites pointer daemon.data_dir vers un répertoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data directory %1 is not writable: %2</source>
        <translation>le répertoire de données %1 n&apos;est pas accessible en écriture : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the daemon&apos;s user write access to %1.</source>
        <translation>Donnez à l&apos;utilisateur du démon l&apos;accès en écriture à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists and is writable</source>
        <translation>%1 existe et est accessible en écriture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: neither blufiod nor blufio can open a database</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé : ni blufiod ni blufio ne peuvent ouvrir de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it: apt-get install libqt6sql6-sqlite</source>
        <translation>Installez-le : apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist yet; the daemon will create it</source>
        <translation>%1 n&apos;existe pas encore ; le démon le créera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do unless you expected existing data there (check storage.database).</source>
        <translation>Rien à faire, sauf si vous attendiez des données existantes à cet endroit (vérifiez storage.database).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade blufio to the version that wrote this database.</source>
        <translation>Mettez à jour blufio vers la version qui a écrit cette base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point storage.database at blufio&apos;s database; this file belongs to something else.</source>
        <translation>Faites pointer storage.database vers la base de données de blufio ; ce fichier appartient à autre chose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+304"/>
        <source>Restore the latest backup: blufio restore BACKUP --force</source>
        <translation>Restaurez la dernière sauvegarde : blufio restore BACKUP --force</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Check the file&apos;s permissions and the disk, then run blufio doctor again.</source>
        <translation>Vérifiez les permissions du fichier et le disque, puis relancez blufio doctor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+65"/>
        <location line="+196"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 opens, schema version %2</source>
        <translation>%1 s&apos;ouvre, version de schéma %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key is in the vault and BLUFIO_VAULT_KEY is not set</source>
        <translation>la clé est dans le coffre et BLUFIO_VAULT_KEY n&apos;est pas défini</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the key.</source>
        <translation>Définissez BLUFIO_VAULT_KEY pour que doctor puisse vérifier la clé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 in the configuration or the environment.</source>
        <translation>Définissez %1 dans la configuration ou l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+74"/>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 n&apos;a pas répondu en %2 ms</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Check the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Vérifiez le chemin réseau vers %1 (proxy, pare-feu, DNS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reachable at %2, key accepted</source>
        <translation>%1 joignable à %2, clé acceptée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 key rejected by %2</source>
        <translation>clé %1 rejetée par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid key in %1 (or `blufio config set-secret`).</source>
        <translation>Mettez une clé valide dans %1 (ou `blufio config set-secret`).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable: %2</source>
        <translation>%1 injoignable : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check providers.%1.base_url and the network path (proxy, firewall, DNS).</source>
        <translation>Vérifiez providers.%1.base_url et le chemin réseau (proxy, pare-feu, DNS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered but is busy: %2</source>
        <translation>%1 a répondu mais est occupé : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Usually temporary; run blufio doctor again later.</source>
        <translation>Généralement temporaire ; relancez blufio doctor plus tard.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Check providers.%1.base_url points at the %1 API.</source>
        <translation>Vérifiez que providers.%1.base_url pointe vers l&apos;API %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway disabled</source>
        <translation>passerelle désactivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gateway enabled without a bearer token or device keys</source>
        <translation>passerelle activée sans jeton bearer ni clés d&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set gateway.bearer_token or add a key from `blufio keygen` to gateway.device_keys.</source>
        <translation>Définissez gateway.bearer_token ou ajoutez une clé issue de `blufio keygen` à gateway.device_keys.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bearer token and %n device key(s) configured</source>
        <translation>
            <numerusform>jeton bearer et %n clé d&apos;appareil configurés</numerusform>
            <numerusform>jeton bearer et %n clés d&apos;appareil configurés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bearer token configured</source>
        <translation>jeton bearer configuré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device key(s) configured</source>
        <translation>
            <numerusform>%n clé d&apos;appareil configurée</numerusform>
            <numerusform>%n clés d&apos;appareil configurées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telegram channel disabled</source>
        <translation>Canal Telegram désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram.bot_token: %1</source>
        <translation>telegram.bot_token : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY so that doctor can check the token.</source>
        <translation>Définissez BLUFIO_VAULT_KEY pour que doctor puisse vérifier le jeton.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check telegram.api_url and the network path to %1 (proxy, firewall, DNS).</source>
        <translation>Vérifiez telegram.api_url et le chemin réseau vers %1 (proxy, pare-feu, DNS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the token @BotFather gave the bot (/token there shows it again) in the vault with `blufio config set-secret NAME` and set telegram.bot_token = &quot;vault:NAME&quot;.</source>
        <translation>Placez le jeton que @BotFather a donné au bot (/token le réaffiche) dans le coffre avec `blufio config set-secret NAME` et définissez telegram.bot_token = &quot;vault:NAME&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that telegram.api_url points at the Bot API (%1).</source>
        <translation>Vérifiez que telegram.api_url pointe vers la Bot API (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bot %1 has a webhook (%2), so Telegram refuses the daemon&apos;s long polling (409)</source>
        <translation>le bot %1 a un webhook (%2), Telegram refuse donc le long polling du démon (409)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the webhook: curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (with the bot&apos;s token in place of &lt;bot_token&gt;).</source>
        <translation>Supprimez le webhook : curl -X POST %1/bot&lt;bot_token&gt;/deleteWebhook (avec le jeton du bot à la place de &lt;bot_token&gt;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no webhook</source>
        <translation>aucun webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook not checked</source>
        <translation>webhook non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bot %1 (id %2) answers at %3, %4</source>
        <translation>le bot %1 (id %2) répond à %3, %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is free</source>
        <translation>%1 est libre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is held by blufiod (pid %2)</source>
        <translation>%1 est occupé par blufiod (pid %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by blufiod</source>
        <translation>%1 est occupé par blufiod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is held by %2, not by blufiod</source>
        <translation>%1 est occupé par %2, pas par blufiod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop that program or choose another daemon.health_port.</source>
        <translation>Arrêtez ce programme ou choisissez un autre daemon.health_port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not under systemd</source>
        <translation>pas sous systemd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl did not answer</source>
        <translation>systemctl n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check systemd: systemctl status blufio</source>
        <translation>Vérifiez systemd : systemctl status blufio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>blufio.service is %1</source>
        <translation>blufio.service est %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it: systemctl enable --now blufio</source>
        <translation>Démarrez-le : systemctl enable --now blufio</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>no database yet</source>
        <translation>pas encore de base de données</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>integrity_check passed</source>
        <translation>integrity_check réussi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something other than blufio changed the schema: find out what, then restore the latest good backup (blufio restore BACKUP --force) or drop the object with sqlite3.</source>
        <translation>Autre chose que blufio a modifié le schéma : trouvez quoi, puis restaurez la dernière sauvegarde saine (blufio restore BACKUP --force) ou supprimez l&apos;objet avec sqlite3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema objects are exactly those of the migrations</source>
        <translation>les objets du schéma sont exactement ceux des migrations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read free space of %1: %2</source>
        <translation>impossible de lire l&apos;espace libre de %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure daemon.data_dir exists.</source>
        <translation>Vérifiez que daemon.data_dir existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 free on %2, need %3 (database %4)</source>
        <translation>%1 libres sur %2, %3 nécessaires (base de données %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space or move daemon.data_dir to a larger file system.</source>
        <translation>Libérez de l&apos;espace disque ou déplacez daemon.data_dir vers un système de fichiers plus grand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>no vault</source>
        <translation>pas de coffre</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>Fix the database first (see the database check).</source>
        <translation>Réparez d&apos;abord la base de données (voir la vérification de la base de données).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vault exists but BLUFIO_VAULT_KEY is not set</source>
        <translation>un coffre existe mais BLUFIO_VAULT_KEY n&apos;est pas défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set BLUFIO_VAULT_KEY to let doctor (and the daemon) unlock it.</source>
        <translation>Définissez BLUFIO_VAULT_KEY pour que doctor (et le démon) puisse le déverrouiller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY.</source>
        <translation>Définissez BLUFIO_VAULT_KEY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set BLUFIO_VAULT_KEY to the vault&apos;s passphrase.</source>
        <translation>Définissez BLUFIO_VAULT_KEY avec la phrase secrète du coffre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault unlocks</source>
        <translation>le coffre se déverrouille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>daemon not running at %1</source>
        <translation>le démon ne tourne pas à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (systemctl start blufio, or blufio serve) to check its memory.</source>
        <translation>Démarrez-le (systemctl start blufio, ou blufio serve) pour vérifier sa mémoire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daemon heap %1, RSS %2 (warn %3, limit %4)</source>
        <translation>heap du démon %1, RSS %2 (alerte %3, limite %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the daemon and raise daemon.memory_limit_mb if this recurs.</source>
        <translation>Redémarrez le démon et augmentez daemon.memory_limit_mb si cela se reproduit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch it; raise daemon.memory_warn_mb if this is its normal size.</source>
        <translation>Surveillez-le ; augmentez daemon.memory_warn_mb si c&apos;est sa taille normale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no Date header from the provider to compare with</source>
        <translation>aucun en-tête Date du fournisseur pour comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the provider check first; or check NTP: timedatectl</source>
        <translation>Corrigez d&apos;abord la vérification du fournisseur ; ou vérifiez NTP : timedatectl</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clock differs from the provider&apos;s by %n s</source>
        <translation>
            <numerusform>l&apos;horloge diffère de celle du fournisseur de %n s</numerusform>
            <numerusform>l&apos;horloge diffère de celle du fournisseur de %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable time synchronisation: timedatectl set-ntp true</source>
        <translation>Activez la synchronisation de l&apos;heure : timedatectl set-ntp true</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <location filename="../cli/commands/DoctorCommand.cpp" line="+26"/>
        <source>Check the configuration, data, provider and daemon, and say what to fix.</source>
        <translation>Vérifier la configuration, les données, le fournisseur et le démon, et indiquer quoi corriger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also check database integrity and schema, disk space, the vault, memory and the clock.</source>
        <translation>Vérifier aussi l&apos;intégrité et le schéma de la base de données, l&apos;espace disque, le coffre, la mémoire et l&apos;horloge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the checks as JSON.</source>
        <translation>Afficher les vérifications en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count warnings as failures (exit 1).</source>
        <translation>Compter les avertissements comme des échecs (code de sortie 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space the disk check requires (default: 2 x database + 100 MiB).</source>
        <translation>Espace libre exigé par la vérification du disque (par défaut : 2 x base de données + 100 Mio).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio doctor: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio doctor : argument &apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>blufio doctor: --min-free-bytes must be a positive number of bytes.</source>
        <translation>blufio doctor : --min-free-bytes doit être un nombre d&apos;octets positif.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Problems found.</source>
        <translation>Problèmes détectés.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>GatewayRoutes</name>
    <message>
        <location filename="../daemon/gateway/GatewayRoutes.cpp" line="+118"/>
        <source>/ws speaks WebSocket only</source>
        <translation>/ws ne parle que WebSocket</translation>
    </message>
</context>
<context>
    <name>HealthSnapshot</name>
    <message>
        <location filename="../common/net/HealthSnapshot.cpp" line="+55"/>
        <location line="+51"/>
        <source>%1 is missing or not a %2</source>
        <translation>%1 est absent ou n&apos;est pas un %2</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>status is not healthy, degraded or unhealthy</source>
        <translation>status n&apos;est ni healthy, ni degraded, ni unhealthy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a blufio health report: %1</source>
        <translation>pas un rapport de santé blufio : %1</translation>
    </message>
</context>
<context>
    <name>HealthcheckCommand</name>
    <message>
        <location filename="../cli/commands/HealthcheckCommand.cpp" line="+11"/>
        <source>Exit 0 if the daemon&apos;s /health answers 200 in time, 1 otherwise.</source>
        <translation>Quitte avec 0 si /health du démon répond 200 à temps, 1 sinon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait (default 5).</source>
        <translation>Secondes d&apos;attente (5 par défaut).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blufio healthcheck: --timeout must be a positive number of seconds.</source>
        <translation>blufio healthcheck : --timeout doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unhealthy: %1 unreachable (%2)</source>
        <translation>défaillant : %1 injoignable (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy: %1/health answered %2</source>
        <translation>défaillant : %1/health a répondu %2</translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <location filename="../daemon/http/HttpListener.cpp" line="+64"/>
        <source>too many open connections (daemon.max_connections)</source>
        <translation>trop de connexions ouvertes (daemon.max_connections)</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <location filename="../daemon/http/HttpServer.cpp" line="+104"/>
        <source>no such path: %1</source>
        <translation>chemin inexistant : %1</translation>
    </message>
    <message>
        <location filename="../daemon/http/CorsPolicy.cpp" line="+7"/>
        <location filename="../daemon/http/HttpServer.cpp" line="+8"/>
        <source>%1 is not allowed on %2</source>
        <translation>%1 n&apos;est pas autorisé sur %2</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <location filename="../daemon/gateway/JsonBody.cpp" line="+73"/>
        <source>the body is not valid JSON: unpaired UTF-16 surrogate escape at offset %1</source>
        <translation>le corps n&apos;est pas du JSON valide : séquence d&apos;échappement de substitut UTF-16 non appariée à la position %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>le corps n&apos;est pas du JSON valide : %1 à la position %2</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <location filename="../cli/commands/KeygenCommand.cpp" line="+11"/>
        <source>Create a device key (Ed25519) and print its public half for gateway.device_keys.</source>
        <translation>Créer une clé d&apos;appareil (Ed25519) et afficher sa partie publique pour gateway.device_keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace an existing key.</source>
        <translation>Remplacer une clé existante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the key to FILE instead of data_dir/device.key.</source>
        <translation>Écrire la clé dans FILE au lieu de data_dir/device.key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio keygen: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio keygen : argument &apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote the device key to %1 (mode 0600). Add its public key to gateway.device_keys:</source>
        <translation>Clé d&apos;appareil écrite dans %1 (mode 0600). Ajoutez sa clé publique à gateway.device_keys :</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <location filename="../cli/commands/KeysCommand.cpp" line="+44"/>
        <source>Add, list or revoke API keys with scopes and budgets.</source>
        <translation>Ajouter, lister ou révoquer des clés d&apos;API avec portées et budgets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: what the key may do: read, chat or admin (default chat; repeatable).</source>
        <translation>add : ce que la clé peut faire : read, chat ou admin (chat par défaut ; répétable).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC day.</source>
        <translation>add : montant en USD que la clé peut dépenser par jour UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: USD the key may spend per UTC month.</source>
        <translation>add : montant en USD que la clé peut dépenser par mois UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day (UTC) the key works.</source>
        <translation>add : le dernier jour (UTC) où la clé fonctionne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: name a device&apos;s public key (blufio keygen) instead of making a token.</source>
        <translation>add : nommer la clé publique d&apos;un appareil (blufio keygen) au lieu de créer un jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print JSON.</source>
        <translation>list : afficher du JSON.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</source>
        <translation>Usage : blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] [--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]</translation>
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
        <translation>« %1 » n&apos;est pas un nom de clé : utilisez 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown scope &apos;%1&apos; (use read, chat or admin).</source>
        <translation>portée « %1 » inconnue (utilisez read, chat ou admin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 &apos;%2&apos; is not a positive amount of USD (at most six decimals, e.g. 1 or 0.25).</source>
        <translation>--%1 « %2 » n&apos;est pas un montant positif en USD (six décimales au plus, p. ex. 1 ou 0.25).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--expires « %1 » n&apos;est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--expires %1 is in the past (today is %2, UTC).</source>
        <translation>--expires %1 est dans le passé (nous sommes le %2, UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--device &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`).</source>
        <translation>--device « %1 » n&apos;est pas une clé publique Ed25519 en base64 (créez-en une avec `blufio keygen`).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added key %1 (scopes: %2).</source>
        <translation>Clé %1 ajoutée (portées : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device signs its requests with its own key; nothing to copy.</source>
        <translation>L&apos;appareil signe ses requêtes avec sa propre clé ; rien à copier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token below is shown once; blufio keeps only its hash. Send it as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Le jeton ci-dessous n&apos;est affiché qu&apos;une seule fois ; blufio n&apos;en conserve que l&apos;empreinte. Envoyez-le sous la forme « Authorization: Bearer TOKEN ».</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No keys yet; `blufio keys add NAME` makes one.</source>
        <translation>Aucune clé pour l&apos;instant ; `blufio keys add NAME` en crée une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCOPES</source>
        <translation>PORTÉES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAILY</source>
        <translation>QUOTIDIEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY</source>
        <translation>MENSUEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TODAY</source>
        <translation>AUJOURD&apos;HUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MONTH</source>
        <translation>MOIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>EXPIRE LE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Revoked key %1; the daemon refuses it from its next request on.</source>
        <translation>Clé %1 révoquée ; le démon la refuse dès sa prochaine requête.</translation>
    </message>
</context>
<context>
    <name>MessagesController</name>
    <message>
        <location filename="../daemon/gateway/MessagesController.cpp" line="+22"/>
        <source>the body must be a JSON object</source>
        <translation>le corps doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;session_id&quot; must be a string</source>
        <translation>&quot;session_id&quot; doit être une chaîne</translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <location filename="../daemon/gateway/MetricsController.cpp" line="+16"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>les métriques sont désactivées (metrics.enabled = false)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../common/storage/Migrations.cpp" line="+55"/>
        <source>Migration %1 of %2 failed: %3</source>
        <translation>La migration %1 sur %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../daemon/gateway/ModelsController.cpp" line="+27"/>
        <source>the model %1 does not exist; GET /v1/models lists those there are</source>
        <translation>le modèle %1 n&apos;existe pas ; GET /v1/models liste ceux qui existent</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <location filename="../common/vault/PassphraseReader.cpp" line="+63"/>
        <source>BLUFIO_VAULT_KEY is set but empty.</source>
        <translation>BLUFIO_VAULT_KEY est défini mais vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vault passphrase: set BLUFIO_VAULT_KEY or run this on a terminal.</source>
        <translation>Aucune phrase secrète du coffre : définissez BLUFIO_VAULT_KEY ou exécutez ceci dans un terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase is too long (1024 bytes at most).</source>
        <translation>La phrase secrète est trop longue (1024 octets au maximum).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passphrase was entered.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie.</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <location filename="../common/cost/PriceTable.cpp" line="+145"/>
        <source>agent.prices: &apos;%1&apos; is not MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] in USD per million tokens</source>
        <translation>agent.prices : &apos;%1&apos; n’est pas de la forme MODEL=INPUT,OUTPUT[,CACHE_READ,CACHE_WRITE] en USD par million de jetons</translation>
    </message>
</context>
<context>
    <name>RequestFramer</name>
    <message>
        <location filename="../daemon/http/RequestFramer.cpp" line="+228"/>
        <source>request headers exceed daemon.max_header_bytes</source>
        <translation>les en-têtes de la requête dépassent daemon.max_header_bytes</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <location line="+6"/>
        <source>malformed chunk size</source>
        <translation>taille de chunk mal formée</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+108"/>
        <source>request body exceeds daemon.max_body_bytes</source>
        <translation>le corps de la requête dépasse daemon.max_body_bytes</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+145"/>
        <location line="+6"/>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>bare CR between requests</source>
        <translation>CR isolé entre les requêtes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>bare CR in the request head</source>
        <translation>CR isolé dans l&apos;en-tête de la requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in the request head (lines end with CRLF)</source>
        <translation>LF isolé dans l&apos;en-tête de la requête (les lignes se terminent par CRLF)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>bare CR in chunked framing</source>
        <translation>CR isolé dans l&apos;encodage chunked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare LF in chunked framing (lines end with CRLF)</source>
        <translation>LF isolé dans l&apos;encodage chunked (les lignes se terminent par CRLF)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>trailer fields are not accepted</source>
        <translation>les champs trailer ne sont pas acceptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chunk data not followed by CRLF</source>
        <translation>données de chunk non suivies de CRLF</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>chunk extensions are not accepted</source>
        <translation>les extensions de chunk ne sont pas acceptées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unsupported request method</source>
        <translation>méthode de requête non prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported HTTP version</source>
        <translation>version HTTP non prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request target</source>
        <translation>cible de requête mal formée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>more than %1 header fields</source>
        <translation>plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>folded header lines are not accepted</source>
        <translation>les lignes d&apos;en-tête repliées ne sont pas acceptées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed header name</source>
        <translation>nom d&apos;en-tête mal formé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>control character in a header value</source>
        <translation>caractère de contrôle dans une valeur d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a header field is longer than %1 bytes</source>
        <translation>un champ d&apos;en-tête dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length non valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding non pris en charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or repeated Host</source>
        <translation>en-tête Host invalide ou répété</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Authorization header</source>
        <translation>plus d&apos;un en-tête Authorization</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than one Upgrade header</source>
        <translation>plus d&apos;un en-tête Upgrade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>both Content-Length and Transfer-Encoding given</source>
        <translation>Content-Length et Transfer-Encoding indiqués tous les deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an upgrade request has no body</source>
        <translation>une requête d&apos;upgrade ne doit pas avoir de corps</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../cli/commands/RestoreCommand.cpp" line="+12"/>
        <source>Replace the database with a checked backup; the current one is kept as &lt;db&gt;.pre-restore.</source>
        <translation>Remplacer la base de données par une sauvegarde vérifiée ; l&apos;actuelle est conservée sous &lt;db&gt;.pre-restore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore even while blufiod is running (restart it right after).</source>
        <translation>Restaurer même si blufiod tourne (le redémarrer juste après).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio restore: expected exactly one PATH, e.g. %1</source>
        <translation>blufio restore : exactement un PATH attendu, p. ex. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 into %2 (schema version %3, %4).</source>
        <translation>%1 restauré dans %2 (version de schéma %3, %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There was no database before; nothing was kept.</source>
        <translation>Il n&apos;y avait pas de base de données auparavant ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database is kept as %1.</source>
        <translation>La base de données précédente est conservée sous %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <location filename="../common/storage/RestoreService.cpp" line="+93"/>
        <location line="+117"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>%1 is empty; it is not a database.</source>
        <translation>%1 est vide ; ce n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an SQLite database (its header is wrong).</source>
        <translation>%1 n&apos;est pas une base de données SQLite (en-tête incorrect).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is truncated: it ends inside the header.</source>
        <translation>%1 est tronqué : il se termine à l&apos;intérieur de l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its page size is invalid.</source>
        <translation>%1 est endommagé : sa taille de page n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: it has %2 bytes where the database needs %3.</source>
        <translation>%1 est tronqué : il fait %2 octets alors que la base de données en nécessite %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is an SQLite database but not a blufio database.</source>
        <translation>%1 est une base de données SQLite, mais pas une base de données blufio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has schema version %2, newer than the %3 this blufio knows; restore it with a newer blufio.</source>
        <translation>%1 a la version de schéma %2, plus récente que la version %3 connue de ce blufio ; restaurez-le avec un blufio plus récent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lacks blufio&apos;s table &quot;%2&quot;; it is not a usable blufio database.</source>
        <translation>il manque à %1 la table &quot;%2&quot; de blufio ; ce n&apos;est pas une base de données blufio utilisable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 a échoué à la vérification d&apos;intégrité : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable blufio database: %2</source>
        <translation>%1 n&apos;est pas une base de données blufio utilisable : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Cannot migrate the copy of %1: %2</source>
        <translation>Impossible de migrer la copie de %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is the live database itself.</source>
        <translation>%1 est la base de données active elle-même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The copy of %1 reached schema version %2 instead of %3.</source>
        <translation>La copie de %1 a atteint la version de schéma %2 au lieu de %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufiod (pid %1) is using %2. Stop it first, or use --force and restart it right after the restore.</source>
        <translation>blufiod (pid %1) utilise %2. Arrêtez-le d&apos;abord, ou utilisez --force et redémarrez-le juste après la restauration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufiod (pid %1) was running while the database was replaced: restart it now so it opens the restored database.</source>
        <translation>blufiod (pid %1) était en cours d&apos;exécution pendant le remplacement de la base de données : redémarrez-le maintenant pour qu&apos;il ouvre la base restaurée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot keep the current database as %1: %2</source>
        <translation>Impossible de conserver la base de données actuelle sous %1 : %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Cannot copy %1 next to the database: %2</source>
        <translation>Impossible de copier %1 à côté de la base de données : %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot move the restored database into place: %1</source>
        <translation>Impossible de mettre en place la base de données restaurée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored but its directory could not be flushed: %1</source>
        <translation>La base de données a été restaurée, mais son répertoire n&apos;a pas pu être synchronisé sur le disque : %1</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../common/storage/SchemaCheck.cpp" line="+70"/>
        <location line="+20"/>
        <source>its schema cannot be read: %1</source>
        <translation>son schéma ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema version %1 is not one blufio&apos;s migrations create</source>
        <translation>la version de schéma %1 n&apos;est pas une version créée par les migrations de blufio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is an SQLite database but not a blufio database</source>
        <translation>c&apos;est une base de données SQLite, mais pas une base de données blufio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version %1 is newer than the %2 this blufio knows</source>
        <translation>sa version de schéma %1 est plus récente que la version %2 connue de ce blufio</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>its %1 differs from what blufio&apos;s migrations create for schema version %2</source>
        <translation>son objet %1 diffère de ce que créent les migrations de blufio pour la version de schéma %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has the %1, which blufio&apos;s migrations do not create (schema version %2)</source>
        <translation>elle contient l&apos;objet %1, que les migrations de blufio ne créent pas (version de schéma %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it lacks the %1 that blufio&apos;s migrations create (schema version %2)</source>
        <translation>il lui manque l&apos;objet %1 que créent les migrations de blufio (version de schéma %2)</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+55"/>
        <source>%1: &quot;%2&quot; does not name a vault secret (1-128 of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>%1 : « %2 » ne nomme pas un secret du coffre (1 à 128 lettres, chiffres, « . », « _ », « - »)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../cli/commands/ServeCommand.cpp" line="+13"/>
        <source>Run the daemon (blufiod) in the foreground.</source>
        <translation>Exécuter le démon (blufiod) au premier plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio serve: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio serve : argument &apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>blufio serve: cannot start %1: %2</source>
        <translation>blufio serve : impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <location filename="../daemon/gateway/SessionsController.cpp" line="+44"/>
        <source>&quot;limit&quot; must be a whole number from 1 to %1</source>
        <translation>&quot;limit&quot; doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;cursor&quot; is not a cursor this server gave out</source>
        <translation>&quot;cursor&quot; n&apos;est pas un curseur fourni par ce serveur</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;before&quot; must be a message id</source>
        <translation>&quot;before&quot; doit être un identifiant de message</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>session %1 has a reply in progress; delete it when it is done</source>
        <translation>la session %1 a une réponse en cours ; supprimez-la une fois celle-ci terminée</translation>
    </message>
</context>
<context>
    <name>ShellCommand</name>
    <message>
        <location filename="../cli/commands/ShellCommand.cpp" line="+24"/>
        <source>Talk to the running daemon: each line is a message, the reply streams back.</source>
        <translation>Dialoguer avec le démon en cours d&apos;exécution : chaque ligne est un message, la réponse arrive en flux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the model&apos;s replies as they are, terminal control sequences included (by default escape sequences and control characters other than newline and tab are removed).</source>
        <translation>Afficher les réponses du modèle telles quelles, séquences de contrôle du terminal comprises (par défaut, les séquences d&apos;échappement et les caractères de contrôle autres que le saut de ligne et la tabulation sont retirés).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>blufio shell: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio shell : argument &apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to %1. Type a message, or /help.</source>
        <translation>Connecté à %1. Tapez un message, ou /help.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The next message starts a new session.</source>
        <translation>Le prochain message démarre une nouvelle session.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>blufio shell: no more sessions; /sessions starts again from the newest.</source>
        <translation>blufio shell : plus de sessions ; /sessions recommence à la plus récente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>blufio shell: /sessions takes no argument but &apos;more&apos;.</source>
        <translation>blufio shell : /sessions ne prend aucun argument sauf &apos;more&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio shell: /use needs a session id (see /sessions).</source>
        <translation>blufio shell : /use nécessite un identifiant de session (voir /sessions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio shell: unknown command &apos;%1&apos;; /help lists them.</source>
        <translation>blufio shell : commande &apos;%1&apos; inconnue ; /help les liste.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No sessions yet.</source>
        <translation>Aucune session pour l&apos;instant.</translation>
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
        <translation>MESSAGES</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older sessions: /sessions more</source>
        <translation>Sessions plus anciennes : /sessions more</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Using session %1 (%n message(s)).</source>
        <translation>
            <numerusform>Utilisation de la session %1 (%n message).</numerusform>
            <numerusform>Utilisation de la session %1 (%n messages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>blufio shell: no session &apos;%1&apos;; /sessions lists them.</source>
        <translation>blufio shell : pas de session &apos;%1&apos; ; /sessions les liste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a message and press Enter; the reply streams back in the current session.</source>
        <translation>Tapez un message et appuyez sur Entrée ; la réponse arrive en flux dans la session en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a new session with the next message</source>
        <translation>démarrer une nouvelle session avec le prochain message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list sessions (id, message count, last update)</source>
        <translation>lister les sessions (id, nombre de messages, dernière mise à jour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next, older page of sessions</source>
        <translation>la page suivante, plus ancienne, des sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue session ID</source>
        <translation>reprendre la session ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this help</source>
        <translation>cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave (so does end of input)</source>
        <translation>quitter (la fin de l&apos;entrée aussi)</translation>
    </message>
</context>
<context>
    <name>SqliteStorage</name>
    <message>
        <location filename="../common/storage/SqliteStorage.cpp" line="+32"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../daemon/gateway/SessionsController.cpp" line="-37"/>
        <source>Session %1 does not exist.</source>
        <translation>La session %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>The database %1 is not open.</source>
        <translation>La base de données %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite utilisable : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database but not a blufio database; refusing to use it.</source>
        <translation>%1 est une base de données SQLite, mais pas une base de données blufio ; refus de l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 has schema version %2, but this blufio only knows versions up to %3. Upgrade blufio or restore an older backup.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce blufio ne connaît que les versions jusqu&apos;à %3. Mettez à jour blufio ou restaurez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot switch the database %1 to WAL mode (it reports %2).</source>
        <translation>Impossible de passer la base de données %1 en mode WAL (elle indique %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Le pilote SQLite n&apos;expose pas son handle.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>La base de données %1 a échoué à la vérification d&apos;intégrité : %2</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Telegram update %1 was received before.</source>
        <translation>La mise à jour Telegram %1 a déjà été reçue.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Queue item %1 does not exist or is already answered.</source>
        <translation>L&apos;élément de file d&apos;attente %1 n&apos;existe pas ou a déjà reçu une réponse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Queue item %1 does not exist.</source>
        <translation>L&apos;élément de file d&apos;attente %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue item %1 is already answered.</source>
        <translation>L&apos;élément de file d&apos;attente %1 a déjà reçu une réponse.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>A key named %1 already exists.</source>
        <translation>Une clé nommée %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That device key already has a name.</source>
        <translation>Cette clé d&apos;appareil a déjà un nom.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no key named %1.</source>
        <translation>Il n&apos;existe aucune clé nommée %1.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../common/config/StartupChecks.cpp" line="+33"/>
        <source>daemon.bind: &apos;%1&apos; is not an IP address</source>
        <translation>daemon.bind : &apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the gateway is enabled but has no way to authenticate clients: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN, or &quot;vault:NAME&quot;), add a key from `blufio keygen` to gateway.device_keys, or set gateway.enabled = false</source>
        <translation>la passerelle est activée mais n&apos;a aucun moyen d&apos;authentifier les clients : définissez gateway.bearer_token (ou BLUFIO_GATEWAY_BEARER_TOKEN, ou &quot;vault:NAME&quot;), ajoutez une clé issue de `blufio keygen` à gateway.device_keys, ou définissez gateway.enabled = false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gateway.device_keys: &apos;%1&apos; is not a base64 Ed25519 public key (make one with `blufio keygen`)</source>
        <translation>gateway.device_keys : &apos;%1&apos; n&apos;est pas une clé publique Ed25519 en base64 (créez-en une avec `blufio keygen`)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gateway.bearer_token: %1 characters is too short to withstand guessing; use at least %2 (e.g. openssl rand -base64 32)</source>
        <translation>gateway.bearer_token : %1 caractères, c&apos;est trop court pour résister aux tentatives de devinette ; utilisez-en au moins %2 (p. ex. openssl rand -base64 32)</translation>
    </message>
    <message>
        <location filename="../common/vault/SecretResolver.cpp" line="+19"/>
        <source>Vault passphrase: </source>
        <translation>Phrase secrète du coffre : </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 refers to the vault: %2</source>
        <translation>%1 fait référence au coffre : %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: the vault has no secret named &apos;%2&apos; (add it with `blufio config set-secret %2`)</source>
        <translation>%1 : le coffre ne contient aucun secret nommé &apos;%2&apos; (ajoutez-le avec `blufio config set-secret %2`)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../cli/commands/StatusCommand.cpp" line="+14"/>
        <source>Show the daemon&apos;s state, memory and sessions.</source>
        <translation>Afficher l&apos;état, la mémoire et les sessions du démon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &apos;key: value&apos; lines without colour.</source>
        <translation>Afficher des lignes &apos;key: value&apos; sans couleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the daemon (default 3).</source>
        <translation>Secondes d&apos;attente du démon (3 par défaut).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>blufio status: unexpected argument &apos;%1&apos;.</source>
        <translation>blufio status : argument &apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio is not running: nothing answers at %1 (%2).</source>
        <translation>blufio n&apos;est pas en cours d&apos;exécution : rien ne répond à %1 (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>blufio</source>
        <translation>blufio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1, up %2</source>
        <translation>version %1, en service depuis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heap %1</source>
        <translation>heap %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn %1, limit %2</source>
        <translation>alerte %1, limite %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n actives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>accepte de nouvelles sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusing new sessions</source>
        <translation>refuse les nouvelles sessions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 of $%2</source>
        <translation>$%1 sur $%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1 (no budget)</source>
        <translation>$%1 (pas de budget)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1, this month %2</source>
        <translation>aujourd&apos;hui %1, ce mois-ci %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database %1, provider %2</source>
        <translation>base de données %1, fournisseur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listener</source>
        <translation>écoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(from /v1/health)</source>
        <translation>(depuis /v1/health)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from /health; set gateway.bearer_token for cost and dependencies)</source>
        <translation>(depuis /health ; définissez gateway.bearer_token pour le coût et les dépendances)</translation>
    </message>
</context>
<context>
    <name>TelegramReply</name>
    <message>
        <location filename="../common/telegram/TelegramReply.cpp" line="+49"/>
        <source>the Bot API refused the bot token (401%1)</source>
        <translation>la Bot API a refusé le jeton du bot (401%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API does not know this bot token (404%1)</source>
        <translation>la Bot API ne connaît pas ce jeton de bot (404%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Bot API at this address (HTTP 404)</source>
        <translation>aucune Bot API à cette adresse (HTTP 404)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused to deliver updates (409%1)</source>
        <translation>la Bot API a refusé de livrer les mises à jour (409%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>rate limited by the Bot API, retry after %n s (429%1)</source>
        <translation>
            <numerusform>limité par la Bot API, réessayer après %n s (429%1)</numerusform>
            <numerusform>limité par la Bot API, réessayer après %n s (429%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate limited by the Bot API (429%1)</source>
        <translation>limité par la Bot API (429%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Bot API is unavailable (%1%2)</source>
        <translation>la Bot API est indisponible (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API refused the request (%1%2)</source>
        <translation>la Bot API a refusé la requête (%1%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Bot API answered an error without a usable code (%1%2)</source>
        <translation>la Bot API a répondu une erreur sans code exploitable (%1%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>not a Bot API answer (HTTP %1, %n byte(s) that are not a JSON object)</source>
        <translation>
            <numerusform>pas une réponse de la Bot API (HTTP %1, %n octet qui n&apos;est pas un objet JSON)</numerusform>
            <numerusform>pas une réponse de la Bot API (HTTP %1, %n octets qui ne sont pas un objet JSON)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a Bot API answer (HTTP %1, no boolean &quot;ok&quot;)</source>
        <translation>pas une réponse de la Bot API (HTTP %1, pas de booléen « ok »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Bot API answer (HTTP %1 with &quot;ok&quot;: true)</source>
        <translation>pas une réponse de la Bot API (HTTP %1 avec &quot;ok&quot;: true)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Bot API answer without &quot;result&quot;</source>
        <translation>une réponse de la Bot API sans « result »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a Bot API user that is not an object</source>
        <translation>un utilisateur de la Bot API qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API user without an integer &quot;id&quot;</source>
        <translation>un utilisateur de la Bot API sans « id » entier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a Bot API message that is not an object</source>
        <translation>un message de la Bot API qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Bot API message without an integer &quot;message_id&quot;</source>
        <translation>un message de la Bot API sans « message_id » entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Bot API message without a chat with an integer &quot;id&quot;</source>
        <translation>un message de la Bot API sans chat avec un « id » entier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>getUpdates answered something other than an array</source>
        <translation>getUpdates a répondu autre chose qu&apos;un tableau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>getUpdates answered an update without an integer &quot;update_id&quot; (item %1)</source>
        <translation>getUpdates a répondu une mise à jour sans « update_id » entier (élément %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>getWebhookInfo answered without a string &quot;url&quot;</source>
        <translation>getWebhookInfo a répondu sans chaîne « url »</translation>
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
        <translation>blufio %1, %2, en service depuis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider %1 (%2): %3</source>
        <translation>fournisseur %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider %1: not configured</source>
        <translation>fournisseur %1 : non configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions: %1 active, %2 stored; queue: %3</source>
        <translation>sessions : %1 actives, %2 enregistrées ; file d&apos;attente : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions: %1 active</source>
        <translation>sessions : %1 actives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory pressure %1</source>
        <translation>pression mémoire %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <location filename="../common/net/TlsSettings.cpp" line="+44"/>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate &quot;%1&quot; expired on %2</source>
        <translation>le certificat &quot;%1&quot; a expiré le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate &quot;%1&quot; is not valid before %2</source>
        <translation>le certificat &quot;%1&quot; n&apos;est pas valide avant le %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+97"/>
        <source>not an unencrypted PEM private key</source>
        <translation>pas une clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the private key does not match the certificate in %1</source>
        <translation>la clé privée ne correspond pas au certificat de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsupported key type (use an RSA or EC key)</source>
        <translation>type de clé non pris en charge (utilisez une clé RSA ou EC)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not an IP address (or localhost)</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP (ni localhost)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; to be set</source>
        <translation>&apos;%1&apos; nécessite que &apos;%2&apos; soit défini</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+3"/>
        <source>not a PEM certificate</source>
        <translation>pas un certificat PEM</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>readable by group or others (mode %1); run: chmod 600 %2</source>
        <translation>lisible par le groupe ou les autres (mode %1) ; exécutez : chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../common/vault/Vault.cpp" line="+82"/>
        <location line="+50"/>
        <source>The cryptography library failed to start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A vault already exists in this database.</source>
        <translation>Un coffre existe déjà dans cette base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault passphrase must not be empty.</source>
        <translation>La phrase secrète du coffre ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+69"/>
        <source>Deriving the vault key failed (not enough memory for %1 MiB?).</source>
        <translation>La dérivation de la clé du coffre a échoué (mémoire insuffisante pour %1 Mio ?).</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>There is no vault yet; set a secret to create one.</source>
        <translation>Il n&apos;y a pas encore de coffre ; définissez un secret pour en créer un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is damaged: its &quot;%1&quot; record is missing.</source>
        <translation>Le coffre est endommagé : son enregistrement &quot;%1&quot; est manquant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vault is damaged: its key parameters are not valid.</source>
        <translation>Le coffre est endommagé : ses paramètres de clé ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The vault passphrase is wrong (or the vault was tampered with).</source>
        <translation>La phrase secrète du coffre est incorrecte (ou le coffre a été altéré).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault is locked; unlock it with its passphrase.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le avec sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid secret name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de secret valide (utilisez des lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>The vault has no secret named &quot;%1&quot;.</source>
        <translation>Le coffre ne contient aucun secret nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The secret &quot;%1&quot; is damaged.</source>
        <translation>Le secret &quot;%1&quot; est endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret &quot;%1&quot; cannot be decrypted: it was damaged or tampered with.</source>
        <translation>Le secret &quot;%1&quot; ne peut pas être déchiffré : il a été endommagé ou altéré.</translation>
    </message>
</context>
<context>
    <name>blufio</name>
    <message>
        <location filename="../cli/Command.cpp" line="+28"/>
        <source>Read the configuration from FILE.</source>
        <translation>Lire la configuration depuis FILE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the output (de, fr, es, en).</source>
        <translation>Langue de la sortie (de, fr, es, en).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL of the daemon (default: from the configuration).</source>
        <translation>URL du démon (par défaut : depuis la configuration).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [options]</source>
        <translation>Usage : blufio [--config FILE] [--lang CODE] [--url URL] COMMAND [options]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Print this help, or a command&apos;s help.</source>
        <translation>Afficher cette aide, ou l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Run &apos;blufio COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>Exécutez &apos;blufio COMMAND --help&apos; pour les options d&apos;une commande et un exemple.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot create the directory of the database %1.</source>
        <translation>impossible de créer le répertoire de la base de données %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run &apos;blufio --help&apos; for usage.</source>
        <translation>Exécutez &apos;blufio --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>blufio: unknown command &apos;%1&apos;.</source>
        <translation>blufio : commande &apos;%1&apos; inconnue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;blufio --help&apos; for the list of commands.</source>
        <translation>Exécutez &apos;blufio --help&apos; pour la liste des commandes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run &apos;blufio %1 --help&apos; for its options.</source>
        <translation>Exécutez &apos;blufio %1 --help&apos; pour ses options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: blufio %1 [options] %2</source>
        <translation>Usage : blufio %1 [options] %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>blufio: invalid configuration:</source>
        <translation>blufio : configuration non valide :</translation>
    </message>
</context>
<context>
    <name>blufio::Agent</name>
    <message>
        <location filename="../daemon/agent/Agent.cpp" line="+57"/>
        <source>the database refused the operation: %1</source>
        <translation>la base de données a refusé l&apos;opération : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a non-empty string</source>
        <translation>&quot;content&quot; doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the conversation is about %1 tokens, more than one call may be sent (%2 tokens: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); send fewer or shorter messages</source>
        <translation>la conversation fait environ %1 jetons, plus qu&apos;un seul appel ne peut en envoyer (%2 jetons : agent.context_tokens, ou la fenêtre de contexte du modèle moins agent.max_tokens) ; envoyez moins de messages ou des messages plus courts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the message is about %1 tokens, more than one call may be sent (%2 tokens with the system prompt: agent.context_tokens, or the model&apos;s context window less agent.max_tokens); shorten it or split it</source>
        <translation>le message fait environ %1 jetons, plus qu&apos;un seul appel ne peut en envoyer (%2 jetons avec le prompt système : agent.context_tokens, ou la fenêtre de contexte du modèle moins agent.max_tokens) ; raccourcissez-le ou divisez-le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no LLM provider is configured: set %1</source>
        <translation>aucun fournisseur LLM n&apos;est configuré : définissez %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not available; see `blufio doctor`</source>
        <translation>la base de données n&apos;est pas disponible ; voir `blufio doctor`</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the daemon is at its memory limit and takes no new sessions; try again later</source>
        <translation>le démon a atteint sa limite de mémoire et n&apos;accepte plus de nouvelles sessions ; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no session with id %1</source>
        <translation>aucune session avec l&apos;id %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n messages are already waiting (agent.max_queue); try again shortly</source>
        <translation>
            <numerusform>%n message est déjà en attente (agent.max_queue) ; réessayez dans un instant</numerusform>
            <numerusform>%n messages sont déjà en attente (agent.max_queue) ; réessayez dans un instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+181"/>
        <source>the LLM provider is gone; set %1</source>
        <translation>le fournisseur LLM a disparu ; définissez %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the provider returned an empty summary</source>
        <translation>le fournisseur a renvoyé un résumé vide</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the message is more than one call may be sent (%1 tokens); it is not answered</source>
        <translation>le message dépasse ce qu&apos;un seul appel peut envoyer (%1 jetons) ; il reste sans réponse</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the message was cancelled before it was sent to the provider</source>
        <translation>le message a été annulé avant d&apos;être envoyé au fournisseur</translation>
    </message>
    <message numerus="yes">
        <location filename="../daemon/agent/AgentTurn.cpp" line="+59"/>
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no reply within %n second(s); it will be stored in session %1 when it arrives</source>
        <translation>
            <numerusform>pas de réponse en %n seconde ; elle sera enregistrée dans la session %1 à son arrivée</numerusform>
            <numerusform>pas de réponse en %n secondes ; elle sera enregistrée dans la session %1 à son arrivée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blufio::AnthropicCall</name>
    <message>
        <location filename="../providers/AnthropicCall.cpp" line="+30"/>
        <source>no events in the reply</source>
        <translation>aucun événement dans la réponse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an event that is not a JSON object</source>
        <translation>un événement qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the reply exceeds %1 characters</source>
        <translation>la réponse dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>blufio::ApiClient</name>
    <message>
        <location filename="../common/net/ApiClient.cpp" line="+49"/>
        <source>cannot read the device key %1: %2</source>
        <translation>impossible de lire la clé d&apos;appareil %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials for the daemon: set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys (the key is looked for at %1).</source>
        <translation>aucun identifiant pour le démon : définissez gateway.bearer_token (ou BLUFIO_GATEWAY_BEARER_TOKEN) avec le jeton du démon, ou exécutez &apos;blufio keygen&apos; et ajoutez la clé publique affichée à gateway.device_keys du démon (la clé est recherchée à %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gateway.bearer_token refers to the vault, which only the daemon unlocks; set BLUFIO_GATEWAY_BEARER_TOKEN for the CLI.</source>
        <translation>gateway.bearer_token fait référence au coffre, que seul le démon déverrouille ; définissez BLUFIO_GATEWAY_BEARER_TOKEN pour la CLI.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>cannot reach the daemon at %1: %2. Is blufiod running? (&apos;blufio status&apos; tells.)</source>
        <translation>impossible de joindre le démon à %1 : %2. blufiod est-il en cours d&apos;exécution ? (&apos;blufio status&apos; l&apos;indique.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon ended the reply before it was complete</source>
        <translation>le démon a terminé la réponse avant qu&apos;elle soit complète</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the daemon rejected the credentials (401). Set gateway.bearer_token (or BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon&apos;s token, or run &apos;blufio keygen&apos; and add the printed public key to the daemon&apos;s gateway.device_keys.</source>
        <translation>le démon a rejeté les identifiants (401). Définissez gateway.bearer_token (ou BLUFIO_GATEWAY_BEARER_TOKEN) avec le jeton du démon, ou exécutez &apos;blufio keygen&apos; et ajoutez la clé publique affichée à gateway.device_keys du démon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the daemon answered HTTP %1</source>
        <translation>le démon a répondu HTTP %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the daemon&apos;s reply is not a JSON object: %1</source>
        <translation>la réponse du démon n&apos;est pas un objet JSON : %1</translation>
    </message>
</context>
<context>
    <name>blufio::Daemon</name>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+78"/>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>listening on %1</source>
        <translation>à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>telegram.enabled is true but telegram.bot_token is not set (the token @BotFather gave, or vault:NAME)</source>
        <translation>telegram.enabled vaut true mais telegram.bot_token n&apos;est pas défini (le jeton fourni par @BotFather, ou vault:NAME)</translation>
    </message>
    <message>
        <location filename="../daemon/auth/AuthThrottle.cpp" line="+43"/>
        <source>gateway.trusted_proxies: &apos;%1&apos; is not an IP address or subnet</source>
        <translation>gateway.trusted_proxies : &apos;%1&apos; n&apos;est ni une adresse IP ni un sous-réseau</translation>
    </message>
    <message>
        <location filename="../daemon/core/Daemon.cpp" line="+48"/>
        <source>%1 refers to the vault, but the database cannot be opened</source>
        <translation>%1 fait référence au coffre, mais la base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>blufio::HttpTurnSink</name>
    <message>
        <location filename="../daemon/gateway/HttpTurnSink.cpp" line="+48"/>
        <source>the client left</source>
        <translation>le client est parti</translation>
    </message>
</context>
<context>
    <name>blufio::MetricsListener</name>
    <message>
        <location filename="../daemon/metrics/MetricsListener.cpp" line="+57"/>
        <source>metrics are disabled (metrics.enabled = false)</source>
        <translation>les métriques sont désactivées (metrics.enabled = false)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no WebSocket endpoint here</source>
        <translation>aucun point de terminaison WebSocket ici</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metrics.listen: cannot listen on %1: %2</source>
        <translation>metrics.listen : impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>metrics.tls_cert: no longer configured</source>
        <translation>metrics.tls_cert : n&apos;est plus configuré</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiCall</name>
    <message>
        <location filename="../providers/OpenAiCall.cpp" line="+19"/>
        <source>no events in the reply</source>
        <translation>aucun événement dans la réponse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an event that is not a JSON object</source>
        <translation>un événement qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the reply exceeds %1 characters</source>
        <translation>la réponse dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>blufio::OpenAiTurnSink</name>
    <message>
        <location filename="../daemon/gateway/OpenAiTurnSink.cpp" line="+50"/>
        <source>the client left</source>
        <translation>le client est parti</translation>
    </message>
</context>
<context>
    <name>blufio::ProbeCall</name>
    <message>
        <location filename="../providers/ProbeCall.cpp" line="+19"/>
        <source>the model list exceeds %1 bytes</source>
        <translation>la liste des modèles dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model list is not a JSON object</source>
        <translation>la liste des modèles n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderCall</name>
    <message>
        <location filename="../providers/ProviderCall.cpp" line="+166"/>
        <source>expected %1 but got %2</source>
        <translation>%1 attendu, mais %2 reçu</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderError</name>
    <message>
        <location filename="../providers/ProviderError.cpp" line="+78"/>
        <source>No LLM provider is configured: set %1 in the configuration file or the environment.</source>
        <translation>Aucun fournisseur LLM n&apos;est configuré : définissez %1 dans le fichier de configuration ou l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The LLM provider is not usable: %1 (set %2).</source>
        <translation>Le fournisseur LLM n&apos;est pas utilisable : %1 (définissez %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request to the LLM provider was cancelled.</source>
        <translation>La requête au fournisseur LLM a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The LLM provider sent nothing for %n second(s).</source>
        <translation>
            <numerusform>Le fournisseur LLM n&apos;a rien envoyé pendant %n seconde.</numerusform>
            <numerusform>Le fournisseur LLM n&apos;a rien envoyé pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The LLM provider did not finish its reply within %n second(s).</source>
        <translation>
            <numerusform>Le fournisseur LLM n&apos;a pas terminé sa réponse en %n seconde.</numerusform>
            <numerusform>Le fournisseur LLM n&apos;a pas terminé sa réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the LLM provider: %1</source>
        <translation>Impossible de joindre le fournisseur LLM : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the LLM provider closed before the reply was complete.</source>
        <translation>La connexion au fournisseur LLM s&apos;est fermée avant que la réponse soit complète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent a malformed reply stream: %1</source>
        <translation>Le fournisseur LLM a envoyé un flux de réponse mal formé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider sent an unexpected reply: %1</source>
        <translation>Le fournisseur LLM a envoyé une réponse inattendue : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The LLM provider rejected the API key (HTTP %1: %2).</source>
        <translation>Le fournisseur LLM a rejeté la clé API (HTTP %1 : %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LLM provider is rate limiting requests; retry in %1 s (%2).</source>
        <translation>Le fournisseur LLM limite le débit des requêtes ; réessayez dans %1 s (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LLM provider is rate limiting requests (%1).</source>
        <translation>Le fournisseur LLM limite le débit des requêtes (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider failed (HTTP %1: %2).</source>
        <translation>Le fournisseur LLM a échoué (HTTP %1 : %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LLM provider refused the request (HTTP %1: %2).</source>
        <translation>Le fournisseur LLM a refusé la requête (HTTP %1 : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LLM provider answered with HTTP %1.</source>
        <translation>Le fournisseur LLM a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The LLM provider reported an error during the reply (%1: %2).</source>
        <translation>Le fournisseur LLM a signalé une erreur pendant la réponse (%1 : %2).</translation>
    </message>
</context>
<context>
    <name>blufio::ProviderFactory</name>
    <message>
        <location filename="../providers/ProviderFactory.cpp" line="+35"/>
        <source>not a valid URL</source>
        <translation>URL non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must start with https:// or http://</source>
        <translation>l&apos;URL doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must not have a query or fragment</source>
        <translation>l&apos;URL ne doit pas contenir de requête ni de fragment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>fournisseur &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the secret %1 could not be read from the vault</source>
        <translation>le secret %1 n&apos;a pas pu être lu depuis le coffre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the API key contains a line break</source>
        <translation>la clé API contient un saut de ligne</translation>
    </message>
</context>
<context>
    <name>blufio::SseCall</name>
    <message>
        <location filename="../providers/SseCall.cpp" line="+21"/>
        <source>a line longer than %1 bytes</source>
        <translation>une ligne de plus de %1 octets</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramBotApi</name>
    <message>
        <location filename="../common/telegram/TelegramBotApi.cpp" line="+161"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redirected (HTTP %1); set telegram.api_url to the final address</source>
        <translation>redirigé (HTTP %1) ; définissez telegram.api_url sur l&apos;adresse finale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the request was lost</source>
        <translation>la requête a été perdue</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramChannel</name>
    <message numerus="yes">
        <location filename="../daemon/telegram/TelegramChannel.cpp" line="+152"/>
        <source>Telegram refused the bot token (401): set telegram.bot_token to the token @BotFather gave (`blufio doctor` checks it); retrying every %n s</source>
        <translation>
            <numerusform>Telegram a refusé le jeton du bot (401) : définissez telegram.bot_token avec le jeton fourni par @BotFather (`blufio doctor` le vérifie) ; nouvel essai toutes les %n s</numerusform>
            <numerusform>Telegram a refusé le jeton du bot (401) : définissez telegram.bot_token avec le jeton fourni par @BotFather (`blufio doctor` le vérifie) ; nouvel essai toutes les %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Telegram refuses getUpdates (409): a webhook is set for this bot (remove it with deleteWebhook) or another program polls with the same token; retrying every %n s</source>
        <translation>
            <numerusform>Telegram refuse getUpdates (409) : un webhook est défini pour ce bot (supprimez-le avec deleteWebhook) ou un autre programme interroge avec le même jeton ; nouvel essai toutes les %n s</numerusform>
            <numerusform>Telegram refuse getUpdates (409) : un webhook est défini pour ce bot (supprimez-le avec deleteWebhook) ou un autre programme interroge avec le même jeton ; nouvel essai toutes les %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Telegram asks to wait %n s (429)</source>
        <translation>
            <numerusform>Telegram demande d&apos;attendre %n s (429)</numerusform>
            <numerusform>Telegram demande d&apos;attendre %n s (429)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retrying in %1 ms</source>
        <translation>nouvel essai dans %1 ms</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>I can only read text messages.</source>
        <translation>Désolé, je ne peux lire que les messages texte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hello! Send me a message and I will answer. /new starts a new conversation, /status shows how I am.</source>
        <translation>Bonjour ! Envoyez-moi un message et je vous répondrai. /new démarre une nouvelle conversation, /status indique comment je vais.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I could not start a new conversation: the database refused.</source>
        <translation>Je n&apos;ai pas pu démarrer une nouvelle conversation : la base de données a refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started a new conversation.</source>
        <translation>Nouvelle conversation démarrée.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your message was interrupted by a restart before I could answer; please send it again.</source>
        <translation>Votre message a été interrompu par un redémarrage avant que je puisse répondre ; merci de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>blufio::TelegramReplyStream</name>
    <message>
        <location filename="../daemon/telegram/TelegramReplyStream.cpp" line="+54"/>
        <source>(the reply was empty)</source>
        <translation>(la réponse était vide)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The spending budget is used up, so I cannot answer now. %1</source>
        <translation>Le budget de dépenses est épuisé, je ne peux donc pas répondre pour le moment. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am short of memory and take no new conversations right now; please try again later.</source>
        <translation>Je manque de mémoire et n&apos;accepte pas de nouvelles conversations pour le moment ; merci de réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many messages are waiting; please try again in a moment.</source>
        <translation>Trop de messages sont en attente ; merci de réessayer dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language model is rate-limiting me; please try again shortly.</source>
        <translation>Le modèle de langage limite mes requêtes pour le moment ; merci de réessayer sous peu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No language model is configured on this blufio.</source>
        <translation>Aucun modèle de langage n&apos;est configuré sur ce blufio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply was cancelled.</source>
        <translation>La réponse a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language model took too long to answer.</source>
        <translation>Le modèle de langage a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not available, so I cannot take messages right now.</source>
        <translation>La base de données n&apos;est pas disponible, je ne peux donc pas recevoir de messages pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, something went wrong: %1</source>
        <translation>Désolé, une erreur s&apos;est produite : %1</translation>
    </message>
</context>
<context>
    <name>blufio::TlsHttpListener</name>
    <message>
        <location filename="../daemon/metrics/TlsHttpListener.cpp" line="+103"/>
        <source>no handshake within %1 ms</source>
        <translation>aucune négociation dans un délai de %1 ms</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not a TLS ClientHello (plain HTTP to the TLS listener?)</source>
        <translation>pas un ClientHello TLS (HTTP en clair vers l&apos;écouteur TLS ?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no WebSocket endpoint here</source>
        <translation>aucun point de terminaison WebSocket ici</translation>
    </message>
</context>
<context>
    <name>blufio::WebSocketChannel</name>
    <message>
        <location filename="../daemon/gateway/WebSocketChannel.cpp" line="+31"/>
        <source>send JSON text frames</source>
        <translation>envoyez des trames texte JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no pong within daemon.idle_timeout_secs</source>
        <translation>pas de pong dans le délai daemon.idle_timeout_secs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the frame is not a JSON object</source>
        <translation>la trame n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown frame type; send {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;}</source>
        <translation>type de trame inconnu ; envoyez {&quot;type&quot;: &quot;message&quot;, &quot;content&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;content&quot; must be a string and &quot;session_id&quot; a string when given</source>
        <translation>&quot;content&quot; doit être une chaîne, et &quot;session_id&quot; aussi s&apos;il est fourni</translation>
    </message>
</context>
<context>
    <name>blufio::tray::MemoryGraph</name>
    <message>
        <location filename="../tray/MemoryGraph.cpp" line="+22"/>
        <source>Memory history</source>
        <translation>Historique de la mémoire</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No memory samples yet</source>
        <translation>Aucun échantillon de mémoire pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit</source>
        <translation>limite</translation>
    </message>
</context>
<context>
    <name>blufio::tray::SettingsDialog</name>
    <message>
        <location filename="../tray/SettingsDialog.cpp" line="+16"/>
        <source>blufio tray settings</source>
        <translation>Paramètres de blufio-tray</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: uses /v1/health</source>
        <translation>facultatif : utilise /v1/health</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon &amp;URL:</source>
        <translation>&amp;URL du démon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;every:</source>
        <translation>&amp;Vérifier toutes les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Jeton bearer :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter an http:// or https:// URL, e.g. http://127.0.0.1:3000.</source>
        <translation>Saisissez une URL http:// ou https://, p. ex. http://127.0.0.1:3000.</translation>
    </message>
</context>
<context>
    <name>blufio::tray::StatusWindow</name>
    <message>
        <location filename="../tray/StatusWindow.cpp" line="+25"/>
        <source>blufio status</source>
        <translation>État de blufio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Daemon:</source>
        <translation>Démon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime:</source>
        <translation>Temps de fonctionnement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heap:</source>
        <translation>Heap :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS:</source>
        <translation>RSS :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory, last hour</source>
        <translation>Mémoire, dernière heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent state changes</source>
        <translation>Changements d&apos;état récents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>&amp;Copier l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>défaillant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio is %1</source>
        <translation>blufio est %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above warn</source>
        <translation>au-dessus du seuil d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above limit</source>
        <translation>au-dessus de la limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (warn %2, limit %3): %4</source>
        <translation>%1 (alerte %2, limite %3) : %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n actives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepting new sessions</source>
        <translation>accepte de nouvelles sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refusing new sessions</source>
        <translation>refuse les nouvelles sessions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>first seen %1</source>
        <translation>vu pour la première fois : %1</translation>
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
        <translation>Aucune zone de notification n&apos;est disponible sur ce bureau ; blufio-tray affiche donc cette fenêtre à la place. La fermer quitte blufio-tray.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blufio: checking…</source>
        <translation>blufio : vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open status &amp;window</source>
        <translation>Ouvrir la &amp;fenêtre d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy status</source>
        <translation>&amp;Copier l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;metrics in browser</source>
        <translation>Ouvrir les &amp;métriques dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>blufio: %1</source>
        <translation>blufio : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up %1</source>
        <translation>en service depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heap %1 (warn %2, limit %3)</source>
        <translation>heap %1 (alerte %2, limite %3)</translation>
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
            <numerusform>sessions : %n active</numerusform>
            <numerusform>sessions : %n actives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram: up</source>
        <translation>Telegram : en service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram: down</source>
        <translation>Telegram : hors service</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>blufio is down</source>
        <translation>blufio est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers at %1 (%2).</source>
        <translation>Rien ne répond à %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is unhealthy</source>
        <translation>blufio est défaillant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reports unhealthy (HTTP %2).</source>
        <translation>%1 se signale défaillant (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blufio is degraded</source>
        <translation>blufio est dégradé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heap %1 (warn %2, limit %3).</source>
        <translation>Heap %1 (alerte %2, limite %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blufio has recovered</source>
        <translation>blufio est rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is healthy again.</source>
        <translation>%1 est de nouveau sain.</translation>
    </message>
</context>
<context>
    <name>blufiod</name>
    <message>
        <location filename="../daemon/main.cpp" line="+33"/>
        <source>blufio agent daemon</source>
        <translation>démon d&apos;agent blufio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the configuration from FILE.</source>
        <translation>Lire la configuration depuis FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid configuration:</source>
        <translation>configuration non valide :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../tray/main.cpp" line="+28"/>
        <source>Shows a blufio daemon&apos;s health in the system tray.</source>
        <translation>Affiche l&apos;état de santé d&apos;un démon blufio dans la zone de notification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daemon URL (default: saved setting, else from the configuration).</source>
        <translation>URL du démon (par défaut : paramètre enregistré, sinon depuis la configuration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds between checks (default: saved setting, else 5).</source>
        <translation>Secondes entre les vérifications (par défaut : paramètre enregistré, sinon 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blufio.toml to read the default URL and memory limits from.</source>
        <translation>blufio.toml depuis lequel lire l&apos;URL par défaut et les limites de mémoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language code, e.g. de.</source>
        <translation>Code de langue, p. ex. de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the status window at start.</source>
        <translation>Ouvrir la fenêtre d&apos;état au démarrage.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>blufio-tray: the configuration is invalid; using default limits:</source>
        <translation>blufio-tray : la configuration n&apos;est pas valide ; utilisation des limites par défaut :</translation>
    </message>
    <message>
        <location filename="../tray/TraySettings.cpp" line="+17"/>
        <source>blufio-tray: --interval takes whole seconds from %1 to %2.</source>
        <translation>blufio-tray : --interval attend un nombre entier de secondes de %1 à %2.</translation>
    </message>
</context>
</TS>
