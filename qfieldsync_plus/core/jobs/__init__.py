"""Job records, the workflow/step engine, feedback, and one module per job type."""
