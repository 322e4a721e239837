"""Entity mentions: named mentions from the NER, repaired by rules, with the titles and affiliations around
them, and the nominal mentions ("the army chief", "a US State Department spokesperson") that
:mod:`newsgraph.resolve.coref` links to them.

After this stage ``article.mentions`` holds the named (NAM) mentions and ``article.entities`` one entity per
named mention, carrying what its context says: titles (with offsets, normalized form and the article's
date), affiliation (country as ISO 3166 alpha-3, organisation), sector and country. Coreference then merges
these entities and adds nominal and pronoun mentions. Repairs made to the NER output:

- TITLE spans preset by :mod:`newsgraph.nlp.rules` are taken out of ``doc.ents`` (titles are roles, not
  names); a lone entity made only of title words ("Army", "Secretary") is dropped;
- person names lose leading ranks, honorifics and titles and a trailing possessive ("Gen Munir's" ->
  "Munir"); other names lose a leading "the";
- a place or organisation whose text is the surname of a person of the article becomes that person
  ("West stated" after "Tom West").

>>> from newsgraph.model import Article
>>> from newsgraph.nlp import build_pipeline, doc_for
>>> nlp = build_pipeline(components=["newsgraph_rules", "newsgraph_entities"])  # doctest: +SKIP
>>> art = Article.new("US Secretary of State Antony Blinken spoke.", published="2023-12-15")
>>> doc = nlp(doc_for(nlp, art))  # doctest: +SKIP
>>> e = art.entities[1]; (e.name, e.titles[0].normalized, e.affiliation.country, e.sector)  # doctest: +SKIP
('Antony Blinken', 'secretary of state', 'USA', 'GOV')
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.extract.affiliation import (
    Context,
    SpanIndex,
    TitleInfo,
    cue_country,
    find_title_infos,
    left_apposition,
    left_context,
    merge_title_cues,
    predicate_title,
    right_apposition,
)
from newsgraph.extract.countries import country_code, demonym_country, place_country
from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.extract.nominals import EntityInfo, Nominal, find_nominals, org_sector, title_words
from newsgraph.extract.repair import ENTITY_LABELS, repair_entities
from newsgraph.extract.titles import word
from newsgraph.model import Affiliation, Article, Entity, Mention, Title
from newsgraph.nlp.doctext import span_text
from newsgraph.nlp.rules import TITLE_SPANS
from newsgraph.resolve.actors import actor_dictionary
from newsgraph.resolve.names import fold

#: ``doc.user_data`` keys where this stage leaves what coreference needs.
NOMINALS_KEY = "ng_nominals"
INFO_KEY = "ng_entity_info"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _country_prefix(span: Span) -> Span | None:
    """The country an official body's name starts with ("US" in "US Air Force"), as a GPE span.

    Companies keep their names whole ("Qatar Airways" says nothing of an affiliation).
    """
    if org_sector(span.text)[0] in (None, "BUS", "JRN"):
        return None
    for n in (3, 2, 1):
        if n < len(span) and country_code(span[:n].text):
            return Span(span.doc, span.start, span.start + n, label="GPE")
    return None


def _person_context(doc: Doc, span: Span, index: SpanIndex, lex: Lexicon) -> Context:
    """Everything the words around a person's name say: titles, ranks, cues, apposition."""
    ctx = left_context(doc, span.start, index, lex)
    end = span.end + (1 if span.end < len(doc) and doc[span.end].text in _POSSESSIVE else 0)
    appos = right_apposition(doc, end, index) if end == span.end else None
    if appos is None and not any(not t.rank for t in ctx.titles):
        appos = left_apposition(doc, ctx.start, span.end, index)  # "the army chief, General NAME,"
    if appos is not None:
        ctx.titles.extend(appos.titles)
        ctx.country = ctx.country or appos.country
        ctx.org = ctx.org or appos.org
        ctx.appositive = appos.appositive
    predicated = predicate_title(span, index)
    if predicated is not None and predicated not in ctx.titles:
        ctx.titles.append(predicated)  # "NAME became army chief": the army chief of a later sentence
    merge_title_cues(ctx)
    return ctx


