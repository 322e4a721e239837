"""Cross-article resolution while an article is written: blocking queries, then the pure decisions.

For each local entity the store fetches candidate global entities (same type, a shared blocking key:
``entity_keys`` holds every key of every entity linked so far, ``entity_facets`` the titles, organisations
and co-occurring entities gathered for each) and asks :func:`newsgraph.resolve.identity.link_entity`; for
each local event it fetches candidate global events (same type, a shared participant or the place -- for
violence and coercion the type alone -- dates near; :func:`newsgraph.resolve.events.is_candidate`) and
asks :func:`newsgraph.resolve.events.merge_event`.
New global rows get ids derived from where they were first seen (``E`` / ``V`` + 12 hex digits of the
hash of article id and local id), so rebuilding a database from the same inputs in the same order gives the
same ids. Everything here runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields

from newsgraph.model import Article, Entity, Event
from newsgraph.resolve import event_dates, event_parties, identity
from newsgraph.resolve import events as event_res
from newsgraph.resolve.identity_types import candidate_types
from newsgraph.store.backend import Backend, Row, placeholders


@dataclass(frozen=True, slots=True)
class Linked:
    """A local fact's global id, with the reason and score of the decision."""

    global_id: str
    reason: str
    score: float


def new_id(prefix: str, article_id: str, local_id: str) -> str:
    """A global id for a row first seen as ``local_id`` in an article.

    >>> new_id("E", "22186985d1c5b4ba", "e1")
    'Ef011bbb68d85'
    """
    return prefix + hashlib.sha256(f"{article_id}/{local_id}".encode()).hexdigest()[:12]


def fresh_id(prefix: str, article_id: str, local_id: str, taken: AbstractSet[str] = frozenset()) -> str:
    """:func:`new_id`, unless ``taken`` holds it: a re-processed article whose old fact made a global row
    that other articles still use (:mod:`newsgraph.store.reprocess`) needs another id for a new one.

    >>> fresh_id("E", "22186985d1c5b4ba", "e1") == new_id("E", "22186985d1c5b4ba", "e1")
    True
    >>> fresh_id("E", "22186985d1c5b4ba", "e1", {"Ef011bbb68d85"}) == new_id("E", "22186985d1c5b4ba", "e1#2")
    True
    """
    gid, n = new_id(prefix, article_id, local_id), 2
    while gid in taken:
        gid, n = new_id(prefix, article_id, f"{local_id}#{n}"), n + 1
    return gid


#: Tuple fields of :class:`~newsgraph.resolve.identity.LocalEntity` (besides ``names``) that are gathered
#: per global entity (``entity_facets``) and handed back in the same-named :class:`Candidate` field.
FACETS: tuple[str, ...] = tuple(
    f.name for f in fields(identity.LocalEntity)
    if f.name != "names" and f.name in {c.name for c in fields(identity.Candidate)}
    and str(f.type).startswith("tuple[str"))


def _entity_candidates(db: Backend, types: tuple[str, ...], keys: frozenset[str],
                       context: tuple[str, ...] = (), unwritten: _Unwritten | None = None
                       ) -> list[identity.Candidate]:
    """Global entities of the ``types`` (:func:`newsgraph.resolve.identity_types.candidate_types`) that share
    one of the blocking ``keys`` (names and index keys), with the rows ``unwritten`` holds written first when
    they could change the answer.

    Of a candidate's context words (which grow with every article that names it) only those in the local
    entity's ``context`` are read: linking compares the two sets and needs no more than what they share."""
    if not keys:
        return []
    if unwritten is not None and not unwritten.key_set.isdisjoint(keys):
        unwritten.flush(db)
    ks = sorted(keys)
    rows = db.query(
        f"SELECT id, name, type, country, wikidata FROM entities WHERE type IN ({placeholders(len(types))}) "
        f"AND id IN (SELECT entity_id FROM entity_keys WHERE key IN ({placeholders(len(ks))})) ORDER BY id",
        [*types, *ks])
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    if unwritten is not None and not unwritten.entity_ids.isdisjoint(ids):
        unwritten.flush(db)
    names: dict[str, list[str]] = {i: [] for i in ids}
    for a in db.query(f"SELECT entity_id, alias FROM entity_aliases WHERE kind = 'NAM' AND entity_id IN "
                      f"({placeholders(len(ids))}) ORDER BY alias", ids):
        names[a["entity_id"]].append(a["alias"])
    facets: dict[str, dict[str, list[str]]] = {i: {k: [] for k in FACETS} for i in ids}
    words = sorted(set(identity.context_lookup(context)))
    cond = f"kind <> 'context' OR value IN ({placeholders(len(words))})" if words else "kind <> 'context'"
    for f in db.query(f"SELECT entity_id, kind, value FROM entity_facets WHERE entity_id IN "
                      f"({placeholders(len(ids))}) AND ({cond}) ORDER BY kind, value", [*ids, *words]):
        facets[f["entity_id"]].setdefault(f["kind"], []).append(f["value"])
    seen = {r["entity_id"]: int(r["n"]) for r in db.query(
        f"SELECT entity_id, COUNT(DISTINCT article_id) AS n FROM article_entities WHERE entity_id IN "
        f"({placeholders(len(ids))}) GROUP BY entity_id", ids)}
    return [identity.Candidate(id=r["id"], name=r["name"], type=r["type"], names=tuple(names[r["id"]]),
                               country=r["country"], wikidata=r["wikidata"], articles=seen.get(r["id"], 0),
                               **{k: tuple(v) for k, v in facets[r["id"]].items() if k in FACETS})
            for r in rows]


