"""Entity evaluation: named-mention detection, within-document coreference and cross-document identity on
MEANTIME (against the raw spaCy model in the same run), and people with titles and affiliations on the
samples' gold (``kind: entity`` records).

``python -m newsgraph.evaluate.entities`` prints the figures for the development topics (airbus, apple),
the held-out topic (gm) and all three. How MEANTIME is mapped (documented in ``docs/entities.md``):

- types: PERSON -> PER; ORGANIZATION -> ORG; LOCATION -> LOC. Our GPE, LOC, FAC and NORP are LOC (MEANTIME
  annotates nationality words such as "German" as LOCATION). PRODUCT, FINANCIAL and MIXED mentions, and
  mentions whose syntactic type is missing, are *ignored regions*: a predicted name inside one is neither
  right nor wrong (the same rule for both systems);
- named mentions: syntactic type NAM or PRE.NAM, in the annotated region (the first six sentences);
- a predicted mention matches a gold one of the same class when they overlap (one-to-one, best overlap
  first; MEANTIME extents include titles, "Spokeswoman Sandy Angers"); the strict figure needs exact spans;
- within-document coreference: B-cubed and MUC over the gold NAM, PRE.NAM and NOM mentions of the
  region; a gold mention with no overlapping system mention is a singleton;
- cross-document: B-cubed over gold named mentions of whole documents, clustered by MEANTIME instance ids;
  a system mention's cluster is its global entity from :mod:`newsgraph.resolve.identity`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from newsgraph import config
from newsgraph.evaluate.corpora.meantime import PARTS, EntityMention, MeantimeDoc, iter_meantime, to_article
from newsgraph.evaluate.gold import GoldFact
from newsgraph.evaluate.metrics import PRF, bcubed, match_spans, muc, overlap
from newsgraph.evaluate.runner import run_eval
from newsgraph.model import Article, Entity
from newsgraph.nlp import build_pipeline, doc_for
from newsgraph.resolve.identity import resolve_articles
from newsgraph.resolve.names import fold, org_match

GOLD_CLASS: dict[str, str] = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
OUR_CLASS: dict[str, str] = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                             "NORP": "LOC"}
NAMED = frozenset({"NAM", "PRE.NAM"})
COREF_KINDS = frozenset({"NAM", "PRE.NAM", "NOM"})
ENTITY_COMPONENTS = ("newsgraph_rules", "newsgraph_entities", "newsgraph_coref")
DEV_PARTS: tuple[str, ...] = ("airbus", "apple")
HELD_OUT: tuple[str, ...] = ("gm",)

Span = tuple[int, int]


@dataclass(slots=True)
class DocRun:
    """One MEANTIME document with our processed article and the raw model's named spans."""

    gold: MeantimeDoc
    ours: Article
    raw: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def part(self) -> str:
        """The corpus topic (airbus, apple, gm)."""
        return self.gold.corpus.replace("corpus_", "")


def run_meantime(parts: Sequence[str] = PARTS, nlp: Language | None = None,
                 raw_nlp: Language | None = None) -> list[DocRun]:
    """Process the MEANTIME documents of the given topics with our entity stages and with the raw model.

    >>> runs = run_meantime(parts=["gm"])  # doctest: +SKIP
    >>> {run.part for run in runs}  # doctest: +SKIP
    {'gm'}
    """
    nlp = nlp or build_pipeline(components=ENTITY_COMPONENTS)
    raw_nlp = raw_nlp or build_pipeline(components=())
    golds = list(iter_meantime(parts=parts))
    arts = [to_article(g) for g in golds]
    docs = nlp.pipe(doc_for(nlp, a) for a in arts)
    runs = [DocRun(g, d._.ng) for g, d in zip(golds, docs, strict=True)]
    for run, raw in zip(runs, raw_nlp.pipe(g.text for g in golds), strict=True):
        run.raw = [(e.start_char, e.end_char, e.label_) for e in raw.ents]
    return runs


def _gold_named(doc: MeantimeDoc, region: bool = True) -> list[tuple[EntityMention, str]]:
    end = doc.annotated_end if region else len(doc.text)
    return [(m, GOLD_CLASS[m.type]) for m in doc.entity_mentions
            if m.syntactic_type in NAMED and m.type in GOLD_CLASS and m.start < end]


