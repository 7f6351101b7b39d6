<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>QFieldSyncPlus</name>
    <message>
      <location filename="../core/archives.py" line="50" />
      <source>Nothing was extracted.</source>
      <translation>Rien n'a été extrait.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="50" />
      <source>Do not open "{archive}": it was not written by QGIS or QField. Ask its sender for the project again.</source>
      <translation>N'ouvrez pas « {archive} » : il n'a pas été écrit par QGIS ni par QField. Demandez à nouveau le projet à son expéditeur.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="56" />
      <source>If you trust this archive, raise the limit in Settings › Options › QFieldSync+.</source>
      <translation>Si vous faites confiance à cette archive, augmentez la limite dans Préférences › Options › QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="68" />
      <source>The archive "{archive}" holds an entry with an absolute path: "{entry}".</source>
      <translation>L'archive « {archive} » contient une entrée avec un chemin absolu : « {entry} ».</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="71" />
      <source>The archive "{archive}" holds an entry that points outside its folder: "{entry}".</source>
      <translation>L'archive « {archive} » contient une entrée qui pointe hors de son dossier : « {entry} ».</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="74" />
      <source>The archive "{archive}" holds a symbolic link: "{entry}".</source>
      <translation>L'archive « {archive} » contient un lien symbolique : « {entry} ».</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="83" />
      <source>"{archive}" is not a readable zip archive: {error}</source>
      <translation>« {archive} » n'est pas une archive zip lisible : {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="83" />
      <source>It is corrupt or truncated: get the file again.</source>
      <translation>Elle est corrompue ou tronquée : récupérez le fichier à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="87" />
      <source>The archive "{archive}" holds {count} entries, more than the limit of {limit}.</source>
      <translation>L'archive « {archive} » contient {count} entrées, plus que la limite de {limit}.</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="94" />
      <source>The archive "{archive}" unpacks to more than {limit} bytes (at entry "{entry}").</source>
      <translation>L'archive « {archive} » dépasse {limit} octets une fois décompressée (à l'entrée « {entry} »).</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="139" />
      <source>The entry "{entry}" of "{archive}" would be written through a link leaving "{dest}".</source>
      <translation>L'entrée « {entry} » de « {archive} » serait écrite à travers un lien qui sort de « {dest} ».</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="145" />
      <source>Cannot create the folder "{folder}" for the entry "{entry}" of "{archive}": {error}</source>
      <translation>Impossible de créer le dossier « {folder} » pour l'entrée « {entry} » de « {archive} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="166" />
      <source>The entry "{entry}" of "{archive}" would overwrite "{target}".</source>
      <translation>L'entrée « {entry} » de « {archive} » écraserait « {target} ».</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="169" />
      <source>Cannot write "{target}": {error}</source>
      <translation>Impossible d'écrire « {target} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/archives.py" line="180" />
      <source>The entry "{entry}" of "{archive}" cannot be extracted: {error}</source>
      <translation>L'entrée « {entry} » de « {archive} » ne peut pas être extraite : {error}</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="85" />
      <source>It lies outside the project folder {folder}: move it into the project folder (or a subfolder).</source>
      <translation>Il se trouve hors du dossier du projet {folder} : déplacez-le dans le dossier du projet (ou un sous-dossier).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="85" />
      <source>It should be at this path inside the project folder.</source>
      <translation>Il devrait se trouver à ce chemin dans le dossier du projet.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="96" />
      <source>File "{filename}" missing.</source>
      <translation>Fichier « {filename} » manquant.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="90" />
      <source>Keep relative paths and folder names as on your computer (e.g. data/data.gpkg needs the data folder).</source>
      <translation>Gardez les chemins relatifs et les noms de dossiers tels que sur votre ordinateur (p. ex. data/data.gpkg a besoin du dossier data).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="102" />
      <source>On QFieldCloud, upload the file to the "shared_datasets" project or update the layer to point to an available file.</source>
      <translation>Sur QFieldCloud, téléversez le fichier dans le projet « shared_datasets » ou faites pointer la couche vers un fichier disponible.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="107" />
      <source>None of the localized data paths of this QGIS (Settings › Options › Data Sources) holds "{file}": add the folder that holds it there, or update the layer to point to an available file.</source>
      <translation>Aucun des chemins de données localisées de ce QGIS (Préférences › Options › Sources de données) ne contient « {file} » : ajoutez-y le dossier qui le contient, ou faites pointer la couche vers un fichier disponible.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="110" />
      <source>Localized dataset stored at "{filename}" is missing.</source>
      <translation>Le jeu de données localisé stocké à « {filename} » est manquant.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="119" />
      <source>The service exists only in this computer's pg_service.conf. Add it to the project as a pgservice secret so QFieldCloud can connect.</source>
      <translation>Le service n'existe que dans le pg_service.conf de cet ordinateur. Ajoutez-le au projet comme secret pgservice pour que QFieldCloud puisse se connecter.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="122" />
      <source>QFieldCloud tries to connect to a PostgreSQL service that is not available. Create a pgservice secret for it so QFieldCloud can connect to the PostGIS service.</source>
      <translation>QFieldCloud essaie de se connecter à un service PostgreSQL qui n'est pas disponible. Créez un secret pgservice pour qu'il puisse se connecter au service PostGIS.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="125" />
      <source>The service is defined in your pg_service.conf, but its database refused or did not answer: check its host, port, database name and credentials.</source>
      <translation>Le service est défini dans votre pg_service.conf, mais sa base de données a refusé ou n'a pas répondu : vérifiez l'hôte, le port, le nom de la base et les identifiants.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="128" />
      <source>The service is not defined in any pg_service.conf this computer reads ({files}). Define it there (or point PGSERVICEFILE at the right file).</source>
      <translation>Le service n'est défini dans aucun pg_service.conf lu par cet ordinateur ({files}). Définissez-le là (ou faites pointer PGSERVICEFILE vers le bon fichier).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="131" />
      <source>Unable to connect to service "{service}".</source>
      <translation>Impossible de se connecter au service « {service} ».</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="138" />
      <source>The layer connects to a database/service on your local machine. Either remove that layer or replace it with a layer source accessible by QFieldCloud.</source>
      <translation>La couche se connecte à une base de données ou un service sur votre machine locale. Supprimez cette couche ou remplacez-la par une source accessible par QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="138" />
      <source>The database/service on this machine is not running or refuses the connection.</source>
      <translation>La base de données ou le service sur cette machine ne tourne pas ou refuse la connexion.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="144" />
      <source>Unable to connect to host "localhost".</source>
      <translation>Impossible de se connecter à l'hôte « localhost ».</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="147" />
      <source>The host is a local or private network address that QFieldCloud cannot reach from the internet. Use a publicly reachable host, or replace the layer.</source>
      <translation>L'hôte est une adresse locale ou de réseau privé que QFieldCloud ne peut pas atteindre depuis internet. Utilisez un hôte accessible publiquement ou remplacez la couche.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="150" />
      <source>Your service is not accessible from the QFieldCloud server. You might need to ask your IT department to whitelist the QFieldCloud IP.</source>
      <translation>Votre service n'est pas accessible depuis le serveur QFieldCloud. Votre service informatique devra peut-être autoriser l'adresse IP de QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="153" />
      <source>This machine cannot reach the host: check its name, the network or VPN, and that the server runs.</source>
      <translation>Cette machine n'atteint pas l'hôte : vérifiez son nom, le réseau ou le VPN, et que le serveur fonctionne.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="154" />
      <source>Unable to connect to host "{host}".</source>
      <translation>Impossible de se connecter à l'hôte « {host} ».</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="183" />
      <source>QFieldCloud cannot use it. Store the credentials in a pgservice secret instead.</source>
      <translation>QFieldCloud ne peut pas l'utiliser. Enregistrez plutôt les identifiants dans un secret pgservice.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="185" />
      <source>QFieldCloud cannot read this computer's authentication database, so the layer will not open there.</source>
      <translation>QFieldCloud ne peut pas lire la base d'authentification de cet ordinateur ; la couche ne s'y ouvrira donc pas.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="186" />
      <source>The layer uses the authentication configuration "{id}", which lives only in this computer's QGIS authentication database.</source>
      <translation>La couche utilise la configuration d'authentification « {id} », qui n'existe que dans la base d'authentification QGIS de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="195" />
      <source>The password is saved in the project file and uploaded with it. Move host, database, user and password into a pg_service entry, add it to the project as a pgservice secret (python -m qfieldsync_plus secrets set PROJECT NAME --type pgservice), and change the layer to service=&lt;name&gt; without user or password: the secret stays encrypted in the QGIS authentication database, jobs receive it, and QFieldCloud can resolve it (an authcfg it cannot).</source>
      <translation>Le mot de passe est enregistré dans le fichier de projet et envoyé avec lui. Déplacez l'hôte, la base de données, l'utilisateur et le mot de passe dans une entrée pg_service, ajoutez-la au projet comme secret pgservice (python -m qfieldsync_plus secrets set PROJECT NAME --type pgservice) et modifiez la couche en service=&lt;name&gt; sans utilisateur ni mot de passe : le secret reste chiffré dans la base d'authentification de QGIS, les tâches le reçoivent et QFieldCloud peut le résoudre (ce qu'il ne peut pas faire avec une authcfg).</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="201" />
      <source>Anyone who gets the project file can read it: use an account that may only read this service.</source>
      <translation>Quiconque obtient le fichier de projet peut le lire : utilisez un compte qui ne peut que lire ce service.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="202" />
      <source>The layer's data source stores a password in clear text.</source>
      <translation>La source de données de la couche enregistre un mot de passe en clair.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="208" />
      <source>The layer needs the authentication configuration "{id}", and the QGIS authentication database was locked when the job started.</source>
      <translation>La couche a besoin de la configuration d'authentification "{id}", et la base d'authentification de QGIS était verrouillée au démarrage de la tâche.</translation>
    </message>
    <message>
      <location filename="../core/checks/layers.py" line="208" />
      <source>Unlock the QGIS authentication database (enter its master password) and run the job again.</source>
      <translation>Déverrouillez la base d'authentification de QGIS (saisissez son mot de passe principal) et relancez la tâche.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="43" />
      <source>Project file "{name}" is not well-formed XML: {error}. Line {line}, column {column}:
{context}</source>
      <translation>Le fichier de projet « {name} » n'est pas un XML bien formé : {error}. Ligne {line}, colonne {column} :
{context}</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="43" />
      <source>The file is broken or incomplete. Save the project again from QGIS, or restore a backup.</source>
      <translation>Le fichier est endommagé ou incomplet. Enregistrez à nouveau le projet depuis QGIS ou restaurez une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="52" />
      <source>Project file "{name}" is not a QGIS project: its XML root element is &lt;{tag}&gt;, not &lt;qgis&gt;.</source>
      <translation>Le fichier de projet « {name} » n'est pas un projet QGIS : son élément racine XML est &lt;{tag}&gt;, et non &lt;qgis&gt;.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="52" />
      <source>Choose the .qgs or .qgz file QGIS saved (Project › Save As).</source>
      <translation>Choisissez le fichier .qgs ou .qgz enregistré par QGIS (Projet › Enregistrer sous).</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="71" />
      <source>Project file "{path}" does not exist.</source>
      <translation>Le fichier de projet « {path} » n'existe pas.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="71" />
      <source>Check the path; the project may have been moved or renamed.</source>
      <translation>Vérifiez le chemin ; le projet a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="78" />
      <source>Project file "{path}" has unknown file extension "{ext}"; expected .qgs or .qgz.</source>
      <translation>Le fichier de projet « {path} » a une extension inconnue « {ext} » ; .qgs ou .qgz attendu.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="85" />
      <source>Project file "{path}" is not a file.</source>
      <translation>Le fichier de projet « {path} » n'est pas un fichier.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="96" />
      <source>Project file "{path}" is not a readable .qgz (zip) archive: it is corrupt or truncated.</source>
      <translation>Le fichier de projet « {path} » n'est pas une archive .qgz (zip) lisible : il est corrompu ou tronqué.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="96" />
      <source>Save the project again from QGIS, or restore a backup.</source>
      <translation>Enregistrez à nouveau le projet depuis QGIS ou restaurez une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="105" />
      <source>Project archive "{path}" holds no .qgs project file.</source>
      <translation>L'archive de projet « {path} » ne contient aucun fichier de projet .qgs.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_file.py" line="111" />
      <source>Project archive "{path}" cannot be read: {error}</source>
      <translation>L'archive de projet « {path} » ne peut pas être lue : {error}</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="42" />
      <source>{count} hidden file(s) or folder(s) in the project folder are not uploaded to QFieldCloud.</source>
      <translation>{count} fichier(s) ou dossier(s) caché(s) du dossier du projet ne sont pas téléversés vers QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="43" />
      <source>Files and folders whose names start with a dot are skipped by the upload (QFieldCloud does not accept them). Rename them without the leading dot if the project needs them.</source>
      <translation>Les fichiers et dossiers dont le nom commence par un point sont ignorés par le téléversement (QFieldCloud ne les accepte pas). Renommez-les sans le point initial si le projet en a besoin.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="63" />
      <source>{count} file name(s) that QField on Windows or Android cannot hold.</source>
      <translation>{count} nom(s) de fichier que QField sous Windows ou Android ne peut pas stocker.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="64" />
      <source>Rename them without &lt; &gt; : " | ? * \, control characters, trailing dots or spaces, or reserved names such as CON or NUL.</source>
      <translation>Renommez-les sans &lt; &gt; : " | ? * \, caractères de contrôle, points ou espaces finaux, ni noms réservés comme CON ou NUL.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="76" />
      <source>The project saves paths to data sources as absolute paths.</source>
      <translation>Le projet enregistre les chemins des sources de données en chemins absolus.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="76" />
      <source>Set Project → Properties → General → Save paths to “Relative”, then save the project.</source>
      <translation>Réglez Projet → Propriétés → Général → Enregistrer les chemins sur « Relatif », puis enregistrez le projet.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="87" />
      <source>{count} data file(s) lie outside the project folder.</source>
      <translation>{count} fichier(s) de données se trouvent hors du dossier du projet.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="88" />
      <source>QFieldCloud and QField only get files inside the project folder {folder}. Move the files there.</source>
      <translation>QFieldCloud et QField ne reçoivent que les fichiers du dossier du projet {folder}. Déplacez-y les fichiers.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="112" />
      <source>Project folder {size} MB, opened in {seconds:.1f} s: a package job should take about {estimate:.0f} s.</source>
      <translation>Dossier du projet {size} Mo, ouvert en {seconds:.1f} s : une tâche de package devrait prendre environ {estimate:.0f} s.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="115" />
      <source>Project folder {size} MB, opened in {seconds:.1f} s: a package job may take about {estimate:.0f} s, near QFieldCloud's limit of 10 minutes.</source>
      <translation>Dossier du projet {size} Mo, ouvert en {seconds:.1f} s : une tâche de package peut prendre environ {estimate:.0f} s, proche de la limite de 10 minutes de QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/checks/project_findings.py" line="115" />
      <source>Split the project, remove unused layers or data, or mark large layers “no action”.</source>
      <translation>Divisez le projet, supprimez les couches ou données inutilisées, ou marquez les grandes couches « aucune action ».</translation>
    </message>
    <message>
      <location filename="../core/cloud/account.py" line="15" />
      <source>Signing out everywhere makes QFieldCloud expire every token of your account: QField on every device, QFieldSync, the command line and every other program signed in as you must sign in again.</source>
      <translation>Se déconnecter partout fait expirer par QFieldCloud chaque jeton de votre compte : QField sur chaque appareil, QFieldSync, la ligne de commande et tout autre programme connecté avec votre compte devront se reconnecter.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="65" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="37" />
      <source>true/false</source>
      <translation>vrai/faux</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="39" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="41" />
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="43" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="45" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="50" />
      <source>QFieldCloud's answer to {what} ({where}) is not what the client expects: {problem}.</source>
      <translation>La réponse de QFieldCloud à {what} ({where}) n'est pas celle qu'attend le client : {problem}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="50" />
      <source>Check the QFieldCloud URL; the server may be of another version or misconfigured.</source>
      <translation>Vérifiez l'URL de QFieldCloud ; le serveur est peut-être d'une autre version ou mal configuré.</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="62" />
      <source>{label}has no '{name}'</source>
      <translation>{label}'{name}' manque</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="66" />
      <source>{label}'{name}' is {got}, expected {expected}</source>
      <translation>{label}'{name}' est {got}, attendu : {expected}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="73" />
      <source>expected an object, got {got}</source>
      <translation>un objet attendu, reçu : {got}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="81" />
      <source>expected a list, got {got}</source>
      <translation>une liste attendue, reçu : {got}</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="84" />
      <source>item {n} is {got}, expected an object</source>
      <translation>l'élément {n} est {got}, attendu : un objet</translation>
    </message>
    <message>
      <location filename="../core/cloud/answers.py" line="85" />
      <source>item {n}: </source>
      <translation>élément {n} : </translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="133" />
      <source>QFieldCloud's answer to {what} ({where}) repeats a page it already sent; the listing was stopped.</source>
      <translation>La réponse de QFieldCloud à {what} ({where}) répète une page déjà envoyée ; la liste a été interrompue.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="142" />
      <source>The server's paging is broken; try again later.</source>
      <translation>La pagination du serveur est défectueuse ; réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="142" />
      <source>QFieldCloud's answer to {what} has more than {n} pages; the listing was stopped.</source>
      <translation>La réponse de QFieldCloud à {what} compte plus de {n} pages ; la liste a été interrompue.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="153" />
      <source>sign in</source>
      <translation>connexion</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="158" />
      <source>QFieldCloud did not accept the user name or password: the password is wrong, or there is no such user.</source>
      <translation>QFieldCloud n'a pas accepté le nom d'utilisateur ou le mot de passe : le mot de passe est erroné, ou cet utilisateur n'existe pas.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="158" />
      <source>Check the user name and the password, then sign in again.</source>
      <translation>Vérifiez le nom d'utilisateur et le mot de passe, puis reconnectez-vous.</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="165" />
      <source>current user</source>
      <translation>utilisateur actuel</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="169" />
      <source>sign out</source>
      <translation>déconnexion</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="175" />
      <source>list projects</source>
      <translation>lister les projets</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="179" />
      <source>project {id}</source>
      <translation>projet {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="186" />
      <source>create project {name}</source>
      <translation>créer le projet {name}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="190" />
      <source>delete project {id}</source>
      <translation>supprimer le projet {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="195" />
      <source>list files of project {id}</source>
      <translation>lister les fichiers du projet {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="200" />
      <source>upload {path}</source>
      <translation>envoyer {path}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="209" />
      <source>download {path}</source>
      <translation>télécharger {path}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="216" />
      <source>delete {path}</source>
      <translation>supprimer {path}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="225" />
      <source>list jobs of project {id}</source>
      <translation>lister les tâches du projet {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="242" />
      <source>job {id}</source>
      <translation>tâche {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="253" />
      <source>start {type} job</source>
      <translation>lancer une tâche {type}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="258" />
      <source>push deltafile {name}</source>
      <translation>envoyer le fichier delta {name}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="264" />
      <source>list deltas of project {id}</source>
      <translation>lister les deltas du projet {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="268" />
      <source>apply pending deltas</source>
      <translation>appliquer les deltas en attente</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="273" />
      <source>latest package</source>
      <translation>dernier paquet</translation>
    </message>
    <message>
      <location filename="../core/cloud/client.py" line="283" />
      <source>download package file {path}</source>
      <translation>télécharger le fichier de paquet {path}</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="78" />
      <source>The QGIS authentication database is locked, so the QFieldCloud token cannot be stored or read.</source>
      <translation>La base d'authentification de QGIS est verrouillée : le jeton QFieldCloud ne peut être ni enregistré ni lu.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="78" />
      <source>Enter the QGIS master password, or set QGIS_AUTH_PASSWORD_FILE, or use the QFIELDCLOUD_TOKEN environment variable.</source>
      <translation>Saisissez le mot de passe principal de QGIS, définissez QGIS_AUTH_PASSWORD_FILE ou utilisez la variable d'environnement QFIELDCLOUD_TOKEN.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="97" />
      <source>QGIS could not store the QFieldCloud token in its authentication database.</source>
      <translation>QGIS n'a pas pu enregistrer le jeton QFieldCloud dans sa base d'authentification.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="135" />
      <source>You are not signed in to QFieldCloud.</source>
      <translation>Vous n'êtes pas connecté à QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="135" />
      <source>Sign in first (cloud login), or set QFIELDCLOUD_TOKEN.</source>
      <translation>Connectez-vous d'abord (cloud login) ou définissez QFIELDCLOUD_TOKEN.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="142" />
      <source>The stored QFieldCloud sign-in ({authcfg}) is missing from the QGIS authentication database.</source>
      <translation>La connexion QFieldCloud enregistrée ({authcfg}) manque dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/cloud/credentials.py" line="142" />
      <source>Sign in again.</source>
      <translation>Reconnectez-vous.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="28" />
      <source>{file} is not a readable JSON deltafile: {error}</source>
      <translation>{file} n'est pas un fichier delta JSON lisible : {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="30" />
      <source>{file} is not a deltafile (expected a JSON object).</source>
      <translation>{file} n'est pas un fichier delta (objet JSON attendu).</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="33" />
      <source>{file} lacks the keys {keys}.</source>
      <translation>Il manque à {file} les clés {keys}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="35" />
      <source>{file} belongs to cloud project {theirs}, not {ours}.</source>
      <translation>{file} appartient au projet cloud {theirs}, pas à {ours}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="35" />
      <source>Push it with --project-id {id}, or pick the right deltafile.</source>
      <translation>Envoyez-le avec --project-id {id} ou choisissez le bon fichier delta.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="39" />
      <source>{file} has no deltas.</source>
      <translation>{file} ne contient aucun delta.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="44" />
      <source>delta {label} is not an object</source>
      <translation>le delta {label} n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="48" />
      <source>delta {label} lacks {keys}</source>
      <translation>il manque {keys} au delta {label}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="50" />
      <source>delta {label} has the unknown method {method}</source>
      <translation>le delta {label} a la méthode inconnue {method}</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="52" />
      <source>{file} cannot be pushed: {problems}.</source>
      <translation>{file} ne peut pas être envoyé : {problems}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/deltas.py" line="52" />
      <source>Every delta needs a clientId (the device that made it); QFieldCloud fails without one. Nothing was sent.</source>
      <translation>Chaque delta a besoin d'un clientId (l'appareil qui l'a créé) ; QFieldCloud échoue sans lui. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="61" />
      <source>{name}: the downloaded file's checksum differs from the cloud's; nothing was replaced.</source>
      <translation>{name} : la somme de contrôle du fichier téléchargé diffère de celle du cloud ; rien n'a été remplacé.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="61" />
      <source>Download again.</source>
      <translation>Téléchargez à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/cloud/download.py" line="144" />
      <source>Download cancelled before {name}.</source>
      <translation>Téléchargement annulé avant {name}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="106" />
      <source>QFieldCloud could not find it ({what}).</source>
      <translation>QFieldCloud ne l'a pas trouvé ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="67" />
      <source>Check the id and the server URL.</source>
      <translation>Vérifiez l'identifiant et l'URL du serveur.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="95" />
      <source>QFieldCloud did not accept your sign-in ({what}): the token has expired or is not valid.</source>
      <translation>QFieldCloud n'a pas accepté votre connexion ({what}) : le jeton a expiré ou n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="95" />
      <source>Sign in to QFieldCloud again.</source>
      <translation>Reconnectez-vous à QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="99" />
      <source>QFieldCloud needs a paid plan or more storage for this ({what}).</source>
      <translation>QFieldCloud demande un abonnement payant ou plus d'espace pour cela ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="99" />
      <source>Check the account's subscription on QFieldCloud.</source>
      <translation>Vérifiez l'abonnement du compte sur QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="102" />
      <source>QFieldCloud does not allow you to do this ({what}).</source>
      <translation>QFieldCloud ne vous permet pas de faire cela ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="102" />
      <source>Ask the project's owner for a role that allows it.</source>
      <translation>Demandez au propriétaire du projet un rôle qui le permet.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="106" />
      <source>Check the project id (cloud projects) and the server URL.</source>
      <translation>Vérifiez l'identifiant du projet (projets cloud) et l'URL du serveur.</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="110" />
      <source>QFieldCloud had a server error ({what}): {code}: {message}</source>
      <translation>QFieldCloud a eu une erreur serveur ({what}) : {code} : {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="114" />
      <source>no message</source>
      <translation>aucun message</translation>
    </message>
    <message>
      <location filename="../core/cloud/errors.py" line="114" />
      <source>QFieldCloud refused the request ({what}): {code}: {message}</source>
      <translation>QFieldCloud a refusé la requête ({what}) : {code} : {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="65" />
      <source>QFieldCloud's answer to {where} is larger than {mib} MiB; it was not read to the end.</source>
      <translation>La réponse de QFieldCloud à {where} dépasse {mib} Mio ; elle n'a pas été lue jusqu'au bout.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="65" />
      <source>Check the QFieldCloud URL and try again later.</source>
      <translation>Vérifiez l'URL de QFieldCloud et réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="71" />
      <source>QFieldCloud sent more than the {size} bytes announced for {where}; the download was stopped and nothing was kept.</source>
      <translation>QFieldCloud a envoyé plus que les {size} octets annoncés pour {where} ; le téléchargement a été arrêté et rien n'a été conservé.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="71" />
      <source>Download again; if it keeps happening, check the network or proxy.</source>
      <translation>Téléchargez à nouveau ; si cela se reproduit, vérifiez le réseau ou le proxy.</translation>
    </message>
    <message>
      <location filename="../core/cloud/limits.py" line="78" />
      <source>The connection to QFieldCloud ended after {received} of {announced} bytes ({where}).</source>
      <translation>La connexion à QFieldCloud s'est terminée après {received} octets sur {announced} ({where}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="18" />
      <source>A project name is required.</source>
      <translation>Un nom de projet est requis.</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="20" />
      <source>The project name is longer than {n} characters.</source>
      <translation>Le nom du projet dépasse {n} caractères.</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="22" />
      <source>The project name {name!r} may only contain letters, digits, '-', '_' and '.' (no spaces).</source>
      <translation>Le nom de projet {name!r} ne peut contenir que des lettres, des chiffres, « - », « _ » et « . » (pas d'espaces).</translation>
    </message>
    <message>
      <location filename="../core/cloud/projects.py" line="31" />
      <source>empty</source>
      <translation>vide</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="82" />
      <source>QFieldCloud's answer to {where} is a web page, not JSON.</source>
      <translation>La réponse de QFieldCloud à {where} est une page web, pas du JSON.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="84" />
      <source>QFieldCloud's answer to {where} is not JSON.</source>
      <translation>La réponse de QFieldCloud à {where} n'est pas du JSON.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="85" />
      <source>Check the QFieldCloud URL: it must be the API root, e.g. https://app.qfield.cloud/api/v1/.</source>
      <translation>Vérifiez l'URL de QFieldCloud : elle doit désigner la racine de l'API, p. ex. https://app.qfield.cloud/api/v1/.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="119" />
      <source>The QFieldCloud URL must start with https:// or http://: {url}</source>
      <translation>L'URL de QFieldCloud doit commencer par https:// ou http:// : {url}</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="143" />
      <source>The QGIS authentication configuration {id} could not be applied to the QFieldCloud request.</source>
      <translation>La configuration d'authentification QGIS {id} n'a pas pu être appliquée à la requête QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="143" />
      <source>Check it in QGIS's authentication settings (is the master password set?).</source>
      <translation>Vérifiez-la dans les paramètres d'authentification de QGIS (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="218" />
      <source>QFieldCloud redirected {where} to an address that is not https; it was not followed.</source>
      <translation>QFieldCloud a redirigé {where} vers une adresse qui n'est pas en https ; la redirection n'a pas été suivie.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="224" />
      <source>QFieldCloud redirected {where} more than {count} times; it was stopped.</source>
      <translation>QFieldCloud a redirigé {where} plus de {count} fois ; la requête a été arrêtée.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="238" />
      <source>Cancelled ({what}).</source>
      <translation>Annulé ({what}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="240" />
      <source>QFieldCloud did not answer {where} within {seconds} seconds; the request was stopped.</source>
      <translation>QFieldCloud n'a pas répondu à {where} en {seconds} secondes ; la requête a été arrêtée.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="240" />
      <source>The server or the network is too slow; try again later.</source>
      <translation>Le serveur ou le réseau est trop lent ; réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="244" />
      <source>The transfer stopped: less than 1 KiB moved in {seconds} seconds ({where}).</source>
      <translation>Le transfert a été arrêté : moins de 1 Kio en {seconds} secondes ({where}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="244" />
      <source>The connection stalled; try again later.</source>
      <translation>La connexion est bloquée ; réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="247" />
      <source>The connection to QFieldCloud failed ({what}): no answer within {seconds} seconds.</source>
      <translation>La connexion à QFieldCloud a échoué ({what}) : aucune réponse en {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="254" />
      <source>The connection to QFieldCloud failed ({what}): SSL: the server's certificate is not trusted ({details}).</source>
      <translation>La connexion à QFieldCloud a échoué ({what}) : SSL : le certificat du serveur n'est pas approuvé ({details}).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="254" />
      <source>If the server uses your organisation's certificate authority, add it to QGIS: Settings ▸ Options ▸ Authentication ▸ Certificate Manager ▸ Authorities.</source>
      <translation>Si le serveur utilise l'autorité de certification de votre organisation, ajoutez-la à QGIS : Préférences ▸ Options ▸ Authentification ▸ Gestionnaire de certificats ▸ Autorités.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="260" />
      <source>The connection to QFieldCloud failed ({what}): nothing moved for {seconds} seconds, QGIS's network timeout.</source>
      <translation>La connexion à QFieldCloud a échoué ({what}) : rien n'a transité pendant {seconds} secondes, le délai réseau de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="260" />
      <source>The timeout is set in QGIS: Settings ▸ Options ▸ Network.</source>
      <translation>Le délai se règle dans QGIS : Préférences ▸ Options ▸ Réseau.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="265" />
      <source>Check QGIS's proxy settings: Settings ▸ Options ▸ Network.</source>
      <translation>Vérifiez les paramètres de proxy de QGIS : Préférences ▸ Options ▸ Réseau.</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="269" />
      <source>If the server asks for a client certificate, choose its QGIS authentication configuration in Settings ▸ Options ▸ QFieldSync+ (QFieldCloud connection authentication).</source>
      <translation>Si le serveur demande un certificat client, choisissez sa configuration d'authentification QGIS dans Préférences ▸ Options ▸ QFieldSync+ (authentification de la connexion QFieldCloud).</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="271" />
      <source>The connection to QFieldCloud failed ({what}): {error}</source>
      <translation>La connexion à QFieldCloud a échoué ({what}) : {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="271" />
      <source>no answer</source>
      <translation>aucune réponse</translation>
    </message>
    <message>
      <location filename="../core/cloud/transport.py" line="283" />
      <source>The file {path} cannot be read: {error}</source>
      <translation>Le fichier {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="101" />
      <source>{name} was uploaded but QFieldCloud does not list it.</source>
      <translation>{name} a été envoyé mais QFieldCloud ne le liste pas.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="101" />
      <source>Upload again.</source>
      <translation>Envoyez à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="104" />
      <source>{name}: the checksum QFieldCloud computed ({remote}) differs from the local file's ({local}); the file is not synced.</source>
      <translation>{name} : la somme de contrôle calculée par QFieldCloud ({remote}) diffère de celle du fichier local ({local}) ; le fichier n'est pas synchronisé.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="104" />
      <source>The file was damaged on the way. Upload again; if it keeps happening, check the network or proxy.</source>
      <translation>Le fichier a été endommagé en route. Envoyez-le à nouveau ; si cela se reproduit, vérifiez le réseau ou le proxy.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="132" />
      <source>Upload cancelled after {n} of {total} files.</source>
      <translation>Envoi annulé après {n} fichiers sur {total}.</translation>
    </message>
    <message>
      <location filename="../core/cloud/uploader.py" line="151" />
      <source>Upload cancelled before deleting {name}.</source>
      <translation>Envoi annulé avant de supprimer {name}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="83" />
      <source>The cloud project has no delta with the id {ids}.</source>
      <translation>Le projet cloud n'a aucun delta avec l'identifiant {ids}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="83" />
      <source>List the cloud's deltas with `cloud deltas` and use their ids.</source>
      <translation>Listez les deltas du cloud avec `cloud deltas` et utilisez leurs identifiants.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="95" />
      <source>deltas of cloud project {id}</source>
      <translation>deltas du projet cloud {id}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="97" />
      <source>Nothing was changed. The cloud's delta content is not a valid QField delta; fix or ignore that delta on the cloud.</source>
      <translation>Rien n'a été modifié. Le contenu du delta du cloud n'est pas un delta QField valide ; corrigez ou ignorez ce delta sur le cloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="144" />
      <source>The local project {path} does not exist.</source>
      <translation>Le projet local {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="144" />
      <source>Give the .qgs/.qgz with --project, or link its folder with `cloud link`.</source>
      <translation>Indiquez le fichier .qgs/.qgz avec --project, ou liez son dossier avec `cloud link`.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="150" />
      <source>QFieldCloud has no project with the id {id} (or you cannot access it).</source>
      <translation>QFieldCloud n'a aucun projet avec l'identifiant {id} (ou vous n'y avez pas accès).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="150" />
      <source>Check --project-id (`cloud projects` lists yours) and the server URL.</source>
      <translation>Vérifiez --project-id (`cloud projects` liste les vôtres) et l'URL du serveur.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="183" />
      <source>No local folder is linked to cloud project {id}.</source>
      <translation>Aucun dossier local n'est lié au projet cloud {id}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="183" />
      <source>Give the local project with --project, or link its folder with `cloud link`.</source>
      <translation>Indiquez le projet local avec --project, ou liez son dossier avec `cloud link`.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="188" />
      <source>{folder} does not hold exactly one .qgs/.qgz project file.</source>
      <translation>{folder} ne contient pas exactement un fichier de projet .qgs/.qgz.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/deltas_pull.py" line="188" />
      <source>Give the project file itself with --project.</source>
      <translation>Indiquez le fichier de projet lui-même avec --project.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="97" />
      <source>{folder} is not linked to a QFieldCloud project.</source>
      <translation>{folder} n'est lié à aucun projet QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/download.py" line="23" />
      <source>Link the folder to its cloud project first.</source>
      <translation>Liez d'abord le dossier à son projet cloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="33" />
      <source>{count} cloud job(s) still pending, queued or running after {seconds:.0f} s; they go on in QFieldCloud. Look again later.</source>
      <translation>{count} tâche(s) cloud encore en attente, en file ou en cours après {seconds:.0f} s ; elles continuent dans QFieldCloud. Revenez plus tard.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="37" />
      <source>{count} cloud job(s) failed or were stopped: {jobs}.</source>
      <translation>{count} tâche(s) cloud en échec ou arrêtée(s) : {jobs}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="40" />
      <source>No cloud job was pending, queued or running.</source>
      <translation>Aucune tâche cloud n'était en attente, en file ou en cours.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="41" />
      <source>Every cloud job finished.</source>
      <translation>Toutes les tâches cloud sont terminées.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/job_watch.py" line="85" />
      <source>… still waiting for {count} cloud job(s) ({seconds:.0f} s).</source>
      <translation>… toujours en attente de {count} tâche(s) cloud ({seconds:.0f} s).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="20" />
      <source>Finished: QFieldCloud packaged the project; QField downloads this package on its next Download/Synchronize.</source>
      <translation>Terminé : QFieldCloud a empaqueté le projet ; QField télécharge ce paquet au prochain Télécharger/Synchroniser.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="22" />
      <source>Finished: QFieldCloud applied the pending deltas; each delta's own status (applied, conflict, error) is in the deltas list.</source>
      <translation>Terminé : QFieldCloud a appliqué les deltas en attente ; l'état de chaque delta (appliqué, conflit, erreur) figure dans la liste des deltas.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="24" />
      <source>Finished: the job ran to its end. For process_projectfile this means the project could be opened, not that every layer is configured well.</source>
      <translation>Terminée : la tâche est allée à son terme. Pour process_projectfile, cela veut dire que le projet a pu être ouvert, pas que chaque couche est bien configurée.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="30" />
      <source>Running: a QFieldCloud worker is packaging the project for QField now.</source>
      <translation>En cours : un worker QFieldCloud empaquette le projet pour QField.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="31" />
      <source>Running: a QFieldCloud worker is writing the field changes into the data sources now.</source>
      <translation>En cours : un worker QFieldCloud écrit les modifications du terrain dans les sources de données.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="32" />
      <source>Running: a QFieldCloud worker is processing the project now.</source>
      <translation>En cours : un worker QFieldCloud traite le projet en ce moment.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="38" />
      <source>Waiting: QFieldCloud has accepted the job and will hand it to a worker.</source>
      <translation>En attente : QFieldCloud a accepté la tâche et la confiera à un worker.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="39" />
      <source>Queued: a worker has taken the job and is about to start it.</source>
      <translation>En file : un worker a pris la tâche et va la démarrer.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="42" />
      <source>Stopped: the job was stopped before it finished (for example it was replaced or cancelled).</source>
      <translation>Arrêtée : la tâche a été arrêtée avant la fin (par exemple remplacée ou annulée).</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="43" />
      <source>Failed: the job could not finish. Open its feedback for the error and what to do.</source>
      <translation>Échouée : la tâche n'a pas pu se terminer. Ouvrez son retour pour voir l'erreur et que faire.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="45" />
      <source>Unknown status {status}.</source>
      <translation>État inconnu {status}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/mirror.py" line="125" />
      <source>Stopped watching the cloud jobs.</source>
      <translation>Fin du suivi des tâches du cloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="44" />
      <source>The project file cannot be read: the local check (process_projectfile) {status}: {error}</source>
      <translation>Le fichier de projet est illisible : la vérification locale (process_projectfile) {status} : {error}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="52" />
      <source>Layer {name}: {status} {message}</source>
      <translation>Couche {name} : {status} {message}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="56" />
      <source>The local check found problems the cloud would report.</source>
      <translation>La vérification locale a trouvé des problèmes que le cloud signalerait.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="64" />
      <source>The local check could not start: {reason}</source>
      <translation>La vérification locale n'a pas pu démarrer : {reason}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="79" />
      <source>Nothing is uploaded.</source>
      <translation>Rien n'est envoyé.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="83" />
      <source>Every upload outside DCIM makes QFieldCloud check the project again.</source>
      <translation>Chaque envoi hors du dossier DCIM fait revérifier le projet par QFieldCloud.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="84" />
      <source>QField starts it on Download/Synchronize; the upload marks the package as out of date.</source>
      <translation>QField la lance lors du téléchargement/de la synchronisation ; l'envoi marque le paquet comme périmé.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/preflight.py" line="86" />
      <source>A package job is already pending; it will package the uploaded files.</source>
      <translation>Une tâche de package est déjà en attente ; elle empaquettera les fichiers envoyés.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="42" />
      <source>You already have a cloud project named {name}.</source>
      <translation>Vous avez déjà un projet cloud nommé {name}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="58" />
      <source>{folder} is not a folder.</source>
      <translation>{folder} n'est pas un dossier.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/projects.py" line="58" />
      <source>Choose a folder to download the project into.</source>
      <translation>Choisissez un dossier où télécharger le projet.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="62" />
      <source>Not uploaded: {reason}</source>
      <translation>Non téléversé : {reason}</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="63" />
      <source>Not uploaded: the local check (target cloud) found problems: {problems}.</source>
      <translation>Non téléversé : la vérification locale (cible cloud) a trouvé des problèmes : {problems}.</translation>
    </message>
    <message>
      <location filename="../core/cloud_sync/upload.py" line="113" />
      <source>Fix them, or upload anyway.</source>
      <translation>Corrigez-les, ou téléversez quand même.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="76" />
      <source>must be of type {types}, not {actual}</source>
      <translation>doit être de type {types}, pas {actual}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="80" />
      <source>must be one of {values}, not {value}</source>
      <translation>doit être l'une des valeurs {values}, pas {value}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="85" />
      <source>is required but missing</source>
      <translation>est requis mais manquant</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="91" />
      <source>is not allowed here</source>
      <translation>n'est pas autorisé ici</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="101" />
      <source>repeats an earlier item</source>
      <translation>répète un élément précédent</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="117" />
      <source>delta {index} (uuid {uuid})</source>
      <translation>delta {index} (uuid {uuid})</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="117" />
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="120" />
      <source>field "{field}"</source>
      <translation>champ « {field} »</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="120" />
      <source>the document</source>
      <translation>le document</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="179" />
      <source>repeats delta {index}</source>
      <translation>répète le delta {index}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="157" />
      <source>The deltafile "{file}" does not match the deltafile schema:</source>
      <translation>Le fichier delta « {file} » ne respecte pas le schéma des fichiers delta :</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="160" />
      <source>… and {count} more problems</source>
      <translation>… et {count} autres problèmes</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="161" />
      <source>Nothing was changed. Push the changes from QField again, or fix the file.</source>
      <translation>Rien n'a été modifié. Renvoyez les modifications depuis QField ou corrigez le fichier.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="205" />
      <source>The deltafile "{file}" does not exist.</source>
      <translation>Le fichier delta « {file} » n'existe pas.</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="217" />
      <source>The deltafile "{file}" cannot be read: {error}</source>
      <translation>Le fichier delta « {file} » ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="212" />
      <source>The deltafile "{file}" is not valid JSON (line {line}, column {column}): {error}</source>
      <translation>Le fichier delta « {file} » n'est pas un JSON valide (ligne {line}, colonne {column}) : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/deltafile.py" line="217" />
      <source>Nothing was changed. Push the changes from QField again.</source>
      <translation>Rien n'a été modifié. Renvoyez les modifications depuis QField.</translation>
    </message>
    <message>
      <location filename="../core/deltas/editing.py" line="47" />
      <source>These layers are being edited in QGIS: {layers}. Save or discard their edits (toggle editing off), then apply the changes again.</source>
      <translation>Ces couches sont en cours d'édition dans QGIS : {layers}. Enregistrez ou abandonnez leurs modifications (quittez le mode édition), puis appliquez à nouveau les changements.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="167" />
      <source>No layer with id "{layer}" in the project.</source>
      <translation>Aucune couche avec l'identifiant « {layer} » dans le projet.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="169" />
      <source>The layer "{name}" is no longer in the project; this change was not applied.</source>
      <translation>La couche « {name} » n'est plus dans le projet ; cette modification n'a pas été appliquée.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="214" />
      <source>Field "{field}" refers to the feature {pk} created in the field in layer "{layer}", which was not applied.</source>
      <translation>Le champ « {field} » fait référence à l'entité {pk} créée sur le terrain dans la couche « {layer} », qui n'a pas été appliquée.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="227" />
      <source>This change must be checked before it is applied (overwrite conflicts to apply it).</source>
      <translation>Cette modification doit être vérifiée avant d'être appliquée (écrasez les conflits pour l'appliquer).</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="294" />
      <source>The job was cancelled; nothing was changed.</source>
      <translation>La tâche a été annulée ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="300" />
      <source>Not attempted: delta {delta} failed before it, so the run was rolled back.</source>
      <translation>Non tenté : le delta {delta} a échoué avant, l'exécution a donc été annulée.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="311" />
      <source>Rolled back: delta {delta} failed, so no change of this run was kept.</source>
      <translation>Annulé : le delta {delta} a échoué, aucune modification de cette exécution n'a été conservée.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="345" />
      <source>Nothing was changed: {error}</source>
      <translation>Rien n'a été modifié : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="349" />
      <source>{count} of {total} data sources were committed before this failure: {error}. The next delta_apply job completes the rest.</source>
      <translation>{count} sources de données sur {total} ont été validées avant cet échec : {error}. La prochaine tâche delta_apply termine le reste.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="359" />
      <source>Dry run: this delta would be applied; nothing was written.</source>
      <translation>Essai à blanc : ce delta serait appliqué ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="366" />
      <source>Delta {index} ({delta}) on layer "{layer}": {msg}</source>
      <translation>Delta {index} ({delta}) sur la couche « {layer} » : {msg}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="65" />
      <source>the geometry has NaN X/Y coordinates in {count} of {total} vertices</source>
      <translation>la géométrie a des coordonnées X/Y NaN dans {count} sommets sur {total}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="75" />
      <source>the geometry must be WKT text or null, not {value!r}</source>
      <translation>la géométrie doit être un texte WKT ou null, pas {value!r}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="86" />
      <source>the geometry is not valid WKT: {wkt}</source>
      <translation>la géométrie n'est pas un WKT valide : {wkt}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="104" />
      <source>an empty {source} cannot be stored in a {target} layer</source>
      <translation>un {source} vide ne peut pas être enregistré dans une couche {target}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="132" />
      <source>a {source} cannot be stored in a {target} layer</source>
      <translation>un {source} ne peut pas être enregistré dans une couche {target}</translation>
    </message>
    <message>
      <location filename="../core/deltas/geometry.py" line="123" />
      <source>a {source} with {count} parts cannot be stored in a {target} layer</source>
      <translation>un {source} à {count} parties ne peut pas être enregistré dans une couche {target}</translation>
    </message>
    <message>
      <location filename="../core/deltas/layer_access.py" line="103" />
      <source>Cannot read feature {pk}: {error}</source>
      <translation>Impossible de lire l'entité {pk} : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="46" />
      <source>64-bit integer</source>
      <translation>entier 64 bits</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="48" />
      <source>boolean: 0 or 1</source>
      <translation>booléen : 0 ou 1</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="50" />
      <source>16-bit integer</source>
      <translation>entier 16 bits</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="51" />
      <source>32-bit integer</source>
      <translation>entier 32 bits</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="60" />
      <source>Shapefile integer of at most {digits} characters</source>
      <translation>entier Shapefile d'au plus {digits} caractères</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="67" />
      <source>SQLite stores NaN as NULL</source>
      <translation>SQLite enregistre NaN comme NULL</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="70" />
      <source>32-bit floating point number</source>
      <translation>nombre à virgule flottante 32 bits</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="73" />
      <source>number of {width} digits, {decimals} of them decimals</source>
      <translation>nombre de {width} chiffres, dont {decimals} décimales</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="85" />
      <source>Shapefile number of {width} characters with {decimals} decimals</source>
      <translation>nombre Shapefile de {width} caractères avec {decimals} décimales</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="92" />
      <source>text with a NUL character would be cut short</source>
      <translation>un texte contenant un caractère NUL serait tronqué</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="94" />
      <source>text of at most {count} characters</source>
      <translation>texte d'au plus {count} caractères</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="100" />
      <source>text in the Shapefile's encoding {encoding}</source>
      <translation>texte dans l'encodage {encoding} du Shapefile</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="104" />
      <source>Shapefile text of at most {count} bytes</source>
      <translation>texte Shapefile d'au plus {count} octets</translation>
    </message>
    <message>
      <location filename="../core/deltas/limits.py" line="111" />
      <source>{type} field: NaN and Infinity fit only decimal number fields</source>
      <translation>champ {type} : NaN et Infinity ne conviennent qu'aux champs décimaux</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="64" />
      <source>attribute "{name}": expected {expected} (the value when the edit was made), found {current}</source>
      <translation>attribut « {name} » : attendu {expected} (la valeur lors de la modification), trouvé {current}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="73" />
      <source>geometry: the delta's old geometry is unusable ({error})</source>
      <translation>géométrie : l'ancienne géométrie du delta est inutilisable ({error})</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="78" />
      <source>geometry: expected {expected}, found {current}</source>
      <translation>géométrie : attendu {expected}, trouvé {current}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="101" />
      <source>There are conflicts with the already existing feature!</source>
      <translation>Il y a des conflits avec l'entité existante !</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="106" />
      <source>conflicts overwritten: {conflicts}</source>
      <translation>conflits écrasés : {conflicts}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="108" />
      <source>kept the source's value of {names}</source>
      <translation>valeur de la source conservée pour {names}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="118" />
      <source>The layer "{layer}" has no field "{name}".</source>
      <translation>La couche « {layer} » n'a pas de champ « {name} ».</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="132" />
      <source>geometry ignored: the layer has no geometry</source>
      <translation>géométrie ignorée : la couche n'a pas de géométrie</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="137" />
      <source>Geometry not applicable: {error}</source>
      <translation>Géométrie non applicable : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="150" />
      <source>The delta names no feature (empty sourcePk and no key from a create).</source>
      <translation>Le delta ne désigne aucune entité (sourcePk vide et aucune clé issue d'une création).</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="156" />
      <source>Unable to find feature with key {pk} in layer "{layer}".</source>
      <translation>Impossible de trouver l'entité de clé {pk} dans la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="173" />
      <source>Cannot update feature {pk}</source>
      <translation>Impossible de mettre à jour l'entité {pk}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="184" />
      <source>the feature was kept, as chosen</source>
      <translation>l'entité a été conservée, comme choisi</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="186" />
      <source>Cannot delete feature {pk}</source>
      <translation>Impossible de supprimer l'entité {pk}</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="205" />
      <source>The key {pk} does not fit the key field of layer "{layer}".</source>
      <translation>La clé {pk} ne convient pas au champ clé de la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="208" />
      <source>A feature with key {pk} already exists in layer "{layer}".</source>
      <translation>Une entité de clé {pk} existe déjà dans la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="208" />
      <source>key {pk} already exists</source>
      <translation>la clé {pk} existe déjà</translation>
    </message>
    <message>
      <location filename="../core/deltas/operations.py" line="213" />
      <source>Cannot add the feature</source>
      <translation>Impossible d'ajouter l'entité</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="37" />
      <source>Not reverted: the delta log has it as {status}, not applied.</source>
      <translation>Non annulé : le journal des deltas l'indique comme {status}, pas appliqué.</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="37" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../core/deltas/planning.py" line="43" />
      <source>Skipped: the delta log has it as {status}; use "deltas reapply" to apply it again.</source>
      <translation>Ignoré : le journal des deltas l'indique comme {status} ; utilisez « deltas reapply » pour l'appliquer à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="59" />
      <source>An interrupted delta_apply run (process {pid}) was rolled back; no data source was changed.</source>
      <translation>Une exécution delta_apply interrompue (processus {pid}) a été annulée ; aucune source de données n'a été modifiée.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="83" />
      <source>An interrupted delta_apply run was completed, except for: {sources}. Check these data sources.</source>
      <translation>Une exécution delta_apply interrompue a été terminée, sauf pour : {sources}. Vérifiez ces sources de données.</translation>
    </message>
    <message>
      <location filename="../core/deltas/recovery.py" line="85" />
      <source>An interrupted delta_apply run (process {pid}) was completed on every data source.</source>
      <translation>Une exécution delta_apply interrompue (processus {pid}) a été terminée sur chaque source de données.</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="70" />
      <source>error code {code}</source>
      <translation>code d'erreur {code}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="101" />
      <source>Cannot open {source} for writing: {error}</source>
      <translation>Impossible d'ouvrir {source} en écriture : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="104" />
      <source>Cannot start a transaction on {source}</source>
      <translation>Impossible de démarrer une transaction sur {source}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="149" />
      <source>{source} has no table or layer named "{name}".</source>
      <translation>{source} n'a pas de table ou de couche nommée « {name} ».</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="178" />
      <source>The working copy {copy} disappeared.</source>
      <translation>La copie de travail {copy} a disparu.</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="198" />
      <source>Cannot commit the changes to {source}</source>
      <translation>Impossible de valider les modifications dans {source}</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="255" />
      <source>Cannot replace "{file}" with its changed copy: {error}. Close programs that have it open (on Windows, also QGIS layers using it).</source>
      <translation>Impossible de remplacer « {file} » par sa copie modifiée : {error}. Fermez les programmes qui l'ont ouvert (sous Windows, aussi les couches QGIS qui l'utilisent).</translation>
    </message>
    <message>
      <location filename="../core/deltas/sessions.py" line="316" />
      <source>Cannot write the CSV working copy {path}: {error}</source>
      <translation>Impossible d'écrire la copie de travail CSV {path} : {error}</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="28" />
      <source>folder</source>
      <translation>dossier</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="28" />
      <source>file</source>
      <translation>fichier</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="29" />
      <source>{source} is read-only: the {kind} "{path}" cannot be written. Nothing was changed; make it writable (or work on a writable copy) and run the job again.</source>
      <translation>{source} est en lecture seule : le {kind} « {path} » ne peut pas être écrit. Rien n'a été modifié ; rendez-le accessible en écriture (ou travaillez sur une copie modifiable) et relancez la tâche.</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="52" />
      <source>it is not an SQLite database</source>
      <translation>ce n'est pas une base de données SQLite</translation>
    </message>
    <message>
      <location filename="../core/deltas/source_checks.py" line="68" />
      <source>The database file "{path}" is corrupt ({detail}). Nothing was changed; restore it from a backup.</source>
      <translation>Le fichier de base de données « {path} » est corrompu ({detail}). Rien n'a été modifié ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="96" />
      <source>Layer "{layer}": its file "{path}" does not exist.</source>
      <translation>Couche « {layer} » : son fichier « {path} » n'existe pas.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="87" />
      <source>Layer "{layer}": the format "{driver}" of "{path}" cannot be written safely (supported: GeoPackage, SpatiaLite, PostGIS, Shapefile, GeoJSON, CSV).</source>
      <translation>Couche « {layer} » : le format « {driver} » de « {path} » ne peut pas être écrit en toute sécurité (pris en charge : GeoPackage, SpatiaLite, PostGIS, Shapefile, GeoJSON, CSV).</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="120" />
      <source>PostgreSQL database "{db}" ({where})</source>
      <translation>Base PostgreSQL « {db} » ({where})</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="137" />
      <source>Layer "{layer}": {problem}</source>
      <translation>Couche « {layer} » : {problem}</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="146" />
      <source>Layer "{layer}" is not valid (its data source cannot be opened).</source>
      <translation>La couche « {layer} » n'est pas valide (sa source de données ne peut pas être ouverte).</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="158" />
      <source>Layer "{layer}" is read through the delimited text provider, which cannot write. Add the CSV file as a vector layer (OGR) to apply changes to it.</source>
      <translation>La couche « {layer} » est lue par le fournisseur texte délimité, qui ne peut pas écrire. Ajoutez le fichier CSV comme couche vecteur (OGR) pour y appliquer des modifications.</translation>
    </message>
    <message>
      <location filename="../core/deltas/targets.py" line="161" />
      <source>Layer "{layer}": the data provider "{provider}" is not supported for applying changes.</source>
      <translation>Couche « {layer} » : le fournisseur de données « {provider} » n'est pas pris en charge pour appliquer des modifications.</translation>
    </message>
    <message>
      <location filename="../core/deltas/values.py" line="285" />
      <source>value {value} does not fit field "{field}" of layer "{layer}" ({type})</source>
      <translation>la valeur {value} ne convient pas au champ « {field} » de la couche « {layer} » ({type})</translation>
    </message>
    <message>
      <location filename="../core/deltas/values.py" line="316" />
      <source>bytes: the delta holds them as text with replaced characters, not the original bytes</source>
      <translation>octets : le delta les contient sous forme de texte aux caractères remplacés, pas les octets d'origine</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="77" />
      <source>The conflict resolutions {given} are not understood; nothing was changed.</source>
      <translation>Les décisions de conflit {given} ne sont pas comprises ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="77" />
      <source>Give for each delta id the attributes to resolve, each with "field" or "source".</source>
      <translation>Indiquez pour chaque identifiant de delta les attributs à résoudre, chacun avec "field" ou "source".</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="154" />
      <source>The deltafile "{file}" is for cloud project {theirs}, but this project is linked to cloud project {ours}{name}. Nothing was changed.</source>
      <translation>Le fichier delta « {file} » est destiné au projet cloud {theirs}, mais ce projet est lié au projet cloud {ours}{name}. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="154" />
      <source>If the changes are meant for this project anyway, apply them with "Apply even if the deltafile is for another cloud project" (Processing: Apply deltas) or --any-project.</source>
      <translation>Si les modifications sont bien destinées à ce projet, appliquez-les avec « Appliquer même si le fichier delta est destiné à un autre projet cloud » (Traitements : Appliquer les deltas) ou --any-project.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="167" />
      <source>The delta {delta} is not in the delta log of this project.</source>
      <translation>Le delta {delta} n'est pas dans le journal des deltas de ce projet.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="174" />
      <source>These deltas are not in the delta log of this project: {ids}</source>
      <translation>Ces deltas ne sont pas dans le journal des deltas de ce projet : {ids}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="248" />
      <source>Skipped: the project "{project}" already applied it to the same data source; use "deltas reapply" to apply it again.</source>
      <translation>Ignoré : le projet « {project} » l'a déjà appliqué à la même source de données ; utilisez « deltas reapply » pour l'appliquer de nouveau.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="253" />
      <source>At least one of the online databases used in the project reset the connection. The transaction was rolled back by the database; check the connection and run the job again.</source>
      <translation>Au moins une des bases de données en ligne du projet a réinitialisé la connexion. La base a annulé la transaction ; vérifiez la connexion et relancez la tâche.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="263" />
      <source>The database connection was lost while applying the changes; every data source was rolled back and nothing was changed.
{failure}</source>
      <translation>La connexion à la base de données a été perdue pendant l'application des modifications ; chaque source de données a été restaurée et rien n'a été modifié.
{failure}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="267" />
      <source>Resolve the conflict (or run again with --overwrite-conflicts), or use --continue-on-error to apply the other deltas.</source>
      <translation>Résolvez le conflit (ou relancez avec --overwrite-conflicts), ou utilisez --continue-on-error pour appliquer les autres deltas.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="270" />
      <source>Correct what the message names (the delta's value, or the data source), or use --continue-on-error to apply the other deltas.</source>
      <translation>Corrigez ce que le message indique (la valeur du delta ou la source de données), ou utilisez --continue-on-error pour appliquer les autres deltas.</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="272" />
      <source>No change was applied: a delta could not be applied, so every data source was rolled back.
{failure}</source>
      <translation>Aucune modification n'a été appliquée : un delta n'a pas pu être appliqué, chaque source de données a donc été restaurée.
{failure}</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="278" />
      <source>Recover Interrupted Runs</source>
      <translation>Reprendre les exécutions interrompues</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Load Deltas</source>
      <translation>Charger les deltas</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Open Project</source>
      <translation>Ouvrir le projet</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Apply Deltas</source>
      <translation>Appliquer les deltas</translation>
    </message>
    <message>
      <location filename="../core/jobs/delta_apply.py" line="282" />
      <source>Check Result</source>
      <translation>Vérifier le résultat</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="48" />
      <source>No output folder given for the package.</source>
      <translation>Aucun dossier de sortie indiqué pour le paquet.</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="48" />
      <source>Pass --out DIR (a folder outside the project folder).</source>
      <translation>Indiquez --out DOSSIER (un dossier hors du dossier du projet).</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="62" />
      <source>The package cannot be synchronized back by cable: {error}</source>
      <translation>Le paquet ne peut pas être resynchronisé par câble : {error}</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>QGIS Layers Data</source>
      <translation>Données des couches QGIS</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>Package Project</source>
      <translation>Empaqueter le projet</translation>
    </message>
    <message>
      <location filename="../core/jobs/package.py" line="128" />
      <source>QField Layer Data</source>
      <translation>Données des couches QField</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="107" />
      <source>Could not write the thumbnail "{path}".</source>
      <translation>Impossible d'écrire la vignette « {path} ».</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Project Validity Check</source>
      <translation>Vérification de la validité du projet</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Opening Check</source>
      <translation>Vérification de l'ouverture</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Project Details</source>
      <translation>Détails du projet</translation>
    </message>
    <message>
      <location filename="../core/jobs/process_projectfile.py" line="113" />
      <source>Generate Thumbnail Image</source>
      <translation>Générer la vignette</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="75" />
      <source>Provider</source>
      <translation>Fournisseur</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="80" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../core/jobs/report.py" line="38" />
      <source>What to do:</source>
      <translation>Que faire :</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync.py" line="55" />
      <source>"{device}" has no synchronization fingerprint: it was packaged before cable sync, or by another tool.</source>
      <translation>« {device} » n’a pas d’empreinte de synchronisation : il a été empaqueté avant la synchronisation par câble, ou par un autre outil.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync.py" line="55" />
      <source>Nothing was changed. Compare it with the current data sources instead (compare to source), or package the project again before the next field trip.</source>
      <translation>Rien n’a été modifié. Comparez-le plutôt aux sources de données actuelles (Comparer à la source actuelle), ou empaquetez à nouveau le projet avant la prochaine sortie sur le terrain.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync_qfieldsync.py" line="58" />
      <source>The changes of a package made by QFieldSync cannot be reverted (QGIS's offline editing keeps no old values); nothing was changed.</source>
      <translation>Les modifications d’un paquet créé par QFieldSync ne peuvent pas être annulées (l’édition hors ligne de QGIS ne conserve pas les anciennes valeurs) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/jobs/sync_qfieldsync.py" line="63" />
      <source>"{device}" holds no QGIS offline-editing log.</source>
      <translation>« {device} » ne contient aucun journal d’édition hors ligne de QGIS.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="88" />
      <source>Unknown packaging mode "{mode}"; use cable or cloud.</source>
      <translation>Mode d'empaquetage « {mode} » inconnu ; utilisez cable ou cloud.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="95" />
      <source>Layer "{layer}" is set to the action "{action}" ({property}), which is not possible for this layer.</source>
      <translation>La couche « {layer} » a l'action « {action} » ({property}), qui n'est pas possible pour cette couche.</translation>
    </message>
    <message>
      <location filename="../core/packaging/actions.py" line="95" />
      <source>Choose one of: {actions} in the layer's QField properties.</source>
      <translation>Choisissez parmi : {actions} dans les propriétés QField de la couche.</translation>
    </message>
    <message>
      <location filename="../core/packaging/aoi.py" line="74" />
      <source>The extent of project "{project}" cannot be found: no area of interest is configured and no layer has an extent.</source>
      <translation>L'emprise du projet « {project} » est introuvable : aucune zone d'intérêt n'est configurée et aucune couche n'a d'emprise.</translation>
    </message>
    <message>
      <location filename="../core/packaging/aoi.py" line="74" />
      <source>Set the area of interest in the project's QField properties, or package without --aoi-only.</source>
      <translation>Définissez la zone d'intérêt dans les propriétés QField du projet, ou empaquetez sans --aoi-only.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="51" />
      <source>Could not copy "{source}" to "{destination}": {error}</source>
      <translation>Impossible de copier « {source} » vers « {destination} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="257" />
      <source>Check free disk space and write permission of the output folder.</source>
      <translation>Vérifiez l'espace disque libre et les droits d'écriture du dossier de sortie.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="96" />
      <source>Restore the file or remove the layer from the project.</source>
      <translation>Restaurez le fichier ou retirez la couche du projet.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="153" />
      <source>Skipped "{link}": it is a symbolic link loop.</source>
      <translation>« {link} » ignoré : boucle de liens symboliques.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="131" />
      <source>Skipped "{link}": {error}.</source>
      <translation>« {link} » ignoré : {error}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="134" />
      <source>Skipped "{link}": it is a link to "{target}", outside the project folder.</source>
      <translation>« {link} » ignoré : lien vers « {target} », hors du dossier du projet.</translation>
    </message>
    <message>
      <location filename="../core/packaging/files.py" line="144" />
      <source>Could not copy the attachment folder "{folder}": {error}</source>
      <translation>Impossible de copier le dossier de pièces jointes « {folder} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="66" />
      <source>Packaging was cancelled; the previous package (if any) is untouched.</source>
      <translation>L'empaquetage a été annulé ; le paquet précédent (s'il existe) est intact.</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="126" />
      <source>Could not copy layer "{layer}" into {gpkg}: {detail}</source>
      <translation>Impossible de copier la couche « {layer} » dans {gpkg} : {detail}</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="126" />
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="128" />
      <source>Check that the layer opens in QGIS and that the output disk has free space.</source>
      <translation>Vérifiez que la couche s'ouvre dans QGIS et que le disque de sortie a de l'espace libre.</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="143" />
      <source>GDAL finds no layer "{name}".</source>
      <translation>GDAL ne trouve aucune couche « {name} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/offline_writer.py" line="212" />
      <source>the written table cannot be read back.</source>
      <translation>la table écrite ne peut pas être relue.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="22" />
      <source>The output folder "{out}" is inside the project folder "{project}".</source>
      <translation>Le dossier de sortie « {out} » se trouve dans le dossier du projet « {project} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="22" />
      <source>Choose a folder outside the project folder: a package inside it would be packaged again.</source>
      <translation>Choisissez un dossier hors du dossier du projet : un paquet à l’intérieur serait empaqueté à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="27" />
      <source>The output folder "{out}" contains the project folder "{project}".</source>
      <translation>Le dossier de sortie « {out} » contient le dossier du projet « {project} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="27" />
      <source>Choose an empty folder or a previous package folder.</source>
      <translation>Choisissez un dossier vide ou un dossier de paquet précédent.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="31" />
      <source>The output path "{out}" is a file, not a folder.</source>
      <translation>Le chemin de sortie « {out} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="36" />
      <source>Could not create the folder "{folder}": {error}</source>
      <translation>Impossible de créer le dossier « {folder} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="90" />
      <source>Choose a folder you can write to.</source>
      <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../core/packaging/output.py" line="40" />
      <source>No permission to write into "{folder}".</source>
      <translation>Pas d'autorisation d'écrire dans « {folder} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="242" />
      <source> and more than {count} more</source>
      <translation> et plus de {count} autres</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="244" />
      <source> and {count} more</source>
      <translation> et {count} autres</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="252" />
      <source>The package folder "{folder}" holds field work not yet synchronized: {files}.</source>
      <translation>Le dossier du paquet « {folder} » contient du travail de terrain pas encore synchronisé : {files}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="256" />
      <source>The package folder "{folder}" holds files no package of this project wrote, or changed since: {files}.</source>
      <translation>Le dossier du paquet « {folder} » contient des fichiers qu’aucun paquet de ce projet n’a écrits, ou modifiés depuis : {files}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="260" />
      <source>It holds a package of another project ("{project}").</source>
      <translation>Il contient un paquet d’un autre projet (« {project} »).</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="262" />
      <source>Synchronize from QField first, or package with a backup.</source>
      <translation>Synchronisez d’abord depuis QField, ou empaquetez avec une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="190" />
      <source>Nothing was changed.</source>
      <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/packaging/ownership.py" line="264" />
      <source>To package with a backup, the old folder is moved aside as "&lt;folder&gt;.backup-&lt;date&gt;": in QGIS the button "Back up the folder and package" (or the Processing option "Back up a package folder…"), on the command line --backup-existing.</source>
      <translation>Pour empaqueter avec une sauvegarde, l’ancien dossier est mis de côté sous « &lt;dossier&gt;.backup-&lt;date&gt; » : dans QGIS, le bouton « Sauvegarder le dossier et empaqueter » (ou l’option Processing « Sauvegarder un dossier de paquet… »), en ligne de commande --backup-existing.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="94" />
      <source>Layer "{layer}" has a data source QField cannot read; it was removed from the package.</source>
      <translation>La couche « {layer} » a une source de données que QField ne sait pas lire ; elle a été retirée du paquet.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="101" />
      <source>Layer "{layer}" is in a localized data path that is not available here ({message}); it was kept in the project, unpackaged.</source>
      <translation>La couche « {layer} » se trouve dans un chemin de données localisé indisponible ici ({message}) ; elle reste dans le projet, non empaquetée.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="105" />
      <source>Remote raster layer "{layer}" cannot be reached ({message}); it was kept in the project, unpackaged.</source>
      <translation>La couche raster distante « {layer} » est injoignable ({message}) ; elle reste dans le projet, non empaquetée.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="107" />
      <source>Layer "{layer}" is invalid ({message}); it was removed from the package.</source>
      <translation>La couche « {layer} » est invalide ({message}) ; elle a été retirée du paquet.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="156" />
      <source>Layer "{layer}" is a memory layer: its features are not saved with the project, so QField will show it empty.</source>
      <translation>La couche « {layer} » est une couche temporaire : ses entités ne sont pas enregistrées avec le projet, QField l'affichera donc vide.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="160" />
      <source>Some layers cannot be packaged (strict): {problems}</source>
      <translation>Certaines couches ne peuvent pas être empaquetées (strict) : {problems}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="160" />
      <source>Fix these layers or set their action to remove, or package without strict.</source>
      <translation>Réparez ces couches ou réglez leur action sur « supprimer », ou empaquetez sans « strict ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="229" />
      <source>The packaged project {path} has invalid layers: {layers}.</source>
      <translation>Le projet empaqueté {path} a des couches invalides : {layers}.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="243" />
      <source>Could not clean up after an earlier package run next to "{out}": {error}</source>
      <translation>Impossible de nettoyer après un empaquetage précédent à côté de « {out} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="243" />
      <source>Check the permissions of that folder.</source>
      <translation>Vérifiez les permissions de ce dossier.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="257" />
      <source>Could not write the package manifest in "{folder}": {error}</source>
      <translation>Impossible d’écrire le manifeste du paquet dans « {folder} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="270" />
      <source>The previous package could not be removed yet ({error}); the next package run removes it.</source>
      <translation>Le paquet précédent n’a pas encore pu être supprimé ({error}) ; le prochain empaquetage le supprimera.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="274" />
      <source>The previous content of "{out}" was moved to "{backup}"; nothing was deleted.</source>
      <translation>L’ancien contenu de « {out} » a été déplacé vers « {backup} » ; rien n’a été supprimé.</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="334" />
      <source>Could not record the package in {folder}: {error}</source>
      <translation>Impossible d’enregistrer le paquet dans {folder} : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_entries.py" line="28" />
      <source>The project option {option} named the layer "{layer}", which is not in the package; the option was dropped.</source>
      <translation>L’option de projet {option} désignait la couche « {layer} », absente du paquet ; l’option a été retirée.</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_entries.py" line="39" />
      <source>The active layer of map theme "{theme}" is "{layer}", which is not in the package; that setting was dropped.</source>
      <translation>La couche active du thème de carte « {theme} » est « {layer} », absente du paquet ; ce réglage a été retiré.</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_writer.py" line="36" />
      <source>Layer "{layer}" does not open from its packaged copy "{source}".</source>
      <translation>La couche « {layer} » ne s'ouvre pas depuis sa copie empaquetée « {source} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/project_writer.py" line="83" />
      <source>Could not write the packaged project "{path}": {error}</source>
      <translation>Impossible d'écrire le projet empaqueté « {path} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="90" />
      <source>Could not create a folder in "{folder}": {error}</source>
      <translation>Impossible de créer un dossier dans « {folder} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="137" />
      <source>Could not move the package into "{out}": {error}</source>
      <translation>Impossible de déplacer le paquet dans « {out} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="191" />
      <source>The previous package was put back in "{out}" (a package run was stopped while replacing it).</source>
      <translation>Le paquet précédent a été remis dans « {out} » (un empaquetage a été interrompu pendant son remplacement).</translation>
    </message>
    <message>
      <location filename="../core/packaging/swap.py" line="199" />
      <source>A previous package holding other files was kept as "{backup}".</source>
      <translation>Un paquet précédent contenant d’autres fichiers a été conservé sous « {backup} ».</translation>
    </message>
    <message>
      <location filename="../core/packaging/sync_baseline.py" line="55" />
      <source>Field edits of "{file}" will not be synchronized: {error}</source>
      <translation>Les modifications de terrain de « {file} » ne seront pas synchronisées : {error}</translation>
    </message>
    <message>
      <location filename="../core/packaging/sync_baseline.py" line="84" />
      <source>Layer "{layer}" is copied as {format}, whose features have no stable key: its field edits come home as a delete and a create. Set its action to offline to keep them as changes.</source>
      <translation>La couche « {layer} » est copiée au format {format}, dont les entités n’ont pas de clé stable : ses modifications de terrain reviennent sous forme d’une suppression et d’une création. Réglez son action sur « Édition hors ligne » pour les conserver comme modifications.</translation>
    </message>
    <message>
      <location filename="../core/paths.py" line="82" />
      <source>Cannot prepare the private folder "{folder}" for job files: {error}</source>
      <translation>Impossible de préparer le dossier privé « {folder} » pour les fichiers des tâches : {error}</translation>
    </message>
    <message>
      <location filename="../core/paths.py" line="82" />
      <source>Check that you may write to the folder of the job history.</source>
      <translation>Vérifiez que vous pouvez écrire dans le dossier de l'historique des tâches.</translation>
    </message>
    <message>
      <location filename="../core/project_io.py" line="39" />
      <source>QGIS cannot open the project file "{path}": {error}</source>
      <translation>QGIS ne peut pas ouvrir le fichier de projet « {path} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/project_io.py" line="39" />
      <source>The project file is unreadable, incomplete, broken or wrong. Save it again from QGIS.</source>
      <translation>Le fichier de projet est illisible, incomplet, endommagé ou erroné. Enregistrez-le à nouveau depuis QGIS.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="43" />
      <source>Offline editing</source>
      <translation>Édition hors ligne</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="44" />
      <source>Directly access data source</source>
      <translation>Accès direct à la source de données</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="45" />
      <source>Remove from project</source>
      <translation>Retirer du projet</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="46" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="47" />
      <source>Keep existent (copy if missing)</source>
      <translation>Conserver l'existant (copier si absent)</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="85" />
      <source>The cable action "{action}" is not valid for layer "{layer}".</source>
      <translation>L'action câble « {action} » n'est pas valide pour la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="88" />
      <source>The cloud action "{action}" is not valid for layer "{layer}".</source>
      <translation>L'action cloud « {action} » n'est pas valide pour la couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="129" />
      <source>The folder "{folder}" must be a path inside the project folder.</source>
      <translation>Le dossier « {folder} » doit être un chemin à l'intérieur du dossier du projet.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="243" />
      <source>Unknown base map type "{value}".</source>
      <translation>Type de fond de carte inconnu « {value} ».</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="245" />
      <source>The base map tile size must be positive, not {value}.</source>
      <translation>La taille des tuiles du fond de carte doit être positive, pas {value}.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="248" />
      <source>The base map zoom levels must go from lower to higher ({low} to {high}).</source>
      <translation>Les niveaux de zoom du fond de carte doivent aller du plus bas au plus haut ({low} à {high}).</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="251" />
      <source>The auto-push interval must be at least one minute.</source>
      <translation>L'intervalle d'envoi automatique doit être d'au moins une minute.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="253" />
      <source>The maximum image size cannot be negative.</source>
      <translation>La taille maximale des images ne peut pas être négative.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="256" />
      <source>"{value}" is not a valid value for {option}.</source>
      <translation>« {value} » n'est pas une valeur valide pour {option}.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_config.py" line="262" />
      <source>"{value}" is not a colour ({option}).</source>
      <translation>« {value} » n'est pas une couleur ({option}).</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="159" />
      <source>Layer "{layer}": the expression for {what} is not valid: {error}</source>
      <translation>Couche « {layer} » : l'expression pour {what} n'est pas valide : {error}</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="166" />
      <source>the attachment field "{field}"</source>
      <translation>le champ de pièce jointe « {field} »</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="170" />
      <source>Layer "{layer}": unknown tracking measurement type {value}.</source>
      <translation>Couche « {layer} » : type de mesure de suivi inconnu {value}.</translation>
    </message>
    <message>
      <location filename="../core/qfieldsync_layer_config.py" line="175" />
      <source>Layer "{layer}": counts, distances and intervals cannot be negative.</source>
      <translation>Couche « {layer} » : les nombres, distances et intervalles ne peuvent pas être négatifs.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="166" />
      <source>SQLite files the job could not remove (another program uses them, or they hold data): {files}</source>
      <translation>Fichiers SQLite que la tâche n’a pas pu supprimer (un autre programme les utilise, ou ils contiennent des données) : {files}</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="194" />
      <source>The job was cancelled by the user.</source>
      <translation>La tâche a été annulée par l'utilisateur.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="197" />
      <source>The job did not finish within its time limit of {seconds} seconds and was terminated. QFieldCloud stops jobs after 10 minutes too: make the project lighter or split it.</source>
      <translation>La tâche ne s'est pas terminée dans sa limite de {seconds} secondes et a été arrêtée. QFieldCloud arrête aussi les tâches après 10 minutes : allégez le projet ou divisez-le.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="212" />
      <source>was killed by signal {signal}</source>
      <translation>a été tué par le signal {signal}</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="214" />
      <source>exited with code {code}</source>
      <translation>s'est terminé avec le code {code}</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="215" />
      <source>The job's QGIS process {how} before reporting a result.</source>
      <translation>Le processus QGIS de la tâche {how} avant de rendre un résultat.</translation>
    </message>
    <message>
      <location filename="../core/runner/launcher.py" line="216" />
      <source>QGIS may be crashing while opening the project. Try to identify the layer that is causing the crash by removing one layer at a time from the project and running the job again.</source>
      <translation>QGIS plante peut-être à l'ouverture du projet. Essayez d'identifier la couche à l'origine du plantage en retirant une couche à la fois du projet et en relançant la tâche.</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="65" />
      <source>The job was cancelled before it started.</source>
      <translation>La tâche a été annulée avant de commencer.</translation>
    </message>
    <message>
      <location filename="../core/runner/runner.py" line="188" />
      <source>Temporary package folders could not be removed yet: {error}</source>
      <translation>Les dossiers temporaires du paquet n’ont pas encore pu être supprimés : {error}</translation>
    </message>
    <message>
      <location filename="../core/runner/runner.py" line="216" />
      <source>Nothing changed since package job {id}: its package in {folder} is reused (use --force to package again).</source>
      <translation>Rien n'a changé depuis la tâche de package {id} : son paquet dans {folder} est réutilisé (utilisez --force pour empaqueter à nouveau).</translation>
    </message>
    <message>
      <location filename="../core/runner/store.py" line="105" />
      <source>The job store {path} was damaged: it was moved aside as {aside} and a new, empty one was created (earlier job history and delta log are in the old file).</source>
      <translation>Le stockage des tâches {path} était endommagé : il a été mis de côté sous le nom {aside} et un nouveau, vide, a été créé (l'historique des tâches et le journal des deltas précédents sont dans l'ancien fichier).</translation>
    </message>
    <message>
      <location filename="../core/runner/store.py" line="167" />
      <source>The job's process ended without reporting a result (QGIS or the computer stopped).</source>
      <translation>Le processus de la tâche s'est terminé sans rendre de résultat (QGIS ou l'ordinateur s'est arrêté).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="49" />
      <source>The job store's folder {folder} cannot be created: {error}.</source>
      <translation>Le dossier du stockage des tâches {folder} ne peut pas être créé : {error}.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="49" />
      <source>Choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Choisissez un autre dossier de données (Préférences → Options → QFieldSync+ → Dossier de données).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="58" />
      <source>The job store {path} is damaged ({error}).</source>
      <translation>Le stockage des tâches {path} est endommagé ({error}).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="58" />
      <source>It is moved aside and a new one is created the next time it is opened.</source>
      <translation>Il sera mis de côté et recréé à sa prochaine ouverture.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="61" />
      <source>The job store {path} is locked by another program (waited {seconds} s).</source>
      <translation>Le stockage des tâches {path} est verrouillé par un autre programme (attente de {seconds} s).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="61" />
      <source>Wait for the other QGIS window or command using it to finish, then try again.</source>
      <translation>Attendez que l'autre fenêtre QGIS ou commande qui l'utilise ait terminé, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="65" />
      <source>The job store {path} was deleted while in use.</source>
      <translation>Le stockage des tâches {path} a été supprimé pendant son utilisation.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="65" />
      <source>Run the command again: a new, empty job store is created.</source>
      <translation>Relancez la commande : un nouveau stockage des tâches, vide, sera créé.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="68" />
      <source>The job store {path} cannot be written: the file or its folder is read-only.</source>
      <translation>Le stockage des tâches {path} ne peut pas être écrit : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="68" />
      <source>Make both writable, or choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Rendez-les tous deux modifiables, ou choisissez un autre dossier de données (Préférences → Options → QFieldSync+ → Dossier de données).</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="71" />
      <source>The job store {path} cannot be used: {error}.</source>
      <translation>Le stockage des tâches {path} ne peut pas être utilisé : {error}.</translation>
    </message>
    <message>
      <location filename="../core/runner/store_file.py" line="71" />
      <source>Check the file and its folder, or choose another data folder (Settings → Options → QFieldSync+ → Data folder).</source>
      <translation>Vérifiez le fichier et son dossier, ou choisissez un autre dossier de données (Préférences → Options → QFieldSync+ → Dossier de données).</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="39" />
      <source>No QGIS project file (.qgs/.qgz) exists yet.</source>
      <translation>Aucun fichier de projet QGIS (.qgs/.qgz) n'existe encore.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="41" />
      <source>Only files in the DCIM folder changed; they do not affect project validity.</source>
      <translation>Seuls des fichiers du dossier DCIM ont changé ; ils n'affectent pas la validité du projet.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="43" />
      <source>A process_projectfile job is already pending for this project.</source>
      <translation>Une tâche process_projectfile est déjà en attente pour ce projet.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="50" />
      <source>A delta_apply job is already pending for this project.</source>
      <translation>Une tâche delta_apply est déjà en attente pour ce projet.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="57" />
      <source>A process_projectfile job is already pending for this project; apply the changes once it has finished.</source>
      <translation>Une tâche process_projectfile est déjà en attente pour ce projet ; appliquez les modifications quand elle sera terminée.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="60" />
      <source>The project check (process_projectfile job {id}) {status}, so no change was applied: {error}</source>
      <translation>La vérification du projet (tâche process_projectfile {id}) {status}, aucune modification n'a donc été appliquée : {error}</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="116" />
      <source>A process_projectfile job is already pending for this project; package once it has finished.</source>
      <translation>Une tâche process_projectfile est déjà en attente pour ce projet ; empaquetez quand elle sera terminée.</translation>
    </message>
    <message>
      <location filename="../core/runner/triggers.py" line="118" />
      <source>The project check (process_projectfile) {status}: {error}</source>
      <translation>La vérification du projet (process_projectfile) {status} : {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="77" />
      <source>Cannot read the master password file "{path}" named in {env}: {error}</source>
      <translation>Impossible de lire le fichier de mot de passe principal « {path} » indiqué dans {env} : {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="94" />
      <source>The QGIS authentication database "{path}" is disabled: {reason}</source>
      <translation>La base d'authentification de QGIS « {path} » est désactivée : {reason}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="94" />
      <source>Restart QGIS; if it stays disabled, check that the QCA OpenSSL plugin is installed.</source>
      <translation>Redémarrez QGIS ; si elle reste désactivée, vérifiez que le plugin QCA OpenSSL est installé.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="106" />
      <source>The QGIS authentication database "{path}" stays locked: no master password was entered.</source>
      <translation>La base d'authentification de QGIS « {path} » reste verrouillée : aucun mot de passe principal n'a été saisi.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="109" />
      <source>The QGIS authentication database "{path}" is locked: its master password is needed to read or store project secrets.</source>
      <translation>La base d'authentification de QGIS « {path} » est verrouillée : son mot de passe principal est nécessaire pour lire ou enregistrer les secrets du projet.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="109" />
      <source>Run the command in a terminal to be asked for it, or put the master password in a file readable only by you and set {env} to that file's path.</source>
      <translation>Lancez la commande dans un terminal pour qu'il vous soit demandé, ou placez le mot de passe principal dans un fichier lisible par vous seul et définissez {env} sur le chemin de ce fichier.</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="115" />
      <source>the file "{path}" named in {env}</source>
      <translation>le fichier « {path} » indiqué dans {env}</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="117" />
      <source>the prompt</source>
      <translation>la saisie interactive</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="118" />
      <source>The master password from {where} does not open the QGIS authentication database "{path}".</source>
      <translation>Le mot de passe principal fourni par {where} n'ouvre pas la base d'authentification de QGIS « {path} ».</translation>
    </message>
    <message>
      <location filename="../core/secrets/auth_db.py" line="118" />
      <source>Use the master password you set in QGIS (Settings › Options › Authentication). After 5 wrong attempts QGIS disables the database until it restarts.</source>
      <translation>Utilisez le mot de passe principal défini dans QGIS (Préférences › Options › Authentification). Après 5 tentatives erronées, QGIS désactive la base jusqu'à son redémarrage.</translation>
    </message>
    <message>
      <location filename="../core/secrets/job_auth.py" line="106" />
      <source>The job's own authentication database refused its master password.</source>
      <translation>La base d'authentification propre à la tâche a refusé son mot de passe principal.</translation>
    </message>
    <message>
      <location filename="../core/secrets/job_auth.py" line="115" />
      <source>The job's own authentication database did not take the configuration "{id}".</source>
      <translation>La base d'authentification propre à la tâche n'a pas accepté la configuration "{id}".</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="62" />
      <source>The secret name "{name}" is not allowed.</source>
      <translation>Le nom de secret « {name} » n'est pas autorisé.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="62" />
      <source>A secret name starts with a capital letter, followed by capital letters, digits or underscores (at least two characters), e.g. FIELD_DB.</source>
      <translation>Un nom de secret commence par une majuscule, suivie de majuscules, de chiffres ou de tirets bas (au moins deux caractères), par ex. FIELD_DB.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="72" />
      <source>Unknown secret type "{type}": use pgservice or envvar.</source>
      <translation>Type de secret « {type} » inconnu : utilisez pgservice ou envvar.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="83" />
      <source>The pgservice secret "{name}" must start with a [service_name] header.</source>
      <translation>Le secret pgservice « {name} » doit commencer par un en-tête [service_name].</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="83" />
      <source>Write it as in pg_service.conf, e.g. [field_db] then host=..., port=..., dbname=..., user=..., password=... on their own lines.</source>
      <translation>Écrivez-le comme dans pg_service.conf, par ex. [field_db] puis host=..., port=..., dbname=..., user=..., password=... chacun sur sa propre ligne.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="89" />
      <source>The pgservice secret "{name}" is not valid pg_service.conf content: {error}</source>
      <translation>Le secret pgservice « {name} » n'est pas un contenu pg_service.conf valide : {error}</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="93" />
      <source>The pgservice secret "{name}" defines no [service_name] block.</source>
      <translation>Le secret pgservice « {name} » ne définit aucun bloc [service_name].</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="97" />
      <source>The pgservice secret "{name}" has unknown parameters in [{service}]: {keys}.</source>
      <translation>Le secret pgservice « {name} » contient des paramètres inconnus dans [{service}] : {keys}.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="97" />
      <source>Use libpq connection keywords: host, port, dbname, user, password, sslmode…</source>
      <translation>Utilisez les mots-clés de connexion libpq : host, port, dbname, user, password, sslmode…</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="109" />
      <source>The secret "{name}" has an empty value.</source>
      <translation>Le secret « {name} » a une valeur vide.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="115" />
      <source>The envvar secret "{name}" contains a NUL character.</source>
      <translation>Le secret envvar « {name} » contient un caractère NUL.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="126" />
      <source>"{name}" cannot be an envvar secret: this variable decides which programs and files the job's QGIS process uses, or the job runner sets it itself.</source>
      <translation>« {name} » ne peut pas être un secret envvar : cette variable détermine les programmes et fichiers qu'utilise le processus QGIS de la tâche, ou l'exécuteur des tâches la définit lui-même.</translation>
    </message>
    <message>
      <location filename="../core/secrets/model.py" line="126" />
      <source>Store the value under another name (e.g. FIELD_{name}) and remove the secret {name}.</source>
      <translation>Enregistrez la valeur sous un autre nom (par ex. FIELD_{name}) et supprimez le secret {name}.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="44" />
      <source>Could not {action} the secret "{name}" in the QGIS authentication database "{path}".</source>
      <translation>Impossible de {action} le secret « {name} » dans la base d'authentification de QGIS « {path} ».</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="44" />
      <source>The database may be locked by another program or read-only: close other QGIS sessions that are writing to it and try again.</source>
      <translation>La base est peut-être verrouillée par un autre programme ou en lecture seule : fermez les autres sessions QGIS qui y écrivent et réessayez.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="86" />
      <source>Could not decrypt the secret "{name}" from the QGIS authentication database "{path}".</source>
      <translation>Impossible de déchiffrer le secret « {name} » depuis la base d'authentification de QGIS « {path} ».</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="86" />
      <source>Unlock the authentication database with its master password and try again.</source>
      <translation>Déverrouillez la base d'authentification avec son mot de passe principal et réessayez.</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="113" />
      <source>store</source>
      <translation>enregistrer</translation>
    </message>
    <message>
      <location filename="../core/secrets/store.py" line="124" />
      <source>remove</source>
      <translation>supprimer</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="189" />
      <source>The folder "{path}" in the device folder is a link to a place outside it; it was not read.</source>
      <translation>Le dossier « {path} » du dossier de l’appareil est un lien vers un emplacement extérieur ; il n’a pas été lu.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="213" />
      <source>The file "{path}" in the device folder is a link to a place outside it; it was not copied.</source>
      <translation>Le fichier « {path} » du dossier de l’appareil est un lien vers un emplacement extérieur ; il n’a pas été copié.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="225" />
      <source>The project has a link at "{path}" leading outside the project folder; the device file was not copied through it.</source>
      <translation>Le projet a un lien en « {path} » qui sort du dossier du projet ; le fichier de l’appareil n’a pas été copié à travers lui.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="236" />
      <source>The project already has a different file "{path}"; the device's file was not copied (nothing is overwritten). Rename one of them and synchronize again.</source>
      <translation>Le projet contient déjà un autre fichier « {path} » ; le fichier de l’appareil n’a pas été copié (rien n’est écrasé). Renommez l’un des deux et synchronisez à nouveau.</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="251" />
      <source>Could not copy the attachment "{source}" to "{destination}": {error}</source>
      <translation>Impossible de copier la pièce jointe « {source} » vers « {destination} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/attachments.py" line="251" />
      <source>Check free disk space and write permission of the project folder; nothing was copied.</source>
      <translation>Vérifiez l’espace disque libre et les droits d’écriture du dossier du projet ; rien n’a été copié.</translation>
    </message>
    <message>
      <location filename="../core/sync/baseline.py" line="123" />
      <source>The table "{table}" of data.gpkg has no AUTOINCREMENT feature ids, so a feature id could be reused after a delete and field edits could not be synchronized.</source>
      <translation>La table « {table} » de data.gpkg n’a pas d’identifiants d’entité AUTOINCREMENT : un identifiant d’entité pourrait donc être réutilisé après une suppression, et les modifications de terrain ne pourraient pas être synchronisées.</translation>
    </message>
    <message>
      <location filename="../core/sync/baseline.py" line="123" />
      <source>Update GDAL, or report this with your GDAL version.</source>
      <translation>Mettez GDAL à jour, ou signalez ce problème en indiquant votre version de GDAL.</translation>
    </message>
    <message>
      <location filename="../core/sync/content.py" line="53" />
      <source>"{file}" cannot be read: {error}</source>
      <translation>« {file} » ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="52" />
      <source>"{path}" leaves the device folder.</source>
      <translation>« {path} » sort du dossier de l’appareil.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="116" />
      <source>The device folder or zip "{path}" does not exist.</source>
      <translation>Le dossier de l’appareil ou le zip « {path} » n’existe pas.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="125" />
      <source>"{path}" is neither a folder nor a zip.</source>
      <translation>« {path} » n’est ni un dossier ni un zip.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="132" />
      <source>"{path}" holds no data.gpkg: it is not a QField package folder.</source>
      <translation>« {path} » ne contient pas de data.gpkg : ce n’est pas un dossier de paquet QField.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="132" />
      <source>Choose the package folder copied from the device (the one with the *_qfield.qgs).</source>
      <translation>Choisissez le dossier du paquet copié depuis l’appareil (celui qui contient le *_qfield.qgs).</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="146" />
      <source>"{path}" is in WAL mode but "{wal}" is missing: the last field edits are in that file.</source>
      <translation>« {path} » est en mode WAL mais « {wal} » manque : les dernières modifications de terrain sont dans ce fichier.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="146" />
      <source>Copy {wal} too (or close QField before copying).</source>
      <translation>Copiez aussi {wal} (ou fermez QField avant de copier).</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="161" />
      <source>"{path}" changed while it was being copied: QField (or another program) is still writing it.</source>
      <translation>« {path} » a changé pendant sa copie : QField (ou un autre programme) est encore en train d’y écrire.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="161" />
      <source>Close QField, then synchronize again; nothing was changed.</source>
      <translation>Fermez QField, puis synchronisez à nouveau ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/device.py" line="196" />
      <source>The device's data.gpkg is not a readable GeoPackage: {error}</source>
      <translation>Le data.gpkg de l’appareil n’est pas un GeoPackage lisible : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="41" />
      <source>{count} changed rows in {table}</source>
      <translation>{count} lignes modifiées dans {table}</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="44" />
      <source>{count} attachments ({first}…)</source>
      <translation>{count} pièces jointes ({first}…)</translation>
    </message>
    <message>
      <location filename="../core/sync/field_work.py" line="70" />
      <source>data.gpkg has no synchronization fingerprint, so its field edits cannot be checked</source>
      <translation>data.gpkg n’a pas d’empreinte de synchronisation, ses modifications de terrain ne peuvent donc pas être vérifiées</translation>
    </message>
    <message>
      <location filename="../core/sync/identity.py" line="74" />
      <source>Could not add the project id to "{path}": {error}</source>
      <translation>Impossible d’ajouter l’identifiant du projet à « {path} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/identity.py" line="98" />
      <source>"{path}" is not a folder; the device copy cannot be identified.</source>
      <translation>« {path} » n’est pas un dossier ; la copie de l’appareil ne peut pas être identifiée.</translation>
    </message>
    <message>
      <location filename="../core/sync/old_values.py" line="47" />
      <source>the feature was deleted from the data source since packaging</source>
      <translation>l’entité a été supprimée de la source de données depuis l’empaquetage</translation>
    </message>
    <message>
      <location filename="../core/sync/old_values.py" line="62" />
      <source>"{field}" was changed in the data source since packaging</source>
      <translation>« {field} » a été modifié dans la source de données depuis l’empaquetage</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="84" />
      <source>The project "{project}" has no project id, so "{device}" cannot be one of its packages.</source>
      <translation>Le projet « {project} » n’a pas d’identifiant de projet, donc « {device} » ne peut pas être l’un de ses paquets.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="84" />
      <source>Package the project with this plugin first; nothing was changed.</source>
      <translation>Empaquetez d’abord le projet avec cette extension ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="89" />
      <source>"{device}" is a package of another project: "{owner}" (project id {id}), not of "{project}".</source>
      <translation>« {device} » est un paquet d’un autre projet : « {owner} » (identifiant du projet {id}), pas de « {project} ».</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="89" />
      <source>Choose the right project or device folder; nothing was changed.</source>
      <translation>Choisissez le bon projet ou le bon dossier de l’appareil ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="160" />
      <source>"{file}" is missing from the device folder.</source>
      <translation>« {file} » manque dans le dossier de l’appareil.</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="162" />
      <source>"{file}" was not synchronized: this computer has not kept its packaged rows (copied files without a feature key need them).</source>
      <translation>« {file} » n’a pas été synchronisé : cet ordinateur n’a pas conservé ses lignes empaquetées (les fichiers copiés sans clé d’entité en ont besoin).</translation>
    </message>
    <message>
      <location filename="../core/sync/prepare.py" line="190" />
      <source>This device copy has no synchronization on this computer to revert.</source>
      <translation>Cette copie de l’appareil n’a aucune synchronisation à annuler sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="106" />
      <source>The device folder "{folder}" must hold exactly one .qgs project file (found {count}).</source>
      <translation>Le dossier de l’appareil « {folder} » doit contenir exactement un fichier de projet .qgs (trouvés : {count}).</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="106" />
      <source>Choose the folder QField opened (the one holding the packaged project and data.gpkg).</source>
      <translation>Choisissez le dossier ouvert par QField (celui qui contient le projet empaqueté et data.gpkg).</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="195" />
      <source>An interrupted synchronization of a QFieldSync package was undone: its data sources and project file were restored from the backup.</source>
      <translation>Une synchronisation interrompue d’un paquet QFieldSync a été annulée : ses sources de données et le fichier de projet ont été restaurés depuis la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="214" />
      <source>The data of "{folder}" was already synchronized into this project (QFieldSync's imported files list has its checksum); nothing was changed.</source>
      <translation>Les données de « {folder} » ont déjà été synchronisées dans ce projet (la liste des fichiers importés de QFieldSync contient leur somme de contrôle) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="214" />
      <source>Copy the folder from the device again after new field work.</source>
      <translation>Copiez à nouveau le dossier depuis l’appareil après un nouveau travail de terrain.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="267" />
      <source>QGIS cannot open the packaged project "{path}": {error}</source>
      <translation>QGIS ne peut pas ouvrir le projet empaqueté « {path} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="287" />
      <source>QGIS's offline-editing synchronization did not write every field edit; every data source was restored and nothing was changed.
{warnings}</source>
      <translation>La synchronisation de l’édition hors ligne de QGIS n’a pas écrit toutes les modifications de terrain ; toutes les sources de données ont été restaurées et rien n’a été modifié.
{warnings}</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="287" />
      <source>Check that the layers' data sources are writable and not open in another program.</source>
      <translation>Vérifiez que les sources de données des couches sont accessibles en écriture et ne sont pas ouvertes dans un autre programme.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="304" />
      <source>The packaged project has no layer prepared for offline editing.</source>
      <translation>Le projet empaqueté n’a aucune couche préparée pour l’édition hors ligne.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="308" />
      <source>This device folder is not a package of this project: its layers {layers} are not in it (it was packaged from "{original}"). Nothing was changed.</source>
      <translation>Ce dossier d’appareil n’est pas un paquet de ce projet : ses couches {layers} n’y sont pas (il a été empaqueté depuis « {original} »). Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="308" />
      <source>Open the project the folder was packaged from, or choose the right device folder.</source>
      <translation>Ouvrez le projet depuis lequel le dossier a été empaqueté, ou choisissez le bon dossier d’appareil.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="317" />
      <source>Layer "{layer}" is stored in a database ({provider}); field edits of QFieldSync packages are only written into file sources here, where they can be backed up. Nothing was changed.</source>
      <translation>La couche « {layer} » est stockée dans une base de données ({provider}) ; ici, les modifications de terrain des paquets QFieldSync ne sont écrites que dans des sources fichiers, qui peuvent être sauvegardées. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="317" />
      <source>Synchronize this folder with QFieldSync, or package the project with QFieldSync+.</source>
      <translation>Synchronisez ce dossier avec QFieldSync, ou empaquetez le projet avec QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../core/sync/qfieldsync_offline.py" line="344" />
      <source>Could not save the project file "{path}": {error}</source>
      <translation>Impossible d’enregistrer le fichier de projet « {path} » : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/schema.py" line="47" />
      <source>the field "{field}" was removed from the data source since packaging</source>
      <translation>le champ « {field} » a été retiré de la source de données depuis l’empaquetage</translation>
    </message>
    <message>
      <location filename="../core/sync/schema.py" line="52" />
      <source>the field "{field}" changed its type from {was} to {now} since packaging</source>
      <translation>le champ « {field} » a changé de type, de {was} à {now}, depuis l’empaquetage</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="40" />
      <source>The packaged project "{file}" cannot be read: {error}</source>
      <translation>Le projet empaqueté « {file} » ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="69" />
      <source>not in the current data source: created in the field, or deleted in the office</source>
      <translation>absent de la source de données actuelle : créé sur le terrain, ou supprimé au bureau</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="71" />
      <source>not on the device: deleted in the field, or added in the office since packaging</source>
      <translation>absent de l’appareil : supprimé sur le terrain, ou ajouté au bureau depuis l’empaquetage</translation>
    </message>
    <message>
      <location filename="../core/sync/source_compare.py" line="75" />
      <source>{field}: data source {source}, device {device}</source>
      <translation>{field} : source de données {source}, appareil {device}</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="28" />
      <source>applied</source>
      <translation>appliqué</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="42" />
      <source>conflict</source>
      <translation>conflit</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="28" />
      <source>apply failed</source>
      <translation>échec de l'application</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>rolled back</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>skipped</source>
      <translation>ignoré</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="29" />
      <source>not attempted</source>
      <translation>non tenté</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="35" />
      <source>take the field's value</source>
      <translation>prendre la valeur du terrain</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="35" />
      <source>keep the source's value</source>
      <translation>garder la valeur de la source</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Feature</source>
      <translation>Entité</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="64" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Attribute</source>
      <translation>Attribut</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>When the edit was made</source>
      <translation>Lors de la modification</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>In the source now</source>
      <translation>Dans la source maintenant</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Field's new value</source>
      <translation>Nouvelle valeur du terrain</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="66" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="70" />
      <source>Keep the source's value</source>
      <translation>Garder la valeur de la source</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="71" />
      <source>Take the field's value</source>
      <translation>Prendre la valeur du terrain</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="72" />
      <source>Apply again</source>
      <translation>Appliquer à nouveau</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="73" />
      <source>Zoom to feature</source>
      <translation>Zoomer sur l'entité</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="74" />
      <source>Re-apply selected</source>
      <translation>Réappliquer la sélection</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="75" />
      <source>Re-apply this and newer</source>
      <translation>Réappliquer celui-ci et les plus récents</translation>
    </message>
    <message>
      <location filename="../gui/changes_tab.py" line="133" />
      <source>Select a delta to see its changes. For a conflict, keep the source's value or take the field's value (per delta, or per attribute below), then Apply again.</source>
      <translation>Sélectionnez un delta pour voir ses modifications. Pour un conflit, gardez la valeur de la source ou prenez la valeur du terrain (par delta, ou par attribut ci-dessous), puis cliquez sur Appliquer à nouveau.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="81" />
      <source>QFieldCloud: list jobs</source>
      <translation>QFieldCloud : lister les tâches</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="128" />
      <source>Not uploaded: no cloud project was chosen.</source>
      <translation>Rien n'a été envoyé : aucun projet cloud n'a été choisi.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="135" />
      <source>QFieldCloud: list projects</source>
      <translation>QFieldCloud : lister les projets</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="146" />
      <source>Uploaded {count} file(s) to QFieldCloud; the cloud's jobs appear in the QField jobs panel.</source>
      <translation>{count} fichier(s) envoyé(s) vers QFieldCloud ; les tâches du cloud apparaissent dans le panneau « Tâches QField ».</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="149" />
      <source>Hidden files were not uploaded: {names}</source>
      <translation>Les fichiers cachés n’ont pas été téléversés : {names}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="73" />
      <source>Upload to QFieldCloud</source>
      <translation>Envoyer vers QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="158" />
      <source>Upload anyway?</source>
      <translation>Téléverser quand même ?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="164" />
      <source>Not uploaded: the check for the cloud found problems.</source>
      <translation>Non téléversé : la vérification pour le cloud a trouvé des problèmes.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="184" />
      <source>QFieldSync+: synchronize {folder}</source>
      <translation>QFieldSync+ : synchroniser {folder}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="194" />
      <source>Synchronized with QFieldCloud: {up} file(s) uploaded, {down} downloaded ({backups} backup(s) kept).</source>
      <translation>Synchronisé avec QFieldCloud : {up} fichier(s) envoyé(s), {down} téléchargé(s) ({backups} sauvegarde(s) conservée(s)).</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="198" />
      <source>Not replaced while being edited: {names}</source>
      <translation>Non remplacés car en cours de modification : {names}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="201" />
      <source>Changed both here and in the cloud, left as they are on both sides: {names}</source>
      <translation>Modifiés ici et dans le cloud, laissés tels quels des deux côtés : {names}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="211" />
      <source>This project is not linked to a QFieldCloud project: upload it or link it in the QFieldCloud projects dialog first.</source>
      <translation>Ce projet n'est lié à aucun projet QFieldCloud : envoyez-le ou liez-le d'abord dans la fenêtre « Projets QFieldCloud ».</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="218" />
      <source>QFieldSync+: apply the cloud's pending changes</source>
      <translation>QFieldSync+ : appliquer les modifications en attente du cloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="230" />
      <source>QFieldCloud has no pending changes for this project.</source>
      <translation>QFieldCloud n'a aucune modification en attente pour ce projet.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="232" />
      <source>Applied {count} pending change(s) from QFieldCloud.</source>
      <translation>{count} modification(s) en attente de QFieldCloud appliquée(s).</translation>
    </message>
    <message>
      <location filename="../gui/cloud_actions.py" line="235" />
      <source>The cloud's pending changes were not all applied: {error} See the QField jobs panel.</source>
      <translation>Les modifications en attente du cloud n'ont pas toutes été appliquées : {error} Voir le panneau « Tâches QField ».</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="33" />
      <source>Sign in to QFieldCloud</source>
      <translation>Se connecter à QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="47" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="48" />
      <source>User name or e-mail</source>
      <translation>Nom d'utilisateur ou e-mail</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="49" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="66" />
      <source>Signing in…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="67" />
      <source>QFieldCloud sign-in</source>
      <translation>Connexion à QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="106" />
      <source>Sign-in failed.</source>
      <translation>La connexion a échoué.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="140" />
      <source>Signed in to QFieldCloud as {user}.</source>
      <translation>Connecté à QFieldCloud en tant que {user}.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="149" />
      <source>Sign in to QFieldCloud…</source>
      <translation>Se connecter à QFieldCloud…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="150" />
      <source>Signed in as {user} — Sign out</source>
      <translation>Connecté en tant que {user} — Se déconnecter</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="166" />
      <source>Sign out of QFieldCloud</source>
      <translation>Se déconnecter de QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="166" />
      <source>Sign out of QFieldCloud on this computer? QField and your other programs stay signed in.</source>
      <translation>Se déconnecter de QFieldCloud sur cet ordinateur ? QField et vos autres programmes restent connectés.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="169" />
      <source>Sign out here</source>
      <translation>Se déconnecter ici</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="170" />
      <source>Sign out everywhere…</source>
      <translation>Se déconnecter partout…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="176" />
      <source>Signed out of QFieldCloud on this computer.</source>
      <translation>Déconnecté de QFieldCloud sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="181" />
      <source>Sign out everywhere</source>
      <translation>Se déconnecter partout</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="181" />
      <source>Sign out everywhere?</source>
      <translation>Se déconnecter partout ?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="191" />
      <source>QFieldCloud: sign out everywhere</source>
      <translation>QFieldCloud : se déconnecter partout</translation>
    </message>
    <message>
      <location filename="../gui/cloud_dialogs.py" line="201" />
      <source>Signed out of QFieldCloud everywhere: every program signed in as you must sign in again.</source>
      <translation>Déconnecté de QFieldCloud partout : chaque programme connecté avec votre compte doit se reconnecter.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="55" />
      <source>Create a QFieldCloud project</source>
      <translation>Créer un projet QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="57" />
      <source>Private (only you and the collaborators you add)</source>
      <translation>Privé (vous et les collaborateurs que vous ajoutez)</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="61" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="74" />
      <source>This project is not linked to a QFieldCloud project yet. The project is checked before anything is created or sent.</source>
      <translation>Ce projet n'est encore lié à aucun projet QFieldCloud. Le projet est vérifié avant que quoi que ce soit ne soit créé ou envoyé.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="77" />
      <source>Create a new cloud project</source>
      <translation>Créer un nouveau projet cloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="78" />
      <source>Link to an existing cloud project</source>
      <translation>Lier à un projet cloud existant</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="117" />
      <source>Delete a QFieldCloud project</source>
      <translation>Supprimer un projet QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="119" />
      <source>Deleting {name} removes its files, jobs and changes from QFieldCloud for everyone. Local files stay. Type the project's name to confirm.</source>
      <translation>Supprimer {name} retire ses fichiers, tâches et modifications de QFieldCloud pour tout le monde. Les fichiers locaux restent. Saisissez le nom du projet pour confirmer.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_project_forms.py" line="124" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="55" />
      <source>QFieldCloud projects</source>
      <translation>Projets QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="62" />
      <source>Signed in as {user} on {url}</source>
      <translation>Connecté en tant que {user} sur {url}</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="65" />
      <source>Search projects…</source>
      <translation>Rechercher des projets…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Owner</source>
      <translation>Propriétaire</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Last change</source>
      <translation>Dernière modification</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="68" />
      <source>Local folder</source>
      <translation>Dossier local</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Create…</source>
      <translation>Créer…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="205" />
      <source>Link the open project</source>
      <translation>Lier le projet ouvert</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Download…</source>
      <translation>Télécharger…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Open local folder</source>
      <translation>Ouvrir le dossier local</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Show jobs</source>
      <translation>Afficher les tâches</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="70" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="83" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="119" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="121" />
      <source>Failed.</source>
      <translation>Échec.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="140" />
      <source>Loading the projects…</source>
      <translation>Chargement des projets…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="152" />
      <source>{count} project(s).</source>
      <translation>{count} projet(s).</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="191" />
      <source>Creating {name}…</source>
      <translation>Création de {name}…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="202" />
      <source>Save the project first: the link is kept for its folder.</source>
      <translation>Enregistrez d'abord le projet : le lien est conservé pour son dossier.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="205" />
      <source>{folder} is linked to the cloud project {old}. Link it to {new} instead?</source>
      <translation>{folder} est lié au projet cloud {old}. Le lier plutôt à {new} ?</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="212" />
      <source>{folder} is now linked to {name}.</source>
      <translation>{folder} est maintenant lié à {name}.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="219" />
      <source>Download {name} into</source>
      <translation>Télécharger {name} dans</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="233" />
      <source>Downloading {name}…</source>
      <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="233" />
      <source>Downloaded {count} file(s) into {folder}.</source>
      <translation>{count} fichier(s) téléchargé(s) dans {folder}.</translation>
    </message>
    <message>
      <location filename="../gui/cloud_projects.py" line="255" />
      <source>Deleting {name}…</source>
      <translation>Suppression de {name}…</translation>
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
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="111" />
      <source>queued</source>
      <translation>en file</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="111" />
      <source>started</source>
      <translation>démarrée</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>finished</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="112" />
      <source>failed</source>
      <translation>échouée</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="113" />
      <source>finished with warnings</source>
      <translation>terminé avec des avertissements</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>ok</source>
      <translation>ok</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>invalid layer</source>
      <translation>couche invalide</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="114" />
      <source>invalid data provider</source>
      <translation>fournisseur de données invalide</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="115" />
      <source>localized data provider</source>
      <translation>fournisseur de données localisées</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="122" />
      <source>local</source>
      <translation>locale</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="122" />
      <source>cloud</source>
      <translation>cloud</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>not run</source>
      <translation>non exécutée</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>stopped here</source>
      <translation>arrêtée ici</translation>
    </message>
    <message>
      <location filename="../gui/formatting.py" line="127" />
      <source>done</source>
      <translation>faite</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="75" />
      <source>What to do</source>
      <translation>Que faire</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="78" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="80" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="100" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="53" />
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="108" />
      <source>Changes</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="109" />
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="110" />
      <source>Log</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="54" />
      <source>Feedback JSON</source>
      <translation>JSON de retour</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="137" />
      <source>Select a job to see what it did.</source>
      <translation>Sélectionnez une tâche pour voir ce qu'elle a fait.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="138" />
      <source>&lt;b&gt;{job}&lt;/b&gt; of &lt;b&gt;{project}&lt;/b&gt;: {status} ({duration})</source>
      <translation>&lt;b&gt;{job}&lt;/b&gt; de &lt;b&gt;{project}&lt;/b&gt; : {status} ({duration})</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="148" />
      <source>Decide each conflict in the Changes tab (keep the source's value or take the field's value), then click Apply again.</source>
      <translation>Tranchez chaque conflit dans l'onglet Modifications (garder la valeur de la source ou prendre la valeur du terrain), puis cliquez sur Appliquer à nouveau.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="157" />
      <source>{count} layers, {bad} with problems (see Layers).</source>
      <translation>{count} couches, dont {bad} avec des problèmes (voir Couches).</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="157" />
      <source>All {count} layers are valid.</source>
      <translation>Les {count} couches sont toutes valides.</translation>
    </message>
    <message>
      <location filename="../gui/job_details.py" line="162" />
      <source>&lt;b&gt;{count} findings to look at:&lt;/b&gt;</source>
      <translation>&lt;b&gt;{count} constats à examiner :&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="161" />
      <source>QField jobs</source>
      <translation>Tâches QField</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="68" />
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="69" />
      <source>Run again</source>
      <translation>Relancer</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="71" />
      <source>Open output folder</source>
      <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
      <location filename="../gui/jobs_dock.py" line="161" />
      <source>QField jobs (job store unavailable)</source>
      <translation>Tâches QField (stockage des tâches indisponible)</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="44" />
      <source>{findings} findings, {bad} of {count} layers with problems</source>
      <translation>{findings} constats, {bad} couches sur {count} avec des problèmes</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="47" />
      <source>{findings} findings to look at (see Summary)</source>
      <translation>{findings} constats à examiner (voir Résumé)</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="49" />
      <source>{bad} of {count} layers with problems</source>
      <translation>{bad} couches sur {count} avec des problèmes</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="51" />
      <source>{count} layers valid</source>
      <translation>{count} couches valides</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Job</source>
      <translation>Tâche</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Origin</source>
      <translation>Origine</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Created</source>
      <translation>Créée</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="75" />
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <location filename="../gui/jobs_model.py" line="99" />
      <source>{name} in {folder}</source>
      <translation>{name} dans {folder}</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="17" />
      <source>Lock feature addition</source>
      <translation>Verrouiller l'ajout d'entités</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="17" />
      <source>Lock attribute editing</source>
      <translation>Verrouiller l'édition des attributs</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="18" />
      <source>Lock geometry editing</source>
      <translation>Verrouiller l'édition des géométries</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="18" />
      <source>Lock feature deletion</source>
      <translation>Verrouiller la suppression d'entités</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="25" />
      <source>Editing locks in QField</source>
      <translation>Verrouillages d'édition dans QField</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="33" />
      <source>Lock only the features for which this expression is true</source>
      <translation>Verrouiller seulement les entités pour lesquelles cette expression est vraie</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="68" />
      <source>Tracking session</source>
      <translation>Session de suivi</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="70" />
      <source>Time requirement</source>
      <translation>Condition de temps</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="29" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="72" />
      <source>Distance requirement</source>
      <translation>Condition de distance</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="77" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="74" />
      <source>Sensor data requirement</source>
      <translation>Condition de données de capteur</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="75" />
      <source>Wait for all active requirements</source>
      <translation>Attendre toutes les conditions actives</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="76" />
      <source>Erroneous distance safeguard</source>
      <translation>Protection contre les distances erronées</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Elapsed time (seconds since start of tracking)</source>
      <translation>Temps écoulé (secondes depuis le début du suivi)</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Timestamp (milliseconds since epoch)</source>
      <translation>Horodatage (millisecondes depuis l'époque)</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Ground speed</source>
      <translation>Vitesse au sol</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Bearing</source>
      <translation>Cap</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Horizontal accuracy</source>
      <translation>Précision horizontale</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="81" />
      <source>Vertical accuracy</source>
      <translation>Précision verticale</translation>
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
      <translation>Si cochée, QField démarre le suivi dans cette couche à l'ouverture du projet.</translation>
    </message>
    <message>
      <location filename="../gui/layer_options.py" line="98" />
      <source>Measure (M) value of vertices</source>
      <translation>Valeur de mesure (M) des sommets</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="67" />
      <source>Packaging</source>
      <translation>Empaquetage</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="69" />
      <source>Action for cable export</source>
      <translation>Action pour l'export par câble</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="70" />
      <source>Action for QFieldCloud</source>
      <translation>Action pour QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="71" />
      <source>Stored in the project the same way QFieldSync stores it, so both plugins share it.</source>
      <translation>Enregistré dans le projet comme QFieldSync l'enregistre ; les deux extensions partagent ce réglage.</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="96" />
      <source>Attachment field</source>
      <translation>Champ de pièce jointe</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="96" />
      <source>File name</source>
      <translation>Nom de fichier</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="106" />
      <source>Relationship</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="106" />
      <source>Children shown before 'more'</source>
      <translation>Enfants affichés avant « plus »</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="111" />
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="117" />
      <source> values</source>
      <translation> valeurs</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="118" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="119" />
      <source>Value maps with up to this many values show buttons instead of a list</source>
      <translation>Les listes de valeurs ayant au plus ce nombre de valeurs s'affichent en boutons plutôt qu'en liste</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="121" />
      <source>Allow adding features from value relation widgets</source>
      <translation>Permettre l'ajout d'entités depuis les widgets de relation de valeur</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="123" />
      <source>In file name expressions, {filename} and {extension} stand for the attachment's name and extension.</source>
      <translation>Dans les expressions de nom de fichier, {filename} et {extension} désignent le nom et l'extension de la pièce jointe.</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="126" />
      <source>Attachments, relationships and forms</source>
      <translation>Pièces jointes, relations et formulaires</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="131" />
      <source>Value map buttons up to</source>
      <translation>Boutons pour les listes de valeurs jusqu'à</translation>
    </message>
    <message>
      <location filename="../gui/layer_page.py" line="165" />
      <source>QField layer settings</source>
      <translation>Paramètres QField de la couche</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="179" />
      <source>QField</source>
      <translation>QField</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>Cable export action</source>
      <translation>Action pour l'export par câble</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="62" />
      <source>QFieldCloud action</source>
      <translation>Action pour QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="84" />
      <source>Set cable action</source>
      <translation>Définir l'action câble</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="85" />
      <source>Set cloud action</source>
      <translation>Définir l'action cloud</translation>
    </message>
    <message>
      <location filename="../gui/layers_table.py" line="89" />
      <source>For the selected layers:</source>
      <translation>Pour les couches sélectionnées :</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="17" />
      <source>{size} bytes</source>
      <translation>{size} octets</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>GB</source>
      <translation>Go</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>MB</source>
      <translation>Mo</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="18" />
      <source>KB</source>
      <translation>Ko</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="27" />
      <source>offline into data.gpkg (table {table}) with {count} features</source>
      <translation>hors ligne dans data.gpkg (table {table}) avec {count} entités</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="30" />
      <source>copied to {file} ({size})</source>
      <translation>copiée vers {file} ({size})</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="33" />
      <source>copied to {file} only where QField has no copy yet (kept on the device)</source>
      <translation>copiée vers {file} seulement là où QField n'en a pas encore (conservée sur l'appareil)</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="36" />
      <source>removed from the package</source>
      <translation>retirée du paquet</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="37" />
      <source>kept as it is: QField reads its source directly</source>
      <translation>laissée telle quelle : QField lit directement sa source</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="44" />
      <source>as set in the layer's QField properties</source>
      <translation>comme réglé dans les propriétés QField de la couche</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="45" />
      <source>the default for layers of the {provider} provider</source>
      <translation>le défaut pour les couches du fournisseur {provider}</translation>
    </message>
    <message>
      <location filename="../gui/package_summary.py" line="53" />
      <source>Package in {link}, {size} in all.</source>
      <translation>Paquet dans {link}, {size} au total.</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="119" />
      <source>Base map</source>
      <translation>Fond de carte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="119" />
      <source>Field work</source>
      <translation>Travail de terrain</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="191" />
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="121" />
      <source>Map themes</source>
      <translation>Thèmes de carte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="121" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="125" />
      <source>Create a base map (rendered over the area of interest)</source>
      <translation>Créer un fond de carte (rendu sur la zone d'intérêt)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="127" />
      <source>Single layer</source>
      <translation>Couche unique</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="204" />
      <source>Map theme</source>
      <translation>Thème de carte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="178" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="138" />
      <source>Tile size</source>
      <translation>Taille des tuiles</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="139" />
      <source>Lowest zoom level</source>
      <translation>Niveau de zoom le plus bas</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="140" />
      <source>Highest zoom level</source>
      <translation>Niveau de zoom le plus haut</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="145" />
      <source>Browse</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="145" />
      <source>Digitize</source>
      <translation>Numérisation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="147" />
      <source>Show feature forms tab by tab (wizard mode)</source>
      <translation>Afficher les formulaires onglet par onglet (mode assistant)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="148" />
      <source>Push changes to QFieldCloud automatically</source>
      <translation>Envoyer automatiquement les modifications à QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="149" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Not set</source>
      <translation>Non défini</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Prefer offline editing</source>
      <translation>Préférer l'édition hors ligne</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="151" />
      <source>Prefer direct access to online sources</source>
      <translation>Préférer l'accès direct aux sources en ligne</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="153" />
      <source>When QField opens the project</source>
      <translation>Quand QField ouvre le projet</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="155" />
      <source>Active layer</source>
      <translation>Couche active</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="156" />
      <source>Map mode</source>
      <translation>Mode de carte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="157" />
      <source>Digitizing logs layer</source>
      <translation>Couche des journaux de numérisation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="160" />
      <source>Cloud layer action preference</source>
      <translation>Action cloud préférée pour les couches</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="164" />
      <source>Geofencing</source>
      <translation>Géorepérage</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Alert users when inside an area</source>
      <translation>Alerter l'utilisateur à l'intérieur d'une zone</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Alert users when outside all areas</source>
      <translation>Alerter l'utilisateur hors de toutes les zones</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="167" />
      <source>Inform users when entering and leaving an area</source>
      <translation>Informer l'utilisateur à l'entrée et à la sortie d'une zone</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="170" />
      <source>Prevent digitizing while alerted</source>
      <translation>Empêcher la numérisation pendant une alerte</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="172" />
      <source>Areas layer</source>
      <translation>Couche des zones</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="173" />
      <source>Behaviour</source>
      <translation>Comportement</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="179" />
      <source>No restriction</source>
      <translation>Aucune restriction</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="180" />
      <source>Stamp details on every photo taken</source>
      <translation>Incruster les informations sur chaque photo prise</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="184" />
      <source>Default font style</source>
      <translation>Style de police par défaut</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Left</source>
      <translation>Gauche</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Center</source>
      <translation>Centre</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="185" />
      <source>Right</source>
      <translation>Droite</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="187" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="189" />
      <source>Empty: QField's details (date, position, speed, orientation).</source>
      <translation>Vide : les informations de QField (date, position, vitesse, orientation).</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="193" />
      <source>Maximum width and height</source>
      <translation>Largeur et hauteur maximales</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="195" />
      <source>Stamp font</source>
      <translation>Police de l'incrustation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="196" />
      <source>Stamp alignment</source>
      <translation>Alignement de l'incrustation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="197" />
      <source>Stamp image decoration</source>
      <translation>Image décorative de l'incrustation</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="198" />
      <source>Stamp details (expressions in [% %])</source>
      <translation>Informations incrustées (expressions entre [% %])</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="204" />
      <source>Active layer in QField</source>
      <translation>Couche active dans QField</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Tiny</source>
      <translation>Minuscule</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Big</source>
      <translation>Grande</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="215" />
      <source>Biggest</source>
      <translation>Très grande</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="216" />
      <source>Location arrow fill colour</source>
      <translation>Couleur de remplissage de la flèche de position</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="217" />
      <source>Location arrow outline colour</source>
      <translation>Couleur du contour de la flèche de position</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="219" />
      <source>Coordinate cursor fill colour</source>
      <translation>Couleur de remplissage du curseur de coordonnées</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="220" />
      <source>Coordinate cursor outline colour</source>
      <translation>Couleur du contour du curseur de coordonnées</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="222" />
      <source>Location arrow and coordinate cursor</source>
      <translation>Flèche de position et curseur de coordonnées</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="224" />
      <source>Arrow fill colour</source>
      <translation>Couleur de remplissage de la flèche</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="225" />
      <source>Arrow outline colour</source>
      <translation>Couleur du contour de la flèche</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="226" />
      <source>Arrow size</source>
      <translation>Taille de la flèche</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="227" />
      <source>Cursor fill colour</source>
      <translation>Couleur de remplissage du curseur</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="228" />
      <source>Cursor outline colour</source>
      <translation>Couleur du contour du curseur</translation>
    </message>
    <message>
      <location filename="../gui/project_options.py" line="229" />
      <source>Cursor size</source>
      <translation>Taille du curseur</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="54" />
      <source>Area and folders</source>
      <translation>Zone et dossiers</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="73" />
      <source>Area of interest</source>
      <translation>Zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="77" />
      <source>Offline copies keep only the features inside the area of interest</source>
      <translation>Les copies hors ligne ne gardent que les entités dans la zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="83" />
      <source>Attachment folders (one per line)</source>
      <translation>Dossiers de pièces jointes (un par ligne)</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="84" />
      <source>Data folders (one per line)</source>
      <translation>Dossiers de données (un par ligne)</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="85" />
      <source>Folders are relative to the project folder. QFieldSync reads the same settings.</source>
      <translation>Les dossiers sont relatifs au dossier du projet. QFieldSync lit les mêmes réglages.</translation>
    </message>
    <message>
      <location filename="../gui/project_page.py" line="170" />
      <source>QField project configuration</source>
      <translation>Configuration du projet QField</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="30" />
      <source>How long one QFieldCloud request may take in all (file transfers instead stop when less than 1 KiB moves in 60 s).</source>
      <translation>Durée totale maximale d'une requête QFieldCloud (les transferts de fichiers s'arrêtent plutôt quand moins de 1 Kio passe en 60 s).</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="33" />
      <source>A QGIS authentication configuration used for every QFieldCloud request, e.g. the client certificate your organisation's server asks for. Your QFieldCloud sign-in is kept apart.</source>
      <translation>Une configuration d'authentification QGIS utilisée pour chaque requête QFieldCloud, par ex. le certificat client que demande le serveur de votre organisation. Votre connexion QFieldCloud reste à part.</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="38" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="41" />
      <source> jobs per project</source>
      <translation> tâches par projet</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="42" />
      <source>Finished jobs older than this are removed from the history, except each project's newest jobs (checked once a day). Delta logs are kept while their project exists.</source>
      <translation>Les tâches terminées plus anciennes sont retirées de l'historique, sauf les plus récentes de chaque projet (vérifié une fois par jour). Les journaux de deltas sont conservés tant que leur projet existe.</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="54" />
      <source> MiB</source>
      <translation> Mio</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="55" />
      <source>Check the project again after it is saved</source>
      <translation>Vérifier à nouveau le projet après son enregistrement</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="57" />
      <source>Job time limit</source>
      <translation>Durée maximale des tâches</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="58" />
      <source>QFieldCloud URL</source>
      <translation>URL de QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="59" />
      <source>QFieldCloud request time limit</source>
      <translation>Délai des requêtes QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="60" />
      <source>QFieldCloud connection authentication</source>
      <translation>Authentification de la connexion QFieldCloud</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="61" />
      <source>Data folder (job history, outputs)</source>
      <translation>Dossier de données (historique, sorties)</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="62" />
      <source>Python interpreter for jobs</source>
      <translation>Interpréteur Python pour les tâches</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="63" />
      <source>Most entries in a .qgz</source>
      <translation>Nombre maximal d'entrées dans un .qgz</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="64" />
      <source>Largest unpacked .qgz</source>
      <translation>Taille maximale d'un .qgz décompressé</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="66" />
      <source>Keep job history for</source>
      <translation>Conserver l'historique des tâches pendant</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="67" />
      <source>and always keep the newest</source>
      <translation>et toujours garder les plus récentes</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="71" />
      <source>QGIS profile folder</source>
      <translation>dossier du profil QGIS</translation>
    </message>
    <message>
      <location filename="../gui/settings_page.py" line="72" />
      <source>found automatically</source>
      <translation>trouvé automatiquement</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="272" />
      <source>QFieldSync+</source>
      <translation>QFieldSync+</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="43" />
      <source>copied</source>
      <translation>copié</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="44" />
      <source>identical</source>
      <translation>identique</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="44" />
      <source>Already in the project.</source>
      <translation>Déjà dans le projet.</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="50" />
      <source>{name}: {created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts</source>
      <translation>{name} : {created} créées, {changed} modifiées, {deleted} supprimées, {conflicts} conflits</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="71" />
      <source>{created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts</source>
      <translation>{created} créées, {changed} modifiées, {deleted} supprimées, {conflicts} conflits</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="72" />
      <source>; {copied} files copied</source>
      <translation> ; {copied} fichiers copiés</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="74" />
      <source>, {file_conflicts} files in conflict</source>
      <translation>, {file_conflicts} fichiers en conflit</translation>
    </message>
    <message>
      <location filename="../gui/sync_details.py" line="147" />
      <source>geometry: {wkt}</source>
      <translation>géométrie : {wkt}</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="23" />
      <source>Synchronize from QField</source>
      <translation>Synchroniser depuis QField</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="33" />
      <source>The folder copied from the device, or the zip QField sent</source>
      <translation>Le dossier copié depuis l’appareil, ou le zip envoyé par QField</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="34" />
      <source>Folder…</source>
      <translation>Dossier…</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="35" />
      <source>Zip…</source>
      <translation>Zip…</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="37" />
      <source>Dry run: only show what would change</source>
      <translation>Simulation : montrer seulement ce qui changerait</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="173" />
      <source>Apply conflicting changes anyway</source>
      <translation>Appliquer quand même les modifications en conflit</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="39" />
      <source>Continue on error (apply the other changes)</source>
      <translation>Continuer en cas d’erreur (appliquer les autres modifications)</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="40" />
      <source>Compare to the current source (package made before synchronization existed; every difference is a conflict to confirm)</source>
      <translation>Comparer à la source actuelle (paquet antérieur à la synchronisation ; chaque différence est un conflit à confirmer)</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="46" />
      <source>Synchronize</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="57" />
      <source>Device folder or zip:</source>
      <translation>Dossier de l’appareil ou zip :</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="72" />
      <source>Choose the folder copied from the device</source>
      <translation>Choisir le dossier copié depuis l’appareil</translation>
    </message>
    <message>
      <location filename="../gui/sync_dialog.py" line="77" />
      <source>Choose the zip sent by QField</source>
      <translation>Choisir le zip envoyé par QField</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="170" />
      <source>Zip archives (*.zip)</source>
      <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="61" />
      <source>{job} was cancelled.</source>
      <translation>{job} : annulé.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="64" />
      <source>{job} failed: {error}</source>
      <translation>{job} a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="68" />
      <source>{job} finished with conflicts: {note}. See the QField jobs panel.</source>
      <translation>{job} terminé avec des conflits : {note}. Voir le panneau Tâches QField.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="70" />
      <source>{job} finished: {note}.</source>
      <translation>{job} terminé : {note}.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="73" />
      <source>{job} finished with {count} finding(s) to look at, see the QField jobs panel.</source>
      <translation>{job} terminé avec {count} constat(s) à examiner, voir le panneau des tâches QField.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="77" />
      <source>{job} finished: {bad} layer(s) with problems, see the QField jobs panel.</source>
      <translation>{job} terminé : {bad} couche(s) avec des problèmes, voir le panneau « Tâches QField ».</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="79" />
      <source>{job} finished.</source>
      <translation>{job} terminé.</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="20" />
      <source>Check project</source>
      <translation>Vérifier le projet</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="21" />
      <source>Package for QField</source>
      <translation>Empaqueter pour QField</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>Apply changes…</source>
      <translation>Appliquer les modifications…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="128" />
      <source>Synchronize from QField…</source>
      <translation>Synchroniser depuis QField…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="129" />
      <source>Jobs panel</source>
      <translation>Panneau des tâches</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="131" />
      <source>Settings…</source>
      <translation>Réglages…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="132" />
      <source>QField project configuration…</source>
      <translation>Configuration du projet QField…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="136" />
      <source>QFieldCloud projects…</source>
      <translation>Projets QFieldCloud…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="138" />
      <source>Synchronize with QFieldCloud</source>
      <translation>Synchroniser avec QFieldCloud</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="140" />
      <source>Apply the cloud's pending changes here</source>
      <translation>Appliquer ici les modifications en attente du cloud</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="273" />
      <source>Back up the folder and package</source>
      <translation>Sauvegarder le dossier et empaqueter</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="293" />
      <source>The synchronization recorded the imported device folder in the project file; the open project has it too now: save the project to keep it.</source>
      <translation>La synchronisation a enregistré le dossier d’appareil importé dans le fichier de projet ; le projet ouvert l’a maintenant aussi : enregistrez le projet pour le conserver.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="299" />
      <source>Save the project first: jobs work on the project file.</source>
      <translation>Enregistrez d'abord le projet : les tâches travaillent sur le fichier de projet.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="302" />
      <source>The project has unsaved changes; the job uses the saved file.</source>
      <translation>Le projet a des modifications non enregistrées ; la tâche utilise le fichier enregistré.</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="331" />
      <source>Choose the folder for the QField package</source>
      <translation>Choisir le dossier du paquet QField</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="358" />
      <source>Choose a QField deltafile</source>
      <translation>Choisir un fichier delta QField</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="122" />
      <source>Deltafiles (*.json)</source>
      <translation>Fichiers delta (*.json)</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="432" />
      <source>QFieldSync+ settings</source>
      <translation>Réglages de QFieldSync+</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="33" />
      <source>Process project file</source>
      <translation>Traiter le fichier de projet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="36" />
      <source>Opens the project in a separate QGIS process, as QFieldCloud does, and checks that the project and every layer and data provider can be opened. The feedback JSON has the layer table (status, message and what to do per layer) and a thumbnail. Target "cloud" also reports what QFieldCloud cannot reach (local databases, files outside the project folder).</source>
      <translation>Ouvre le projet dans un processus QGIS séparé, comme le fait QFieldCloud, et vérifie que le projet et chaque couche et fournisseur de données peuvent être ouverts. Le JSON de retour contient le tableau des couches (état, message et que faire pour chaque couche) et une vignette. La cible « QFieldCloud » signale aussi ce que QFieldCloud ne peut pas atteindre (bases locales, fichiers hors du dossier du projet).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="44" />
      <source>Check for</source>
      <translation>Vérifier pour</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="44" />
      <source>this computer</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>QFieldCloud</source>
      <translation>QFieldCloud</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="67" />
      <source>Turns the project into a project QField can open: layers marked for offline editing go into one data.gpkg, files are copied, and &lt;project&gt;_qfield.qgs points at them. Layer actions come from the layer properties (page "QField"), cable or cloud. The output folder must not be inside the project folder. A package folder is replaced only when it holds nothing but what this project's packages wrote; otherwise the job refuses, or, with "Back up", moves the folder aside as &lt;folder&gt;.backup-&lt;date&gt;.</source>
      <translation>Transforme le projet en un projet que QField peut ouvrir : les couches marquées pour l’édition hors ligne vont dans un data.gpkg, les fichiers sont copiés et &lt;project&gt;_qfield.qgs pointe vers eux. Les actions des couches viennent des propriétés de couche (page « QField »), câble ou cloud. Le dossier de sortie ne doit pas être dans le dossier du projet. Un dossier de paquet n’est remplacé que s’il ne contient que ce que les paquets de ce projet ont écrit ; sinon la tâche refuse ou, avec « Sauvegarder », met le dossier de côté sous &lt;folder&gt;.backup-&lt;date&gt;.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>Layer actions for</source>
      <translation>Actions des couches pour</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="77" />
      <source>cable export</source>
      <translation>l'export par câble</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="79" />
      <source>Only features inside the area of interest</source>
      <translation>Uniquement les entités dans la zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="81" />
      <source>Fail when a layer is invalid or unsupported (instead of packaging the rest)</source>
      <translation>Échouer si une couche est invalide ou non prise en charge (au lieu d’empaqueter le reste)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="84" />
      <source>Back up a package folder holding other files (instead of refusing)</source>
      <translation>Sauvegarder un dossier de paquet contenant d’autres fichiers (au lieu de refuser)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="87" />
      <source>Package folder</source>
      <translation>Dossier du paquet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="112" />
      <source>Apply deltas</source>
      <translation>Appliquer les deltas</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="115" />
      <source>Writes the field edits of a QField deltafile into the project's data sources, all or nothing: when a delta fails or conflicts, no data source is changed (unless "continue on error"). "Dry run" only reports what would happen.</source>
      <translation>Écrit les modifications de terrain d'un fichier delta QField dans les sources de données du projet, tout ou rien : si un delta échoue ou est en conflit, aucune source n'est modifiée (sauf avec « Continuer en cas d'erreur »). « Essai à blanc » indique seulement ce qui se passerait.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="122" />
      <source>Deltafile</source>
      <translation>Fichier delta</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="124" />
      <source>Apply conflicting deltas anyway</source>
      <translation>Appliquer quand même les deltas en conflit</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="126" />
      <source>Revert the deltas</source>
      <translation>Annuler les deltas</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="172" />
      <source>Dry run</source>
      <translation>Essai à blanc</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="175" />
      <source>Continue on error</source>
      <translation>Continuer en cas d'erreur</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="130" />
      <source>Apply even if the deltafile is for another cloud project</source>
      <translation>Appliquer même si le fichier de deltas concerne un autre projet cloud</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="160" />
      <source>Brings the field work of a QField package home: the rows created, changed and deleted on the device are written into the project's data sources (all or nothing, conflicts with office edits reported), and new photos and attachments are copied into the project folder (never overwriting a file). Choose the folder copied from the device or the zip QField sent. "Dry run" only reports.</source>
      <translation>Rapatrie le travail de terrain d’un paquet QField : les lignes créées, modifiées et supprimées sur l’appareil sont écrites dans les sources de données du projet (tout ou rien, conflits avec les modifications du bureau signalés), et les nouvelles photos et pièces jointes sont copiées dans le dossier du projet (sans jamais écraser un fichier). Choisissez le dossier copié depuis l’appareil ou le zip envoyé par QField. « Simulation » ne fait que rendre compte.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="168" />
      <source>Device folder</source>
      <translation>Dossier de l’appareil</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="170" />
      <source>or the zip sent by QField</source>
      <translation>ou le zip envoyé par QField</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="177" />
      <source>Revert the changes</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="178" />
      <source>Compare to the current source</source>
      <translation>Comparer à la source actuelle</translation>
    </message>
    <message>
      <location filename="../processing/algorithms.py" line="186" />
      <source>Choose either the device folder or the zip sent by QField.</source>
      <translation>Choisissez soit le dossier de l’appareil, soit le zip envoyé par QField.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="48" />
      <source>Project folder (linked to a QFieldCloud project)</source>
      <translation>Dossier du projet (lié à un projet QFieldCloud)</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="62" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="76" />
      <source>Runs the local check for QFieldCloud, then uploads the new and changed files of the linked project folder (the project file last, checksums verified). Hidden files are skipped. An unreadable project file always stops the upload; layers the cloud cannot open and files it would refuse stop it unless "Upload anyway" is ticked. Sign in from the QFieldSync+ menu first.</source>
      <translation>Lance la vérification locale pour QFieldCloud, puis téléverse les fichiers nouveaux et modifiés du dossier de projet lié (le fichier de projet en dernier, sommes de contrôle vérifiées). Les fichiers cachés sont ignorés. Un fichier de projet illisible arrête toujours le téléversement ; les couches que le cloud ne peut pas ouvrir et les fichiers qu'il refuserait l'arrêtent, sauf si « Téléverser quand même » est coché. Connectez-vous d'abord depuis le menu QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="84" />
      <source>Upload anyway when the check finds problems</source>
      <translation>Téléverser quand même si la vérification trouve des problèmes</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="86" />
      <source>Delete cloud files that no longer exist locally</source>
      <translation>Supprimer les fichiers cloud qui n'existent plus localement</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="88" />
      <source>Files uploaded</source>
      <translation>Fichiers téléversés</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="89" />
      <source>Hidden files skipped</source>
      <translation>Fichiers cachés ignorés</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="108" />
      <source>Skipped (hidden, not uploaded): {name}</source>
      <translation>Ignoré (caché, non téléversé) : {name}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="109" />
      <source>Uploaded {count} file(s), {unchanged} unchanged, {deleted} deleted.</source>
      <translation>{count} fichier(s) téléversé(s), {unchanged} inchangé(s), {deleted} supprimé(s).</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="124" />
      <source>Download from QFieldCloud</source>
      <translation>Télécharger depuis QFieldCloud</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="127" />
      <source>Downloads into the linked project folder the files whose content differs in QFieldCloud (for example data changed by the cloud's delta_apply jobs). Each replaced file is first copied to a backup folder in the QGIS profile. Sign in from the QFieldSync+ menu first.</source>
      <translation>Télécharge dans le dossier de projet lié les fichiers dont le contenu diffère dans QFieldCloud (par exemple les données modifiées par les tâches delta_apply du cloud). Chaque fichier remplacé est d'abord copié dans un dossier de sauvegarde du profil QGIS. Connectez-vous d'abord depuis le menu QFieldSync+.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="134" />
      <source>Files downloaded</source>
      <translation>Fichiers téléchargés</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="142" />
      <source>{name}: not downloaded, a symbolic link leads out of the folder.</source>
      <translation>{name} : non téléchargé, un lien symbolique sort du dossier.</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="144" />
      <source>{name}: the previous version is kept in {backup}</source>
      <translation>{name} : la version précédente est conservée dans {backup}</translation>
    </message>
    <message>
      <location filename="../processing/cloud_algorithms.py" line="145" />
      <source>Downloaded {count} changed file(s), {unchanged} unchanged.</source>
      <translation>{count} fichier(s) modifié(s) téléchargé(s), {unchanged} inchangé(s).</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="49" />
      <source>QGIS project file</source>
      <translation>Fichier de projet QGIS</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="49" />
      <source>QGIS projects (*.qgs *.qgz)</source>
      <translation>Projets QGIS (*.qgs *.qgz)</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="54" />
      <source>JSON files (*.json)</source>
      <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="57" />
      <source>Job status</source>
      <translation>État de la tâche</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="58" />
      <source>Job id</source>
      <translation>Identifiant de la tâche</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="59" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="78" />
      <source>Choose a QGIS project file (.qgs or .qgz).</source>
      <translation>Choisissez un fichier de projet QGIS (.qgs ou .qgz).</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="84" />
      <source>Job {id} queued; it runs in a separate QGIS process.</source>
      <translation>Tâche {id} mise en file ; elle s'exécute dans un processus QGIS séparé.</translation>
    </message>
    <message>
      <location filename="../processing/job_algorithm.py" line="95" />
      <source>The job ended {status}.</source>
      <translation>La tâche s'est terminée avec l'état {status}.</translation>
    </message>
    <message>
      <location filename="../tasks/cloud_tasks.py" line="60" />
      <source>QFieldSync+: upload {folder}</source>
      <translation>QFieldSync+ : téléverser {folder}</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="22" />
      <source>Apply changes</source>
      <translation>Appliquer les modifications</translation>
    </message>
    <message>
      <location filename="../tasks/job_task.py" line="35" />
      <source>QFieldSync+: {job} {project}</source>
      <translation>QFieldSync+ : {job} {project}</translation>
    </message>
    <message>
      <location filename="../core/packaging/packager.py" line="149" />
      <source>Layer "{layer}" has no primary key and no "fid" field: it is read-only in QField.</source>
      <translation>La couche « {layer} » n’a ni clé primaire ni champ « fid » : elle est en lecture seule dans QField.</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="31" />
      <source>Successfully applied delta!</source>
      <translation>Delta appliqué avec succès !</translation>
    </message>
    <message>
      <location filename="../core/deltas/engine.py" line="195" />
      <source>Successfully applied delta! ({notes})</source>
      <translation>Delta appliqué avec succès ! ({notes})</translation>
    </message>
  </context>
</TS>