def _title(doc: Doc, t: TitleInfo, date: str | None) -> Title:
    span = doc[t.start:t.end]
    return Title(text=span.text, start=span.start_char, end=span.end_char, normalized=t.normalized, date=date)


def _gender(span: Span, ctx: Context, lex: Lexicon) -> str | None:
    return ctx.gender or lex.given_names.get(span[0].lower_) or next(
        (t.gender for t in ctx.titles if t.gender), None)


class _Builder:
    """Builds the named mentions and their singleton entities of one article."""

    def __init__(self, doc: Doc, article: Article, lex: Lexicon) -> None:
        self.doc, self.article, self.lex = doc, article, lex
        self.date = article.published[:10] if article.published else None
        self.mentions: list[Mention] = []
        self.entities: list[Entity] = []
        self.info: dict[str, EntityInfo] = {}
        self.by_span: dict[tuple[int, int], Entity] = {}
        self.pending_orgs: list[tuple[Entity, Span]] = []

    def add(self, span: Span) -> tuple[Mention, Entity]:
        """A named mention of ``span`` and its singleton entity (numbered in order of addition)."""
        n = len(self.mentions) + 1
        etype = ENTITY_LABELS[span.label_]
        text = span_text(span)
        mention = Mention(id=f"m{n}", start=span.start_char, end=span.end_char, text=text, type=etype,
                          kind="NAM", entity=f"e{n}", head=span.root.text)
        entity = Entity(id=f"e{n}", name=text, type=etype, mentions=[mention.id], aliases=[text])
        self.mentions.append(mention)
        self.entities.append(entity)
        self.info[entity.id] = EntityInfo()
        self.by_span[(span.start, span.end)] = entity
        return mention, entity

    def person(self, span: Span, entity: Entity, ctx: Context) -> None:
        """Give a person entity what its context says: titles, affiliation, country, sector, gender."""
        entity.titles = [_title(self.doc, t, self.date) for t in sorted(ctx.titles, key=lambda t: t.start)]
        if ctx.country or ctx.org is not None:
            entity.affiliation = Affiliation(country=ctx.country)
            if ctx.org is not None:
                self.pending_orgs.append((entity, ctx.org))
        entity.country = ctx.country
        entity.sector = ctx.sector
        info = self.info[entity.id]
        info.gender = _gender(span, ctx, self.lex)
        info.words = title_words([t.normalized for t in ctx.titles])

    def named(self, entity: Entity) -> None:
        """Country, sector and Wikidata id of an organisation, place or group from its name."""
        actor = actor_dictionary().lookup(entity.name, entity.type)
        if entity.type == "ORG":
            entity.sector, country = org_sector(entity.name, self.lex)
            entity.country = country
        elif entity.type in ("GPE", "LOC", "FAC"):
            entity.country = place_country(entity.name)
        elif entity.type == "NORP":
            entity.country = demonym_country(entity.name)
        if actor is not None:
            entity.country = actor.country or entity.country
            entity.sector = actor.sector or entity.sector
            entity.wikidata = actor.wikidata
        if entity.type == "ORG" and entity.country:
            entity.affiliation = Affiliation(country=entity.country)

    def org_apposition(self, span: Span, org: Entity, index: SpanIndex) -> None:
        """An organisation's country from an apposition ("ISPR, the Pakistan Army's media wing")."""
        doc, i = self.doc, span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        if i + 1 >= len(doc) or doc[i].text != ",":
            return
        i += 2 if word(doc[i + 1]) in ("the", "a", "an") else 1
        cue = index.cue_starting_at(i)
        if cue is not None and cue.end < len(doc) and doc[cue.end].text in _POSSESSIVE:
            org.country = cue_country(cue)
            org.affiliation = Affiliation(country=org.country) if org.country else org.affiliation

    def link_orgs(self) -> None:
        """Point person affiliations at the organisation entities named in their context."""
        for entity, span in self.pending_orgs:
            org = self.by_span.get((span.start, span.end))
            assert entity.affiliation is not None
            entity.affiliation.organization = org.id if org else None
            entity.affiliation.organization_name = span.text
            entity.affiliation.country = entity.affiliation.country or (org.country if org else None)
            entity.country = entity.affiliation.country
            entity.sector = entity.sector or (org.sector if org else None)


    def title_orgs(self) -> None:
        """Affiliate people with the organisation their title implies, when the article names it."""
        orgs = [e for e in self.entities if e.type == "ORG"]
        actors = actor_dictionary()
        for entity in self.entities:
            if entity.type != "PERSON" or (entity.affiliation and entity.affiliation.organization):
                continue
            hints = [h for t in entity.titles for key, hs in self.lex.org_hints.items()
                     if f" {key} " in f" {t.normalized} " for h in hs]
            org = next((o for o in orgs for h in hints if f" {h} " in f" {fold(o.name)} " or (
                (a := actors.lookup(h, "ORG")) is not None and a is actors.lookup(o.name, "ORG"))), None)
            if org is not None:
                entity.affiliation = entity.affiliation or Affiliation()
                entity.affiliation.organization, entity.affiliation.organization_name = org.id, org.name
                entity.affiliation.country = entity.affiliation.country or org.country
                entity.country = entity.affiliation.country
                entity.sector = entity.sector or org.sector


