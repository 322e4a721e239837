"""Evaluation: gold formats, corpus readers and scorers behind the eval gates and ``newsgraph eval``."""
