"""A database of hostile articles: markup, scripts, ``javascript:`` links and event handlers in the text, in
entity and place names, quotes, titles, outlets and URLs — each of which would, if a page printed it
unescaped, set ``window.pwned``, change the page title or open a dialog."""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Article
from newsgraph.store import Store
from tests.store.factory import MUNIR, Ent, Ev, build

SCRIPT = "<script>window.pwned=1;document.title='pwned'</script>"
EVIL_ORG = Ent("<b onmouseover=\"window.pwned=2\">Evil</b> <img src=x onerror=\"window.pwned=3\">Corp", "ORG")
EVIL_PLACE = Ent("\"><svg onload=\"window.pwned=4\">", "GPE")
EVIL_PERSON = Ent("Jane <iframe src=\"javascript:parent.pwned=5\"></iframe>Doe", "PERSON")
QUOTE = "We <i>agree</i><script>alert('pwned')</script>,"


def hostile_articles() -> list[Article]:
    """Two hostile articles sharing their people (so they link: dossiers, events, graph, map)."""
    text = (f"{SCRIPT} Gen Asim Munir met {EVIL_ORG.name} and {EVIL_PERSON.name} in {EVIL_PLACE.name} on "
            f"Thursday. Click <a href=\"javascript:window.pwned=6\">here</a>. \"{QUOTE}\" Munir said.")
    first = build(text, ents=[MUNIR, EVIL_ORG, EVIL_PERSON, EVIL_PLACE], timexes=[("Thursday", "2023-12-14")],
                  quotes=[(QUOTE, "Munir", "say")],
                  events=[Ev("met", participants=[("Asim Munir", "actor"), (EVIL_ORG.name, "recipient"),
                                                  (EVIL_PERSON.name, "participant")],
                             when="Thursday", place=EVIL_PLACE.name)],
                  published="2023-12-15", source="<script>window.pwned=7</script>Daily")
    first.title = "<img src=x onerror=\"window.pwned=8\">Talks"
    first.url = "javascript:window.pwned=9;void(0)"
    text2 = (f"{EVIL_PERSON.name} spoke with Gen Asim Munir by phone on Friday about {EVIL_ORG.name}. "
             "</textarea></title><style>body{display:none}</style>")
    second = build(text2, ents=[EVIL_PERSON, MUNIR, EVIL_ORG], timexes=[("Friday", "2023-12-15")],
                   events=[Ev("spoke", mode="phone", participants=[(EVIL_PERSON.name, "actor"),
                                                                   ("Asim Munir", "recipient")],
                              when="Friday")],
                   published="2023-12-16", source="Other <b>Outlet</b>")
    return [first, second]


def hostile_db(path: Path) -> Path:
    """A SQLite database holding the hostile articles."""
    with Store.open(path) as store:
        for art in hostile_articles():
            assert store.write_article(art)
    return path