def _aliases(local: identity.LocalEntity, entity: Entity, article: Article,
             pronouns: AbstractSet[str]) -> list[tuple[str, str]]:
    """(alias, kind) pairs a local entity adds to its global entity: names and descriptions, none of the
    article's ``pronouns`` (:func:`_pronouns`)."""
    out: list[tuple[str, str]] = [(n, "NAM") for n in local.names]
    for mid in entity.mentions:
        m = article.mention(mid)
        if m is not None and m.kind == "NOM":
            out.append((m.text, "NOM"))
    known = {a for a, _ in out}
    out += [(a, "NAM" if a[:1].isupper() else "NOM") for a in entity.aliases if a not in known]
    return [(a, k) for a, k in out if a not in pronouns]


class _Unwritten:
    """The alias, key and facet rows of an article's entities not yet written (one ``executemany`` per table
    for the article instead of three per entity).

    A later entity of the article may be linked to what an earlier one wrote: before its candidates are read,
    :func:`_entity_candidates` writes the rows out (:meth:`flush`) when they could change what it reads (a
    blocking key it looks up, or an entity among the candidates found). Rows are written in the order they
    were made, so ``ON CONFLICT DO NOTHING`` keeps the same first row."""

    def __init__(self, pronouns: AbstractSet[str] = frozenset()) -> None:
        self.pronouns = pronouns  # the article's pronoun texts: no alias (:func:`_aliases`)
        self._reset()

    def _reset(self) -> None:
        self.aliases: list[tuple[str, str, str, str]] = []
        self.keys: list[tuple[str, str]] = []
        self.facets: list[tuple[str, str, str]] = []
        self.key_set: set[str] = set()
        self.entity_ids: set[str] = set()

    def flush(self, db: Backend) -> None:
        """Write the rows held (aliases, keys, facets) and forget them."""
        db.execute_many("INSERT INTO entity_aliases (entity_id, norm_alias, alias, kind) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING", self.aliases)
        db.execute_many("INSERT INTO entity_keys (entity_id, key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        self.keys)
        db.execute_many("INSERT INTO entity_facets (entity_id, kind, value) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING", self.facets)
        self._reset()


def _pronouns(article: Article) -> frozenset[str]:
    """The texts of an article's pronoun mentions, read once per article (no alias of its entities)."""
    return frozenset(m.text for m in article.mentions if m.kind == "PRO")


def _save_entity(db: Backend, gid: str, local: identity.LocalEntity, entity: Entity, article: Article,
                 reason: str, now: str, is_new: bool, unwritten: _Unwritten) -> None:
    """Create a global entity, or fill its missing attributes; then hold its aliases, keys and facets for
    :meth:`_Unwritten.flush`."""
    sector = getattr(local, "sector", None) or entity.sector
    if is_new:
        db.execute("INSERT INTO entities (id, name, norm_name, type, country, sector, wikidata, link_reason, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (gid, local.name, identity.normalize_name(local.name), local.type, local.country, sector,
                    local.wikidata, reason, now))
    elif local.country is not None or sector is not None or local.wikidata is not None:  # else no change
        db.execute("UPDATE entities SET country = COALESCE(country, ?), sector = COALESCE(sector, ?), "
                   "wikidata = COALESCE(wikidata, ?) WHERE id = ?",
                   (local.country, sector, local.wikidata, gid))
    keys = sorted(identity.blocking_keys(local))
    aliases = _aliases(local, entity, article, unwritten.pronouns)
    unwritten.aliases += [(gid, norm, alias, kind) for alias, kind in aliases
                          if (norm := identity.normalize_name(alias))]
    unwritten.keys += [(gid, key) for key in keys]
    unwritten.facets += [(gid, facet, value) for facet in FACETS for value in getattr(local, facet)]
    unwritten.key_set.update(keys)
    unwritten.entity_ids.add(gid)


