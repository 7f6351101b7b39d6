"""Offline conversion for QField: layer actions, the data.gpkg writer, file copies, project rewrite."""
