"""The REST API (FastAPI) and the server that also serves the web pages: ``newsgraph serve``.

>>> from newsgraph.api import create_app
>>> callable(create_app)
True
"""

from newsgraph.api.app import create_app

__all__ = ["create_app"]