def _make_person(db: Backend, entity_id: str, name: str) -> None:
    """A global entity the tagger had typed otherwise becomes a person named as the person joining it
    (:func:`newsgraph.resolve.identity.becomes_person`: "Antony Blinken" joining "Blinken")."""
    db.execute("UPDATE entities SET type = 'PERSON', name = ?, norm_name = ? WHERE id = ?",
               (name, identity.normalize_name(name), entity_id))


def link_entities(db: Backend, article: Article, now: str,
                  taken: AbstractSet[str] = frozenset()) -> dict[str, Linked]:
    """Link every local entity of an article to a global entity (creating new ones, with ids not in
    ``taken``: :func:`fresh_id`); local id -> link.

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.examples import example_article
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> links = link_entities(db, example_article(), "2024-01-01T00:00:00+00:00")
    >>> links["e1"].reason, links["e1"].global_id == new_id("E", example_article().id, "e1")
    ('new PERSON: no known entity with this name', True)
    """
    out: dict[str, Linked] = {}
    named = identity.named_entities(article)
    unwritten = _Unwritten(_pronouns(article))
    for entity in article.entities:
        local = identity.local_entity(entity, article, named)
        types = candidate_types(local.type, local.name)
        cands = _entity_candidates(db, types, identity.blocking_keys(local), local.context, unwritten)
        link = identity.link_entity(local, cands)
        joined = next((c for c in cands if c.id == link.entity_id), None)
        if joined is not None and joined.type != local.type and identity.becomes_person(joined.name, local):
            _make_person(db, joined.id, local.name)
        gid = link.entity_id or fresh_id("E", article.id, entity.id, taken)
        _save_entity(db, gid, local, entity, article, link.reason, now, link.entity_id is None, unwritten)
        out[entity.id] = Linked(gid, link.reason, link.score)
    unwritten.flush(db)
    return out


def event_days(value: str | None, event: Event | None = None) -> tuple[str | None, str | None]:
    """The first and last ISO day a date value covers (else the event's begin/end say)."""
    bounds = event_res.date_bounds(value)
    if bounds is None and event is not None and event.date is not None:
        lo, hi = event_res.date_bounds(event.date.begin), event_res.date_bounds(event.date.end)
        bounds = (lo[0], hi[1]) if lo and hi else None
    return (bounds[0].isoformat(), bounds[1].isoformat()) if bounds else (None, None)


#: An article's reports linked so far, by global event id (not yet in ``event_reports``).
Pending = dict[str, list[event_res.EventReport]]


def event_keys(words: Iterable[str], counts: Iterable[tuple[str, int]]) -> list[str]:
    """The ``event_keys`` of wording and tolls: ``w:`` + content word, ``t:`` + toll kind + ``:`` + number.

    >>> event_keys({"bomb"}, {("killed", 3)})
    ['t:killed:3', 'w:bomb']
    """
    return sorted([f"w:{w}" for w in words] + [f"t:{k}:{n}" for k, n in counts])


def _undated_alike(report: event_res.EventReport) -> tuple[str, list[object]]:
    """The undated events of the report's type it could be without sharing a participant or the place: those
    sharing a toll or ``WORDS_SHARED_UNDATED`` content words (found by ``event_keys``), and those stored
    before events kept their wording (compared as before)."""
    tolls, words = event_keys((), report.counts), event_keys(report.words, ())
    alike: list[str] = ["e.words IS NULL"]
    args: list[object] = []
    if tolls:
        alike.append(f"e.id IN (SELECT event_id FROM event_keys WHERE key IN ({placeholders(len(tolls))}))")
        args += tolls
    if len(words) >= event_res.WORDS_SHARED_UNDATED:
        alike.append(f"e.id IN (SELECT event_id FROM event_keys WHERE key IN ({placeholders(len(words))}) "
                     "GROUP BY event_id HAVING COUNT(*) >= ?)")
        args += [*words, event_res.WORDS_SHARED_UNDATED]
    return f"e.first_day IS NULL AND ({' OR '.join(alike)})", args


