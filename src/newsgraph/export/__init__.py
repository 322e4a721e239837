"""Exports of what a store holds: the JSON contract (:mod:`newsgraph.export.json`), and other formats.

>>> from newsgraph.export import article_record
>>> from newsgraph.model import Article
>>> article_record(Article.new("Hello."))["language"]
'en'
"""

from newsgraph.export.json import article_record, export_store, write_records

__all__ = ["article_record", "export_store", "write_records"]
