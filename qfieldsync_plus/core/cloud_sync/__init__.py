"""The cloud use cases the dock, the CLI and Processing share: check then upload, download, pull
deltas, mirror and watch jobs. ``core.cloud`` is the client only; the runner is driven from here."""