def _ignored(doc: MeantimeDoc) -> list[Span]:
    return [(m.start, m.end) for m in doc.entity_mentions
            if m.type not in GOLD_CLASS or not m.syntactic_type]


def _predicted(run: DocRun, system: str) -> list[tuple[int, int, str]]:
    end = run.gold.annotated_end
    if system == "raw":
        spans = [(s, e, OUR_CLASS[label]) for s, e, label in run.raw if label in OUR_CLASS]
    else:
        spans = [(m.start, m.end, OUR_CLASS[m.type]) for m in run.ours.mentions
                 if m.kind == "NAM" and m.type in OUR_CLASS]
    return [x for x in spans if x[0] < end]


def _match_class(gold: list[Span], pred: list[Span], strict: bool) -> list[tuple[int, int]]:
    return match_spans(gold, pred, min_ratio=1.0 if strict else 1e-6)


def detection(runs: Iterable[DocRun], system: str = "ours", strict: bool = False) -> PRF:
    """Typed named-mention detection (PER/ORG/LOC) of one system over documents (``runs``: as from
    :func:`run_meantime`; ``system``: ``ours`` or ``raw``).

    A predicted name overlapping an ignored region (product, financial, untyped mention) and no gold name
    of its class counts neither way.

    >>> runs = run_meantime(parts=["gm"])  # doctest: +SKIP
    >>> detection(runs).f1 > detection(runs, "raw").f1  # doctest: +SKIP
    True
    """
    total = PRF()
    for run in runs:
        gold = _gold_named(run.gold)
        pred = _predicted(run, system)
        ignored = _ignored(run.gold)
        for cls in ("PER", "ORG", "LOC"):
            g = [(m.start, m.end) for m, c in gold if c == cls]
            p = [(s, e) for s, e, c in pred if c == cls]
            pairs = _match_class(g, p, strict)
            matched = {pi for _, pi in pairs}
            fp = sum(1 for i, sp in enumerate(p) if i not in matched
                     and not any(overlap(sp, r) for r in ignored))
            total = total + PRF(tp=len(pairs), fp=fp, fn=len(g) - len(pairs))
    return total


def _align(gold: Sequence[tuple[EntityMention, str]], article: Article,
           kinds: Iterable[str] = ("NAM", "NOM", "PRO")) -> dict[str, str]:
    """Gold mention id -> system entity id, by overlap within the same class (one-to-one)."""
    wanted = set(kinds)
    out: dict[str, str] = {}
    for cls in ("PER", "ORG", "LOC"):
        g = [m for m, c in gold if c == cls]
        p = [m for m in article.mentions if m.kind in wanted and OUR_CLASS.get(m.type) == cls and m.entity]
        for gi, pi in match_spans([(m.start, m.end) for m in g], [(m.start, m.end) for m in p], 1e-6):
            out[g[gi].id] = p[pi].entity or ""
    return out


def within_doc(runs: Iterable[DocRun], baseline: bool = False) -> dict[str, PRF]:
    """B-cubed and MUC of within-document coreference over gold NAM/PRE.NAM/NOM mentions of the region.

    ``baseline``: the raw model's names grouped by identical text (a same-string baseline).

    >>> runs = run_meantime(parts=["gm"])  # doctest: +SKIP
    >>> sorted(within_doc(runs))  # doctest: +SKIP
    ['bcubed', 'muc']
    """
    gold_all: dict[Hashable, Hashable] = {}
    pred_all: dict[Hashable, Hashable] = {}
    for run in runs:
        doc = run.gold
        items = [(m, GOLD_CLASS[m.type]) for m in doc.entity_mentions if m.syntactic_type in COREF_KINDS
                 and m.type in GOLD_CLASS and m.start < doc.annotated_end and m.chain]
        aligned = _same_string(items, run) if baseline else _align(items, run.ours)
        for m, _ in items:
            key = (doc.doc_id, m.id)
            gold_all[key] = f"{doc.doc_id}/{m.chain}"
            pred_all[key] = f"{doc.doc_id}/{aligned.get(m.id, 'single:' + m.id)}"
    return {"bcubed": bcubed(gold_all, pred_all), "muc": muc(gold_all, pred_all)}


