"""newsgraph: who met whom, who said what, what happened where and when, with evidence.

>>> from newsgraph import Article
>>> Article.new("Gen Asim Munir met Antony Blinken.").language
'en'
"""

from newsgraph.errors import NewsgraphError
from newsgraph.model import SCHEMA_VERSION, Article, Entity, Event, Mention, Quote, Timex

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "Entity", "Event", "Mention", "NewsgraphError", "Quote", "Timex",
           "__version__"]
