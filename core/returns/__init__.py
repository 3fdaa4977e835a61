"""Province returns: figures, snapshots, template mappings and consolidation."""