def _blocked(db: Backend, report: event_res.EventReport) -> list[Row]:
    """Global events of the report's type that :func:`newsgraph.resolve.events.merge_event` could accept
    (the rows :func:`newsgraph.resolve.events.is_candidate` keeps, found by index).

    Within the date window (:func:`newsgraph.resolve.events.search_days`): those sharing a participant or
    the place (violence and coercion: any of the type). Without a date on one side, only violence and
    coercion can still be one event: an undated report is compared with the events sharing a participant or
    the place, and with the undated events of its type that share a toll or enough wording; a dated one also
    with the undated events sharing a participant or the place."""
    material = report.type in event_res.MATERIAL_CONFLICT
    undated_alike = material or report.type in event_res.LEGAL
    days = event_res.search_days(report)
    yearless = event_dates.is_yearless(report.date)
    if days is None and not undated_alike and not yearless:
        return []
    parts = sorted(report.participants)
    linked = [f"e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN "
              f"({placeholders(len(parts))}))"] if parts else []
    linked += ["e.place_entity_id = ?"] if report.place else []
    link_args: list[object] = [*parts, *([report.place] if report.place else [])]
    link = f"({' OR '.join(linked)})" if linked else ""
    conds: list[str] = []
    params: list[object] = [report.type]
    window = "e.last_day >= ? AND e.first_day <= ?"
    if days is not None and (material or link):
        conds.append(window if material else f"{link} AND {window}")
        params += ([] if material else link_args) + [days[0].isoformat(), days[1].isoformat()]
    if days is None and link:
        conds.append(link)
        params += link_args
    if material and days is None:
        cond, args = _undated_alike(report)
        conds.append(cond)
        params += args
    elif undated_alike and link:
        conds.append(f"{link} AND e.first_day IS NULL")
        params += link_args
    if days is not None or yearless:
        cond, args = _yearless_days(report, days)
        conds.append(cond if material or not link else f"{link} AND {cond}")
        params += args if material or not link else [*link_args, *args]
    if not conds:
        return []
    return db.query("SELECT e.id, e.type, e.mode, e.date_value, e.place_entity_id, e.place_name, e.reports, "
                    "e.modality, "
                    "e.words, e.tolls, e.outlets "
                    f"FROM events e WHERE e.type = ? AND ({' OR '.join(conds)}) ORDER BY e.id", params)


def _yearless_days(report: event_res.EventReport,
                   days: tuple[dt.date, dt.date] | None) -> tuple[str, list[object]]:
    """The condition on events of a date without a year, or of the days a report's yearless date names in
    any year (:mod:`newsgraph.resolve.event_dates`): a dated report's window as yearless days and months; a
    yearless report's month and day, within the window, as the month-days of dated events and as yearless
    values."""
    if days is not None:
        values = event_dates.yearless_window(days)
        values += sorted({v[:7] for v in values})
        return f"e.first_day IS NULL AND e.date_value IN ({placeholders(len(values))})", [*values]
    mds = event_dates.month_days(report.date or "", event_res.WINDOW_DAYS,
                                 event_res.WINDOW_DAYS + event_dates.FALLBACK_DAYS)
    values = [f"XXXX-{md}" for md in mds] + sorted({f"XXXX-{md[:2]}" for md in mds})
    return (f"(SUBSTR(e.first_day, 6, 5) IN ({placeholders(len(mds))}) OR (e.first_day IS NULL AND "
            f"e.date_value IN ({placeholders(len(values))})))", [*mds, *values])


#: Per global event: participants, outlets, tolls and content words of its reports' evidence.
Details = tuple[set[str], set[str], set[tuple[str, int]], set[str]]


