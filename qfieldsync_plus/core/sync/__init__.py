"""Synchronize from QField by cable: field edits and attachments come home."""
