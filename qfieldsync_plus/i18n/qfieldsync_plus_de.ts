<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>QFieldSyncPlus</name>
    <message>
      <location filename="../core/archives.py" line="50" />
      <source>Nothing was extracted.</source>
      <translation>Es wurde nichts entpackt.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="50" />
      <source>Do not open "{archive}": it was not written by QGIS or QField. Ask its sender for the project again.</source>
      <translation>Öffnen Sie „{archive}“ nicht: Die Datei wurde nicht von QGIS oder QField geschrieben. Bitten Sie den Absender erneut um das Projekt.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="56" />
      <source>If you trust this archive, raise the limit in Settings › Options › QFieldSync+.</source>
      <translation>Wenn Sie diesem Archiv vertrauen, erhöhen Sie das Limit unter Einstellungen › Optionen › QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="68" />
      <source>The archive "{archive}" holds an entry with an absolute path: "{entry}".</source>
      <translation>Das Archiv „{archive}“ enthält einen Eintrag mit absolutem Pfad: „{entry}“.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="71" />
      <source>The archive "{archive}" holds an entry that points outside its folder: "{entry}".</source>
      <translation>Das Archiv „{archive}“ enthält einen Eintrag, der aus seinem Ordner hinaus zeigt: „{entry}“.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="74" />
      <source>The archive "{archive}" holds a symbolic link: "{entry}".</source>
      <translation>Das Archiv „{archive}“ enthält einen symbolischen Link: „{entry}“.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="83" />
      <source>"{archive}" is not a readable zip archive: {error}</source>
      <translation>„{archive}“ ist kein lesbares ZIP-Archiv: {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="83" />
      <source>It is corrupt or truncated: get the file again.</source>
      <translation>Es ist beschädigt oder abgeschnitten: Besorgen Sie die Datei erneut.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="87" />
      <source>The archive "{archive}" holds {count} entries, more than the limit of {limit}.</source>
      <translation>Das Archiv „{archive}“ enthält {count} Einträge, mehr als das Limit von {limit}.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="94" />
      <source>The archive "{archive}" unpacks to more than {limit} bytes (at entry "{entry}").</source>
      <translation>Das Archiv „{archive}“ ergibt entpackt mehr als {limit} Bytes (bei Eintrag „{entry}“).</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="139" />
      <source>The entry "{entry}" of "{archive}" would be written through a link leaving "{dest}".</source>
      <translation>Der Eintrag „{entry}“ von „{archive}“ würde über einen Link geschrieben, der aus „{dest}“ hinausführt.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="145" />
      <source>Cannot create the folder "{folder}" for the entry "{entry}" of "{archive}": {error}</source>
      <translation>Der Ordner „{folder}“ für den Eintrag „{entry}“ von „{archive}“ kann nicht angelegt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="166" />
      <source>The entry "{entry}" of "{archive}" would overwrite "{target}".</source>
      <translation>Der Eintrag „{entry}“ von „{archive}“ würde „{target}“ überschreiben.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="169" />
      <source>Cannot write "{target}": {error}</source>
      <translation>„{target}“ kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="180" />
      <source>The entry "{entry}" of "{archive}" cannot be extracted: {error}</source>
      <translation>Der Eintrag „{entry}“ von „{archive}“ kann nicht entpackt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="85" />
      <source>It lies outside the project folder {folder}: move it into the project folder (or a subfolder).</source>
      <translation>Sie liegt außerhalb des Projektordners {folder}: Verschieben Sie sie in den Projektordner (oder einen Unterordner).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="85" />
      <source>It should be at this path inside the project folder.</source>
      <translation>Sie sollte unter diesem Pfad im Projektordner liegen.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="96" />
      <source>File "{filename}" missing.</source>
      <translation>Datei „{filename}“ fehlt.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="90" />
      <source>Keep relative paths and folder names as on your computer (e.g. data/data.gpkg needs the data folder).</source>
      <translation>Behalten Sie relative Pfade und Ordnernamen wie auf Ihrem Computer bei (z. B. braucht data/data.gpkg den Ordner data).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="102" />
      <source>On QFieldCloud, upload the file to the "shared_datasets" project or update the layer to point to an available file.</source>
      <translation>Laden Sie die Datei auf QFieldCloud in das Projekt „shared_datasets“ hoch oder lassen Sie den Layer auf eine verfügbare Datei zeigen.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="107" />
      <source>None of the localized data paths of this QGIS (Settings › Options › Data Sources) holds "{file}": add the folder that holds it there, or update the layer to point to an available file.</source>
      <translation>Keiner der lokalisierten Datenpfade dieses QGIS (Einstellungen › Optionen › Datenquellen) enthält „{file}“: fügen Sie dort den Ordner hinzu, der sie enthält, oder lassen Sie den Layer auf eine verfügbare Datei zeigen.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="110" />
      <source>Localized dataset stored at "{filename}" is missing.</source>
      <translation>Der lokalisierte Datensatz unter „{filename}“ fehlt.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="119" />
      <source>The service exists only in this computer's pg_service.conf. Add it to the project as a pgservice secret so QFieldCloud can connect.</source>
      <translation>Der Dienst steht nur in der pg_service.conf dieses Computers. Fügen Sie ihn dem Projekt als pgservice-Geheimnis hinzu, damit QFieldCloud sich verbinden kann.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="122" />
      <source>QFieldCloud tries to connect to a PostgreSQL service that is not available. Create a pgservice secret for it so QFieldCloud can connect to the PostGIS service.</source>
      <translation>QFieldCloud versucht, sich mit einem PostgreSQL-Dienst zu verbinden, der nicht verfügbar ist. Legen Sie ein pgservice-Geheimnis dafür an, damit QFieldCloud sich mit dem PostGIS-Dienst verbinden kann.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="125" />
      <source>The service is defined in your pg_service.conf, but its database refused or did not answer: check its host, port, database name and credentials.</source>
      <translation>Der Dienst ist in Ihrer pg_service.conf definiert, aber seine Datenbank hat abgelehnt oder nicht geantwortet: Prüfen Sie Host, Port, Datenbanknamen und Zugangsdaten.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="128" />
      <source>The service is not defined in any pg_service.conf this computer reads ({files}). Define it there (or point PGSERVICEFILE at the right file).</source>
      <translation>Der Dienst ist in keiner pg_service.conf definiert, die dieser Computer liest ({files}). Definieren Sie ihn dort (oder lassen Sie PGSERVICEFILE auf die richtige Datei zeigen).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="131" />
      <source>Unable to connect to service "{service}".</source>
      <translation>Verbindung zum Dienst „{service}“ nicht möglich.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="138" />
      <source>The layer connects to a database/service on your local machine. Either remove that layer or replace it with a layer source accessible by QFieldCloud.</source>
      <translation>Der Layer verbindet sich mit einer Datenbank bzw. einem Dienst auf Ihrem lokalen Rechner. Entfernen Sie den Layer oder ersetzen Sie ihn durch eine Datenquelle, die QFieldCloud erreichen kann.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="138" />
      <source>The database/service on this machine is not running or refuses the connection.</source>
      <translation>Die Datenbank bzw. der Dienst auf diesem Rechner läuft nicht oder verweigert die Verbindung.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="144" />
      <source>Unable to connect to host "localhost".</source>
      <translation>Verbindung zum Host „localhost“ nicht möglich.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="147" />
      <source>The host is a local or private network address that QFieldCloud cannot reach from the internet. Use a publicly reachable host, or replace the layer.</source>
      <translation>Der Host ist eine lokale oder private Netzwerkadresse, die QFieldCloud aus dem Internet nicht erreicht. Verwenden Sie einen öffentlich erreichbaren Host oder ersetzen Sie den Layer.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="150" />
      <source>Your service is not accessible from the QFieldCloud server. You might need to ask your IT department to whitelist the QFieldCloud IP.</source>
      <translation>Ihr Dienst ist vom QFieldCloud-Server aus nicht erreichbar. Eventuell muss Ihre IT-Abteilung die IP-Adresse von QFieldCloud freigeben.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="153" />
      <source>This machine cannot reach the host: check its name, the network or VPN, and that the server runs.</source>
      <translation>Dieser Rechner erreicht den Host nicht: Prüfen Sie den Namen, das Netzwerk oder VPN und ob der Server läuft.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="154" />
      <source>Unable to connect to host "{host}".</source>
      <translation>Verbindung zum Host „{host}“ nicht möglich.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="183" />
      <source>QFieldCloud cannot use it. Store the credentials in a pgservice secret instead.</source>
      <translation>QFieldCloud kann sie nicht verwenden. Speichern Sie die Zugangsdaten stattdessen in einem pgservice-Geheimnis.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="185" />
      <source>QFieldCloud cannot read this computer's authentication database, so the layer will not open there.</source>
      <translation>QFieldCloud kann die Authentifizierungsdatenbank dieses Computers nicht lesen, daher öffnet sich der Layer dort nicht.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="186" />
      <source>The layer uses the authentication configuration "{id}", which lives only in this computer's QGIS authentication database.</source>
      <translation>Der Layer verwendet die Authentifizierungskonfiguration „{id}“, die nur in der QGIS-Authentifizierungsdatenbank dieses Computers existiert.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="195" />
      <source>The password is saved in the project file and uploaded with it. Move host, database, user and password into a pg_service entry, add it to the project as a pgservice secret (python -m qfieldsync_plus secrets set PROJECT NAME --type pgservice), and change the layer to service=&lt;name&gt; without user or password: the secret stays encrypted in the QGIS authentication database, jobs receive it, and QFieldCloud can resolve it (an authcfg it cannot).</source>
      <translation>Das Passwort wird in der Projektdatei gespeichert und mit ihr hochgeladen. Verschieben Sie Host, Datenbank, Benutzer und Passwort in einen pg_service-Eintrag, fügen Sie ihn dem Projekt als pgservice-Geheimnis hinzu (python -m qfieldsync_plus secrets set PROJECT NAME --type pgservice) und stellen Sie den Layer auf service=&lt;name&gt; ohne Benutzer und Passwort um: Das Geheimnis bleibt verschlüsselt in der QGIS-Authentifizierungsdatenbank, Jobs erhalten es, und QFieldCloud kann es auflösen (eine authcfg dagegen nicht).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="201" />
      <source>Anyone who gets the project file can read it: use an account that may only read this service.</source>
      <translation>Jeder, der die Projektdatei erhält, kann es lesen: Verwenden Sie ein Konto, das diesen Dienst nur lesen darf.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="202" />
      <source>The layer's data source stores a password in clear text.</source>
      <translation>Die Datenquelle des Layers speichert ein Passwort im Klartext.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="208" />
      <source>The layer needs the authentication configuration "{id}", and the QGIS authentication database was locked when the job started.</source>
      <translation>Der Layer braucht die Authentifizierungskonfiguration "{id}", und die QGIS-Authentifizierungsdatenbank war beim Start des Jobs gesperrt.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="208" />
      <source>Unlock the QGIS authentication database (enter its master password) and run the job again.</source>
      <translation>Entsperren Sie die QGIS-Authentifizierungsdatenbank (Master-Passwort eingeben) und starten Sie den Job erneut.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="43" />
      <source>Project file "{name}" is not well-formed XML: {error}. Line {line}, column {column}:
{context}</source>
      <translation>Die Projektdatei „{name}“ ist kein wohlgeformtes XML: {error}. Zeile {line}, Spalte {column}:
{context}</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="43" />
      <source>The file is broken or incomplete. Save the project again from QGIS, or restore a backup.</source>
      <translation>Die Datei ist beschädigt oder unvollständig. Speichern Sie das Projekt erneut aus QGIS oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="52" />
      <source>Project file "{name}" is not a QGIS project: its XML root element is &lt;{tag}&gt;, not &lt;qgis&gt;.</source>
      <translation>Die Projektdatei „{name}“ ist kein QGIS-Projekt: Ihr XML-Wurzelelement ist &lt;{tag}&gt;, nicht &lt;qgis&gt;.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="52" />
      <source>Choose the .qgs or .qgz file QGIS saved (Project › Save As).</source>
      <translation>Wählen Sie die .qgs- oder .qgz-Datei, die QGIS gespeichert hat (Projekt › Speichern unter).</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="71" />
      <source>Project file "{path}" does not exist.</source>
      <translation>Die Projektdatei „{path}“ existiert nicht.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="71" />
      <source>Check the path; the project may have been moved or renamed.</source>
      <translation>Prüfen Sie den Pfad; das Projekt wurde eventuell verschoben oder umbenannt.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="78" />
      <source>Project file "{path}" has unknown file extension "{ext}"; expected .qgs or .qgz.</source>
      <translation>Die Projektdatei „{path}“ hat die unbekannte Dateiendung „{ext}“; erwartet wird .qgs oder .qgz.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="85" />
      <source>Project file "{path}" is not a file.</source>
      <translation>Die Projektdatei „{path}“ ist keine Datei.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="96" />
      <source>Project file "{path}" is not a readable .qgz (zip) archive: it is corrupt or truncated.</source>
      <translation>Die Projektdatei „{path}“ ist kein lesbares .qgz-Archiv (ZIP): Sie ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="96" />
      <source>Save the project again from QGIS, or restore a backup.</source>
      <translation>Speichern Sie das Projekt erneut aus QGIS oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="105" />
      <source>Project archive "{path}" holds no .qgs project file.</source>
      <translation>Das Projektarchiv „{path}“ enthält keine .qgs-Projektdatei.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="111" />
      <source>Project archive "{path}" cannot be read: {error}</source>
      <translation>Das Projektarchiv „{path}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="42" />
      <source>{count} hidden file(s) or folder(s) in the project folder are not uploaded to QFieldCloud.</source>
      <translation>{count} versteckte Datei(en) oder Ordner im Projektordner werden nicht zu QFieldCloud hochgeladen.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="43" />
      <source>Files and folders whose names start with a dot are skipped by the upload (QFieldCloud does not accept them). Rename them without the leading dot if the project needs them.</source>
      <translation>Dateien und Ordner, deren Name mit einem Punkt beginnt, lässt das Hochladen aus (QFieldCloud nimmt sie nicht an). Benennen Sie sie ohne den Punkt um, wenn das Projekt sie braucht.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="63" />
      <source>{count} file name(s) that QField on Windows or Android cannot hold.</source>
      <translation>{count} Dateiname(n), die QField unter Windows oder Android nicht speichern kann.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="64" />
      <source>Rename them without &lt; &gt; : " | ? * \, control characters, trailing dots or spaces, or reserved names such as CON or NUL.</source>
      <translation>Benennen Sie sie um – ohne &lt; &gt; : " | ? * \, Steuerzeichen, Punkte oder Leerzeichen am Ende und ohne reservierte Namen wie CON oder NUL.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="76" />
      <source>The project saves paths to data sources as absolute paths.</source>
      <translation>Das Projekt speichert die Pfade zu Datenquellen als absolute Pfade.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="76" />
      <source>Set Project → Properties → General → Save paths to “Relative”, then save the project.</source>
      <translation>Stellen Sie unter Projekt → Eigenschaften → Allgemein „Pfade speichern“ auf „Relativ“ und speichern Sie das Projekt.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="87" />
      <source>{count} data file(s) lie outside the project folder.</source>
      <translation>{count} Datendatei(en) liegen außerhalb des Projektordners.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="88" />
      <source>QFieldCloud and QField only get files inside the project folder {folder}. Move the files there.</source>
      <translation>QFieldCloud und QField erhalten nur Dateien im Projektordner {folder}. Verschieben Sie die Dateien dorthin.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="112" />
      <source>Project folder {size} MB, opened in {seconds:.1f} s: a package job should take about {estimate:.0f} s.</source>
      <translation>Projektordner {size} MB, geöffnet in {seconds:.1f} s: Ein Package-Job sollte etwa {estimate:.0f} s dauern.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="115" />
      <source>Project folder {size} MB, opened in {seconds:.1f} s: a package job may take about {estimate:.0f} s, near QFieldCloud's limit of 10 minutes.</source>
      <translation>Projektordner {size} MB, geöffnet in {seconds:.1f} s: Ein Package-Job kann etwa {estimate:.0f} s dauern, nahe an der Grenze von QFieldCloud (10 Minuten).</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="115" />
      <source>Split the project, remove unused layers or data, or mark large layers “no action”.</source>
      <translation>Teilen Sie das Projekt, entfernen Sie ungenutzte Layer oder Daten oder setzen Sie große Layer auf „keine Aktion“.</translation>
    </message>
    <message>
      <location filename="../core/cloud/account.py" line="15" />
      <source>Signing out everywhere makes QFieldCloud expire every token of your account: QField on every device, QFieldSync, the command line and every other program signed in as you must sign in again.</source>
      <translation>Überall abmelden lässt QFieldCloud jedes Token Ihres Kontos ablaufen: QField auf jedem Gerät, QFieldSync, die Kommandozeile und jedes andere unter Ihrem Namen angemeldete Programm müssen sich neu anmelden.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="65" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="37" />
      <source>true/false</source>
      <translation>wahr/falsch</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="39" />
      <source>a number</source>
      <translation>eine Zahl</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="41" />
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="43" />
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="45" />
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="50" />
      <source>QFieldCloud's answer to {what} ({where}) is not what the client expects: {problem}.</source>
      <translation>Die Antwort von QFieldCloud auf {what} ({where}) ist nicht, was der Client erwartet: {problem}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="50" />
      <source>Check the QFieldCloud URL; the server may be of another version or misconfigured.</source>
      <translation>Prüfen Sie die QFieldCloud-URL; der Server hat vielleicht eine andere Version oder ist falsch eingerichtet.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="62" />
      <source>{label}has no '{name}'</source>
      <translation>{label}'{name}' fehlt</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="66" />
      <source>{label}'{name}' is {got}, expected {expected}</source>
      <translation>{label}'{name}' ist {got}, erwartet: {expected}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="73" />
      <source>expected an object, got {got}</source>
      <translation>ein Objekt erwartet, erhalten: {got}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="81" />
      <source>expected a list, got {got}</source>
      <translation>eine Liste erwartet, erhalten: {got}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="84" />
      <source>item {n} is {got}, expected an object</source>
      <translation>Eintrag {n} ist {got}, erwartet: ein Objekt</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="85" />
      <source>item {n}: </source>
      <translation>Eintrag {n}: </translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="133" />
      <source>QFieldCloud's answer to {what} ({where}) repeats a page it already sent; the listing was stopped.</source>
      <translation>Die Antwort von QFieldCloud auf {what} ({where}) wiederholt eine bereits gesendete Seite; die Auflistung wurde abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="142" />
      <source>The server's paging is broken; try again later.</source>
      <translation>Die Seitenaufteilung des Servers ist fehlerhaft; versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="142" />
      <source>QFieldCloud's answer to {what} has more than {n} pages; the listing was stopped.</source>
      <translation>Die Antwort von QFieldCloud auf {what} hat mehr als {n} Seiten; die Auflistung wurde abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="153" />
      <source>sign in</source>
      <translation>anmelden</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="158" />
      <source>QFieldCloud did not accept the user name or password: the password is wrong, or there is no such user.</source>
      <translation>QFieldCloud hat Benutzername oder Passwort nicht akzeptiert: Das Passwort ist falsch, oder es gibt diesen Benutzer nicht.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="158" />
      <source>Check the user name and the password, then sign in again.</source>
      <translation>Prüfen Sie Benutzername und Passwort und melden Sie sich erneut an.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="165" />
      <source>current user</source>
      <translation>aktueller Benutzer</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="169" />
      <source>sign out</source>
      <translation>abmelden</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="175" />
      <source>list projects</source>
      <translation>Projekte auflisten</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="179" />
      <source>project {id}</source>
      <translation>Projekt {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="186" />
      <source>create project {name}</source>
      <translation>Projekt {name} anlegen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="190" />
      <source>delete project {id}</source>
      <translation>Projekt {id} löschen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="195" />
      <source>list files of project {id}</source>
      <translation>Dateien von Projekt {id} auflisten</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="200" />
      <source>upload {path}</source>
      <translation>{path} hochladen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="209" />
      <source>download {path}</source>
      <translation>{path} herunterladen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="216" />
      <source>delete {path}</source>
      <translation>{path} löschen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="225" />
      <source>list jobs of project {id}</source>
      <translation>Jobs von Projekt {id} auflisten</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="242" />
      <source>job {id}</source>
      <translation>Job {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="253" />
      <source>start {type} job</source>
      <translation>{type}-Job starten</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="258" />
      <source>push deltafile {name}</source>
      <translation>Deltadatei {name} übertragen</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="264" />
      <source>list deltas of project {id}</source>
      <translation>Deltas von Projekt {id} auflisten</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="268" />
      <source>apply pending deltas</source>
      <translation>ausstehende Deltas anwenden</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="273" />
      <source>latest package</source>
      <translation>neuestes Paket</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="283" />
      <source>download package file {path}</source>
      <translation>Paketdatei {path} herunterladen</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="78" />
      <source>The QGIS authentication database is locked, so the QFieldCloud token cannot be stored or read.</source>
      <translation>Die QGIS-Authentifizierungsdatenbank ist gesperrt, daher kann das QFieldCloud-Token weder gespeichert noch gelesen werden.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="78" />
      <source>Enter the QGIS master password, or set QGIS_AUTH_PASSWORD_FILE, or use the QFIELDCLOUD_TOKEN environment variable.</source>
      <translation>Geben Sie das QGIS-Master-Passwort ein, setzen Sie QGIS_AUTH_PASSWORD_FILE oder verwenden Sie die Umgebungsvariable QFIELDCLOUD_TOKEN.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="97" />
      <source>QGIS could not store the QFieldCloud token in its authentication database.</source>
      <translation>QGIS konnte das QFieldCloud-Token nicht in seiner Authentifizierungsdatenbank speichern.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="135" />
      <source>You are not signed in to QFieldCloud.</source>
      <translation>Sie sind nicht bei QFieldCloud angemeldet.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="135" />
      <source>Sign in first (cloud login), or set QFIELDCLOUD_TOKEN.</source>
      <translation>Melden Sie sich zuerst an (cloud login) oder setzen Sie QFIELDCLOUD_TOKEN.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="142" />
      <source>The stored QFieldCloud sign-in ({authcfg}) is missing from the QGIS authentication database.</source>
      <translation>Die gespeicherte QFieldCloud-Anmeldung ({authcfg}) fehlt in der QGIS-Authentifizierungsdatenbank.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="142" />
      <source>Sign in again.</source>
      <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="28" />
      <source>{file} is not a readable JSON deltafile: {error}</source>
      <translation>{file} ist keine lesbare JSON-Deltadatei: {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="30" />
      <source>{file} is not a deltafile (expected a JSON object).</source>
      <translation>{file} ist keine Deltadatei (ein JSON-Objekt wird erwartet).</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="33" />
      <source>{file} lacks the keys {keys}.</source>
      <translation>{file} fehlen die Schlüssel {keys}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="35" />
      <source>{file} belongs to cloud project {theirs}, not {ours}.</source>
      <translation>{file} gehört zum Cloud-Projekt {theirs}, nicht zu {ours}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="35" />
      <source>Push it with --project-id {id}, or pick the right deltafile.</source>
      <translation>Übertragen Sie sie mit --project-id {id} oder wählen Sie die richtige Deltadatei.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="39" />
      <source>{file} has no deltas.</source>
      <translation>{file} enthält keine Deltas.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="44" />
      <source>delta {label} is not an object</source>
      <translation>Delta {label} ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="48" />
      <source>delta {label} lacks {keys}</source>
      <translation>Delta {label} fehlt {keys}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="50" />
      <source>delta {label} has the unknown method {method}</source>
      <translation>Delta {label} hat die unbekannte Methode {method}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="52" />
      <source>{file} cannot be pushed: {problems}.</source>
      <translation>{file} kann nicht übertragen werden: {problems}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="52" />
      <source>Every delta needs a clientId (the device that made it); QFieldCloud fails without one. Nothing was sent.</source>
      <translation>Jedes Delta braucht eine clientId (das Gerät, das es erzeugt hat); ohne sie scheitert QFieldCloud. Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="61" />
      <source>{name}: the downloaded file's checksum differs from the cloud's; nothing was replaced.</source>
      <translation>{name}: Die Prüfsumme der heruntergeladenen Datei weicht von der der Cloud ab; nichts wurde ersetzt.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="61" />
      <source>Download again.</source>
      <translation>Laden Sie erneut herunter.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="144" />
      <source>Download cancelled before {name}.</source>
      <translation>Herunterladen vor {name} abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="106" />
      <source>QFieldCloud could not find it ({what}).</source>
      <translation>QFieldCloud konnte es nicht finden ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="67" />
      <source>Check the id and the server URL.</source>
      <translation>Prüfen Sie die ID und die Server-URL.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="95" />
      <source>QFieldCloud did not accept your sign-in ({what}): the token has expired or is not valid.</source>
      <translation>QFieldCloud hat Ihre Anmeldung nicht akzeptiert ({what}): Das Token ist abgelaufen oder ungültig.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="95" />
      <source>Sign in to QFieldCloud again.</source>
      <translation>Melden Sie sich erneut bei QFieldCloud an.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="99" />
      <source>QFieldCloud needs a paid plan or more storage for this ({what}).</source>
      <translation>QFieldCloud benötigt dafür einen kostenpflichtigen Tarif oder mehr Speicher ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="99" />
      <source>Check the account's subscription on QFieldCloud.</source>
      <translation>Prüfen Sie das Abonnement des Kontos bei QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="102" />
      <source>QFieldCloud does not allow you to do this ({what}).</source>
      <translation>QFieldCloud erlaubt Ihnen dies nicht ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="102" />
      <source>Ask the project's owner for a role that allows it.</source>
      <translation>Bitten Sie den Eigentümer des Projekts um eine Rolle, die dies erlaubt.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="106" />
      <source>Check the project id (cloud projects) and the server URL.</source>
      <translation>Prüfen Sie die Projekt-ID (Cloud-Projekte) und die Server-URL.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="110" />
      <source>QFieldCloud had a server error ({what}): {code}: {message}</source>
      <translation>QFieldCloud hatte einen Serverfehler ({what}): {code}: {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="114" />
      <source>no message</source>
      <translation>keine Meldung</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="114" />
      <source>QFieldCloud refused the request ({what}): {code}: {message}</source>
      <translation>QFieldCloud hat die Anfrage abgelehnt ({what}): {code}: {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="65" />
      <source>QFieldCloud's answer to {where} is larger than {mib} MiB; it was not read to the end.</source>
      <translation>Die Antwort von QFieldCloud auf {where} ist größer als {mib} MiB; sie wurde nicht zu Ende gelesen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="65" />
      <source>Check the QFieldCloud URL and try again later.</source>
      <translation>Prüfen Sie die QFieldCloud-URL und versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="71" />
      <source>QFieldCloud sent more than the {size} bytes announced for {where}; the download was stopped and nothing was kept.</source>
      <translation>QFieldCloud hat mehr als die für {where} angekündigten {size} Bytes gesendet; der Download wurde abgebrochen und nichts behalten.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="71" />
      <source>Download again; if it keeps happening, check the network or proxy.</source>
      <translation>Laden Sie erneut herunter; wenn es wieder passiert, prüfen Sie Netzwerk oder Proxy.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="78" />
      <source>The connection to QFieldCloud ended after {received} of {announced} bytes ({where}).</source>
      <translation>Die Verbindung zu QFieldCloud endete nach {received} von {announced} Bytes ({where}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="18" />
      <source>A project name is required.</source>
      <translation>Ein Projektname ist erforderlich.</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="20" />
      <source>The project name is longer than {n} characters.</source>
      <translation>Der Projektname ist länger als {n} Zeichen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="22" />
      <source>The project name {name!r} may only contain letters, digits, '-', '_' and '.' (no spaces).</source>
      <translation>Der Projektname {name!r} darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten (keine Leerzeichen).</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="31" />
      <source>empty</source>
      <translation>leer</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="82" />
      <source>QFieldCloud's answer to {where} is a web page, not JSON.</source>
      <translation>Die Antwort von QFieldCloud auf {where} ist eine Webseite, kein JSON.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="84" />
      <source>QFieldCloud's answer to {where} is not JSON.</source>
      <translation>Die Antwort von QFieldCloud auf {where} ist kein JSON.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="85" />
      <source>Check the QFieldCloud URL: it must be the API root, e.g. https://app.qfield.cloud/api/v1/.</source>
      <translation>Prüfen Sie die QFieldCloud-URL: Sie muss auf die API zeigen, z. B. https://app.qfield.cloud/api/v1/.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="119" />
      <source>The QFieldCloud URL must start with https:// or http://: {url}</source>
      <translation>Die QFieldCloud-URL muss mit https:// oder http:// beginnen: {url}</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="143" />
      <source>The QGIS authentication configuration {id} could not be applied to the QFieldCloud request.</source>
      <translation>Die QGIS-Authentifizierungskonfiguration {id} konnte nicht auf die QFieldCloud-Anfrage angewendet werden.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="143" />
      <source>Check it in QGIS's authentication settings (is the master password set?).</source>
      <translation>Prüfen Sie sie in den Authentifizierungseinstellungen von QGIS (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="218" />
      <source>QFieldCloud redirected {where} to an address that is not https; it was not followed.</source>
      <translation>QFieldCloud hat {where} an eine Adresse ohne https umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="224" />
      <source>QFieldCloud redirected {where} more than {count} times; it was stopped.</source>
      <translation>QFieldCloud hat {where} mehr als {count} Mal umgeleitet; die Anfrage wurde beendet.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="238" />
      <source>Cancelled ({what}).</source>
      <translation>Abgebrochen ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="240" />
      <source>QFieldCloud did not answer {where} within {seconds} seconds; the request was stopped.</source>
      <translation>QFieldCloud hat {where} nicht innerhalb von {seconds} Sekunden beantwortet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="240" />
      <source>The server or the network is too slow; try again later.</source>
      <translation>Server oder Netzwerk sind zu langsam; versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="244" />
      <source>The transfer stopped: less than 1 KiB moved in {seconds} seconds ({where}).</source>
      <translation>Die Übertragung wurde abgebrochen: weniger als 1 KiB in {seconds} Sekunden ({where}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="244" />
      <source>The connection stalled; try again later.</source>
      <translation>Die Verbindung stockt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="247" />
      <source>The connection to QFieldCloud failed ({what}): no answer within {seconds} seconds.</source>
      <translation>Die Verbindung zu QFieldCloud ist fehlgeschlagen ({what}): keine Antwort innerhalb von {seconds} Sekunden.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="254" />
      <source>The connection to QFieldCloud failed ({what}): SSL: the server's certificate is not trusted ({details}).</source>
      <translation>Die Verbindung zu QFieldCloud ist fehlgeschlagen ({what}): SSL: dem Zertifikat des Servers wird nicht vertraut ({details}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="254" />
      <source>If the server uses your organisation's certificate authority, add it to QGIS: Settings ▸ Options ▸ Authentication ▸ Certificate Manager ▸ Authorities.</source>
      <translation>Wenn der Server die Zertifizierungsstelle Ihrer Organisation nutzt, fügen Sie sie in QGIS hinzu: Einstellungen ▸ Optionen ▸ Authentifizierung ▸ Zertifikatsverwaltung ▸ Zertifizierungsstellen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="260" />
      <source>The connection to QFieldCloud failed ({what}): nothing moved for {seconds} seconds, QGIS's network timeout.</source>
      <translation>Die Verbindung zu QFieldCloud ist fehlgeschlagen ({what}): {seconds} Sekunden lang kam nichts an, das Netzwerk-Zeitlimit von QGIS.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="260" />
      <source>The timeout is set in QGIS: Settings ▸ Options ▸ Network.</source>
      <translation>Das Zeitlimit wird in QGIS eingestellt: Einstellungen ▸ Optionen ▸ Netzwerk.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="265" />
      <source>Check QGIS's proxy settings: Settings ▸ Options ▸ Network.</source>
      <translation>Prüfen Sie die Proxy-Einstellungen von QGIS: Einstellungen ▸ Optionen ▸ Netzwerk.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="269" />
      <source>If the server asks for a client certificate, choose its QGIS authentication configuration in Settings ▸ Options ▸ QFieldSync+ (QFieldCloud connection authentication).</source>
      <translation>Wenn der Server ein Client-Zertifikat verlangt, wählen Sie dessen QGIS-Authentifizierungskonfiguration unter Einstellungen ▸ Optionen ▸ QFieldSync+ (QFieldCloud-Verbindungsauthentifizierung).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="271" />
      <source>The connection to QFieldCloud failed ({what}): {error}</source>
      <translation>Die Verbindung zu QFieldCloud ist fehlgeschlagen ({what}): {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="271" />
      <source>no answer</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="283" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>Die Datei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="101" />
      <source>{name} was uploaded but QFieldCloud does not list it.</source>
      <translation>{name} wurde hochgeladen, aber QFieldCloud führt die Datei nicht auf.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="101" />
      <source>Upload again.</source>
      <translation>Laden Sie erneut hoch.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="104" />
      <source>{name}: the checksum QFieldCloud computed ({remote}) differs from the local file's ({local}); the file is not synced.</source>
      <translation>{name}: Die von QFieldCloud berechnete Prüfsumme ({remote}) weicht von der der lokalen Datei ({local}) ab; die Datei ist nicht synchron.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="104" />
      <source>The file was damaged on the way. Upload again; if it keeps happening, check the network or proxy.</source>
      <translation>Die Datei wurde unterwegs beschädigt. Laden Sie erneut hoch; wenn es wieder passiert, prüfen Sie Netzwerk oder Proxy.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="132" />
      <source>Upload cancelled after {n} of {total} files.</source>
      <translation>Hochladen nach {n} von {total} Dateien abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="151" />
      <source>Upload cancelled before deleting {name}.</source>
      <translation>Hochladen vor dem Löschen von {name} abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="83" />
      <source>The cloud project has no delta with the id {ids}.</source>
      <translation>Das Cloud-Projekt hat kein Delta mit der ID {ids}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="83" />
      <source>List the cloud's deltas with `cloud deltas` and use their ids.</source>
      <translation>Listen Sie die Deltas der Cloud mit `cloud deltas` auf und verwenden Sie deren IDs.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="95" />
      <source>deltas of cloud project {id}</source>
      <translation>Deltas des Cloud-Projekts {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="97" />
      <source>Nothing was changed. The cloud's delta content is not a valid QField delta; fix or ignore that delta on the cloud.</source>
      <translation>Es wurde nichts geändert. Der Delta-Inhalt der Cloud ist kein gültiges QField-Delta; korrigieren oder ignorieren Sie dieses Delta in der Cloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="144" />
      <source>The local project {path} does not exist.</source>
      <translation>Das lokale Projekt {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="144" />
      <source>Give the .qgs/.qgz with --project, or link its folder with `cloud link`.</source>
      <translation>Geben Sie die .qgs/.qgz-Datei mit --project an oder verknüpfen Sie ihren Ordner mit `cloud link`.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="150" />
      <source>QFieldCloud has no project with the id {id} (or you cannot access it).</source>
      <translation>QFieldCloud hat kein Projekt mit der ID {id} (oder Sie haben keinen Zugriff darauf).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="150" />
      <source>Check --project-id (`cloud projects` lists yours) and the server URL.</source>
      <translation>Prüfen Sie --project-id (`cloud projects` listet Ihre Projekte auf) und die Server-URL.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="183" />
      <source>No local folder is linked to cloud project {id}.</source>
      <translation>Mit dem Cloud-Projekt {id} ist kein lokaler Ordner verknüpft.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="183" />
      <source>Give the local project with --project, or link its folder with `cloud link`.</source>
      <translation>Geben Sie das lokale Projekt mit --project an oder verknüpfen Sie seinen Ordner mit `cloud link`.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="188" />
      <source>{folder} does not hold exactly one .qgs/.qgz project file.</source>
      <translation>{folder} enthält nicht genau eine .qgs/.qgz-Projektdatei.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="188" />
      <source>Give the project file itself with --project.</source>
      <translation>Geben Sie die Projektdatei selbst mit --project an.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="97" />
      <source>{folder} is not linked to a QFieldCloud project.</source>
      <translation>{folder} ist mit keinem QFieldCloud-Projekt verknüpft.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/download.py" line="23" />
      <source>Link the folder to its cloud project first.</source>
      <translation>Verknüpfen Sie den Ordner zuerst mit seinem Cloud-Projekt.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="33" />
      <source>{count} cloud job(s) still pending, queued or running after {seconds:.0f} s; they go on in QFieldCloud. Look again later.</source>
      <translation>{count} Cloud-Job(s) nach {seconds:.0f} s noch wartend, eingereiht oder laufend; sie laufen in QFieldCloud weiter. Sehen Sie später wieder nach.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="37" />
      <source>{count} cloud job(s) failed or were stopped: {jobs}.</source>
      <translation>{count} Cloud-Job(s) fehlgeschlagen oder gestoppt: {jobs}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="40" />
      <source>No cloud job was pending, queued or running.</source>
      <translation>Kein Cloud-Job war wartend, eingereiht oder laufend.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="41" />
      <source>Every cloud job finished.</source>
      <translation>Alle Cloud-Jobs sind fertig.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="85" />
      <source>… still waiting for {count} cloud job(s) ({seconds:.0f} s).</source>
      <translation>… wartet noch auf {count} Cloud-Job(s) ({seconds:.0f} s).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="20" />
      <source>Finished: QFieldCloud packaged the project; QField downloads this package on its next Download/Synchronize.</source>
      <translation>Fertig: QFieldCloud hat das Projekt gepackt; QField lädt dieses Paket beim nächsten Herunterladen/Synchronisieren.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="22" />
      <source>Finished: QFieldCloud applied the pending deltas; each delta's own status (applied, conflict, error) is in the deltas list.</source>
      <translation>Fertig: QFieldCloud hat die ausstehenden Deltas angewendet; der Status jedes Deltas (angewendet, Konflikt, Fehler) steht in der Delta-Liste.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="24" />
      <source>Finished: the job ran to its end. For process_projectfile this means the project could be opened, not that every layer is configured well.</source>
      <translation>Beendet: Der Job ist bis zum Ende gelaufen. Bei process_projectfile heißt das, dass sich das Projekt öffnen ließ, nicht dass jeder Layer gut konfiguriert ist.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="30" />
      <source>Running: a QFieldCloud worker is packaging the project for QField now.</source>
      <translation>Läuft: Ein QFieldCloud-Worker packt das Projekt gerade für QField.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="31" />
      <source>Running: a QFieldCloud worker is writing the field changes into the data sources now.</source>
      <translation>Läuft: Ein QFieldCloud-Worker schreibt die Feldänderungen gerade in die Datenquellen.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="32" />
      <source>Running: a QFieldCloud worker is processing the project now.</source>
      <translation>Läuft: Ein QFieldCloud-Worker verarbeitet das Projekt gerade.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="38" />
      <source>Waiting: QFieldCloud has accepted the job and will hand it to a worker.</source>
      <translation>Wartend: QFieldCloud hat den Job angenommen und gibt ihn an einen Worker weiter.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="39" />
      <source>Queued: a worker has taken the job and is about to start it.</source>
      <translation>Eingereiht: Ein Worker hat den Job übernommen und startet ihn gleich.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="42" />
      <source>Stopped: the job was stopped before it finished (for example it was replaced or cancelled).</source>
      <translation>Gestoppt: Der Job wurde vor seinem Ende gestoppt (zum Beispiel ersetzt oder abgebrochen).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="43" />
      <source>Failed: the job could not finish. Open its feedback for the error and what to do.</source>
      <translation>Fehlgeschlagen: Der Job konnte nicht beendet werden. Öffnen Sie sein Feedback für den Fehler und was zu tun ist.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="45" />
      <source>Unknown status {status}.</source>
      <translation>Unbekannter Status {status}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="125" />
      <source>Stopped watching the cloud jobs.</source>
      <translation>Beobachtung der Cloud-Jobs beendet.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="44" />
      <source>The project file cannot be read: the local check (process_projectfile) {status}: {error}</source>
      <translation>Die Projektdatei kann nicht gelesen werden: die lokale Prüfung (process_projectfile) {status}: {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="52" />
      <source>Layer {name}: {status} {message}</source>
      <translation>Layer {name}: {status} {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="56" />
      <source>The local check found problems the cloud would report.</source>
      <translation>Die lokale Prüfung hat Probleme gefunden, die auch die Cloud melden würde.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="64" />
      <source>The local check could not start: {reason}</source>
      <translation>Die lokale Prüfung konnte nicht starten: {reason}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="79" />
      <source>Nothing is uploaded.</source>
      <translation>Es wird nichts hochgeladen.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="83" />
      <source>Every upload outside DCIM makes QFieldCloud check the project again.</source>
      <translation>Jedes Hochladen außerhalb von DCIM lässt QFieldCloud das Projekt erneut prüfen.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="84" />
      <source>QField starts it on Download/Synchronize; the upload marks the package as out of date.</source>
      <translation>QField startet ihn beim Herunterladen/Synchronisieren; das Hochladen markiert das Paket als veraltet.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="86" />
      <source>A package job is already pending; it will package the uploaded files.</source>
      <translation>Ein Package-Job wartet bereits; er verpackt die hochgeladenen Dateien.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="42" />
      <source>You already have a cloud project named {name}.</source>
      <translation>Sie haben bereits ein Cloud-Projekt namens {name}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="58" />
      <source>{folder} is not a folder.</source>
      <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="58" />
      <source>Choose a folder to download the project into.</source>
      <translation>Wählen Sie einen Ordner, in den das Projekt heruntergeladen wird.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="62" />
      <source>Not uploaded: {reason}</source>
      <translation>Nicht hochgeladen: {reason}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="63" />
      <source>Not uploaded: the local check (target cloud) found problems: {problems}.</source>
      <translation>Nicht hochgeladen: Die lokale Prüfung (Ziel Cloud) hat Probleme gefunden: {problems}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="113" />
      <source>Fix them, or upload anyway.</source>
      <translation>Beheben Sie sie oder laden Sie trotzdem hoch.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="76" />
      <source>must be of type {types}, not {actual}</source>
      <translation>muss vom Typ {types} sein, nicht {actual}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="80" />
      <source>must be one of {values}, not {value}</source>
      <translation>muss eines von {values} sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="85" />
      <source>is required but missing</source>
      <translation>ist erforderlich, fehlt aber</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="91" />
      <source>is not allowed here</source>
      <translation>ist hier nicht erlaubt</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="101" />
      <source>repeats an earlier item</source>
      <translation>wiederholt ein früheres Element</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="117" />
      <source>delta {index} (uuid {uuid})</source>
      <translation>Delta {index} (uuid {uuid})</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="117" />
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="120" />
      <source>field "{field}"</source>
      <translation>Feld „{field}“</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="120" />
      <source>the document</source>
      <translation>das Dokument</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="179" />
      <source>repeats delta {index}</source>
      <translation>wiederholt Delta {index}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="157" />
      <source>The deltafile "{file}" does not match the deltafile schema:</source>
      <translation>Die Deltadatei „{file}“ entspricht nicht dem Deltadatei-Schema:</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="160" />
      <source>… and {count} more problems</source>
      <translation>… und {count} weitere Probleme</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="161" />
      <source>Nothing was changed. Push the changes from QField again, or fix the file.</source>
      <translation>Es wurde nichts geändert. Übertragen Sie die Änderungen erneut aus QField oder reparieren Sie die Datei.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="205" />
      <source>The deltafile "{file}" does not exist.</source>
      <translation>Die Deltadatei „{file}“ existiert nicht.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="217" />
      <source>The deltafile "{file}" cannot be read: {error}</source>
      <translation>Die Deltadatei „{file}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="212" />
      <source>The deltafile "{file}" is not valid JSON (line {line}, column {column}): {error}</source>
      <translation>Die Deltadatei „{file}“ ist kein gültiges JSON (Zeile {line}, Spalte {column}): {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="217" />
      <source>Nothing was changed. Push the changes from QField again.</source>
      <translation>Es wurde nichts geändert. Übertragen Sie die Änderungen erneut aus QField.</translation>
    </message>
    <message>
      <location filename="../core/deltas/editing.py" line="47" />
      <source>These layers are being edited in QGIS: {layers}. Save or discard their edits (toggle editing off), then apply the changes again.</source>
      <translation>Diese Layer werden in QGIS bearbeitet: {layers}. Speichern oder verwerfen Sie ihre Änderungen (Bearbeitung beenden) und wenden Sie die Änderungen dann erneut an.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="167" />
      <source>No layer with id "{layer}" in the project.</source>
      <translation>Kein Layer mit der ID „{layer}“ im Projekt.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="169" />
      <source>The layer "{name}" is no longer in the project; this change was not applied.</source>
      <translation>Der Layer „{name}“ ist nicht mehr im Projekt; diese Änderung wurde nicht angewendet.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="214" />
      <source>Field "{field}" refers to the feature {pk} created in the field in layer "{layer}", which was not applied.</source>
      <translation>Das Feld „{field}“ verweist auf das im Feld erstellte Objekt {pk} im Layer „{layer}“, das nicht angewendet wurde.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="227" />
      <source>This change must be checked before it is applied (overwrite conflicts to apply it).</source>
      <translation>Diese Änderung muss vor dem Anwenden geprüft werden (Konflikte überschreiben, um sie anzuwenden).</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="294" />
      <source>The job was cancelled; nothing was changed.</source>
      <translation>Der Job wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="300" />
      <source>Not attempted: delta {delta} failed before it, so the run was rolled back.</source>
      <translation>Nicht versucht: Delta {delta} davor ist gescheitert, daher wurde der Lauf zurückgerollt.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="311" />
      <source>Rolled back: delta {delta} failed, so no change of this run was kept.</source>
      <translation>Zurückgerollt: Delta {delta} ist gescheitert, daher wurde keine Änderung dieses Laufs behalten.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="345" />
      <source>Nothing was changed: {error}</source>
      <translation>Es wurde nichts geändert: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="349" />
      <source>{count} of {total} data sources were committed before this failure: {error}. The next delta_apply job completes the rest.</source>
      <translation>{count} von {total} Datenquellen wurden vor diesem Fehler festgeschrieben: {error}. Der nächste delta_apply-Job erledigt den Rest.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="359" />
      <source>Dry run: this delta would be applied; nothing was written.</source>
      <translation>Probelauf: Dieses Delta würde angewendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="366" />
      <source>Delta {index} ({delta}) on layer "{layer}": {msg}</source>
      <translation>Delta {index} ({delta}) auf Layer „{layer}“: {msg}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="65" />
      <source>the geometry has NaN X/Y coordinates in {count} of {total} vertices</source>
      <translation>die Geometrie hat NaN-Koordinaten (X/Y) in {count} von {total} Stützpunkten</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="75" />
      <source>the geometry must be WKT text or null, not {value!r}</source>
      <translation>die Geometrie muss WKT-Text oder null sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="86" />
      <source>the geometry is not valid WKT: {wkt}</source>
      <translation>die Geometrie ist kein gültiges WKT: {wkt}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="104" />
      <source>an empty {source} cannot be stored in a {target} layer</source>
      <translation>ein leeres {source} kann nicht in einem {target}-Layer gespeichert werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="132" />
      <source>a {source} cannot be stored in a {target} layer</source>
      <translation>ein {source} kann nicht in einem {target}-Layer gespeichert werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="123" />
      <source>a {source} with {count} parts cannot be stored in a {target} layer</source>
      <translation>ein {source} mit {count} Teilen kann nicht in einem {target}-Layer gespeichert werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/layer_access.py" line="103" />
      <source>Cannot read feature {pk}: {error}</source>
      <translation>Objekt {pk} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="46" />
      <source>64-bit integer</source>
      <translation>64-Bit-Ganzzahl</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="48" />
      <source>boolean: 0 or 1</source>
      <translation>Boolescher Wert: 0 oder 1</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="50" />
      <source>16-bit integer</source>
      <translation>16-Bit-Ganzzahl</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="51" />
      <source>32-bit integer</source>
      <translation>32-Bit-Ganzzahl</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="60" />
      <source>Shapefile integer of at most {digits} characters</source>
      <translation>Shapefile-Ganzzahl mit höchstens {digits} Zeichen</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="67" />
      <source>SQLite stores NaN as NULL</source>
      <translation>SQLite speichert NaN als NULL</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="70" />
      <source>32-bit floating point number</source>
      <translation>32-Bit-Gleitkommazahl</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="73" />
      <source>number of {width} digits, {decimals} of them decimals</source>
      <translation>Zahl mit {width} Stellen, davon {decimals} Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="85" />
      <source>Shapefile number of {width} characters with {decimals} decimals</source>
      <translation>Shapefile-Zahl mit {width} Zeichen und {decimals} Nachkommastellen</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="92" />
      <source>text with a NUL character would be cut short</source>
      <translation>Text mit einem NUL-Zeichen würde abgeschnitten</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="94" />
      <source>text of at most {count} characters</source>
      <translation>Text mit höchstens {count} Zeichen</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="100" />
      <source>text in the Shapefile's encoding {encoding}</source>
      <translation>Text in der Kodierung {encoding} des Shapefiles</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="104" />
      <source>Shapefile text of at most {count} bytes</source>
      <translation>Shapefile-Text mit höchstens {count} Bytes</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="111" />
      <source>{type} field: NaN and Infinity fit only decimal number fields</source>
      <translation>Feld vom Typ {type}: NaN und Infinity passen nur in Dezimalzahlfelder</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="64" />
      <source>attribute "{name}": expected {expected} (the value when the edit was made), found {current}</source>
      <translation>Attribut „{name}“: erwartet {expected} (der Wert bei der Bearbeitung), gefunden {current}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="73" />
      <source>geometry: the delta's old geometry is unusable ({error})</source>
      <translation>Geometrie: Die alte Geometrie des Deltas ist unbrauchbar ({error})</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="78" />
      <source>geometry: expected {expected}, found {current}</source>
      <translation>Geometrie: erwartet {expected}, gefunden {current}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="101" />
      <source>There are conflicts with the already existing feature!</source>
      <translation>Es gibt Konflikte mit dem bereits vorhandenen Objekt!</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="106" />
      <source>conflicts overwritten: {conflicts}</source>
      <translation>Konflikte überschrieben: {conflicts}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="108" />
      <source>kept the source's value of {names}</source>
      <translation>Wert der Quelle beibehalten für {names}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="118" />
      <source>The layer "{layer}" has no field "{name}".</source>
      <translation>Der Layer „{layer}“ hat kein Feld „{name}“.</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="132" />
      <source>geometry ignored: the layer has no geometry</source>
      <translation>Geometrie ignoriert: Der Layer hat keine Geometrie</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="137" />
      <source>Geometry not applicable: {error}</source>
      <translation>Geometrie nicht anwendbar: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="150" />
      <source>The delta names no feature (empty sourcePk and no key from a create).</source>
      <translation>Das Delta nennt kein Objekt (leerer sourcePk und kein Schlüssel aus einem Anlegen).</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="156" />
      <source>Unable to find feature with key {pk} in layer "{layer}".</source>
      <translation>Objekt mit Schlüssel {pk} in Layer „{layer}“ nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="173" />
      <source>Cannot update feature {pk}</source>
      <translation>Objekt {pk} kann nicht aktualisiert werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="184" />
      <source>the feature was kept, as chosen</source>
      <translation>das Objekt wurde wie gewählt beibehalten</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="186" />
      <source>Cannot delete feature {pk}</source>
      <translation>Objekt {pk} kann nicht gelöscht werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="205" />
      <source>The key {pk} does not fit the key field of layer "{layer}".</source>
      <translation>Der Schlüssel {pk} passt nicht zum Schlüsselfeld von Layer „{layer}“.</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="208" />
      <source>A feature with key {pk} already exists in layer "{layer}".</source>
      <translation>Ein Objekt mit dem Schlüssel {pk} existiert bereits in Layer „{layer}“.</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="208" />
      <source>key {pk} already exists</source>
      <translation>Schlüssel {pk} existiert bereits</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="213" />
      <source>Cannot add the feature</source>
      <translation>Das Objekt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="37" />
      <source>Not reverted: the delta log has it as {status}, not applied.</source>
      <translation>Nicht zurückgenommen: Das Delta-Protokoll führt es als {status}, nicht als angewendet.</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="37" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="43" />
      <source>Skipped: the delta log has it as {status}; use "deltas reapply" to apply it again.</source>
      <translation>Übersprungen: Das Delta-Protokoll führt es als {status}; verwenden Sie „deltas reapply“, um es erneut anzuwenden.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="59" />
      <source>An interrupted delta_apply run (process {pid}) was rolled back; no data source was changed.</source>
      <translation>Ein unterbrochener delta_apply-Lauf (Prozess {pid}) wurde zurückgerollt; keine Datenquelle wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="83" />
      <source>An interrupted delta_apply run was completed, except for: {sources}. Check these data sources.</source>
      <translation>Ein unterbrochener delta_apply-Lauf wurde abgeschlossen, außer für: {sources}. Prüfen Sie diese Datenquellen.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="85" />
      <source>An interrupted delta_apply run (process {pid}) was completed on every data source.</source>
      <translation>Ein unterbrochener delta_apply-Lauf (Prozess {pid}) wurde auf jeder Datenquelle abgeschlossen.</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="70" />
      <source>error code {code}</source>
      <translation>Fehlercode {code}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="101" />
      <source>Cannot open {source} for writing: {error}</source>
      <translation>{source} kann nicht zum Schreiben geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="104" />
      <source>Cannot start a transaction on {source}</source>
      <translation>Auf {source} kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="149" />
      <source>{source} has no table or layer named "{name}".</source>
      <translation>{source} hat keine Tabelle und keinen Layer namens „{name}“.</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="178" />
      <source>The working copy {copy} disappeared.</source>
      <translation>Die Arbeitskopie {copy} ist verschwunden.</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="198" />
      <source>Cannot commit the changes to {source}</source>
      <translation>Die Änderungen an {source} können nicht festgeschrieben werden</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="255" />
      <source>Cannot replace "{file}" with its changed copy: {error}. Close programs that have it open (on Windows, also QGIS layers using it).</source>
      <translation>„{file}“ kann nicht durch die geänderte Kopie ersetzt werden: {error}. Schließen Sie Programme, die sie geöffnet haben (unter Windows auch QGIS-Layer, die sie verwenden).</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="316" />
      <source>Cannot write the CSV working copy {path}: {error}</source>
      <translation>Die CSV-Arbeitskopie {path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="28" />
      <source>folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="28" />
      <source>file</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="29" />
      <source>{source} is read-only: the {kind} "{path}" cannot be written. Nothing was changed; make it writable (or work on a writable copy) and run the job again.</source>
      <translation>{source} ist schreibgeschützt: {kind} "{path}" kann nicht geschrieben werden. Nichts wurde geändert; machen Sie es beschreibbar (oder arbeiten Sie mit einer beschreibbaren Kopie) und starten Sie den Job erneut.</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="52" />
      <source>it is not an SQLite database</source>
      <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="68" />
      <source>The database file "{path}" is corrupt ({detail}). Nothing was changed; restore it from a backup.</source>
      <translation>Die Datenbankdatei "{path}" ist beschädigt ({detail}). Nichts wurde geändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="96" />
      <source>Layer "{layer}": its file "{path}" does not exist.</source>
      <translation>Layer „{layer}“: Seine Datei „{path}“ existiert nicht.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="87" />
      <source>Layer "{layer}": the format "{driver}" of "{path}" cannot be written safely (supported: GeoPackage, SpatiaLite, PostGIS, Shapefile, GeoJSON, CSV).</source>
      <translation>Layer „{layer}“: Das Format „{driver}“ von „{path}“ kann nicht sicher geschrieben werden (unterstützt: GeoPackage, SpatiaLite, PostGIS, Shapefile, GeoJSON, CSV).</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="120" />
      <source>PostgreSQL database "{db}" ({where})</source>
      <translation>PostgreSQL-Datenbank „{db}“ ({where})</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="137" />
      <source>Layer "{layer}": {problem}</source>
      <translation>Layer "{layer}": {problem}</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="146" />
      <source>Layer "{layer}" is not valid (its data source cannot be opened).</source>
      <translation>Layer „{layer}“ ist ungültig (seine Datenquelle lässt sich nicht öffnen).</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="158" />
      <source>Layer "{layer}" is read through the delimited text provider, which cannot write. Add the CSV file as a vector layer (OGR) to apply changes to it.</source>
      <translation>Layer „{layer}“ wird über den Anbieter für Textdateien gelesen, der nicht schreiben kann. Fügen Sie die CSV-Datei als Vektorlayer (OGR) hinzu, um Änderungen darauf anzuwenden.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="161" />
      <source>Layer "{layer}": the data provider "{provider}" is not supported for applying changes.</source>
      <translation>Layer „{layer}“: Der Datenanbieter „{provider}“ wird für das Anwenden von Änderungen nicht unterstützt.</translation>
    </message>
    <message>
      <location filename="../core/deltas/values.py" line="285" />
      <source>value {value} does not fit field "{field}" of layer "{layer}" ({type})</source>
      <translation>der Wert {value} passt nicht in das Feld "{field}" des Layers "{layer}" ({type})</translation>
    </message>
    <message>
      <location filename="../core/deltas/values.py" line="316" />
      <source>bytes: the delta holds them as text with replaced characters, not the original bytes</source>
      <translation>Bytes: das Delta enthält sie als Text mit ersetzten Zeichen, nicht die ursprünglichen Bytes</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="77" />
      <source>The conflict resolutions {given} are not understood; nothing was changed.</source>
      <translation>Die Konfliktentscheidungen {given} sind unverständlich; nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="77" />
      <source>Give for each delta id the attributes to resolve, each with "field" or "source".</source>
      <translation>Geben Sie für jede Delta-ID die zu entscheidenden Attribute an, jeweils mit "field" oder "source".</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="154" />
      <source>The deltafile "{file}" is for cloud project {theirs}, but this project is linked to cloud project {ours}{name}. Nothing was changed.</source>
      <translation>Die Deltadatei "{file}" ist für das Cloud-Projekt {theirs}, dieses Projekt ist aber mit dem Cloud-Projekt {ours}{name} verknüpft. Nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="154" />
      <source>If the changes are meant for this project anyway, apply them with "Apply even if the deltafile is for another cloud project" (Processing: Apply deltas) or --any-project.</source>
      <translation>Wenn die Änderungen trotzdem für dieses Projekt gedacht sind, wenden Sie sie mit "Auch anwenden, wenn die Deltadatei für ein anderes Cloud-Projekt ist" (Processing: Deltas anwenden) oder --any-project an.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="167" />
      <source>The delta {delta} is not in the delta log of this project.</source>
      <translation>Das Delta {delta} ist nicht im Delta-Protokoll dieses Projekts.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="174" />
      <source>These deltas are not in the delta log of this project: {ids}</source>
      <translation>Diese Deltas sind nicht im Delta-Protokoll dieses Projekts: {ids}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="248" />
      <source>Skipped: the project "{project}" already applied it to the same data source; use "deltas reapply" to apply it again.</source>
      <translation>Übersprungen: das Projekt "{project}" hat es bereits auf dieselbe Datenquelle angewendet; verwenden Sie "deltas reapply", um es erneut anzuwenden.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="253" />
      <source>At least one of the online databases used in the project reset the connection. The transaction was rolled back by the database; check the connection and run the job again.</source>
      <translation>Mindestens eine der im Projekt verwendeten Online-Datenbanken hat die Verbindung zurückgesetzt. Die Datenbank hat die Transaktion zurückgerollt; prüfen Sie die Verbindung und starten Sie den Job erneut.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="263" />
      <source>The database connection was lost while applying the changes; every data source was rolled back and nothing was changed.
{failure}</source>
      <translation>Die Datenbankverbindung ging beim Anwenden der Änderungen verloren; jede Datenquelle wurde zurückgerollt und nichts wurde geändert.
{failure}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="267" />
      <source>Resolve the conflict (or run again with --overwrite-conflicts), or use --continue-on-error to apply the other deltas.</source>
      <translation>Lösen Sie den Konflikt (oder starten Sie erneut mit --overwrite-conflicts) oder verwenden Sie --continue-on-error, um die anderen Deltas anzuwenden.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="270" />
      <source>Correct what the message names (the delta's value, or the data source), or use --continue-on-error to apply the other deltas.</source>
      <translation>Korrigieren Sie, was die Meldung nennt (den Wert des Deltas oder die Datenquelle), oder verwenden Sie --continue-on-error, um die anderen Deltas anzuwenden.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="272" />
      <source>No change was applied: a delta could not be applied, so every data source was rolled back.
{failure}</source>
      <translation>Keine Änderung wurde angewendet: Ein Delta konnte nicht angewendet werden, daher wurde jede Datenquelle zurückgerollt.
{failure}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="278" />
      <source>Recover Interrupted Runs</source>
      <translation>Unterbrochene Läufe wiederherstellen</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Load Deltas</source>
      <translation>Deltas laden</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Open Project</source>
      <translation>Projekt öffnen</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Apply Deltas</source>
      <translation>Deltas anwenden</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Check Result</source>
      <translation>Ergebnis prüfen</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="48" />
      <source>No output folder given for the package.</source>
      <translation>Kein Ausgabeordner für das Paket angegeben.</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="48" />
      <source>Pass --out DIR (a folder outside the project folder).</source>
      <translation>Geben Sie --out ORDNER an (einen Ordner außerhalb des Projektordners).</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="62" />
      <source>The package cannot be synchronized back by cable: {error}</source>
      <translation>Das Paket kann nicht per Kabel zurücksynchronisiert werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>QGIS Layers Data</source>
      <translation>QGIS-Layerdaten</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>Package Project</source>
      <translation>Projekt paketieren</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>QField Layer Data</source>
      <translation>QField-Layerdaten</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="107" />
      <source>Could not write the thumbnail "{path}".</source>
      <translation>Das Vorschaubild „{path}“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Project Validity Check</source>
      <translation>Projekt-Gültigkeitsprüfung</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Opening Check</source>
      <translation>Öffnungsprüfung</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Project Details</source>
      <translation>Projektdetails</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Generate Thumbnail Image</source>
      <translation>Vorschaubild erzeugen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="75" />
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="80" />
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <location filename="../core/jobs/report.py" line="38" />
      <source>What to do:</source>
      <translation>Was zu tun ist:</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync.py" line="55" />
      <source>"{device}" has no synchronization fingerprint: it was packaged before cable sync, or by another tool.</source>
      <translation>„{device}“ hat keinen Synchronisierungs-Fingerabdruck: Es wurde vor der Kabel-Synchronisierung oder mit einem anderen Werkzeug gepackt.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync.py" line="55" />
      <source>Nothing was changed. Compare it with the current data sources instead (compare to source), or package the project again before the next field trip.</source>
      <translation>Es wurde nichts geändert. Vergleichen Sie es stattdessen mit den aktuellen Datenquellen (Mit der aktuellen Quelle vergleichen) oder packen Sie das Projekt vor dem nächsten Feldeinsatz erneut.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync_qfieldsync.py" line="58" />
      <source>The changes of a package made by QFieldSync cannot be reverted (QGIS's offline editing keeps no old values); nothing was changed.</source>
      <translation>Die Änderungen eines von QFieldSync erstellten Pakets können nicht rückgängig gemacht werden (die Offline-Bearbeitung von QGIS speichert keine alten Werte); es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync_qfieldsync.py" line="63" />
      <source>"{device}" holds no QGIS offline-editing log.</source>
      <translation>„{device}“ enthält kein Protokoll der QGIS-Offline-Bearbeitung.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="88" />
      <source>Unknown packaging mode "{mode}"; use cable or cloud.</source>
      <translation>Unbekannter Verpackungsmodus „{mode}“; verwenden Sie cable oder cloud.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="95" />
      <source>Layer "{layer}" is set to the action "{action}" ({property}), which is not possible for this layer.</source>
      <translation>Der Layer „{layer}“ ist auf die Aktion „{action}“ ({property}) gesetzt, die für diesen Layer nicht möglich ist.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="95" />
      <source>Choose one of: {actions} in the layer's QField properties.</source>
      <translation>Wählen Sie in den QField-Eigenschaften des Layers eine von: {actions}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/aoi.py" line="74" />
      <source>The extent of project "{project}" cannot be found: no area of interest is configured and no layer has an extent.</source>
      <translation>Die Ausdehnung des Projekts „{project}“ lässt sich nicht bestimmen: Es ist kein Interessensgebiet konfiguriert und kein Layer hat eine Ausdehnung.</translation>
    </message>
    <message>
      <location filename="../core/packaging/aoi.py" line="74" />
      <source>Set the area of interest in the project's QField properties, or package without --aoi-only.</source>
      <translation>Legen Sie das Interessensgebiet in den QField-Projekteigenschaften fest oder verpacken Sie ohne --aoi-only.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="51" />
      <source>Could not copy "{source}" to "{destination}": {error}</source>
      <translation>„{source}“ konnte nicht nach „{destination}“ kopiert werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="257" />
      <source>Check free disk space and write permission of the output folder.</source>
      <translation>Prüfen Sie den freien Speicherplatz und die Schreibrechte des Ausgabeordners.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="96" />
      <source>Restore the file or remove the layer from the project.</source>
      <translation>Stellen Sie die Datei wieder her oder entfernen Sie den Layer aus dem Projekt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="153" />
      <source>Skipped "{link}": it is a symbolic link loop.</source>
      <translation>„{link}“ übersprungen: eine Schleife symbolischer Links.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="131" />
      <source>Skipped "{link}": {error}.</source>
      <translation>„{link}“ übersprungen: {error}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="134" />
      <source>Skipped "{link}": it is a link to "{target}", outside the project folder.</source>
      <translation>„{link}“ übersprungen: ein Link auf „{target}“, außerhalb des Projektordners.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="144" />
      <source>Could not copy the attachment folder "{folder}": {error}</source>
      <translation>Der Anhangsordner „{folder}“ konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="66" />
      <source>Packaging was cancelled; the previous package (if any) is untouched.</source>
      <translation>Das Verpacken wurde abgebrochen; ein früheres Paket (falls vorhanden) bleibt unverändert.</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="126" />
      <source>Could not copy layer "{layer}" into {gpkg}: {detail}</source>
      <translation>Der Layer „{layer}“ konnte nicht in {gpkg} kopiert werden: {detail}</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="126" />
      <source>unknown error</source>
      <translation>unbekannter Fehler</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="128" />
      <source>Check that the layer opens in QGIS and that the output disk has free space.</source>
      <translation>Prüfen Sie, ob sich der Layer in QGIS öffnet und ob auf dem Ausgabedatenträger Platz frei ist.</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="143" />
      <source>GDAL finds no layer "{name}".</source>
      <translation>GDAL findet keinen Layer „{name}“.</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="212" />
      <source>the written table cannot be read back.</source>
      <translation>die geschriebene Tabelle lässt sich nicht zurücklesen.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="22" />
      <source>The output folder "{out}" is inside the project folder "{project}".</source>
      <translation>Der Ausgabeordner „{out}“ liegt im Projektordner „{project}“.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="22" />
      <source>Choose a folder outside the project folder: a package inside it would be packaged again.</source>
      <translation>Wählen Sie einen Ordner außerhalb des Projektordners: Ein Paket darin würde erneut verpackt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="27" />
      <source>The output folder "{out}" contains the project folder "{project}".</source>
      <translation>Der Ausgabeordner „{out}“ enthält den Projektordner „{project}“.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="27" />
      <source>Choose an empty folder or a previous package folder.</source>
      <translation>Wählen Sie einen leeren Ordner oder einen früheren Paketordner.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="31" />
      <source>The output path "{out}" is a file, not a folder.</source>
      <translation>Der Ausgabepfad „{out}“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="36" />
      <source>Could not create the folder "{folder}": {error}</source>
      <translation>Der Ordner „{folder}“ konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="90" />
      <source>Choose a folder you can write to.</source>
      <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="40" />
      <source>No permission to write into "{folder}".</source>
      <translation>Keine Berechtigung, in „{folder}“ zu schreiben.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="242" />
      <source> and more than {count} more</source>
      <translation> und mehr als {count} weitere</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="244" />
      <source> and {count} more</source>
      <translation> und {count} weitere</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="252" />
      <source>The package folder "{folder}" holds field work not yet synchronized: {files}.</source>
      <translation>Der Paketordner „{folder}“ enthält noch nicht synchronisierte Feldarbeit: {files}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="256" />
      <source>The package folder "{folder}" holds files no package of this project wrote, or changed since: {files}.</source>
      <translation>Der Paketordner „{folder}“ enthält Dateien, die kein Paket dieses Projekts geschrieben hat oder die seitdem geändert wurden: {files}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="260" />
      <source>It holds a package of another project ("{project}").</source>
      <translation>Er enthält ein Paket eines anderen Projekts („{project}“).</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="262" />
      <source>Synchronize from QField first, or package with a backup.</source>
      <translation>Synchronisieren Sie zuerst aus QField oder packen Sie mit einer Sicherung.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="190" />
      <source>Nothing was changed.</source>
      <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="264" />
      <source>To package with a backup, the old folder is moved aside as "&lt;folder&gt;.backup-&lt;date&gt;": in QGIS the button "Back up the folder and package" (or the Processing option "Back up a package folder…"), on the command line --backup-existing.</source>
      <translation>Beim Packen mit Sicherung wird der alte Ordner als „&lt;Ordner&gt;.backup-&lt;Datum&gt;“ beiseitegelegt: in QGIS mit der Schaltfläche „Ordner sichern und packen“ (oder der Processing-Option „Einen Paketordner … sichern“), auf der Kommandozeile mit --backup-existing.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="94" />
      <source>Layer "{layer}" has a data source QField cannot read; it was removed from the package.</source>
      <translation>Layer „{layer}“ hat eine Datenquelle, die QField nicht lesen kann; er wurde aus dem Paket entfernt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="101" />
      <source>Layer "{layer}" is in a localized data path that is not available here ({message}); it was kept in the project, unpackaged.</source>
      <translation>Layer „{layer}“ liegt in einem lokalisierten Datenpfad, der hier nicht verfügbar ist ({message}); er bleibt ungepackt im Projekt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="105" />
      <source>Remote raster layer "{layer}" cannot be reached ({message}); it was kept in the project, unpackaged.</source>
      <translation>Der entfernte Rasterlayer „{layer}“ ist nicht erreichbar ({message}); er bleibt ungepackt im Projekt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="107" />
      <source>Layer "{layer}" is invalid ({message}); it was removed from the package.</source>
      <translation>Layer „{layer}“ ist ungültig ({message}); er wurde aus dem Paket entfernt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="156" />
      <source>Layer "{layer}" is a memory layer: its features are not saved with the project, so QField will show it empty.</source>
      <translation>Der Layer „{layer}“ ist ein temporärer Layer: Seine Objekte werden nicht mit dem Projekt gespeichert, daher zeigt QField ihn leer an.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="160" />
      <source>Some layers cannot be packaged (strict): {problems}</source>
      <translation>Einige Layer können nicht gepackt werden (strikt): {problems}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="160" />
      <source>Fix these layers or set their action to remove, or package without strict.</source>
      <translation>Reparieren Sie diese Layer oder setzen Sie ihre Aktion auf Entfernen, oder packen Sie ohne „strikt“.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="229" />
      <source>The packaged project {path} has invalid layers: {layers}.</source>
      <translation>Das verpackte Projekt {path} hat ungültige Layer: {layers}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="243" />
      <source>Could not clean up after an earlier package run next to "{out}": {error}</source>
      <translation>Konnte nach einem früheren Packvorgang neben „{out}“ nicht aufräumen: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="243" />
      <source>Check the permissions of that folder.</source>
      <translation>Prüfen Sie die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="257" />
      <source>Could not write the package manifest in "{folder}": {error}</source>
      <translation>Konnte das Paketmanifest in „{folder}“ nicht schreiben: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="270" />
      <source>The previous package could not be removed yet ({error}); the next package run removes it.</source>
      <translation>Das vorherige Paket konnte noch nicht entfernt werden ({error}); der nächste Packvorgang entfernt es.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="274" />
      <source>The previous content of "{out}" was moved to "{backup}"; nothing was deleted.</source>
      <translation>Der bisherige Inhalt von „{out}“ wurde nach „{backup}“ verschoben; nichts wurde gelöscht.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="334" />
      <source>Could not record the package in {folder}: {error}</source>
      <translation>Konnte das Paket nicht in {folder} vermerken: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_entries.py" line="28" />
      <source>The project option {option} named the layer "{layer}", which is not in the package; the option was dropped.</source>
      <translation>Die Projektoption {option} nannte den Layer „{layer}“, der nicht im Paket ist; die Option wurde entfernt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_entries.py" line="39" />
      <source>The active layer of map theme "{theme}" is "{layer}", which is not in the package; that setting was dropped.</source>
      <translation>Der aktive Layer des Kartenthemas „{theme}“ ist „{layer}“, der nicht im Paket ist; diese Einstellung wurde entfernt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_writer.py" line="36" />
      <source>Layer "{layer}" does not open from its packaged copy "{source}".</source>
      <translation>Der Layer „{layer}“ lässt sich aus seiner verpackten Kopie „{source}“ nicht öffnen.</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_writer.py" line="83" />
      <source>Could not write the packaged project "{path}": {error}</source>
      <translation>Das verpackte Projekt „{path}“ konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="90" />
      <source>Could not create a folder in "{folder}": {error}</source>
      <translation>In „{folder}“ konnte kein Ordner angelegt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="137" />
      <source>Could not move the package into "{out}": {error}</source>
      <translation>Das Paket konnte nicht nach „{out}“ verschoben werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="191" />
      <source>The previous package was put back in "{out}" (a package run was stopped while replacing it).</source>
      <translation>Das vorherige Paket wurde in „{out}“ wiederhergestellt (ein Packvorgang wurde beim Ersetzen abgebrochen).</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="199" />
      <source>A previous package holding other files was kept as "{backup}".</source>
      <translation>Ein vorheriges Paket mit anderen Dateien wurde als „{backup}“ aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../core/packaging/sync_baseline.py" line="55" />
      <source>Field edits of "{file}" will not be synchronized: {error}</source>
      <translation>Feldänderungen von „{file}“ werden nicht synchronisiert: {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/sync_baseline.py" line="84" />
      <source>Layer "{layer}" is copied as {format}, whose features have no stable key: its field edits come home as a delete and a create. Set its action to offline to keep them as changes.</source>
      <translation>Layer „{layer}“ wird als {format} kopiert, dessen Objekte keinen stabilen Schlüssel haben: Seine Feldänderungen kommen als Löschen und Anlegen zurück. Stellen Sie seine Aktion auf „Offline bearbeiten“, um sie als Änderungen zu behalten.</translation>
    </message>
    <message>
      <location filename="../core/paths.py" line="82" />
      <source>Cannot prepare the private folder "{folder}" for job files: {error}</source>
      <translation>Der private Ordner „{folder}“ für Job-Dateien kann nicht vorbereitet werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/paths.py" line="82" />
      <source>Check that you may write to the folder of the job history.</source>
      <translation>Prüfen Sie, ob Sie in den Ordner des Job-Verlaufs schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="../core/project_io.py" line="39" />
      <source>QGIS cannot open the project file "{path}": {error}</source>
      <translation>QGIS kann die Projektdatei „{path}“ nicht öffnen: {error}</translation>
    </message>
    <message>
      <location filename="../core/project_io.py" line="39" />
      <source>The project file is unreadable, incomplete, broken or wrong. Save it again from QGIS.</source>
      <translation>Die Projektdatei ist unlesbar, unvollständig, beschädigt oder falsch. Speichern Sie sie erneut aus QGIS.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="43" />
      <source>Offline editing</source>
      <translation>Offline bearbeiten</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="44" />
      <source>Directly access data source</source>
      <translation>Direkt auf die Datenquelle zugreifen</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="45" />
      <source>Remove from project</source>
      <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="46" />
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="47" />
      <source>Keep existent (copy if missing)</source>
      <translation>Vorhandene behalten (kopieren, falls fehlend)</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="85" />
      <source>The cable action "{action}" is not valid for layer "{layer}".</source>
      <translation>Die Kabel-Aktion „{action}“ ist für den Layer „{layer}“ nicht gültig.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="88" />
      <source>The cloud action "{action}" is not valid for layer "{layer}".</source>
      <translation>Die Cloud-Aktion „{action}“ ist für den Layer „{layer}“ nicht gültig.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="129" />
      <source>The folder "{folder}" must be a path inside the project folder.</source>
      <translation>Der Ordner „{folder}“ muss ein Pfad innerhalb des Projektordners sein.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="243" />
      <source>Unknown base map type "{value}".</source>
      <translation>Unbekannter Grundkartentyp "{value}".</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="245" />
      <source>The base map tile size must be positive, not {value}.</source>
      <translation>Die Kachelgröße der Grundkarte muss positiv sein, nicht {value}.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="248" />
      <source>The base map zoom levels must go from lower to higher ({low} to {high}).</source>
      <translation>Die Zoomstufen der Grundkarte müssen von niedrig nach hoch gehen ({low} bis {high}).</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="251" />
      <source>The auto-push interval must be at least one minute.</source>
      <translation>Das Intervall für automatisches Hochladen muss mindestens eine Minute betragen.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="253" />
      <source>The maximum image size cannot be negative.</source>
      <translation>Die maximale Bildgröße darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="256" />
      <source>"{value}" is not a valid value for {option}.</source>
      <translation>"{value}" ist kein gültiger Wert für {option}.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="262" />
      <source>"{value}" is not a colour ({option}).</source>
      <translation>"{value}" ist keine Farbe ({option}).</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="159" />
      <source>Layer "{layer}": the expression for {what} is not valid: {error}</source>
      <translation>Layer "{layer}": der Ausdruck für {what} ist ungültig: {error}</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="166" />
      <source>the attachment field "{field}"</source>
      <translation>das Anhangsfeld "{field}"</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="170" />
      <source>Layer "{layer}": unknown tracking measurement type {value}.</source>
      <translation>Layer "{layer}": unbekannter Messwerttyp {value} für das Tracking.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="175" />
      <source>Layer "{layer}": counts, distances and intervals cannot be negative.</source>
      <translation>Layer "{layer}": Anzahlen, Distanzen und Intervalle dürfen nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="166" />
      <source>SQLite files the job could not remove (another program uses them, or they hold data): {files}</source>
      <translation>SQLite-Dateien, die der Job nicht entfernen konnte (ein anderes Programm verwendet sie, oder sie enthalten Daten): {files}</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="194" />
      <source>The job was cancelled by the user.</source>
      <translation>Der Job wurde vom Benutzer abgebrochen.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="197" />
      <source>The job did not finish within its time limit of {seconds} seconds and was terminated. QFieldCloud stops jobs after 10 minutes too: make the project lighter or split it.</source>
      <translation>Der Job wurde nicht innerhalb seines Zeitlimits von {seconds} Sekunden fertig und wurde beendet. Auch QFieldCloud stoppt Jobs nach 10 Minuten: Machen Sie das Projekt leichter oder teilen Sie es.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="212" />
      <source>was killed by signal {signal}</source>
      <translation>wurde durch Signal {signal} beendet</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="214" />
      <source>exited with code {code}</source>
      <translation>endete mit Code {code}</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="215" />
      <source>The job's QGIS process {how} before reporting a result.</source>
      <translation>Der QGIS-Prozess des Jobs {how}, bevor er ein Ergebnis meldete.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="216" />
      <source>QGIS may be crashing while opening the project. Try to identify the layer that is causing the crash by removing one layer at a time from the project and running the job again.</source>
      <translation>QGIS stürzt möglicherweise beim Öffnen des Projekts ab. Versuchen Sie, den Layer zu finden, der den Absturz verursacht, indem Sie nacheinander jeweils einen Layer aus dem Projekt entfernen und den Job erneut ausführen.</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="65" />
      <source>The job was cancelled before it started.</source>
      <translation>Der Job wurde abgebrochen, bevor er begann.</translation>
    </message>
    <message>
      <location filename="../core/runner/runner.py" line="188" />
      <source>Temporary package folders could not be removed yet: {error}</source>
      <translation>Temporäre Paketordner konnten noch nicht entfernt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/runner/runner.py" line="216" />
      <source>Nothing changed since package job {id}: its package in {folder} is reused (use --force to package again).</source>
      <translation>Seit dem Package-Job {id} hat sich nichts geändert: Sein Paket in {folder} wird wiederverwendet (mit --force erneut verpacken).</translation>
    </message>
    <message>
      <location filename="../core/runner/store.py" line="105" />
      <source>The job store {path} was damaged: it was moved aside as {aside} and a new, empty one was created (earlier job history and delta log are in the old file).</source>
      <translation>Der Auftragsspeicher {path} war beschädigt: Er wurde als {aside} beiseitegelegt und ein neuer, leerer angelegt (der bisherige Auftragsverlauf und das Delta-Protokoll sind in der alten Datei).</translation>
    </message>
    <message>
      <location filename="../core/runner/store.py" line="167" />
      <source>The job's process ended without reporting a result (QGIS or the computer stopped).</source>
      <translation>Der Prozess des Jobs endete, ohne ein Ergebnis zu melden (QGIS oder der Computer wurde beendet).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="49" />
      <source>The job store's folder {folder} cannot be created: {error}.</source>
      <translation>Der Ordner des Auftragsspeichers {folder} kann nicht angelegt werden: {error}.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="49" />
      <source>Choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Wählen Sie einen anderen Datenordner (Einstellungen → Optionen → QFieldSync+ → Datenordner).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="58" />
      <source>The job store {path} is damaged ({error}).</source>
      <translation>Der Auftragsspeicher {path} ist beschädigt ({error}).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="58" />
      <source>It is moved aside and a new one is created the next time it is opened.</source>
      <translation>Er wird beim nächsten Öffnen beiseitegelegt und neu angelegt.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="61" />
      <source>The job store {path} is locked by another program (waited {seconds} s).</source>
      <translation>Der Auftragsspeicher {path} ist von einem anderen Programm gesperrt ({seconds} s gewartet).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="61" />
      <source>Wait for the other QGIS window or command using it to finish, then try again.</source>
      <translation>Warten Sie, bis das andere QGIS-Fenster oder der andere Befehl fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="65" />
      <source>The job store {path} was deleted while in use.</source>
      <translation>Der Auftragsspeicher {path} wurde während der Benutzung gelöscht.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="65" />
      <source>Run the command again: a new, empty job store is created.</source>
      <translation>Führen Sie den Befehl erneut aus: Ein neuer, leerer Auftragsspeicher wird angelegt.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="68" />
      <source>The job store {path} cannot be written: the file or its folder is read-only.</source>
      <translation>Der Auftragsspeicher {path} kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="68" />
      <source>Make both writable, or choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Machen Sie beide beschreibbar oder wählen Sie einen anderen Datenordner (Einstellungen → Optionen → QFieldSync+ → Datenordner).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="71" />
      <source>The job store {path} cannot be used: {error}.</source>
      <translation>Der Auftragsspeicher {path} kann nicht benutzt werden: {error}.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="71" />
      <source>Check the file and its folder, or choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Prüfen Sie die Datei und ihren Ordner oder wählen Sie einen anderen Datenordner (Einstellungen → Optionen → QFieldSync+ → Datenordner).</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="39" />
      <source>No QGIS project file (.qgs/.qgz) exists yet.</source>
      <translation>Es gibt noch keine QGIS-Projektdatei (.qgs/.qgz).</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="41" />
      <source>Only files in the DCIM folder changed; they do not affect project validity.</source>
      <translation>Nur Dateien im Ordner DCIM haben sich geändert; sie beeinflussen die Gültigkeit des Projekts nicht.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="43" />
      <source>A process_projectfile job is already pending for this project.</source>
      <translation>Für dieses Projekt wartet bereits ein process_projectfile-Job.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="50" />
      <source>A delta_apply job is already pending for this project.</source>
      <translation>Für dieses Projekt wartet bereits ein delta_apply-Job.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="57" />
      <source>A process_projectfile job is already pending for this project; apply the changes once it has finished.</source>
      <translation>Für dieses Projekt wartet bereits ein process_projectfile-Job; wenden Sie die Änderungen an, sobald er beendet ist.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="60" />
      <source>The project check (process_projectfile job {id}) {status}, so no change was applied: {error}</source>
      <translation>Die Projektprüfung (process_projectfile-Job {id}) {status}, daher wurde keine Änderung angewendet: {error}</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="116" />
      <source>A process_projectfile job is already pending for this project; package once it has finished.</source>
      <translation>Für dieses Projekt wartet bereits ein process_projectfile-Job; verpacken Sie, sobald er beendet ist.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="118" />
      <source>The project check (process_projectfile) {status}: {error}</source>
      <translation>Die Projektprüfung (process_projectfile) {status}: {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="77" />
      <source>Cannot read the master password file "{path}" named in {env}: {error}</source>
      <translation>Die in {env} genannte Master-Passwort-Datei „{path}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="94" />
      <source>The QGIS authentication database "{path}" is disabled: {reason}</source>
      <translation>Die QGIS-Authentifizierungsdatenbank „{path}“ ist deaktiviert: {reason}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="94" />
      <source>Restart QGIS; if it stays disabled, check that the QCA OpenSSL plugin is installed.</source>
      <translation>Starten Sie QGIS neu; bleibt sie deaktiviert, prüfen Sie, ob das QCA-OpenSSL-Plugin installiert ist.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="106" />
      <source>The QGIS authentication database "{path}" stays locked: no master password was entered.</source>
      <translation>Die QGIS-Authentifizierungsdatenbank „{path}“ bleibt gesperrt: Es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="109" />
      <source>The QGIS authentication database "{path}" is locked: its master password is needed to read or store project secrets.</source>
      <translation>Die QGIS-Authentifizierungsdatenbank „{path}“ ist gesperrt: Ihr Master-Passwort wird benötigt, um Projektgeheimnisse zu lesen oder zu speichern.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="109" />
      <source>Run the command in a terminal to be asked for it, or put the master password in a file readable only by you and set {env} to that file's path.</source>
      <translation>Führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden, oder legen Sie das Master-Passwort in einer nur für Sie lesbaren Datei ab und setzen Sie {env} auf den Pfad dieser Datei.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="115" />
      <source>the file "{path}" named in {env}</source>
      <translation>der in {env} genannten Datei „{path}“</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="117" />
      <source>the prompt</source>
      <translation>der Eingabeaufforderung</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="118" />
      <source>The master password from {where} does not open the QGIS authentication database "{path}".</source>
      <translation>Das Master-Passwort aus {where} öffnet die QGIS-Authentifizierungsdatenbank „{path}“ nicht.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="118" />
      <source>Use the master password you set in QGIS (Settings › Options › Authentication). After 5 wrong attempts QGIS disables the database until it restarts.</source>
      <translation>Verwenden Sie das Master-Passwort, das Sie in QGIS festgelegt haben (Einstellungen › Optionen › Authentifizierung). Nach 5 Fehlversuchen deaktiviert QGIS die Datenbank bis zu seinem Neustart.</translation>
    </message>
    <message>
      <location filename="../core/secrets/job_auth.py" line="106" />
      <source>The job's own authentication database refused its master password.</source>
      <translation>Die eigene Authentifizierungsdatenbank des Jobs hat ihr Master-Passwort abgelehnt.</translation>
    </message>
    <message>
      <location filename="../core/secrets/job_auth.py" line="115" />
      <source>The job's own authentication database did not take the configuration "{id}".</source>
      <translation>Die eigene Authentifizierungsdatenbank des Jobs hat die Konfiguration "{id}" nicht übernommen.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="62" />
      <source>The secret name "{name}" is not allowed.</source>
      <translation>Der Geheimnisname „{name}“ ist nicht zulässig.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="62" />
      <source>A secret name starts with a capital letter, followed by capital letters, digits or underscores (at least two characters), e.g. FIELD_DB.</source>
      <translation>Ein Geheimnisname beginnt mit einem Großbuchstaben, gefolgt von Großbuchstaben, Ziffern oder Unterstrichen (mindestens zwei Zeichen), z. B. FIELD_DB.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="72" />
      <source>Unknown secret type "{type}": use pgservice or envvar.</source>
      <translation>Unbekannter Geheimnistyp „{type}“: Verwenden Sie pgservice oder envvar.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="83" />
      <source>The pgservice secret "{name}" must start with a [service_name] header.</source>
      <translation>Das pgservice-Geheimnis „{name}“ muss mit einer [service_name]-Kopfzeile beginnen.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="83" />
      <source>Write it as in pg_service.conf, e.g. [field_db] then host=..., port=..., dbname=..., user=..., password=... on their own lines.</source>
      <translation>Schreiben Sie es wie in pg_service.conf, z. B. [field_db] und danach host=..., port=..., dbname=..., user=..., password=... jeweils in einer eigenen Zeile.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="89" />
      <source>The pgservice secret "{name}" is not valid pg_service.conf content: {error}</source>
      <translation>Das pgservice-Geheimnis „{name}“ ist kein gültiger pg_service.conf-Inhalt: {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="93" />
      <source>The pgservice secret "{name}" defines no [service_name] block.</source>
      <translation>Das pgservice-Geheimnis „{name}“ definiert keinen [service_name]-Block.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="97" />
      <source>The pgservice secret "{name}" has unknown parameters in [{service}]: {keys}.</source>
      <translation>Das pgservice-Geheimnis „{name}“ hat unbekannte Parameter in [{service}]: {keys}.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="97" />
      <source>Use libpq connection keywords: host, port, dbname, user, password, sslmode…</source>
      <translation>Verwenden Sie libpq-Verbindungsschlüsselwörter: host, port, dbname, user, password, sslmode…</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="109" />
      <source>The secret "{name}" has an empty value.</source>
      <translation>Das Geheimnis „{name}“ hat einen leeren Wert.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="115" />
      <source>The envvar secret "{name}" contains a NUL character.</source>
      <translation>Das envvar-Geheimnis „{name}“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="126" />
      <source>"{name}" cannot be an envvar secret: this variable decides which programs and files the job's QGIS process uses, or the job runner sets it itself.</source>
      <translation>„{name}“ kann kein envvar-Geheimnis sein: Diese Variable bestimmt, welche Programme und Dateien der QGIS-Prozess des Jobs verwendet, oder der Job-Runner setzt sie selbst.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="126" />
      <source>Store the value under another name (e.g. FIELD_{name}) and remove the secret {name}.</source>
      <translation>Speichern Sie den Wert unter einem anderen Namen (z. B. FIELD_{name}) und entfernen Sie das Geheimnis {name}.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="44" />
      <source>Could not {action} the secret "{name}" in the QGIS authentication database "{path}".</source>
      <translation>Das Geheimnis „{name}“ konnte in der QGIS-Authentifizierungsdatenbank „{path}“ nicht {action} werden.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="44" />
      <source>The database may be locked by another program or read-only: close other QGIS sessions that are writing to it and try again.</source>
      <translation>Die Datenbank ist möglicherweise von einem anderen Programm gesperrt oder schreibgeschützt: Schließen Sie andere QGIS-Sitzungen, die in sie schreiben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="86" />
      <source>Could not decrypt the secret "{name}" from the QGIS authentication database "{path}".</source>
      <translation>Das Geheimnis „{name}“ konnte nicht aus der QGIS-Authentifizierungsdatenbank „{path}“ entschlüsselt werden.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="86" />
      <source>Unlock the authentication database with its master password and try again.</source>
      <translation>Entsperren Sie die Authentifizierungsdatenbank mit ihrem Master-Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="113" />
      <source>store</source>
      <translation>gespeichert</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="124" />
      <source>remove</source>
      <translation>entfernt</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="189" />
      <source>The folder "{path}" in the device folder is a link to a place outside it; it was not read.</source>
      <translation>Der Ordner „{path}“ im Geräteordner ist ein Link auf einen Ort außerhalb davon; er wurde nicht gelesen.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="213" />
      <source>The file "{path}" in the device folder is a link to a place outside it; it was not copied.</source>
      <translation>Die Datei „{path}“ im Geräteordner ist ein Link auf einen Ort außerhalb davon; sie wurde nicht kopiert.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="225" />
      <source>The project has a link at "{path}" leading outside the project folder; the device file was not copied through it.</source>
      <translation>Das Projekt hat unter „{path}“ einen Link aus dem Projektordner hinaus; die Datei des Geräts wurde nicht darüber kopiert.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="236" />
      <source>The project already has a different file "{path}"; the device's file was not copied (nothing is overwritten). Rename one of them and synchronize again.</source>
      <translation>Das Projekt hat bereits eine andere Datei „{path}“; die Datei des Geräts wurde nicht kopiert (nichts wird überschrieben). Benennen Sie eine der beiden um und synchronisieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="251" />
      <source>Could not copy the attachment "{source}" to "{destination}": {error}</source>
      <translation>Der Anhang „{source}“ konnte nicht nach „{destination}“ kopiert werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="251" />
      <source>Check free disk space and write permission of the project folder; nothing was copied.</source>
      <translation>Prüfen Sie freien Speicherplatz und Schreibrechte des Projektordners; nichts wurde kopiert.</translation>
    </message>
    <message>
      <location filename="../core/sync/baseline.py" line="123" />
      <source>The table "{table}" of data.gpkg has no AUTOINCREMENT feature ids, so a feature id could be reused after a delete and field edits could not be synchronized.</source>
      <translation>Die Tabelle „{table}“ von data.gpkg hat keine AUTOINCREMENT-Objekt-IDs; eine Objekt-ID könnte daher nach einem Löschen wiederverwendet werden, und Feldänderungen könnten nicht synchronisiert werden.</translation>
    </message>
    <message>
      <location filename="../core/sync/baseline.py" line="123" />
      <source>Update GDAL, or report this with your GDAL version.</source>
      <translation>Aktualisieren Sie GDAL oder melden Sie dies mit Ihrer GDAL-Version.</translation>
    </message>
    <message>
      <location filename="../core/sync/content.py" line="53" />
      <source>"{file}" cannot be read: {error}</source>
      <translation>„{file}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="52" />
      <source>"{path}" leaves the device folder.</source>
      <translation>„{path}“ verlässt den Geräteordner.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="116" />
      <source>The device folder or zip "{path}" does not exist.</source>
      <translation>Der Geräteordner oder das Zip „{path}“ existiert nicht.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="125" />
      <source>"{path}" is neither a folder nor a zip.</source>
      <translation>„{path}“ ist weder ein Ordner noch ein Zip.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="132" />
      <source>"{path}" holds no data.gpkg: it is not a QField package folder.</source>
      <translation>„{path}“ enthält keine data.gpkg: Es ist kein QField-Paketordner.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="132" />
      <source>Choose the package folder copied from the device (the one with the *_qfield.qgs).</source>
      <translation>Wählen Sie den vom Gerät kopierten Paketordner (den mit der *_qfield.qgs).</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="146" />
      <source>"{path}" is in WAL mode but "{wal}" is missing: the last field edits are in that file.</source>
      <translation>„{path}“ ist im WAL-Modus, aber „{wal}“ fehlt: Die letzten Feldänderungen stehen in dieser Datei.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="146" />
      <source>Copy {wal} too (or close QField before copying).</source>
      <translation>Kopieren Sie auch {wal} (oder schließen Sie QField vor dem Kopieren).</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="161" />
      <source>"{path}" changed while it was being copied: QField (or another program) is still writing it.</source>
      <translation>„{path}“ hat sich während des Kopierens geändert: QField (oder ein anderes Programm) schreibt noch darin.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="161" />
      <source>Close QField, then synchronize again; nothing was changed.</source>
      <translation>Schließen Sie QField und synchronisieren Sie dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="196" />
      <source>The device's data.gpkg is not a readable GeoPackage: {error}</source>
      <translation>Die data.gpkg des Geräts ist kein lesbares GeoPackage: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="41" />
      <source>{count} changed rows in {table}</source>
      <translation>{count} geänderte Zeilen in {table}</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="44" />
      <source>{count} attachments ({first}…)</source>
      <translation>{count} Anhänge ({first}…)</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="70" />
      <source>data.gpkg has no synchronization fingerprint, so its field edits cannot be checked</source>
      <translation>data.gpkg hat keinen Synchronisierungs-Fingerabdruck, daher können seine Feldänderungen nicht geprüft werden</translation>
    </message>
    <message>
      <location filename="../core/sync/identity.py" line="74" />
      <source>Could not add the project id to "{path}": {error}</source>
      <translation>Die Projekt-ID konnte nicht zu „{path}“ hinzugefügt werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/identity.py" line="98" />
      <source>"{path}" is not a folder; the device copy cannot be identified.</source>
      <translation>„{path}“ ist kein Ordner; die Gerätekopie kann nicht identifiziert werden.</translation>
    </message>
    <message>
      <location filename="../core/sync/old_values.py" line="47" />
      <source>the feature was deleted from the data source since packaging</source>
      <translation>das Objekt wurde seit dem Packen aus der Datenquelle gelöscht</translation>
    </message>
    <message>
      <location filename="../core/sync/old_values.py" line="62" />
      <source>"{field}" was changed in the data source since packaging</source>
      <translation>„{field}“ wurde seit dem Packen in der Datenquelle geändert</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="84" />
      <source>The project "{project}" has no project id, so "{device}" cannot be one of its packages.</source>
      <translation>Das Projekt „{project}“ hat keine Projekt-ID, daher kann „{device}“ keines seiner Pakete sein.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="84" />
      <source>Package the project with this plugin first; nothing was changed.</source>
      <translation>Packen Sie das Projekt zuerst mit diesem Plugin; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="89" />
      <source>"{device}" is a package of another project: "{owner}" (project id {id}), not of "{project}".</source>
      <translation>„{device}“ ist ein Paket eines anderen Projekts: „{owner}“ (Projekt-ID {id}), nicht von „{project}“.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="89" />
      <source>Choose the right project or device folder; nothing was changed.</source>
      <translation>Wählen Sie das richtige Projekt oder den richtigen Geräteordner; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="160" />
      <source>"{file}" is missing from the device folder.</source>
      <translation>„{file}“ fehlt im Geräteordner.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="162" />
      <source>"{file}" was not synchronized: this computer has not kept its packaged rows (copied files without a feature key need them).</source>
      <translation>„{file}“ wurde nicht synchronisiert: Dieser Computer hat seine gepackten Zeilen nicht aufbewahrt (kopierte Dateien ohne Objektschlüssel benötigen sie).</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="190" />
      <source>This device copy has no synchronization on this computer to revert.</source>
      <translation>Für diese Gerätekopie gibt es auf diesem Computer keine Synchronisierung, die rückgängig gemacht werden könnte.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="106" />
      <source>The device folder "{folder}" must hold exactly one .qgs project file (found {count}).</source>
      <translation>Der Geräteordner „{folder}“ muss genau eine .qgs-Projektdatei enthalten (gefunden: {count}).</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="106" />
      <source>Choose the folder QField opened (the one holding the packaged project and data.gpkg).</source>
      <translation>Wählen Sie den Ordner, den QField geöffnet hat (mit dem gepackten Projekt und data.gpkg).</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="195" />
      <source>An interrupted synchronization of a QFieldSync package was undone: its data sources and project file were restored from the backup.</source>
      <translation>Eine unterbrochene Synchronisierung eines QFieldSync-Pakets wurde rückgängig gemacht: Datenquellen und Projektdatei wurden aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="214" />
      <source>The data of "{folder}" was already synchronized into this project (QFieldSync's imported files list has its checksum); nothing was changed.</source>
      <translation>Die Daten von „{folder}“ wurden bereits in dieses Projekt synchronisiert (die Liste importierter Dateien von QFieldSync enthält ihre Prüfsumme); nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="214" />
      <source>Copy the folder from the device again after new field work.</source>
      <translation>Kopieren Sie den Ordner nach neuer Feldarbeit erneut vom Gerät.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="267" />
      <source>QGIS cannot open the packaged project "{path}": {error}</source>
      <translation>QGIS kann das gepackte Projekt „{path}“ nicht öffnen: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="287" />
      <source>QGIS's offline-editing synchronization did not write every field edit; every data source was restored and nothing was changed.
{warnings}</source>
      <translation>Die Offline-Bearbeitungs-Synchronisierung von QGIS hat nicht alle Feldänderungen geschrieben; alle Datenquellen wurden wiederhergestellt, nichts wurde geändert.
{warnings}</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="287" />
      <source>Check that the layers' data sources are writable and not open in another program.</source>
      <translation>Prüfen Sie, ob die Datenquellen der Layer beschreibbar und nicht in einem anderen Programm geöffnet sind.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="304" />
      <source>The packaged project has no layer prepared for offline editing.</source>
      <translation>Das gepackte Projekt hat keinen für die Offline-Bearbeitung vorbereiteten Layer.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="308" />
      <source>This device folder is not a package of this project: its layers {layers} are not in it (it was packaged from "{original}"). Nothing was changed.</source>
      <translation>Dieser Geräteordner ist kein Paket dieses Projekts: seine Layer {layers} sind nicht darin (gepackt aus „{original}“). Nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="308" />
      <source>Open the project the folder was packaged from, or choose the right device folder.</source>
      <translation>Öffnen Sie das Projekt, aus dem der Ordner gepackt wurde, oder wählen Sie den richtigen Geräteordner.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="317" />
      <source>Layer "{layer}" is stored in a database ({provider}); field edits of QFieldSync packages are only written into file sources here, where they can be backed up. Nothing was changed.</source>
      <translation>Layer „{layer}“ liegt in einer Datenbank ({provider}); Feldänderungen von QFieldSync-Paketen werden hier nur in Dateiquellen geschrieben, die gesichert werden können. Nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="317" />
      <source>Synchronize this folder with QFieldSync, or package the project with QFieldSync+.</source>
      <translation>Synchronisieren Sie diesen Ordner mit QFieldSync, oder packen Sie das Projekt mit QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="344" />
      <source>Could not save the project file "{path}": {error}</source>
      <translation>Die Projektdatei „{path}“ konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/schema.py" line="47" />
      <source>the field "{field}" was removed from the data source since packaging</source>
      <translation>das Feld „{field}“ wurde seit dem Packen aus der Datenquelle entfernt</translation>
    </message>
    <message>
      <location filename="../core/sync/schema.py" line="52" />
      <source>the field "{field}" changed its type from {was} to {now} since packaging</source>
      <translation>das Feld „{field}“ hat seit dem Packen seinen Typ von {was} zu {now} geändert</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="40" />
      <source>The packaged project "{file}" cannot be read: {error}</source>
      <translation>Das gepackte Projekt „{file}“ kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="69" />
      <source>not in the current data source: created in the field, or deleted in the office</source>
      <translation>nicht in der aktuellen Datenquelle: im Feld erstellt oder im Büro gelöscht</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="71" />
      <source>not on the device: deleted in the field, or added in the office since packaging</source>
      <translation>nicht auf dem Gerät: im Feld gelöscht oder seit dem Packen im Büro hinzugefügt</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="75" />
      <source>{field}: data source {source}, device {device}</source>
      <translation>{field}: Datenquelle {source}, Gerät {device}</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="28" />
      <source>applied</source>
      <translation>angewendet</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="42" />
      <source>conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="28" />
      <source>apply failed</source>
      <translation>Anwenden fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>rolled back</source>
      <translation>zurückgerollt</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>skipped</source>
      <translation>übersprungen</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>not attempted</source>
      <translation>nicht versucht</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="35" />
      <source>take the field's value</source>
      <translation>Wert aus dem Feld übernehmen</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="35" />
      <source>keep the source's value</source>
      <translation>Wert der Quelle behalten</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Feature</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="64" />
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Attribute</source>
      <translation>Attribut</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>When the edit was made</source>
      <translation>Zum Zeitpunkt der Bearbeitung</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>In the source now</source>
      <translation>Jetzt in der Quelle</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Field's new value</source>
      <translation>Neuer Wert aus dem Feld</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="70" />
      <source>Keep the source's value</source>
      <translation>Wert der Quelle behalten</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="71" />
      <source>Take the field's value</source>
      <translation>Wert aus dem Feld übernehmen</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="72" />
      <source>Apply again</source>
      <translation>Erneut anwenden</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="73" />
      <source>Zoom to feature</source>
      <translation>Auf Objekt zoomen</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="74" />
      <source>Re-apply selected</source>
      <translation>Ausgewählte erneut anwenden</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="75" />
      <source>Re-apply this and newer</source>
      <translation>Dieses und neuere erneut anwenden</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="133" />
      <source>Select a delta to see its changes. For a conflict, keep the source's value or take the field's value (per delta, or per attribute below), then Apply again.</source>
      <translation>Wählen Sie ein Delta, um seine Änderungen zu sehen. Bei einem Konflikt behalten Sie den Wert der Quelle oder übernehmen den Wert aus dem Feld (je Delta oder unten je Attribut) und klicken dann auf Erneut anwenden.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="81" />
      <source>QFieldCloud: list jobs</source>
      <translation>QFieldCloud: Jobs auflisten</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="128" />
      <source>Not uploaded: no cloud project was chosen.</source>
      <translation>Nicht hochgeladen: Es wurde kein Cloud-Projekt gewählt.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="135" />
      <source>QFieldCloud: list projects</source>
      <translation>QFieldCloud: Projekte auflisten</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="146" />
      <source>Uploaded {count} file(s) to QFieldCloud; the cloud's jobs appear in the QField jobs panel.</source>
      <translation>{count} Datei(en) zu QFieldCloud hochgeladen; die Jobs der Cloud erscheinen im Bedienfeld „QField-Jobs“.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="149" />
      <source>Hidden files were not uploaded: {names}</source>
      <translation>Versteckte Dateien wurden nicht hochgeladen: {names}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="73" />
      <source>Upload to QFieldCloud</source>
      <translation>Zu QFieldCloud hochladen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="158" />
      <source>Upload anyway?</source>
      <translation>Trotzdem hochladen?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="164" />
      <source>Not uploaded: the check for the cloud found problems.</source>
      <translation>Nicht hochgeladen: Die Prüfung für die Cloud hat Probleme gefunden.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="184" />
      <source>QFieldSync+: synchronize {folder}</source>
      <translation>QFieldSync+: {folder} synchronisieren</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="194" />
      <source>Synchronized with QFieldCloud: {up} file(s) uploaded, {down} downloaded ({backups} backup(s) kept).</source>
      <translation>Mit QFieldCloud synchronisiert: {up} Datei(en) hochgeladen, {down} heruntergeladen ({backups} Sicherung(en) behalten).</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="198" />
      <source>Not replaced while being edited: {names}</source>
      <translation>Nicht ersetzt, weil sie bearbeitet werden: {names}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="201" />
      <source>Changed both here and in the cloud, left as they are on both sides: {names}</source>
      <translation>Hier und in der Cloud geändert, auf beiden Seiten unverändert gelassen: {names}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="211" />
      <source>This project is not linked to a QFieldCloud project: upload it or link it in the QFieldCloud projects dialog first.</source>
      <translation>Dieses Projekt ist mit keinem QFieldCloud-Projekt verknüpft: Laden Sie es zuerst hoch oder verknüpfen Sie es im Dialog „QFieldCloud-Projekte“.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="218" />
      <source>QFieldSync+: apply the cloud's pending changes</source>
      <translation>QFieldSync+: ausstehende Änderungen der Cloud anwenden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="230" />
      <source>QFieldCloud has no pending changes for this project.</source>
      <translation>QFieldCloud hat keine ausstehenden Änderungen für dieses Projekt.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="232" />
      <source>Applied {count} pending change(s) from QFieldCloud.</source>
      <translation>{count} ausstehende Änderung(en) aus QFieldCloud angewendet.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="235" />
      <source>The cloud's pending changes were not all applied: {error} See the QField jobs panel.</source>
      <translation>Die ausstehenden Änderungen der Cloud wurden nicht alle angewendet: {error} Siehe Bedienfeld „QField-Jobs“.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="33" />
      <source>Sign in to QFieldCloud</source>
      <translation>Bei QFieldCloud anmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="47" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="48" />
      <source>User name or e-mail</source>
      <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="49" />
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="66" />
      <source>Signing in…</source>
      <translation>Anmeldung läuft…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="67" />
      <source>QFieldCloud sign-in</source>
      <translation>QFieldCloud-Anmeldung</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="106" />
      <source>Sign-in failed.</source>
      <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="140" />
      <source>Signed in to QFieldCloud as {user}.</source>
      <translation>Bei QFieldCloud angemeldet als {user}.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="149" />
      <source>Sign in to QFieldCloud…</source>
      <translation>Bei QFieldCloud anmelden…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="150" />
      <source>Signed in as {user} — Sign out</source>
      <translation>Angemeldet als {user} — Abmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="166" />
      <source>Sign out of QFieldCloud</source>
      <translation>Von QFieldCloud abmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="166" />
      <source>Sign out of QFieldCloud on this computer? QField and your other programs stay signed in.</source>
      <translation>Auf diesem Computer von QFieldCloud abmelden? QField und Ihre anderen Programme bleiben angemeldet.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="169" />
      <source>Sign out here</source>
      <translation>Hier abmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="170" />
      <source>Sign out everywhere…</source>
      <translation>Überall abmelden…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="176" />
      <source>Signed out of QFieldCloud on this computer.</source>
      <translation>Auf diesem Computer von QFieldCloud abgemeldet.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="181" />
      <source>Sign out everywhere</source>
      <translation>Überall abmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="181" />
      <source>Sign out everywhere?</source>
      <translation>Überall abmelden?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="191" />
      <source>QFieldCloud: sign out everywhere</source>
      <translation>QFieldCloud: überall abmelden</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="201" />
      <source>Signed out of QFieldCloud everywhere: every program signed in as you must sign in again.</source>
      <translation>Überall von QFieldCloud abgemeldet: Jedes unter Ihrem Namen angemeldete Programm muss sich neu anmelden.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="55" />
      <source>Create a QFieldCloud project</source>
      <translation>QFieldCloud-Projekt anlegen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="57" />
      <source>Private (only you and the collaborators you add)</source>
      <translation>Privat (nur Sie und die Mitwirkenden, die Sie hinzufügen)</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="61" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="74" />
      <source>This project is not linked to a QFieldCloud project yet. The project is checked before anything is created or sent.</source>
      <translation>Dieses Projekt ist noch mit keinem QFieldCloud-Projekt verknüpft. Das Projekt wird geprüft, bevor etwas angelegt oder gesendet wird.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="77" />
      <source>Create a new cloud project</source>
      <translation>Neues Cloud-Projekt anlegen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="78" />
      <source>Link to an existing cloud project</source>
      <translation>Mit einem bestehenden Cloud-Projekt verknüpfen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="117" />
      <source>Delete a QFieldCloud project</source>
      <translation>QFieldCloud-Projekt löschen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="119" />
      <source>Deleting {name} removes its files, jobs and changes from QFieldCloud for everyone. Local files stay. Type the project's name to confirm.</source>
      <translation>Das Löschen von {name} entfernt seine Dateien, Jobs und Änderungen für alle aus QFieldCloud. Lokale Dateien bleiben. Geben Sie zur Bestätigung den Namen des Projekts ein.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="124" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="55" />
      <source>QFieldCloud projects</source>
      <translation>QFieldCloud-Projekte</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="62" />
      <source>Signed in as {user} on {url}</source>
      <translation>Angemeldet als {user} auf {url}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="65" />
      <source>Search projects…</source>
      <translation>Projekte suchen…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Owner</source>
      <translation>Eigentümer</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Last change</source>
      <translation>Letzte Änderung</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Local folder</source>
      <translation>Lokaler Ordner</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Create…</source>
      <translation>Anlegen…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="205" />
      <source>Link the open project</source>
      <translation>Offenes Projekt verknüpfen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Download…</source>
      <translation>Herunterladen…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Open local folder</source>
      <translation>Lokalen Ordner öffnen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Show jobs</source>
      <translation>Jobs anzeigen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="70" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="119" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="121" />
      <source>Failed.</source>
      <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="140" />
      <source>Loading the projects…</source>
      <translation>Projekte werden geladen…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="152" />
      <source>{count} project(s).</source>
      <translation>{count} Projekt(e).</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="191" />
      <source>Creating {name}…</source>
      <translation>{name} wird angelegt…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="202" />
      <source>Save the project first: the link is kept for its folder.</source>
      <translation>Speichern Sie das Projekt zuerst: Die Verknüpfung gilt für seinen Ordner.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="205" />
      <source>{folder} is linked to the cloud project {old}. Link it to {new} instead?</source>
      <translation>{folder} ist mit dem Cloud-Projekt {old} verknüpft. Stattdessen mit {new} verknüpfen?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="212" />
      <source>{folder} is now linked to {name}.</source>
      <translation>{folder} ist jetzt mit {name} verknüpft.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="219" />
      <source>Download {name} into</source>
      <translation>{name} herunterladen nach</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="233" />
      <source>Downloading {name}…</source>
      <translation>{name} wird heruntergeladen…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="233" />
      <source>Downloaded {count} file(s) into {folder}.</source>
      <translation>{count} Datei(en) nach {folder} heruntergeladen.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="255" />
      <source>Deleting {name}…</source>
      <translation>{name} wird gelöscht…</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="17" />
      <source>{seconds:.1f} s</source>
      <translation>{seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="19" />
      <source>{seconds:.0f} s</source>
      <translation>{seconds:.0f} s</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="21" />
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="111" />
      <source>pending</source>
      <translation>wartend</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="111" />
      <source>queued</source>
      <translation>eingereiht</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="111" />
      <source>started</source>
      <translation>gestartet</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>finished</source>
      <translation>beendet</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="113" />
      <source>finished with warnings</source>
      <translation>mit Warnungen beendet</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>invalid layer</source>
      <translation>ungültiger Layer</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>invalid data provider</source>
      <translation>ungültiger Datenanbieter</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="115" />
      <source>localized data provider</source>
      <translation>lokalisierter Datenanbieter</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="122" />
      <source>local</source>
      <translation>lokal</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="122" />
      <source>cloud</source>
      <translation>Cloud</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>not run</source>
      <translation>nicht ausgeführt</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>stopped here</source>
      <translation>hier angehalten</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="75" />
      <source>What to do</source>
      <translation>Was zu tun ist</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="80" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="100" />
      <source>Summary</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="53" />
      <source>Layers</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="108" />
      <source>Changes</source>
      <translation>Änderungen</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="109" />
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="110" />
      <source>Log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="54" />
      <source>Feedback JSON</source>
      <translation>Feedback-JSON</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="137" />
      <source>Select a job to see what it did.</source>
      <translation>Wählen Sie einen Job, um zu sehen, was er getan hat.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="138" />
      <source>&lt;b&gt;{job}&lt;/b&gt; of &lt;b&gt;{project}&lt;/b&gt;: {status} ({duration})</source>
      <translation>&lt;b&gt;{job}&lt;/b&gt; von &lt;b&gt;{project}&lt;/b&gt;: {status} ({duration})</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="148" />
      <source>Decide each conflict in the Changes tab (keep the source's value or take the field's value), then click Apply again.</source>
      <translation>Entscheiden Sie jeden Konflikt im Reiter Änderungen (Wert der Quelle behalten oder Wert aus dem Feld übernehmen) und klicken Sie dann auf Erneut anwenden.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="157" />
      <source>{count} layers, {bad} with problems (see Layers).</source>
      <translation>{count} Layer, {bad} mit Problemen (siehe Layer).</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="157" />
      <source>All {count} layers are valid.</source>
      <translation>Alle {count} Layer sind gültig.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="162" />
      <source>&lt;b&gt;{count} findings to look at:&lt;/b&gt;</source>
      <translation>&lt;b&gt;{count} Befunde zu prüfen:&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="161" />
      <source>QField jobs</source>
      <translation>QField-Jobs</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="68" />
      <source>Run</source>
      <translation>Ausführen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="69" />
      <source>Run again</source>
      <translation>Erneut ausführen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="71" />
      <source>Open output folder</source>
      <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="161" />
      <source>QField jobs (job store unavailable)</source>
      <translation>QField-Aufträge (Auftragsspeicher nicht verfügbar)</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="44" />
      <source>{findings} findings, {bad} of {count} layers with problems</source>
      <translation>{findings} Befunde, {bad} von {count} Layern mit Problemen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="47" />
      <source>{findings} findings to look at (see Summary)</source>
      <translation>{findings} Befunde zu prüfen (siehe Übersicht)</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="49" />
      <source>{bad} of {count} layers with problems</source>
      <translation>{bad} von {count} Layern mit Problemen</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="51" />
      <source>{count} layers valid</source>
      <translation>{count} Layer gültig</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Job</source>
      <translation>Job</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Origin</source>
      <translation>Herkunft</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Created</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="99" />
      <source>{name} in {folder}</source>
      <translation>{name} in {folder}</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="17" />
      <source>Lock feature addition</source>
      <translation>Hinzufügen von Objekten sperren</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="17" />
      <source>Lock attribute editing</source>
      <translation>Bearbeiten von Attributen sperren</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="18" />
      <source>Lock geometry editing</source>
      <translation>Bearbeiten von Geometrien sperren</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="18" />
      <source>Lock feature deletion</source>
      <translation>Löschen von Objekten sperren</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="25" />
      <source>Editing locks in QField</source>
      <translation>Bearbeitungssperren in QField</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="33" />
      <source>Lock only the features for which this expression is true</source>
      <translation>Nur die Objekte sperren, für die dieser Ausdruck wahr ist</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="68" />
      <source>Tracking session</source>
      <translation>Tracking-Sitzung</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="70" />
      <source>Time requirement</source>
      <translation>Zeitbedingung</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="29" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="72" />
      <source>Distance requirement</source>
      <translation>Distanzbedingung</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="77" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="74" />
      <source>Sensor data requirement</source>
      <translation>Sensordatenbedingung</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="75" />
      <source>Wait for all active requirements</source>
      <translation>Auf alle aktiven Bedingungen warten</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="76" />
      <source>Erroneous distance safeguard</source>
      <translation>Schutz vor fehlerhaften Distanzen</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Elapsed time (seconds since start of tracking)</source>
      <translation>Verstrichene Zeit (Sekunden seit Beginn des Trackings)</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Timestamp (milliseconds since epoch)</source>
      <translation>Zeitstempel (Millisekunden seit der Epoche)</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Ground speed</source>
      <translation>Geschwindigkeit über Grund</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Bearing</source>
      <translation>Kurs</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Horizontal accuracy</source>
      <translation>Horizontale Genauigkeit</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Vertical accuracy</source>
      <translation>Vertikale Genauigkeit</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>PDOP</source>
      <translation>PDOP</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>HDOP</source>
      <translation>HDOP</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>VDOP</source>
      <translation>VDOP</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="86" />
      <source>When checked, QField starts tracking into this layer when it opens the project.</source>
      <translation>Wenn aktiviert, startet QField beim Öffnen des Projekts das Tracking in diesen Layer.</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="98" />
      <source>Measure (M) value of vertices</source>
      <translation>Messwert (M) der Stützpunkte</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="67" />
      <source>Packaging</source>
      <translation>Paketierung</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="69" />
      <source>Action for cable export</source>
      <translation>Aktion für den Kabel-Export</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="70" />
      <source>Action for QFieldCloud</source>
      <translation>Aktion für QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="71" />
      <source>Stored in the project the same way QFieldSync stores it, so both plugins share it.</source>
      <translation>Wird im Projekt so gespeichert, wie QFieldSync es speichert; beide Plugins teilen die Einstellung.</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="96" />
      <source>Attachment field</source>
      <translation>Anhangsfeld</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="96" />
      <source>File name</source>
      <translation>Dateiname</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="106" />
      <source>Relationship</source>
      <translation>Beziehung</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="106" />
      <source>Children shown before 'more'</source>
      <translation>Angezeigte Kindobjekte vor 'mehr'</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="111" />
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="117" />
      <source> values</source>
      <translation> Werte</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="118" />
      <source>Never</source>
      <translation>Nie</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="119" />
      <source>Value maps with up to this many values show buttons instead of a list</source>
      <translation>Wertzuordnungen mit höchstens so vielen Werten zeigen Knöpfe statt einer Liste</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="121" />
      <source>Allow adding features from value relation widgets</source>
      <translation>Hinzufügen von Objekten aus Wertbeziehungs-Widgets erlauben</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="123" />
      <source>In file name expressions, {filename} and {extension} stand for the attachment's name and extension.</source>
      <translation>In Dateinamen-Ausdrücken stehen {filename} und {extension} für Name und Endung des Anhangs.</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="126" />
      <source>Attachments, relationships and forms</source>
      <translation>Anhänge, Beziehungen und Formulare</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="131" />
      <source>Value map buttons up to</source>
      <translation>Knöpfe für Wertzuordnungen bis</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="165" />
      <source>QField layer settings</source>
      <translation>QField-Layereinstellungen</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="179" />
      <source>QField</source>
      <translation>QField</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>Cable export action</source>
      <translation>Aktion für Kabelexport</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>QFieldCloud action</source>
      <translation>Aktion für QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="84" />
      <source>Set cable action</source>
      <translation>Kabelaktion setzen</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="85" />
      <source>Set cloud action</source>
      <translation>Cloud-Aktion setzen</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="89" />
      <source>For the selected layers:</source>
      <translation>Für die ausgewählten Layer:</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="17" />
      <source>{size} bytes</source>
      <translation>{size} Bytes</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>GB</source>
      <translation>GB</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>MB</source>
      <translation>MB</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>KB</source>
      <translation>KB</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="27" />
      <source>offline into data.gpkg (table {table}) with {count} features</source>
      <translation>offline in data.gpkg (Tabelle {table}) mit {count} Objekten</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="30" />
      <source>copied to {file} ({size})</source>
      <translation>kopiert nach {file} ({size})</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="33" />
      <source>copied to {file} only where QField has no copy yet (kept on the device)</source>
      <translation>nach {file} kopiert, nur wo QField noch keine Kopie hat (bleibt auf dem Gerät)</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="36" />
      <source>removed from the package</source>
      <translation>aus dem Paket entfernt</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="37" />
      <source>kept as it is: QField reads its source directly</source>
      <translation>unverändert: QField liest die Quelle direkt</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="44" />
      <source>as set in the layer's QField properties</source>
      <translation>wie in den QField-Eigenschaften des Layers eingestellt</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="45" />
      <source>the default for layers of the {provider} provider</source>
      <translation>Standard für Layer des Anbieters {provider}</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="53" />
      <source>Package in {link}, {size} in all.</source>
      <translation>Paket in {link}, insgesamt {size}.</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="119" />
      <source>Base map</source>
      <translation>Grundkarte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="119" />
      <source>Field work</source>
      <translation>Feldarbeit</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="191" />
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="121" />
      <source>Map themes</source>
      <translation>Kartenthemen</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="121" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="125" />
      <source>Create a base map (rendered over the area of interest)</source>
      <translation>Grundkarte erstellen (über dem Interessensgebiet gerendert)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="127" />
      <source>Single layer</source>
      <translation>Einzelner Layer</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="204" />
      <source>Map theme</source>
      <translation>Kartenthema</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="178" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="138" />
      <source>Tile size</source>
      <translation>Kachelgröße</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="139" />
      <source>Lowest zoom level</source>
      <translation>Niedrigste Zoomstufe</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="140" />
      <source>Highest zoom level</source>
      <translation>Höchste Zoomstufe</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="145" />
      <source>Browse</source>
      <translation>Durchsuchen</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="145" />
      <source>Digitize</source>
      <translation>Digitalisieren</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="147" />
      <source>Show feature forms tab by tab (wizard mode)</source>
      <translation>Objektformulare Reiter für Reiter zeigen (Assistentenmodus)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="148" />
      <source>Push changes to QFieldCloud automatically</source>
      <translation>Änderungen automatisch zu QFieldCloud hochladen</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="149" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Not set</source>
      <translation>Nicht gesetzt</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Prefer offline editing</source>
      <translation>Offline-Bearbeitung bevorzugen</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Prefer direct access to online sources</source>
      <translation>Direkten Zugriff auf Online-Quellen bevorzugen</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="153" />
      <source>When QField opens the project</source>
      <translation>Wenn QField das Projekt öffnet</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="155" />
      <source>Active layer</source>
      <translation>Aktiver Layer</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="156" />
      <source>Map mode</source>
      <translation>Kartenmodus</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="157" />
      <source>Digitizing logs layer</source>
      <translation>Layer für Digitalisierungsprotokolle</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="160" />
      <source>Cloud layer action preference</source>
      <translation>Bevorzugte Cloud-Layeraktion</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="164" />
      <source>Geofencing</source>
      <translation>Geofencing</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Alert users when inside an area</source>
      <translation>Benutzer warnen, wenn sie sich in einem Gebiet befinden</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Alert users when outside all areas</source>
      <translation>Benutzer warnen, wenn sie sich außerhalb aller Gebiete befinden</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Inform users when entering and leaving an area</source>
      <translation>Benutzer beim Betreten und Verlassen eines Gebiets informieren</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="170" />
      <source>Prevent digitizing while alerted</source>
      <translation>Digitalisieren während einer Warnung verhindern</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="172" />
      <source>Areas layer</source>
      <translation>Layer der Gebiete</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="173" />
      <source>Behaviour</source>
      <translation>Verhalten</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="179" />
      <source>No restriction</source>
      <translation>Keine Beschränkung</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="180" />
      <source>Stamp details on every photo taken</source>
      <translation>Angaben auf jedes aufgenommene Foto stempeln</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="184" />
      <source>Default font style</source>
      <translation>Standardschriftstil</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Center</source>
      <translation>Mitte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="187" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="189" />
      <source>Empty: QField's details (date, position, speed, orientation).</source>
      <translation>Leer: die Angaben von QField (Datum, Position, Geschwindigkeit, Ausrichtung).</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="193" />
      <source>Maximum width and height</source>
      <translation>Maximale Breite und Höhe</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="195" />
      <source>Stamp font</source>
      <translation>Schrift des Stempels</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="196" />
      <source>Stamp alignment</source>
      <translation>Ausrichtung des Stempels</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="197" />
      <source>Stamp image decoration</source>
      <translation>Bilddekoration des Stempels</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="198" />
      <source>Stamp details (expressions in [% %])</source>
      <translation>Angaben im Stempel (Ausdrücke in [% %])</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="204" />
      <source>Active layer in QField</source>
      <translation>Aktiver Layer in QField</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Tiny</source>
      <translation>Winzig</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Big</source>
      <translation>Groß</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Biggest</source>
      <translation>Am größten</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="216" />
      <source>Location arrow fill colour</source>
      <translation>Füllfarbe des Positionspfeils</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="217" />
      <source>Location arrow outline colour</source>
      <translation>Umrissfarbe des Positionspfeils</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="219" />
      <source>Coordinate cursor fill colour</source>
      <translation>Füllfarbe des Koordinatencursors</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="220" />
      <source>Coordinate cursor outline colour</source>
      <translation>Umrissfarbe des Koordinatencursors</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="222" />
      <source>Location arrow and coordinate cursor</source>
      <translation>Positionspfeil und Koordinatencursor</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="224" />
      <source>Arrow fill colour</source>
      <translation>Füllfarbe des Pfeils</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="225" />
      <source>Arrow outline colour</source>
      <translation>Umrissfarbe des Pfeils</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="226" />
      <source>Arrow size</source>
      <translation>Größe des Pfeils</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="227" />
      <source>Cursor fill colour</source>
      <translation>Füllfarbe des Cursors</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="228" />
      <source>Cursor outline colour</source>
      <translation>Umrissfarbe des Cursors</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="229" />
      <source>Cursor size</source>
      <translation>Größe des Cursors</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="54" />
      <source>Area and folders</source>
      <translation>Gebiet und Ordner</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="73" />
      <source>Area of interest</source>
      <translation>Interessensgebiet</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="77" />
      <source>Offline copies keep only the features inside the area of interest</source>
      <translation>Offline-Kopien behalten nur die Objekte im Interessensgebiet</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="83" />
      <source>Attachment folders (one per line)</source>
      <translation>Anhangsordner (einer pro Zeile)</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="84" />
      <source>Data folders (one per line)</source>
      <translation>Datenordner (einer pro Zeile)</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="85" />
      <source>Folders are relative to the project folder. QFieldSync reads the same settings.</source>
      <translation>Ordner sind relativ zum Projektordner. QFieldSync liest dieselben Einstellungen.</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="170" />
      <source>QField project configuration</source>
      <translation>QField-Projektkonfiguration</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="30" />
      <source>How long one QFieldCloud request may take in all (file transfers instead stop when less than 1 KiB moves in 60 s).</source>
      <translation>Wie lange eine QFieldCloud-Anfrage insgesamt dauern darf (Dateiübertragungen brechen stattdessen ab, wenn in 60 s weniger als 1 KiB übertragen wird).</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="33" />
      <source>A QGIS authentication configuration used for every QFieldCloud request, e.g. the client certificate your organisation's server asks for. Your QFieldCloud sign-in is kept apart.</source>
      <translation>Eine QGIS-Authentifizierungskonfiguration für jede QFieldCloud-Anfrage, z. B. das Client-Zertifikat, das der Server Ihrer Organisation verlangt. Ihre QFieldCloud-Anmeldung bleibt davon getrennt.</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="38" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="41" />
      <source> jobs per project</source>
      <translation> Aufträge je Projekt</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="42" />
      <source>Finished jobs older than this are removed from the history, except each project's newest jobs (checked once a day). Delta logs are kept while their project exists.</source>
      <translation>Beendete Aufträge, die älter sind, werden aus dem Verlauf entfernt, außer den neuesten jedes Projekts (einmal täglich geprüft). Delta-Protokolle bleiben erhalten, solange ihr Projekt existiert.</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="54" />
      <source> MiB</source>
      <translation> MiB</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="55" />
      <source>Check the project again after it is saved</source>
      <translation>Das Projekt nach dem Speichern erneut prüfen</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="57" />
      <source>Job time limit</source>
      <translation>Zeitlimit für Jobs</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="58" />
      <source>QFieldCloud URL</source>
      <translation>QFieldCloud-URL</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="59" />
      <source>QFieldCloud request time limit</source>
      <translation>Zeitlimit für QFieldCloud-Anfragen</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="60" />
      <source>QFieldCloud connection authentication</source>
      <translation>QFieldCloud-Verbindungsauthentifizierung</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="61" />
      <source>Data folder (job history, outputs)</source>
      <translation>Datenordner (Job-Verlauf, Ausgaben)</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="62" />
      <source>Python interpreter for jobs</source>
      <translation>Python-Interpreter für Jobs</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="63" />
      <source>Most entries in a .qgz</source>
      <translation>Höchstzahl der Einträge in einer .qgz</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="64" />
      <source>Largest unpacked .qgz</source>
      <translation>Größte entpackte .qgz</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="66" />
      <source>Keep job history for</source>
      <translation>Auftragsverlauf aufbewahren für</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="67" />
      <source>and always keep the newest</source>
      <translation>und immer die neuesten behalten</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="71" />
      <source>QGIS profile folder</source>
      <translation>QGIS-Profilordner</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="72" />
      <source>found automatically</source>
      <translation>automatisch gefunden</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="272" />
      <source>QFieldSync+</source>
      <translation>QFieldSync+</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="43" />
      <source>copied</source>
      <translation>kopiert</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="44" />
      <source>identical</source>
      <translation>identisch</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="44" />
      <source>Already in the project.</source>
      <translation>Bereits im Projekt.</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="50" />
      <source>{name}: {created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts</source>
      <translation>{name}: {created} erstellt, {changed} geändert, {deleted} gelöscht, {conflicts} Konflikte</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="71" />
      <source>{created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts</source>
      <translation>{created} erstellt, {changed} geändert, {deleted} gelöscht, {conflicts} Konflikte</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="72" />
      <source>; {copied} files copied</source>
      <translation>; {copied} Dateien kopiert</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="74" />
      <source>, {file_conflicts} files in conflict</source>
      <translation>, {file_conflicts} Dateien im Konflikt</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="147" />
      <source>geometry: {wkt}</source>
      <translation>Geometrie: {wkt}</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="23" />
      <source>Synchronize from QField</source>
      <translation>Aus QField synchronisieren</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="33" />
      <source>The folder copied from the device, or the zip QField sent</source>
      <translation>Der vom Gerät kopierte Ordner oder das von QField gesendete Zip</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="34" />
      <source>Folder…</source>
      <translation>Ordner…</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="35" />
      <source>Zip…</source>
      <translation>Zip…</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="37" />
      <source>Dry run: only show what would change</source>
      <translation>Probelauf: nur zeigen, was sich ändern würde</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="173" />
      <source>Apply conflicting changes anyway</source>
      <translation>Konfliktbehaftete Änderungen trotzdem anwenden</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="39" />
      <source>Continue on error (apply the other changes)</source>
      <translation>Bei Fehlern fortfahren (die übrigen Änderungen anwenden)</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="40" />
      <source>Compare to the current source (package made before synchronization existed; every difference is a conflict to confirm)</source>
      <translation>Mit der aktuellen Quelle vergleichen (Paket von vor der Synchronisierung; jeder Unterschied ist ein zu bestätigender Konflikt)</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="46" />
      <source>Synchronize</source>
      <translation>Synchronisieren</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="57" />
      <source>Device folder or zip:</source>
      <translation>Geräteordner oder Zip:</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="72" />
      <source>Choose the folder copied from the device</source>
      <translation>Den vom Gerät kopierten Ordner wählen</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="77" />
      <source>Choose the zip sent by QField</source>
      <translation>Das von QField gesendete Zip wählen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="170" />
      <source>Zip archives (*.zip)</source>
      <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="61" />
      <source>{job} was cancelled.</source>
      <translation>{job} wurde abgebrochen.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="64" />
      <source>{job} failed: {error}</source>
      <translation>{job} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="68" />
      <source>{job} finished with conflicts: {note}. See the QField jobs panel.</source>
      <translation>{job} mit Konflikten beendet: {note}. Siehe das Bedienfeld QField-Jobs.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="70" />
      <source>{job} finished: {note}.</source>
      <translation>{job} beendet: {note}.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="73" />
      <source>{job} finished with {count} finding(s) to look at, see the QField jobs panel.</source>
      <translation>{job} beendet mit {count} zu prüfenden Befund(en), siehe QField-Jobs-Bereich.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="77" />
      <source>{job} finished: {bad} layer(s) with problems, see the QField jobs panel.</source>
      <translation>{job} beendet: {bad} Layer mit Problemen, siehe Bedienfeld „QField-Jobs“.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>{job} finished.</source>
      <translation>{job} beendet.</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="20" />
      <source>Check project</source>
      <translation>Projekt prüfen</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="21" />
      <source>Package for QField</source>
      <translation>Für QField verpacken</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>Apply changes…</source>
      <translation>Änderungen anwenden…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="128" />
      <source>Synchronize from QField…</source>
      <translation>Aus QField synchronisieren…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="129" />
      <source>Jobs panel</source>
      <translation>Job-Bedienfeld</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="131" />
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="132" />
      <source>QField project configuration…</source>
      <translation>QField-Projektkonfiguration…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="136" />
      <source>QFieldCloud projects…</source>
      <translation>QFieldCloud-Projekte…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="138" />
      <source>Synchronize with QFieldCloud</source>
      <translation>Mit QFieldCloud synchronisieren</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="140" />
      <source>Apply the cloud's pending changes here</source>
      <translation>Ausstehende Änderungen der Cloud hier anwenden</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="273" />
      <source>Back up the folder and package</source>
      <translation>Ordner sichern und packen</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="293" />
      <source>The synchronization recorded the imported device folder in the project file; the open project has it too now: save the project to keep it.</source>
      <translation>Die Synchronisierung hat den importierten Geräteordner in der Projektdatei vermerkt; das geöffnete Projekt hat den Eintrag jetzt auch: speichern Sie das Projekt, um ihn zu behalten.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="299" />
      <source>Save the project first: jobs work on the project file.</source>
      <translation>Speichern Sie das Projekt zuerst: Jobs arbeiten mit der Projektdatei.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="302" />
      <source>The project has unsaved changes; the job uses the saved file.</source>
      <translation>Das Projekt hat ungespeicherte Änderungen; der Job verwendet die gespeicherte Datei.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="331" />
      <source>Choose the folder for the QField package</source>
      <translation>Ordner für das QField-Paket wählen</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="358" />
      <source>Choose a QField deltafile</source>
      <translation>QField-Deltadatei wählen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="122" />
      <source>Deltafiles (*.json)</source>
      <translation>Deltadateien (*.json)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="432" />
      <source>QFieldSync+ settings</source>
      <translation>QFieldSync+-Einstellungen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="33" />
      <source>Process project file</source>
      <translation>Projektdatei verarbeiten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="36" />
      <source>Opens the project in a separate QGIS process, as QFieldCloud does, and checks that the project and every layer and data provider can be opened. The feedback JSON has the layer table (status, message and what to do per layer) and a thumbnail. Target "cloud" also reports what QFieldCloud cannot reach (local databases, files outside the project folder).</source>
      <translation>Öffnet das Projekt wie QFieldCloud in einem separaten QGIS-Prozess und prüft, ob das Projekt und jeder Layer und Datenanbieter geöffnet werden können. Das Feedback-JSON enthält die Layertabelle (Status, Meldung und was zu tun ist je Layer) und ein Vorschaubild. Das Ziel „QFieldCloud“ meldet zusätzlich, was QFieldCloud nicht erreichen kann (lokale Datenbanken, Dateien außerhalb des Projektordners).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="44" />
      <source>Check for</source>
      <translation>Prüfen für</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="44" />
      <source>this computer</source>
      <translation>diesen Computer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>QFieldCloud</source>
      <translation>QFieldCloud</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="67" />
      <source>Turns the project into a project QField can open: layers marked for offline editing go into one data.gpkg, files are copied, and &lt;project&gt;_qfield.qgs points at them. Layer actions come from the layer properties (page "QField"), cable or cloud. The output folder must not be inside the project folder. A package folder is replaced only when it holds nothing but what this project's packages wrote; otherwise the job refuses, or, with "Back up", moves the folder aside as &lt;folder&gt;.backup-&lt;date&gt;.</source>
      <translation>Macht aus dem Projekt ein Projekt, das QField öffnen kann: Layer für die Offline-Bearbeitung kommen in eine data.gpkg, Dateien werden kopiert, und &lt;project&gt;_qfield.qgs verweist auf sie. Die Layer-Aktionen stammen aus den Layereigenschaften (Seite „QField“), Kabel oder Cloud. Der Ausgabeordner darf nicht im Projektordner liegen. Ein Paketordner wird nur ersetzt, wenn er nichts enthält außer dem, was Pakete dieses Projekts geschrieben haben; sonst lehnt der Job ab oder legt den Ordner mit „Sichern“ als &lt;folder&gt;.backup-&lt;date&gt; beiseite.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>Layer actions for</source>
      <translation>Layer-Aktionen für</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>cable export</source>
      <translation>Kabel-Export</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="79" />
      <source>Only features inside the area of interest</source>
      <translation>Nur Objekte innerhalb des Interessensgebiets</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="81" />
      <source>Fail when a layer is invalid or unsupported (instead of packaging the rest)</source>
      <translation>Fehlschlagen, wenn ein Layer ungültig oder nicht unterstützt ist (statt den Rest zu packen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="84" />
      <source>Back up a package folder holding other files (instead of refusing)</source>
      <translation>Einen Paketordner mit anderen Dateien sichern (statt abzulehnen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="87" />
      <source>Package folder</source>
      <translation>Paketordner</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="112" />
      <source>Apply deltas</source>
      <translation>Deltas anwenden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="115" />
      <source>Writes the field edits of a QField deltafile into the project's data sources, all or nothing: when a delta fails or conflicts, no data source is changed (unless "continue on error"). "Dry run" only reports what would happen.</source>
      <translation>Schreibt die Feldänderungen einer QField-Deltadatei in die Datenquellen des Projekts, ganz oder gar nicht: Scheitert ein Delta oder steht es in Konflikt, wird keine Datenquelle geändert (außer mit „Bei Fehler fortfahren“). „Probelauf“ meldet nur, was geschehen würde.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="122" />
      <source>Deltafile</source>
      <translation>Deltadatei</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="124" />
      <source>Apply conflicting deltas anyway</source>
      <translation>Konfliktbehaftete Deltas trotzdem anwenden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="126" />
      <source>Revert the deltas</source>
      <translation>Deltas rückgängig machen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="172" />
      <source>Dry run</source>
      <translation>Probelauf</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="175" />
      <source>Continue on error</source>
      <translation>Bei Fehler fortfahren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="130" />
      <source>Apply even if the deltafile is for another cloud project</source>
      <translation>Auch anwenden, wenn die Deltadatei zu einem anderen Cloud-Projekt gehört</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="160" />
      <source>Brings the field work of a QField package home: the rows created, changed and deleted on the device are written into the project's data sources (all or nothing, conflicts with office edits reported), and new photos and attachments are copied into the project folder (never overwriting a file). Choose the folder copied from the device or the zip QField sent. "Dry run" only reports.</source>
      <translation>Holt die Feldarbeit eines QField-Pakets zurück: auf dem Gerät erstellte, geänderte und gelöschte Zeilen werden in die Datenquellen des Projekts geschrieben (alles oder nichts, Konflikte mit Büroänderungen werden gemeldet), neue Fotos und Anhänge werden in den Projektordner kopiert (ohne je eine Datei zu überschreiben). Wählen Sie den vom Gerät kopierten Ordner oder das von QField gesendete Zip. „Probelauf“ berichtet nur.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="168" />
      <source>Device folder</source>
      <translation>Geräteordner</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="170" />
      <source>or the zip sent by QField</source>
      <translation>oder das von QField gesendete Zip</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="177" />
      <source>Revert the changes</source>
      <translation>Die Änderungen rückgängig machen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="178" />
      <source>Compare to the current source</source>
      <translation>Mit der aktuellen Quelle vergleichen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="186" />
      <source>Choose either the device folder or the zip sent by QField.</source>
      <translation>Wählen Sie entweder den Geräteordner oder das von QField gesendete Zip.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="48" />
      <source>Project folder (linked to a QFieldCloud project)</source>
      <translation>Projektordner (mit einem QFieldCloud-Projekt verknüpft)</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="62" />
      <source>The folder {folder} does not exist.</source>
      <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="76" />
      <source>Runs the local check for QFieldCloud, then uploads the new and changed files of the linked project folder (the project file last, checksums verified). Hidden files are skipped. An unreadable project file always stops the upload; layers the cloud cannot open and files it would refuse stop it unless "Upload anyway" is ticked. Sign in from the QFieldSync+ menu first.</source>
      <translation>Führt die lokale Prüfung für QFieldCloud aus und lädt dann die neuen und geänderten Dateien des verknüpften Projektordners hoch (die Projektdatei zuletzt, Prüfsummen verifiziert). Versteckte Dateien werden ausgelassen. Eine unlesbare Projektdatei stoppt das Hochladen immer; Layer, die die Cloud nicht öffnen kann, und Dateien, die sie ablehnen würde, stoppen es, außer „Trotzdem hochladen“ ist angehakt. Melden Sie sich zuerst über das Menü QFieldSync+ an.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="84" />
      <source>Upload anyway when the check finds problems</source>
      <translation>Trotzdem hochladen, wenn die Prüfung Probleme findet</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="86" />
      <source>Delete cloud files that no longer exist locally</source>
      <translation>Cloud-Dateien löschen, die lokal nicht mehr existieren</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="88" />
      <source>Files uploaded</source>
      <translation>Hochgeladene Dateien</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="89" />
      <source>Hidden files skipped</source>
      <translation>Ausgelassene versteckte Dateien</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="108" />
      <source>Skipped (hidden, not uploaded): {name}</source>
      <translation>Ausgelassen (versteckt, nicht hochgeladen): {name}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="109" />
      <source>Uploaded {count} file(s), {unchanged} unchanged, {deleted} deleted.</source>
      <translation>{count} Datei(en) hochgeladen, {unchanged} unverändert, {deleted} gelöscht.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="124" />
      <source>Download from QFieldCloud</source>
      <translation>Von QFieldCloud herunterladen</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="127" />
      <source>Downloads into the linked project folder the files whose content differs in QFieldCloud (for example data changed by the cloud's delta_apply jobs). Each replaced file is first copied to a backup folder in the QGIS profile. Sign in from the QFieldSync+ menu first.</source>
      <translation>Lädt in den verknüpften Projektordner die Dateien herunter, deren Inhalt in QFieldCloud abweicht (zum Beispiel von den delta_apply-Jobs der Cloud geänderte Daten). Jede ersetzte Datei wird zuerst in einen Sicherungsordner im QGIS-Profil kopiert. Melden Sie sich zuerst über das Menü QFieldSync+ an.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="134" />
      <source>Files downloaded</source>
      <translation>Heruntergeladene Dateien</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="142" />
      <source>{name}: not downloaded, a symbolic link leads out of the folder.</source>
      <translation>{name}: nicht heruntergeladen, ein symbolischer Link führt aus dem Ordner hinaus.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="144" />
      <source>{name}: the previous version is kept in {backup}</source>
      <translation>{name}: Die vorherige Version liegt in {backup}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="145" />
      <source>Downloaded {count} changed file(s), {unchanged} unchanged.</source>
      <translation>{count} geänderte Datei(en) heruntergeladen, {unchanged} unverändert.</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="49" />
      <source>QGIS project file</source>
      <translation>QGIS-Projektdatei</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="49" />
      <source>QGIS projects (*.qgs *.qgz)</source>
      <translation>QGIS-Projekte (*.qgs *.qgz)</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="54" />
      <source>JSON files (*.json)</source>
      <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="57" />
      <source>Job status</source>
      <translation>Job-Status</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="58" />
      <source>Job id</source>
      <translation>Job-ID</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="59" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="78" />
      <source>Choose a QGIS project file (.qgs or .qgz).</source>
      <translation>Wählen Sie eine QGIS-Projektdatei (.qgs oder .qgz).</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="84" />
      <source>Job {id} queued; it runs in a separate QGIS process.</source>
      <translation>Job {id} eingereiht; er läuft in einem separaten QGIS-Prozess.</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="95" />
      <source>The job ended {status}.</source>
      <translation>Der Job endete mit Status {status}.</translation>
    </message>
    <message>
      <location filename="../tasks/cloud_tasks.py" line="60" />
      <source>QFieldSync+: upload {folder}</source>
      <translation>QFieldSync+: {folder} hochladen</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="22" />
      <source>Apply changes</source>
      <translation>Änderungen anwenden</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="35" />
      <source>QFieldSync+: {job} {project}</source>
      <translation>QFieldSync+: {job} {project}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="149" />
      <source>Layer "{layer}" has no primary key and no "fid" field: it is read-only in QField.</source>
      <translation>Layer „{layer}“ hat keinen Primärschlüssel und kein Feld „fid“: er ist in QField schreibgeschützt.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="31" />
      <source>Successfully applied delta!</source>
      <translation>Delta erfolgreich angewendet!</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="195" />
      <source>Successfully applied delta! ({notes})</source>
      <translation>Delta erfolgreich angewendet! ({notes})</translation>
    </message>
  </context>
</TS>