def _details(db: Backend, rows: list[Row]) -> dict[str, Details]:
    """Per global event: participants, outlets, tolls and the content words of every report's evidence
    (kept on the event since schema version 8; read from its reports for an event stored before)."""
    ids = [str(r["id"]) for r in rows]
    out: dict[str, Details] = {i: (set(), set(), set(), set()) for i in ids}
    for p in db.query(f"SELECT event_id, entity_id FROM event_participants WHERE event_id IN "
                      f"({placeholders(len(ids))})", ids):
        out[p["event_id"]][0].add(p["entity_id"])
    for gid, (outlets, counts, words) in _evidence(db, rows).items():
        out[gid][1].update(outlets)
        out[gid][2].update(counts)
        out[gid][3].update(words)
    return out


Evidence = tuple[set[str], set[tuple[str, int]], set[str]]


def _evidence(db: Backend, rows: list[Row]) -> dict[str, Evidence]:
    """Per event row: the outlets, tolls and evidence words it keeps (read from its reports when it keeps
    none: stored before schema version 8)."""
    out: dict[str, Evidence] = {}
    for r in rows:
        if r["words"] is not None:
            out[str(r["id"])] = ({str(o) for o in json.loads(r["outlets"] or "[]")},
                                 {(str(k), int(n)) for k, n in json.loads(r["tolls"] or "[]")},
                                 set(r["words"].split()))
    legacy = [str(r["id"]) for r in rows if r["words"] is None]
    out.update(_from_reports(db, legacy) if legacy else {})
    return out


def _from_reports(db: Backend, ids: list[str]) -> dict[str, Evidence]:
    """Outlets, tolls and evidence words of events, gathered from their reports (each one's evidence read
    out of its article's text): events stored before the event kept them."""
    out: dict[str, Evidence] = {i: (set(), set(), set()) for i in ids}
    for r in db.query(f"SELECT r.event_id, r.counts, a.source, "
                      f"SUBSTR(a.text, r.start_char + 1, r.end_char - r.start_char) AS evidence "
                      f"FROM event_reports r JOIN articles a ON a.id = r.article_id "
                      f"WHERE r.event_id IN ({placeholders(len(ids))})", ids):
        outlets, counts, words = out[r["event_id"]]
        if r["source"]:
            outlets.add(r["source"])
        counts |= {(k, int(n)) for k, n in json.loads(r["counts"] or "{}").items()}
        words |= event_res.content_words(r["evidence"] or "")
    return out


def kept_evidence(outlets: set[str], counts: set[tuple[str, int]], words: set[str]) -> tuple[str, str, str]:
    """The event's kept evidence as column values: words space-separated, tolls and outlets as JSON."""
    return (" ".join(sorted(words)), json.dumps(sorted([k, n] for k, n in counts)),
            json.dumps(sorted(outlets)))


def _targets(db: Backend, ids: list[str]) -> dict[str, set[str]]:
    """Per global event: the name keys of the people named among its recipients (what
    ``EventReport.targets`` holds: :func:`newsgraph.resolve.events.name_key`), a named one being one that
    identity did not keep to its article as unnamed."""
    out: dict[str, set[str]] = {}
    for r in db.query("SELECT p.event_id, n.name FROM event_participants p "
                      "JOIN entities n ON n.id = p.entity_id "
                      f"WHERE p.event_id IN ({placeholders(len(ids))}) AND p.role = 'recipient' "
                      "AND n.type = 'PERSON' AND (n.link_reason IS NULL OR n.link_reason NOT LIKE ?)",
                      [*ids, f"%{identity.UNNAMED}"]):
        out.setdefault(r["event_id"], set()).add(event_res.name_key(r["name"]))
    return out


def _parties(db: Backend, ids: list[str]) -> dict[str, list[event_parties.Party]]:
    """Per global event: its participants that are global entities of ``event_parties.PARTY_TYPES``, as the
    rows :func:`newsgraph.resolve.event_parties.read_parties` reads into what ``EventReport.attributes``,
    ``senders`` and ``sites`` hold (in-memory merging reads an article's entities with it alike)."""
    out: dict[str, list[event_parties.Party]] = {}
    kinds = sorted(event_parties.PARTY_TYPES)
    for r in db.query("SELECT p.event_id, p.entity_id, p.role, n.name, n.type, n.country "
                      "FROM event_participants p JOIN entities n ON n.id = p.entity_id "
                      f"WHERE p.event_id IN ({placeholders(len(ids))}) "
                      f"AND n.type IN ({placeholders(len(kinds))})", [*ids, *kinds]):
        out.setdefault(r["event_id"], []).append(
            event_parties.Party(r["entity_id"], r["role"], r["type"], r["name"], r["country"]))
    return out


