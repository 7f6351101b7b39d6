"""QField deltas: deltafile validation, the apply engine, conflicts, journal and delta log."""
