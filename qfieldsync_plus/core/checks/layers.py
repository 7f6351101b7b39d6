"""Per-layer data and status, in QFieldCloud's ``layers_by_id`` shape, with the seed's messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Collection, Dict, List, Optional

from qgis.core import QgsMapLayer, QgsVectorLayer

from ..i18n import template_fields, tr
from ..redact import has_plain_password, strip_credentials
from .finding import ERROR, WARNING, Finding
from .pg_services import service_file_candidates
from .sources import SourceInfo, is_inside, is_local_host, is_loopback_host, source_info

TARGET_LOCAL = "local"
TARGET_CLOUD = "cloud"

# QFieldCloud's error codes and the seed's status names.
NO_ERROR = "no_error"
INVALID_LAYER = "invalid_layer"
INVALID_DATAPROVIDER = "invalid_dataprovider"
MISSING_DATAPROVIDER = "missing_dataprovider"
LOCALIZED_DATAPROVIDER = "localized_dataprovider"
STATUS_OK = "ok"


def _messages(error) -> str:
    # QGIS 3.22: summary() on an empty QgsError crashes; check messageList() first.
    if error is None or not error.messageList():
        return ""
    return strip_credentials(error.summary())


def _provider_messages(provider, code: str, blocking: List[Finding]) -> Optional[str]:
    """The provider's own error text or, when it gave none (postgres, WFS), the seed's message.

    QFieldCloud's worker does the same: a failed postgres provider leaves its error empty, so the
    ``Unable to connect to ...`` text is built from the data source URI.
    """
    if provider is None:
        return None
    own = _messages(provider.error())
    if own or code == NO_ERROR:
        return own
    return blocking[0].message if blocking else ""


def is_localized(source: str) -> bool:
    """True for a data source in QGIS's localized data paths (``localized:…``), as libqfieldsync tells them."""
    return source.startswith(("localized:", "file:localized:")) or "url=file:localized:" in source


def localized_filename(source: str) -> str:
    """The file a localized data source names (``localized:data/x.gpkg|layername=a`` → ``data/x.gpkg``)."""
    return source.split("localized:")[-1].split("|")[0]


def error_code(layer: QgsMapLayer, written_source: str = "") -> str:
    """QFieldCloud's error code for ``layer`` (``written_source``: its data source in the project file)."""
    if layer.isValid():
        return NO_ERROR
    provider = layer.dataProvider()
    if provider is None:
        return MISSING_DATAPROVIDER
    if provider.isValid():
        return INVALID_LAYER
    if is_localized(written_source or layer.source()):
        return LOCALIZED_DATAPROVIDER
    return INVALID_DATAPROVIDER


def status_for(code: str) -> str:
    """The table status for an error code: ok, invalid_dataprovider, invalid_layer or localized_dataprovider."""
    if code == NO_ERROR:
        return STATUS_OK
    if code in (INVALID_LAYER, LOCALIZED_DATAPROVIDER):
        return code
    return INVALID_DATAPROVIDER


def missing_file_finding(layer_id: str, path: Path, project_dir: Path) -> Finding:
    """The seed's ``File "{FILENAME}" missing.`` with advice on where the file must be."""
    outside = not is_inside(path, project_dir)
    where = (
        tr("It lies outside the project folder {folder}: move it into the project folder (or a subfolder).")
        if outside
        else tr("It should be at this path inside the project folder.")
    )
    return Finding(
        "file_missing", ERROR, tr('File "{filename}" missing.').format(filename=path), layer_id=layer_id,
        hint=where.format(folder=project_dir) + " " + tr(
            "Keep relative paths and folder names as on your computer (e.g. data/data.gpkg needs the data folder)."
        ),
        paths=[str(path)],
    )


def localized_finding(layer_id: str, source: str, target: str) -> Finding:
    """QFieldCloud's ``Localized dataset stored at "{FILENAME}" is missing.`` with advice for ``target``."""
    filename = localized_filename(source)
    cloud = tr('On QFieldCloud, upload the file to the "shared_datasets" project or update the layer to point to an '
               "available file.")
    if target == TARGET_CLOUD:
        hint = cloud
    else:
        hint = tr('None of the localized data paths of this QGIS (Settings › Options › Data Sources) holds '
                  '"{file}": add the folder that holds it there, or update the layer to point to an available '
                  "file.").format(file=filename) + " " + cloud
    return Finding("localized_file_missing", ERROR,
                   tr('Localized dataset stored at "{filename}" is missing.').format(filename=filename), hint,
                   layer_id=layer_id, paths=[filename])