def _event_candidates(db: Backend, report: event_res.EventReport, pending: Pending
                      ) -> tuple[list[event_res.EventCandidate], dict[str, tuple[bool, bool]]]:
    """The candidates of a report: blocked in SQL, then kept by the one blocking predicate
    (:func:`newsgraph.resolve.events.is_candidate`) the in-memory index uses too; with the date kinds of
    every blocked event (:func:`_date_kinds`), which merging into one of them reuses."""
    rows = _blocked(db, report)
    ids = [str(r["id"]) for r in rows]
    details = _details(db, rows) if rows else {}
    targets = _targets(db, ids) if rows else {}
    parties = _parties(db, ids) if rows else {}
    kinds = _date_kinds(db, ids, pending) if rows else {}
    out: list[event_res.EventCandidate] = []
    for r in rows:
        gid = str(r["id"])
        parts, outlets, counts, words = details[gid]
        mine_targets = set(targets.get(gid, ()))
        read = event_parties.read_parties(parties.get(gid, ()), r["place_name"])
        attributes, senders, sites = set(read.attributes), set(read.senders), set(read.sites)
        for mine in pending.get(gid, []):
            mine_targets |= mine.targets
            attributes |= mine.attributes
            senders |= mine.senders
            sites |= mine.sites
            outlets |= {mine.outlet} if mine.outlet else set()
            counts |= mine.counts
            words |= mine.words
        cand = event_res.EventCandidate(
            id=gid, type=r["type"], mode=r["mode"], date=r["date_value"], participants=frozenset(parts),
            place=r["place_entity_id"], reports=int(r["reports"]), modality=r["modality"],
            outlets=frozenset(outlets), counts=frozenset(counts), words=frozenset(words),
            date_carried=kinds[gid] == (False, True), place_name=r["place_name"],
            date_fallback=kinds[gid] == (False, False) and r["date_value"] is not None,
            targets=frozenset(mine_targets), attributes=frozenset(attributes), senders=frozenset(senders),
            sites=frozenset(sites))
        if event_res.is_candidate(report, cand):
            out.append(cand)
    return out, kinds


def _create_event(db: Backend, gid: str, v: Event, report: event_res.EventReport, reason: str,
                  now: str) -> None:
    value = v.date.value if v.date else None
    first, last = event_days(value, v)
    kept = kept_evidence({report.outlet} if report.outlet else set(), set(report.counts), set(report.words))
    db.execute("INSERT INTO events (id, type, mode, date_value, first_day, last_day, place_entity_id, "
               "place_name, modality, confidence, reports, merge_reason, created_at, updated_at, words, "
               "tolls, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
               (gid, v.type, v.mode, value, first, last, report.place, v.place_name, v.modality, v.confidence,
                reason, now, now, *kept))
    _save_keys(db, gid, report.words, report.counts)


