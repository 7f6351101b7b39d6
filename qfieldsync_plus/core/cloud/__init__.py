"""QFieldCloud: a small REST client, sign-in, uploader, job mirror, deltas and downloads.

The client is written on Python's standard library (http.client) rather than on the bundled
qfieldcloud-sdk: see ``transport.py`` for why.
"""