def service_finding(layer_id: str, service: str, target: str, local_services: Collection[str]) -> Finding:
    """The seed's ``Unable to connect to service "{SERVICE}".`` with advice for ``target``."""
    defined = service in local_services
    if target == TARGET_CLOUD and defined:
        hint = tr("The service exists only in this computer's pg_service.conf. Add it to the project as a "
                  "pgservice secret so QFieldCloud can connect.")
    elif target == TARGET_CLOUD:
        hint = tr("QFieldCloud tries to connect to a PostgreSQL service that is not available. Create a pgservice "
                  "secret for it so QFieldCloud can connect to the PostGIS service.")
    elif defined:
        hint = tr("The service is defined in your pg_service.conf, but its database refused or did not answer: "
                  "check its host, port, database name and credentials.")
    else:
        hint = tr("The service is not defined in any pg_service.conf this computer reads ({files}). Define it "
                  "there (or point PGSERVICEFILE at the right file).").format(
            files=", ".join(str(path) for path in service_file_candidates()))
    return Finding("service_unreachable", ERROR,
                   tr('Unable to connect to service "{service}".').format(service=service), hint, layer_id=layer_id)


def host_finding(layer_id: str, host: str, target: str) -> Finding:
    """The seed's ``Unable to connect to host "{HOST}".`` (``"localhost"`` for this machine) with advice."""
    if is_loopback_host(host):
        hint = (
            tr("The layer connects to a database/service on your local machine. Either remove that layer or "
               "replace it with a layer source accessible by QFieldCloud.")
            if target == TARGET_CLOUD
            else tr("The database/service on this machine is not running or refuses the connection.")
        )
        return Finding("localhost_unreachable", ERROR, tr('Unable to connect to host "localhost".'), hint,
                       layer_id=layer_id)
    if target == TARGET_CLOUD and is_local_host(host):
        hint = tr("The host is a local or private network address that QFieldCloud cannot reach from the "
                  "internet. Use a publicly reachable host, or replace the layer.")
    elif target == TARGET_CLOUD:
        hint = tr("Your service is not accessible from the QFieldCloud server. You might need to ask your IT "
                  "department to whitelist the QFieldCloud IP.")
    else:
        hint = tr("This machine cannot reach the host: check its name, the network or VPN, and that the server runs.")
    return Finding("host_unreachable", ERROR, tr('Unable to connect to host "{host}".').format(host=host), hint,
                   layer_id=layer_id)


def connection_finding(layer_id: str, info: SourceInfo, target: str, local_services: Collection[str] = ()) -> Finding:
    """The seed's message for a database or web source that cannot be reached."""
    if info.service and not info.host:
        return service_finding(layer_id, info.service, target, local_services)
    return host_finding(layer_id, info.host or strip_credentials(info.url), target)


def cloud_findings(layer: QgsMapLayer, info: SourceInfo, project_dir: Path, secret_services: Collection[str],
                   local_services: Collection[str]) -> List[Finding]:
    """What QFieldCloud cannot open although this machine can."""
    found: List[Finding] = []
    if info.is_file and info.path is not None and not is_inside(info.path, project_dir):
        found.append(missing_file_finding(layer.id(), info.path, project_dir))
    if info.host and is_local_host(info.host):
        found.append(connection_finding(layer.id(), info, TARGET_CLOUD))
    if info.service and info.service not in secret_services:
        found.append(service_finding(layer.id(), info.service, TARGET_CLOUD, local_services))
    if info.authcfg:
        found.append(local_authcfg_finding(layer.id(), info))
    return found


def local_authcfg_finding(layer_id: str, info: SourceInfo) -> Finding:
    """Credentials kept in this computer's QGIS authentication database, which QFieldCloud cannot read."""
    if info.provider == "postgres":
        hint = tr("QFieldCloud cannot use it. Store the credentials in a pgservice secret instead.")
    else:
        hint = tr("QFieldCloud cannot read this computer's authentication database, so the layer will not open there.")
    return Finding(
        "local_authcfg", ERROR,
        tr('The layer uses the authentication configuration "{id}", which lives only in this computer\'s QGIS '
           "authentication database.").format(id=info.authcfg), hint, layer_id=layer_id)


def plain_password_finding(layer_id: str, info: SourceInfo) -> Finding:
    """A password saved in clear text in the project file."""
    if info.provider == "postgres":
        hint = tr("The password is saved in the project file and uploaded with it. Move host, database, user and "
                  "password into a pg_service entry, add it to the project as a pgservice secret "
                  "(python -m qfieldsync_plus secrets set PROJECT NAME --type pgservice), and change the layer to "
                  "service=<name> without user or password: the secret stays encrypted in the QGIS authentication "
                  "database, jobs receive it, and QFieldCloud can resolve it (an authcfg it cannot).")
    else:
        hint = tr("Anyone who gets the project file can read it: use an account that may only read this service.")
    return Finding("plain_password", WARNING, tr("The layer's data source stores a password in clear text."), hint,
                   layer_id=layer_id)


def locked_authcfg_finding(layer_id: str, authcfg: str) -> Finding:
    """The layer's credentials are in the QGIS authentication database, which was locked when the job started."""
    return Finding(
        "authcfg_locked", ERROR,
        tr('The layer needs the authentication configuration "{id}", and the QGIS authentication database was '
           "locked when the job started.").format(id=authcfg),
        tr("Unlock the QGIS authentication database (enter its master password) and run the job again."),
        layer_id=layer_id)


