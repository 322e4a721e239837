"""Ingestion: files, folders and streams read into :class:`~newsgraph.model.Article` values.

Nothing else in newsgraph touches file formats. Readers are lazy and report bad inputs as
:class:`~newsgraph.errors.InputError` values; :mod:`newsgraph.ingest.run` feeds what they read through the
pipeline into a :class:`~newsgraph.store.Store`.

>>> from newsgraph.ingest import read_paths
>>> [str(x) for x in read_paths(["missing.txt"])]
['missing.txt: no such file or directory']
"""

from newsgraph.ingest.language import detect_language
from newsgraph.ingest.readers import Item, read_file, read_path, read_paths, read_stream
from newsgraph.ingest.records import Overrides, normalize_published

__all__ = ["Item", "Overrides", "detect_language", "normalize_published", "read_file", "read_path",
           "read_paths", "read_stream"]