def _save_keys(db: Backend, gid: str, words: Iterable[str], counts: Iterable[tuple[str, int]]) -> None:
    """Index an event's wording and tolls by key (``event_keys``), adding to what it has."""
    keys = event_keys(words, counts)
    if keys:
        db.execute_many("INSERT INTO event_keys (key, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [(k, gid) for k in keys])


def _date_kinds(db: Backend, ids: list[str], pending: Pending) -> dict[str, tuple[bool, bool]]:
    """Per global event: whether some report's own sentence dates it (not the publication date, not a date
    carried from another mention), and whether some report carries a date to it."""
    out = {i: (False, False) for i in ids}
    for r in db.query("SELECT event_id, MAX(CASE WHEN date_fallback = 0 AND date_carried = 0 "
                      "AND date_value IS NOT NULL THEN 1 ELSE 0 END) AS stated, MAX(date_carried) AS carried "
                      f"FROM event_reports WHERE event_id IN ({placeholders(len(ids))}) "
                      "GROUP BY event_id", ids):
        out[r["event_id"]] = (bool(r["stated"]), bool(r["carried"]))
    for gid in ids:
        mine = pending.get(gid, [])
        stated = any(r.date and not r.date_fallback and not r.date_carried for r in mine)
        carried = any(r.date and r.date_carried for r in mine)
        out[gid] = (out[gid][0] or stated, out[gid][1] or carried)
    return out


def merged_date(value: str | None, report: event_res.EventReport, kinds: tuple[bool, bool]) -> str | None:
    """An event's date once a report merges in: the narrower date a report's sentence states (a carried date
    stands until one does, a publication date only fills a gap). ``kinds``: whether the event's reports so
    far state a date, carry one (:func:`_date_kinds`).

    >>> from newsgraph.resolve.events import EventReport
    >>> dated = EventReport("CONSULT", None, "2023-12-14", frozenset(), None, False)
    >>> merged_date("2023-12", dated, (True, False)), merged_date("2023-12-20", dated, (False, False))
    ('2023-12-14', '2023-12-14')
    """
    stated, carried = kinds
    if report.date_carried:
        if not stated:
            value = event_res.narrower_date(value, report.date) if carried else report.date
    elif not report.date_fallback:
        value = event_res.narrower_date(value, report.date) if stated else (report.date or value)
    elif not value:
        value = report.date
    return value


def _merge_into(db: Backend, gid: str, v: Event, report: event_res.EventReport, reason: str, now: str,
                kinds: tuple[bool, bool]) -> None:
    """Add a report to a global event: the narrower date a report's sentence states (a carried date stands
    until one does, a publication date only fills a gap), the mode, place and modality it lacked, the
    higher confidence. ``kinds``: whether the event's reports so far state a date, carry one
    (:func:`_date_kinds`)."""
    row = db.query("SELECT date_value, modality, words, tolls, outlets FROM events WHERE id = ?", (gid,))[0]
    outlets, counts, words = _evidence(db, [{**row, "id": gid}])[gid]
    kept = kept_evidence(outlets | ({report.outlet} if report.outlet else set()), counts | set(report.counts),
                       words | set(report.words))
    value = merged_date(row["date_value"], report, kinds)
    first, last = event_days(value, v if value == report.date else None)
    modality = "asserted" if v.modality == "asserted" else row["modality"]
    db.execute("UPDATE events SET reports = reports + 1, date_value = ?, first_day = ?, last_day = ?, "
               "mode = COALESCE(mode, ?), place_entity_id = COALESCE(place_entity_id, ?), "
               "place_name = COALESCE(place_name, ?), modality = ?, "
               "confidence = CASE WHEN confidence < ? THEN ? ELSE confidence END, merge_reason = ?, "
               "updated_at = ?, words = ?, tolls = ?, outlets = ? WHERE id = ?",
               (value, first, last, v.mode, report.place, v.place_name, modality, v.confidence, v.confidence,
                reason, now, *kept, gid))
    if row["words"] is None:  # stored before events kept their wording: index all of it now
        _save_keys(db, gid, words | set(report.words), counts | set(report.counts))
    else:
        _save_keys(db, gid, report.words, report.counts)


def link_events(db: Backend, article: Article, entities: dict[str, Linked], now: str,
                taken: AbstractSet[str] = frozenset()) -> dict[str, Linked]:
    """Merge every event of an article into a global event (creating new ones, with ids not in ``taken``:
    :func:`fresh_id`); local id -> link.

    >>> from newsgraph.store.backend import SQLiteBackend
    >>> from newsgraph.store.examples import example_article
    >>> from newsgraph.store.migrate import migrate
    >>> db = SQLiteBackend(":memory:"); _ = migrate(db)
    >>> art = example_article()
    >>> link_events(db, art, link_entities(db, art, "2024-01-01"), "2024-01-01")["v1"].reason
    'new CONSULT event'
    """
    out: dict[str, Linked] = {}
    pending: Pending = {}
    ids = event_res.identity_ids(article, {local: link.global_id for local, link in entities.items()})
    for v, report in event_res.article_reports(article, ids):
        candidates, kinds = _event_candidates(db, report, pending)
        merge = event_res.merge_event(report, candidates)
        gid = merge.event_id or fresh_id("V", article.id, v.id, taken)
        if merge.event_id is None:
            _create_event(db, gid, v, report, merge.reason, now)
        else:
            _merge_into(db, gid, v, report, merge.reason, now, kinds[gid])
        pending.setdefault(gid, []).append(report)
        parts = [(gid, entities[p.entity].global_id, p.role) for p in v.participants if p.entity in entities]
        db.execute_many("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING", parts)
        out[v.id] = Linked(gid, merge.reason, merge.score)
    return out
