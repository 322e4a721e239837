"""Extraction of facts from a parsed article: one module per fact kind (entities, time, quotes, events)."""