def _same_string(items: Sequence[tuple[EntityMention, str]], run: DocRun) -> dict[str, str]:
    raw = [(s, e, OUR_CLASS[label]) for s, e, label in run.raw if label in OUR_CLASS]
    out: dict[str, str] = {}
    for cls in ("PER", "ORG", "LOC"):
        g = [m for m, c in items if c == cls]
        p = [x for x in raw if x[2] == cls]
        for gi, pi in match_spans([(m.start, m.end) for m in g], [(s, e) for s, e, _ in p], 1e-6):
            s, e, _ = p[pi]
            out[g[gi].id] = f"{cls}:{fold(run.gold.text[s:e])}"
    return out


def cross_doc(runs: Sequence[DocRun]) -> PRF:
    """B-cubed of cross-document clustering of gold named mentions against MEANTIME instance ids.

    >>> runs = run_meantime(parts=["gm"])  # doctest: +SKIP
    >>> cross_doc(runs).f1 > 0.5  # doctest: +SKIP
    True
    """
    global_ids = resolve_articles([r.ours for r in runs])
    gold_all: dict[Hashable, Hashable] = {}
    pred_all: dict[Hashable, Hashable] = {}
    for run in runs:
        doc = run.gold
        items = [(m, c) for m, c in _gold_named(doc, region=False) if m.instance_id or m.chain]
        aligned = _align(items, run.ours, kinds=("NAM",))
        for m, _ in items:
            key = (doc.doc_id, m.id)
            gold_all[key] = m.instance_id or f"{doc.doc_id}/{m.chain}"
            local = aligned.get(m.id)
            found = global_ids.get((run.ours.id, local), "") if local else ""
            pred_all[key] = found or f"single:{doc.doc_id}/{m.id}"
    return bcubed(gold_all, pred_all)


def meantime_report(runs: Sequence[DocRun]) -> dict[str, float]:
    """All MEANTIME figures for a set of documents.

    >>> runs = run_meantime(parts=["gm"])  # doctest: +SKIP
    >>> "detection_f1" in meantime_report(runs)  # doctest: +SKIP
    True
    """
    ours, raw = detection(runs), detection(runs, "raw")
    wd, base = within_doc(runs), within_doc(runs, baseline=True)
    cross = cross_doc(runs)
    return {
        "docs": len(runs),
        "mention_f1": ours.f1, "mention_p": ours.precision, "mention_r": ours.recall,
        "raw_mention_f1": raw.f1, "raw_mention_p": raw.precision, "raw_mention_r": raw.recall,
        "mention_f1_strict": detection(runs, strict=True).f1,
        "raw_mention_f1_strict": detection(runs, "raw", strict=True).f1,
        "coref_bcubed_f1": wd["bcubed"].f1, "coref_muc_f1": wd["muc"].f1,
        "baseline_coref_bcubed_f1": base["bcubed"].f1, "baseline_coref_muc_f1": base["muc"].f1,
        "crossdoc_bcubed_f1": cross.f1, "crossdoc_bcubed_p": cross.precision,
        "crossdoc_bcubed_r": cross.recall,
    }


