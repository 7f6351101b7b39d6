"""Layer and project checks: plain functions returning findings with status, message and hint."""
