"""QgsTask wrappers: jobs run in the QGIS task manager, with progress and cancel."""