SAMPLES_GOLD = config.PROJECT_ROOT / "tests" / "extract" / "gold" / "entities_samples.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the MEANTIME figures (development topics, held-out topic, all) and the samples' figures.

    >>> main([])  # doctest: +SKIP
    0
    """
    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.entities", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--samples", default=str(SAMPLES_GOLD), help="gold file of the samples' entities")
    args = parser.parse_args(argv)
    runs = run_meantime()
    groups: Mapping[str, list[DocRun]] = {
        "dev (airbus+apple)": [r for r in runs if r.part in DEV_PARTS],
        "held-out (gm)": [r for r in runs if r.part in HELD_OUT],
        "all": runs,
    }
    report = {name: meantime_report(rs) for name, rs in groups.items()}
    samples = run_eval([args.samples], kinds=["entity"])["entity"] if Path(args.samples).is_file() else {}
    if args.json:
        print(json.dumps({"meantime": report, "samples": samples}, indent=2))
        return 0
    keys = list(next(iter(report.values())))
    print(f"{'MEANTIME':28}" + "".join(f"{name:>22}" for name in report))
    for key in keys:
        print(f"{key:28}" + "".join(f"{report[n][key]:>22.3f}" for n in report))
    if samples:
        print(f"\nsamples ({args.samples})")
        for key, value in samples.items():
            print(f"{key:28}{value:>22.3f}")
    return 0


def _entity_at(article: Article, span: Span, type_: str | None = None) -> str | None:
    """The entity of the system mention best overlapping a span (same type when given)."""
    best: tuple[float, str] | None = None
    for m in article.mentions:
        shared = overlap(span, (m.start, m.end))
        if shared and m.entity and (type_ is None or m.type == type_):
            ratio = shared / max(span[1] - span[0], m.end - m.start)
            if best is None or ratio > best[0]:
                best = (ratio, m.entity)
    return best[1] if best else None


def _same_org(gold: str | None, entity: Entity | None) -> bool:
    if not gold:
        return True
    name = entity.affiliation.organization_name if entity and entity.affiliation else None
    return name is not None and (fold(name) == fold(gold) or org_match(name, gold) is not None)


def _check_entity(fact: GoldFact, article: Article, counts: dict[str, float]) -> str | None:
    """Score one gold entity into ``counts``; return the system entity id it was found as."""
    d = fact.data
    found = _entity_at(article, (int(d["start"]), int(d["end"])), d.get("type"))
    entity = article.entity(found)
    counts["entities"] += 1
    if entity is None:
        return None
    counts["found"] += 1
    titles = {t.normalized for t in entity.titles}
    ok_title = set(d.get("titles", [])) <= titles
    ok_aff = entity.country == d.get("country") and _same_org(d.get("organization"), entity)
    ok_sector = entity.sector == d.get("sector") if "sector" in d else True
    counts["title_ok"] += ok_title
    counts["affiliation_ok"] += ok_aff
    counts["sector_ok"] += ok_sector
    counts["all_ok"] += ok_title and ok_aff and ok_sector
    for s, e in d.get("mentions", []):
        counts["coref_gold"] += 1
        counts["coref_ok"] += _entity_at(article, (int(s), int(e))) == found
    return found


def score_entities(gold: list[GoldFact], articles: dict[str, Article]) -> dict[str, float]:
    """Score ``kind: entity`` gold (entities with titles, affiliation, sector and coreferent mentions).

    Figures: ``found`` (share of gold entities found), ``title_acc``, ``affiliation_acc``, ``sector_acc``
    and ``all_acc`` (over gold entities), ``coref_recall`` (listed mentions in the same entity) and
    ``wrong_merges`` (system entities holding two gold entities).

    >>> from newsgraph.store.examples import example_article
    >>> fact = GoldFact("x:1", "entity", {"name": "Asim Munir", "type": "PERSON", "start": 4, "end": 14,
    ...                                   "titles": ["General"], "country": "PAK", "mentions": [[80, 85]]})
    >>> figures = score_entities([fact], {"x:1": example_article()})
    >>> figures["found"], figures["title_acc"], figures["affiliation_acc"], figures["coref_recall"]
    (1.0, 1.0, 1.0, 1.0)
    """
    keys = ("entities", "found", "title_ok", "affiliation_ok", "sector_ok", "all_ok", "coref_gold",
            "coref_ok")
    counts: dict[str, float] = dict.fromkeys(keys, 0)
    owners: dict[tuple[str, str], set[str]] = {}
    for fact in gold:
        found = _check_entity(fact, articles[fact.doc], counts)
        if found is not None:
            owners.setdefault((fact.doc, found), set()).add(str(fact.data.get("name")))
    n = counts["entities"] or 1
    return {"found": counts["found"] / n, "title_acc": counts["title_ok"] / n,
            "affiliation_acc": counts["affiliation_ok"] / n, "sector_acc": counts["sector_ok"] / n,
            "all_acc": counts["all_ok"] / n, "coref_recall": counts["coref_ok"] / (counts["coref_gold"] or 1),
            "wrong_merges": float(sum(1 for names in owners.values() if len(names) > 1)),
            "entities": counts["entities"]}


if __name__ == "__main__":
    sys.exit(main())
