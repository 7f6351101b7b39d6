"""Cable synchronization: field edits in a device copy of a package come home as deltas."""