def layer_findings(layer: QgsMapLayer, info: SourceInfo, project_dir: Path, target: str,
                   secret_services: Collection[str], local_services: Collection[str],
                   written_source: str = "", locked_authcfgs: Collection[str] = ()) -> List[Finding]:
    """Every finding for one layer, for ``target`` (local or cloud). ``locked_authcfgs``: the stored
    authentication configurations the job could not receive (the database was locked)."""
    found: List[Finding] = []
    if error_code(layer, written_source) == LOCALIZED_DATAPROVIDER:
        found.append(localized_finding(layer.id(), written_source or layer.source(), target))
    elif not layer.isValid():
        if info.authcfg and info.authcfg in locked_authcfgs:
            found.append(locked_authcfg_finding(layer.id(), info.authcfg))
        elif info.is_file and info.path is not None and not info.path.exists():
            found.append(missing_file_finding(layer.id(), info.path, project_dir))
        elif info.is_remote and (info.host or info.service or info.url):
            found.append(connection_finding(layer.id(), info, target, local_services))
    elif target == TARGET_CLOUD:
        found += cloud_findings(layer, info, project_dir, secret_services, local_services)
    if has_plain_password(layer.source()):
        found.append(plain_password_finding(layer.id(), info))
    return found


def relative_source(source: str, project_dir: Path) -> str:
    """``source`` with the project folder written as ``./`` (as QFieldCloud shows it)."""
    prefix = str(project_dir).rstrip("/\\") + "/"
    return "./" + source[len(prefix):] if source.startswith(prefix) else source


def _primary_key_names(layer: QgsMapLayer) -> Optional[str]:
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    fields = layer.fields()
    names = [fields.at(i).name() for i in layer.primaryKeyAttributes() if 0 <= i < fields.count()]
    return ",".join(names) if names else ("fid" if layer.providerType() == "ogr" else None)


def layer_data(layer: QgsMapLayer, project_dir: Path, target: str = TARGET_LOCAL,
               secret_services: Collection[str] = (), local_services: Collection[str] = (),
               written_source: str = "", locked_authcfgs: Collection[str] = (),
               info: Optional[SourceInfo] = None) -> Dict[str, Any]:
    """One layer's entry of ``layers_by_id`` (QFieldCloud's keys plus status/message/hint/findings).

    ``written_source`` is the layer's data source as the project file writes it: the only trace
    of an unresolved ``localized:`` path, reported as QFieldCloud does (``localized_dataprovider``).
    ``info``: the layer's source as :func:`source_info` reads it, when the caller has it already.
    """
    info = info or source_info(layer, project_dir)
    code = error_code(layer, written_source)
    findings = layer_findings(layer, info, project_dir, target, secret_services, local_services, written_source,
                              locked_authcfgs)
    blocking = [f for f in findings if f.severity == ERROR]
    if code == NO_ERROR and blocking:
        code = INVALID_DATAPROVIDER  # what the cloud will report for this target
    provider = layer.dataProvider()
    is_vector = isinstance(layer, QgsVectorLayer)
    pk_names = _primary_key_names(layer)
    data = {
        "id": layer.id(),
        "name": layer.name(),
        "crs": layer.crs().authid() if layer.crs().isValid() else None,
        "type": int(layer.type()),
        "type_name": type(layer).__name__,
        "wkb_type": int(layer.wkbType()) if is_vector else None,
        "is_valid": layer.isValid(),
        "datasource": strip_credentials(relative_source(layer.source(), project_dir)),
        "filename": info.path.name if info.path else None,
        "provider_name": layer.providerType(),
        "error_code": code,
        "error_summary": _messages(layer.error()),
        "error_message": _messages(layer.error()),
        "provider_error_summary": _provider_messages(provider, code, blocking),
        "provider_error_message": _provider_messages(provider, code, blocking),
        "is_localized": is_localized(written_source or layer.source()),
        "qfs_action": layer.customProperty("QFieldSync/action"),
        "qfs_cloud_action": layer.customProperty("QFieldSync/cloud_action"),
        "qfs_photo_naming": layer.customProperty("QFieldSync/photo_naming"),
        "qfs_is_geometry_locked": layer.customProperty("QFieldSync/is_geometry_locked"),
        "qfc_source_data_pk_name": pk_names,
        "qfs_unsupported_source_pk": bool(is_vector and info.is_remote and pk_names and "," in pk_names),
        "status": status_for(code),
        "message": blocking[0].message if blocking else (_messages(layer.error()) if code != NO_ERROR else ""),
        "hint": blocking[0].hint if blocking else "",
        "findings": [f.to_dict() for f in findings],
    }
    if blocking:  # for showing them translated (the desktop): their templates and parameters
        data.update(template_fields("message", blocking[0].message, strip_credentials))
        data.update(template_fields("hint", blocking[0].hint, strip_credentials))
    if code == LOCALIZED_DATAPROVIDER:  # as QFieldCloud: the project file's source, no provider name
        source = written_source or layer.source()
        own = _messages(provider.error()) if provider is not None else ""
        data.update(datasource=strip_credentials(source), filename=localized_filename(source), provider_name=None,
                    provider_error_summary=own, provider_error_message=own)
    return data