def _add_names(builder: _Builder, ents: list[Span],
               index: SpanIndex) -> tuple[set[int], dict[str, tuple[int, int]]]:
    """Add every named mention (and a country an official body's name starts with); people get their
    context. Returns the title tokens people's contexts used and their appositions, by mention id."""
    used: set[int] = set()
    appositives: dict[str, tuple[int, int]] = {}
    for span in ents:
        mention, entity = builder.add(span)
        if entity.type == "ORG" and (nested := _country_prefix(span)) is not None:
            builder.add(nested)
        if entity.type == "PERSON":
            ctx = _person_context(builder.doc, span, index, builder.lex)
            builder.person(span, entity, ctx)
            used.update(t.start for t in ctx.titles)
            if ctx.appositive:
                appositives[mention.id] = ctx.appositive
    return used, appositives


def extract_mentions(doc: Doc, article: Article) -> None:
    """Named mentions and their entities (with titles and affiliations), plus nominal candidates for coref.

    >>> import spacy
    >>> doc = spacy.blank("en")("Pakistan army chief General Asim Munir met Antony Blinken on Thursday .")
    >>> doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 4, 6, "PERSON"), Span(doc, 7, 9, "PERSON")])
    >>> art = Article.new(doc.text)
    >>> extract_mentions(doc, art)
    >>> [(e.name, e.type, [t.normalized for t in e.titles]) for e in art.entities]
    [('Pakistan', 'GPE', []), ('Asim Munir', 'PERSON', ['general']), ('Antony Blinken', 'PERSON', [])]
    """
    lex = lexicon()
    title_spans = list(doc.spans[TITLE_SPANS]) if TITLE_SPANS in doc.spans else []
    ents = repair_entities(doc, lex)
    titles = find_title_infos(doc, title_spans, ents, lex)
    index = SpanIndex(ents, titles)
    builder = _Builder(doc, article, lex)
    used, appositives = _add_names(builder, ents, index)
    for entity in builder.entities:
        if entity.type != "PERSON":
            builder.named(entity)
    for span in ents:
        org = builder.by_span.get((span.start, span.end))
        if org is not None and org.type == "ORG" and not org.country:
            builder.org_apposition(span, org, index)
    builder.link_orgs()
    builder.title_orgs()
    nominals: list[Nominal] = find_nominals(doc, ents, titles, used, appositives, builder.by_span,
                                            builder.info, lex, builder.date)
    article.mentions = builder.mentions
    article.entities = builder.entities
    doc.user_data[NOMINALS_KEY] = nominals
    doc.user_data[INFO_KEY] = builder.info
