"""QFieldCloud: a small REST client, sign-in, uploader, job mirror, deltas and downloads.

The client talks through QGIS's network stack (QgsNetworkAccessManager) rather than the bundled
qfieldcloud-sdk: see ``transport.py`` for why.
"""
