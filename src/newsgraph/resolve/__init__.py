"""Resolution: within-article coreference, cross-article identity of entities, merging of event reports."""
