"""Readers of the evaluation corpora; each turns a corpus document into text with character offsets."""
