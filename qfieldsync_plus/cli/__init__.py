"""The command line: one module per command group, each calling the same core functions as the GUI."""
