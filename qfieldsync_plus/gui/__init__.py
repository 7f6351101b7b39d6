"""Widgets: the jobs dock, the configuration pages, dialogs. Wiring only; the work is in core."""
