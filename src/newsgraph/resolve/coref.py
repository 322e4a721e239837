"""Within-article coreference: rule-based and explainable. Every link keeps its reason (``Mention.reason``).

Steps, in order (see ``docs/entities.md``):

1. **Names.** A named mention joins the earlier entity whose name it can stand for: the same name, a person's
   surname ("Munir" after "Asim Munir"; the most recent such person when several share it), a name without
   initials or suffix ("Lloyd Austin" = "Lloyd J. Austin III"), an acronym ("ISPR"), the same country
   ("US" = "the United States"), the same actor of the actor dictionary ("Pentagon" = "Defense Department");
   an acronym in parentheses after a name is its alias ("Singapore Airlines (SIA)"); an organisation's short
   form, the first word of its name ("Lockheed" after "Lockheed Martin").
2. **Appositions.** "Patrick Ryder, the Pentagon Press Secretary": the nominal is the person; so is a
   description apposed either way round ("Ben Carter, 40, the CEO of Acme", "a 15-year-old boy, Peter
   Mills,", "a woman named Jane Doyle"), and a definite one also brings the unnamed person it refers back to
   ("A man ... The man, Gary Holt, 35, ..."); an organisation's description is apposed likewise ("the main
   rebel group, the Liberation Front,"), also right before the name without comma ("the US automaker
   Chrysler").
3. **Nominals and pronouns outside quotations**, then **inside quotations**, in text order. A definite nominal
   ("the army chief", "the US defence secretary", "the magazine", "the country") refers to the most recent
   entity of its type whose titles or role nouns hold its head noun and modifiers and whose country does not
   conflict; an indefinite one ("a US State Department spokesperson") starts a new unnamed entity named by the
   description. A plural with a number ("the two officials") is a *group* entity whose ``members`` are the
   last people mentioned that its noun can describe (of its sex; for victims, not the one blamed:
   :mod:`.coref_groups`). Pronouns agree in type, gender and number and go to the most salient candidate
   (recency, subject role, earlier pronouns); a pronoun inside a quotation never refers to the quotation's
   speaker; "it" is resolved only when it refers (not "it is ... that") and only to organisations and places
   (:mod:`.coref_pronouns`); a plural pronoun no group fits stands for the people coordinated as the subject
   just before it (:mod:`.coref_coordinated`); "the N-year-old" restates the one person named just before
   when no age of theirs is stated (:func:`.coref_ages.age_restated`), and a definite occupation noun ("the
   journalist"; not "the suspect", "the victim") no one fits by its noun, the one person named just before
   (:mod:`.coref_definite`); unnamed
   collectives ("police", "the government") are :mod:`.coref_collective`'s.
4. **Unnamed people identified**: an identifying "as" joins a described person to the named one it says they
   are ("identified the gunman as NAME", "the woman was named as NAME": :mod:`.coref_identified`); an
   unnamed person is the one named person named before with its role noun
   among their titles, or named anywhere with the same stated age ("a 61-year-old man", "Jim Roe, 61"), or,
   described by a title in the headline, the one named holder of it (:mod:`.coref_lead`); a possessed kin
   noun ("his mother") is the relative it describes, by that noun or the possessor's surname
   (:mod:`.coref_kin`); an unnamed officer is the one ranked person named next to it (:mod:`.coref_ranks`); a
   person described by age alone ("a teenager") is the one named person of a fitting age
   (:mod:`.coref_ages`); an organisation described by its kind in the lead ("Greek bank") is the one of
   that kind the article names; the lead's one indefinite described subject ("A man has been charged") is
   the person the next two sentences name first with an age or its title ("NAME, 24, is due in court":
   :func:`.coref_restated.identify_named_next`); the body's opening indefinite description is the one person
   the headline names by a headline passive and the body never names ("NAME held over stabbing" + "A man has
   been arrested": :mod:`.coref_headline_named`); a person described by a plain noun with a place or a count
   ("a Dorton mother of five") is the one named person described by the same words ("NAME, 34, a mother of
   five": :mod:`.coref_described`); a headline's title no named person holds is the one body person of that
   title, "the rebels" the one named rebel group, "the bank" of two named banks neither
   (:mod:`.coref_kinds`).
5. Mentions are renumbered in text order (m1..), entities by first mention (e1..); merged entities pool
   their aliases, titles (one per normalized form), affiliation (the country most mentions state), sector
   (:mod:`.coref_build`).

The clusters and the discourse every step works on are :mod:`.coref_discourse`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsgraph.extract.countries import country_code, demonym_country
from newsgraph.extract.entities import INFO_KEY, NOMINALS_KEY
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.nominals import EntityInfo, Nominal
from newsgraph.model import Article, Entity, Mention
from newsgraph.nlp.doctext import children_of, doc_tokens, url_line
from newsgraph.resolve.coref_ages import age_nouns, age_restated, drop_tentative, identify_aged
from newsgraph.resolve.coref_build import finalize
from newsgraph.resolve.coref_cataphora import (
    PENDING_GROUP,
    blamed_group,
    finish_groups,
    identify_lead_subject,
    later_members,
)
from newsgraph.resolve.coref_collective import resolve_collective
from newsgraph.resolve.coref_definite import named_before
from newsgraph.resolve.coref_described import identify_described
from newsgraph.resolve.coref_discourse import (
    PRONOUNS,
    Cluster,
    Discourse,
    agrees,
    cluster_name,
    key_type,
    local_keys,
    merge_clusters,
    merge_names,
    name_age,
    new_mention,
    org_words,
    quote_regions,
    recent,
    subject_clusters,
)
from newsgraph.resolve.coref_groups import group_people
from newsgraph.resolve.coref_headline_named import identify_headline_named
from newsgraph.resolve.coref_identified import identify_stated
from newsgraph.resolve.coref_kin import identify_coordinated_kin, identify_headline_kin, identify_kin, is_kin
from newsgraph.resolve.coref_kinds import ambiguous_kind, identify_headline_described
from newsgraph.resolve.coref_lead import identify_lead_descriptions, identify_lead_titles
from newsgraph.resolve.coref_pronouns import resolve_pronoun
from newsgraph.resolve.coref_ranks import identify_ranked_officers
from newsgraph.resolve.coref_restated import identify_named_next, identify_restated_subject
from newsgraph.resolve.names import demonym_match, names_match, person_match, person_tokens

__all__ = ["Cluster", "Discourse", "name_age", "quote_regions", "resolve_coreference"]

_GENERIC_ROLES = frozenset({"official", "officer", "man", "woman", "aide", "executive", "leader", "head"})
#: Role nouns that say nothing of a person but sex or age: an age alone may identify them with a name.
_PLAIN_ROLES = frozenset({"man", "woman", "person", "year-old"})
_APPOSED_BEFORE = re.compile(r",\s*(?:\d{1,3}\s*,\s*)?$")
_APPOSED_AFTER = re.compile(
    r"\s*(?:,?\s*identified(?: by (?:the )?(?:police|authorities|officials))? as\b|,|-|–|—|\bnamed\b"
    r"|\bcalled\b)\s*(?:\d{1,3}-year-old\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_CLOSED = re.compile(r"\s*(?:,|\.|;|:|-|–|—|\)|$)")


def _merge_names(dis: Discourse) -> None:
    """Step 1: group named mentions; each joins the most recent earlier cluster its name can stand for."""
    info: dict[str, EntityInfo] = dis.doc.user_data.get(INFO_KEY, {})
    by_entity = {e.id: e for e in dis.article.entities}
    for mention in sorted((m for m in dis.article.mentions if m.kind == "NAM"), key=lambda m: m.start):
        base = by_entity.get(mention.entity or "")
        target, reason = _name_antecedent(dis, mention)
        full = _expanded(dis, mention)
        if full is not None and target is not None and target is not full:
            merge_names(dis, full, target, f"{mention.text} in parentheses after {cluster_name(full)}")
        elif full is not None:
            target, reason = full, f"named in parentheses after {cluster_name(full)}"
        if target is None:
            target = dis.new_cluster(mention.type)
        dis.attach(target, mention, reason)
        if mention.type == "PERSON":
            target.age = target.age or name_age(dis.article.text, mention.start, mention.end)
        if mention.type == "GPE" and target.type == "NORP":
            target.type = "GPE"
        if base is not None:
            _absorb(target, base, info.get(base.id))


_PAREN_BEFORE = re.compile(r"\s*\(\s*$")


def _expanded(dis: Discourse, mention: Mention) -> Cluster | None:
    """The organisation or place whose name an acronym in parentheses right after it abbreviates: "Singapore
    Airlines (SIA)", "the Democratic Republic of Congo (DRC)" -- an alias the article then uses."""
    text = dis.article.text
    short = mention.text.replace(".", "").replace("&", "").replace("-", "")
    if key_type(mention.type) == "PERSON" or not short.isupper() or " " in mention.text.strip():
        return None
    before = _PAREN_BEFORE.search(text[max(0, mention.start - 4) : mention.start])
    if before is None or not text[mention.end :].lstrip().startswith(")"):
        return None
    end = mention.start - len(before.group(0))
    full = next((m for m in dis.article.mentions if m.kind == "NAM" and m.end == end), None)
    cluster = dis.of_mention.get(full.id) if full is not None and full is not mention else None
    if cluster is None or _type_group(cluster.type) != _type_group(mention.type):
        return None
    return cluster


def _match(mention: Mention, cluster: Cluster, name: str, name_type: str) -> str | None:
    """Why a named mention can stand for a cluster's name (a demonym joins its country's cluster)."""
    if mention.type == "NORP" and name_type == "GPE":
        return demonym_match(mention.text, name)
    if mention.type == "GPE" and name_type == "NORP":
        return demonym_match(name, mention.text)
    if _type_group(cluster.type) != _type_group(mention.type):
        return None
    return names_match(mention.type, mention.text, name) or _short_org(mention, name, name_type)


def _short_org(mention: Mention, name: str, name_type: str) -> str | None:
    """An organisation called by the first word of its name of several words, after it ("Lockheed" after
    "Lockheed Martin", "Cerberus" after "Cerberus Capital Management"); not a place or nationality word."""
    short, long = org_words(mention.type, mention.text), org_words(name_type, name)
    if len(short) != 1 or len(long) < 2 or short[0] != long[0]:
        return None
    if country_code(mention.text) or demonym_country(mention.text):
        return None
    return f"short form of {name}"


def _name_antecedent(dis: Discourse, mention: Mention) -> tuple[Cluster | None, str | None]:
    best: tuple[int, Cluster, str] | None = None
    candidates: list[Cluster] = []
    for key in local_keys(mention.type, mention.text):
        candidates += [c for c in dis.name_index.get(key, []) if c not in candidates]
    for cluster in candidates:
        if not cluster.named or cluster.members or _given_name_conflict(mention, cluster):
            continue
        reasons = [r for r in (_match(mention, cluster, m.text, m.type) for m in cluster.mentions
                               if m.kind == "NAM") if r is not None]
        if reasons:
            full = any(r.startswith("same") for r in reasons)  # a bare surname it already goes by
            score = (2 if full else 1) * 10**9 + max(m.start for m in cluster.mentions)
            if best is None or score > best[0]:
                best = (score, cluster, reasons[0])
    return (best[1], best[2]) if best else (None, None)


def _given_name_conflict(mention: Mention, cluster: Cluster) -> bool:
    """True when a person's full name and a full name of the cluster differ in given name.

    "Catherine Gomes" never joins "Gary Gomes", even through the bare "Gomes" the cluster holds.
    """
    if mention.type != "PERSON" or len(person_tokens(mention.text)) < 2:
        return False
    return any(m.kind == "NAM" and m.type == "PERSON" and len(person_tokens(m.text)) >= 2
               and person_match(mention.text, m.text) is None for m in cluster.mentions)


def _type_group(type_: str) -> str:
    return "PLACE" if type_ in ("GPE", "LOC") else type_


def _absorb(cluster: Cluster, base: Entity, info: EntityInfo | None) -> None:
    """Pool a singleton entity's attributes into a cluster."""
    cluster.bases.append(base)
    cluster.titles.extend(base.titles)
    if base.affiliation is not None:
        if base.affiliation.country:
            cluster.countries.append(base.affiliation.country)
        if base.affiliation.organization_name:
            cluster.orgs.append((base.affiliation.organization, base.affiliation.organization_name))
    elif base.country:
        cluster.countries.append(base.country)
    if base.sector:
        cluster.sectors.append(base.sector)
    if info is not None:
        cluster.words |= info.words
        cluster.roles |= info.roles
        cluster.gender = cluster.gender or info.gender


def _absorb_nominal(cluster: Cluster, n: Nominal) -> None:
    cluster.words |= n.words
    cluster.roles.add(n.role)
    if n.country:
        cluster.countries.append(n.country)
    if n.org_name:
        cluster.orgs.append((n.org, n.org_name))
    if n.sector:
        cluster.sectors.append(n.sector)
    cluster.gender = cluster.gender or n.gender
    cluster.age = cluster.age or n.age
    if n.title is not None and (not cluster.named or n.appositive_to):
        cluster.titles.append(n.title)


#: Nouns of any organisation, by which news refers back to the one it last named ("The Ferrin Front ... the
#: group said", "the organisation"; an armed group's acts are then its own: docs/entities.md).
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "outfit"})
#: Sectors of organisations news does not call "the group" (a company, an outlet, a ministry, a court,
#: police).
_OFFICIAL_SECTORS = frozenset({"BUS", "JRN", "GOV", "JUD", "COP"})
#: The reason :func:`_nominal_fits` gives for a body noun's link, which :func:`_resolve_nominal` checks.
_LAST_NAMED_BODY = "the most recent named organisation"


def _noun_said_before(dis: Discourse, n: Nominal) -> bool:
    """Whether the noun of a body-noun description was used before outside a name ("a group of protesters
    ... the group"): the description then refers back to that phrase, not to a named organisation."""
    doc = dis.doc
    return any(t.lower_ == n.role and t.ent_type_ == "" for t in doc[: n.head_i])


_SITE_PREPS = frozenset({"in", "at", "near", "to", "into", "outside", "inside", "on", "from", "across"})


def _only_a_site(dis: Discourse, cluster: Cluster) -> bool:
    """Whether every mention of a cluster only says where ("rockets at Sderot", "a village near Beni"): a
    place the tagger took for an organisation, which "the group" does not refer to."""
    for m in cluster.mentions:
        span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span[-1]
        if not (head.dep_ == "pobj" and head.head.lower_ in _SITE_PREPS):
            return False
    return True


def _nominal_fits(cluster: Cluster, n: Nominal) -> str | None:
    """Why a definite nominal can refer to a cluster (None when it cannot)."""
    if cluster.members or _type_group(cluster.type) != _type_group(n.type):
        return None
    if n.country and cluster.country and n.country != cluster.country:
        return None
    if n.type == "PERSON" and n.role == "year-old":
        return f"the only {n.age}-year-old" if cluster.age == n.age and cluster.type == "PERSON" else None
    if n.type == "PERSON":
        if not agrees(cluster, n.gender, n.age):
            return None
        domain = {w for w in n.words if w in lexicon().domains}
        if n.role in cluster.words | cluster.roles and domain <= cluster.words | cluster.roles:
            return f"'{n.role}' matches its titles or roles"
        lo, hi = age_nouns().get(n.role, (-1, -1))  # "the teenager" is the 15-year-old named before
        if cluster.age is not None and lo <= cluster.age <= hi and not domain:
            return f"'{n.role}' fits its age, {cluster.age}"
        same_gender = n.gender is None or cluster.gender in (None, n.gender)
        adult = cluster.age is None or cluster.age >= 18  # "the officer" is no 15-year-old
        if n.role in _GENERIC_ROLES and not domain and same_gender and (adult or n.role in _PLAIN_ROLES):
            return f"generic '{n.role}': the most recent person"
        return None
    if n.type == "ORG":
        role = lexicon().roles.get(n.role)
        if n.role in cluster.roles or n.role in " ".join(cluster.names()).lower().split():
            return f"'{n.role}' is said of it"
        if role is not None and role.sector in ("BUS", "JRN") and role.sector in cluster.sectors:
            return f"'{n.role}' fits its sector {role.sector}"
        if (n.role in _BODY_NOUNS and not n.plural and cluster.named and cluster.type == "ORG"
                and not _OFFICIAL_SECTORS & set(cluster.sectors)):
            return f"'{n.role}': {_LAST_NAMED_BODY}"
        return None
    is_country = any(country_code(name) for name in cluster.names())
    return f"'{n.role}' is a {'country' if is_country else 'place'}" if is_country == (
        n.role in ("country", "nation")) else None


def _apposed(dis: Discourse, n: Nominal) -> Cluster | None:
    """The named person or organisation a singular description is apposed to, either way round: "NAME, 40,
    the CEO of X", "a 15-year-old boy, NAME, ...", "a man-NAME-was", "a woman named NAME", "the main rebel
    group, NAME, ...", "NAME, the country's largest bank," (not "..., the minister said")."""
    if n.type not in ("PERSON", "ORG") or n.plural:
        return None
    text = dis.article.text

    def names() -> Iterator[Mention]:  # read only when the punctuation allows an apposition
        return (m for c in dis.clusters if c.type == n.type and not c.members
                for m in c.mentions if m.kind == "NAM")

    before = _APPOSED_BEFORE.search(text[max(0, n.start - 12) : n.start])
    if before is not None:
        end = n.start - len(before.group(0))
        found = next((m for m in names() if text[m.end : end].strip() == "" and m.end <= end), None)
        head = dis.doc[n.head_i]
        closed = head.right_edge.i + 1 >= len(dis.doc) or dis.doc[head.right_edge.i + 1].is_punct
        if found is not None and (closed or head.dep_ == "appos"):
            return _fitting(dis.of_mention.get(found.id), n)
    after = _APPOSED_AFTER.match(text, n.end)
    if after is not None and after.end() > n.end:
        at = after.end() + (4 if n.type == "ORG" and text[after.end() :].lower().startswith("the ") else 0)
        found = next((m for m in names() if m.start == at), None)
        named = after.group(0).strip(" ,").startswith(("named", "called", "identified"))
        if found is not None and (named or _CLOSED.match(text, found.end)):
            return _fitting(dis.of_mention.get(found.id), n)
    found = _premodified(dis, n, names())
    if found is not None:
        return _fitting(dis.of_mention.get(found.id), n)
    return _identified(dis, n, names())


def _premodified(dis: Discourse, n: Nominal, names: Iterator[Mention]) -> Mention | None:
    """The name a description stands right before, without comma, and describes: "the US automaker NAME",
    "German carmaker NAME" (the name is apposed to the description's head, or the head is a compound of
    the name). A relative ("his sister NAME") is left to :mod:`.coref_kin`, which also learns whose."""
    head = dis.doc[n.head_i]
    if n.end != head.idx + len(head) or head.i + 1 >= len(dis.doc) or is_kin(dis.doc, n.head_i, n.role):
        return None
    nxt = dis.doc[head.i + 1]
    found = next((m for m in names if m.start == nxt.idx), None)
    if found is None or dis.article.text[n.end : found.start] != " ":
        return None
    span = dis.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return None
    inside = range(span.start, span.end)
    apposed = any(t.head.i == head.i and t.dep_ == "appos" for t in span)
    compound = head.dep_ in ("compound", "nmod") and head.head.i in inside
    return found if apposed or compound else None


def _identified(dis: Discourse, n: Nominal, names: Iterator[Mention]) -> Cluster | None:
    """The named person a definite description is said to be: "The man accused of shooting ... is NAME"."""
    head = dis.doc[n.head_i]
    if n.type != "PERSON" or not n.definite or head.dep_ != "nsubj" or head.head.lemma_ != "be":
        return None
    attrs = [c for c in children_of(head.head) if c.dep_ == "attr" and c.i > head.i]
    found = next((m for m in names for a in attrs if m.start <= a.idx < m.end), None)
    return _fitting(dis.of_mention.get(found.id), n) if found is not None else None


def _fitting(cluster: Cluster | None, n: Nominal) -> Cluster | None:
    return cluster if cluster is not None and agrees(cluster, n.gender, n.age) else None


def _earlier_unnamed(dis: Discourse, n: Nominal, named: Cluster) -> Cluster | None:
    """The unnamed person a definite description apposed to a name also refers back to ("A man ... The man,
    NAME, ..."): the most recent one introduced by the same role noun, agreeing with the named person."""
    head = dis.doc[n.head_i].lower_
    for _, c in recent(dis, n.start, 12):
        if c is named or c.named or c.members or c.type != "PERSON":
            continue
        if (c.mentions[0].head or "").lower() != head:
            continue
        if agrees(c, n.gender, n.age) and agrees(c, named.gender, named.age) and (
                not c.country or not named.country or c.country == named.country):
            return c
    return None


def _identify_unnamed(dis: Discourse) -> None:
    """An unnamed person is the one named person who fits it: named before with its role noun among their
    titles ("Police Chief Scott Russell ... the police chief", beyond the window of step 3), or named
    before or after with the same stated age when its role says nothing more ("a 61-year-old man" and
    "Eric Allen Kirkpatrick, 61"). A role noun alone never reaches forward: a later person of that title
    may be another; a definite office does ("the Woodburn police chief": :func:`_definite_office`)."""
    people = [c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members]
    named = [c for c in people if c.named]
    for u in [c for c in people if not c.named]:
        office = _definite_office(u)
        fits = [(c, why) for c in named
                if (why := _same_person(u, c, office or _first(c) < _first(u))) is not None]
        if len(fits) == 1:
            target, why = fits[0]
            who = u.descriptor or "person"
            merge_clusters(dis, u, target, f"the unnamed {who} is {cluster_name(target)}: {why}")


def lead_end(text: str, lines: int = 3) -> int:
    """Where an article's lead ends: after its first ``lines`` lines that are not web addresses (the
    headline and the first paragraphs).

    >>> text = "http: / / x. com|Bank torched|May 5|A bank burned.|More.".replace("|", chr(10))
    >>> text[: lead_end(text)].splitlines()[-1]
    'A bank burned.'
    """
    pos, seen = 0, 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip() and not url_line(line, 0):
            seen += 1
            if seen == lines:
                break
    return pos


def _identify_described_orgs(dis: Discourse) -> None:
    """An organisation described by its kind in the lead ("protesters torch Greek bank", "a bank") is the
    one organisation of that kind the article names ("Marfin Investment Bank", "the Marfin bank")."""
    lead = lead_end(dis.article.text)
    for n, mention in dis.described_orgs:
        if n.start >= lead or url_line(dis.article.text, n.start):
            continue
        fits = [c for c in dis.clusters if c.type == "ORG" and c.named and not c.members and (
            n.role in c.roles or any(name.lower().split()[-1] == n.role for name in c.names()))
            and not (n.country and c.country and n.country != c.country)]
        if len(fits) == 1:
            dis.attach(fits[0], mention, f"the {n.role} the article names: {cluster_name(fits[0])}", 0.7)


def _first(c: Cluster) -> int:
    return min(m.start for m in c.mentions)


def _definite_office(u: Cluster) -> bool:
    """Whether an unnamed person is first described by a definite title qualified by more than its head
    ("the Woodburn police chief", "the city's police chief"): an office with one holder, who may be named
    after it (not "the officer", "the official").

    >>> from newsgraph.model import Mention
    >>> m = Mention(id="", start=0, end=21, text="the city's police chief", type="PERSON", kind="NOM")
    >>> _definite_office(Cluster("c1", "PERSON", [m], words={"police", "chief"}, roles={"chief"}))
    True
    """
    first = min((m for m in u.mentions), key=lambda m: m.start, default=None)
    if first is None or first.kind != "NOM" or not re.match(r"(?i)the\b|\w+'s\b", first.text):
        return False
    return bool(u.roles - _GENERIC_ROLES - _PLAIN_ROLES) and bool(u.words - u.roles)


def _same_person(u: Cluster, c: Cluster, named_before: bool) -> str | None:
    """Why an unnamed person cluster is a named one (None when nothing says so, or something conflicts)."""
    if not agrees(c, u.gender, u.age) or (u.country and c.country and u.country != c.country):
        return None
    known = c.words | c.roles
    domain = {w for w in u.words if w in lexicon().domains}
    roles = u.roles - _GENERIC_ROLES - _PLAIN_ROLES
    shared = sorted(r for r in roles if r in known)
    if shared and domain <= known and named_before:
        return f"'{shared[0]}' is among its titles and roles"
    if u.age is not None and u.age == c.age and not roles:
        return f"the same age, {u.age}"
    return None


def _resolve_nominal(dis: Discourse, n: Nominal) -> None:
    """Step 3 for one nominal: link it, start a new (unnamed or group) entity, or drop it."""
    mention = new_mention(dis.article.text, n.start, n.end, n.type, "NOM", dis.doc[n.head_i].text)
    named = _apposed(dis, n) if not n.appositive_to else None
    if named is not None:
        earlier = _earlier_unnamed(dis, n, named) if n.definite else None
        dis.attach(named, mention, "apposition to the name")
        _absorb_nominal(named, n)
        if n.title is not None and named.named:
            named.titles.append(n.title)
        if earlier is not None:
            why = f"'{n.text}' refers back to it and is apposed to {cluster_name(named)}"
            merge_clusters(dis, earlier, named, why)
        return
    if n.appositive_to:
        cluster = dis.of_mention.get(n.appositive_to)
        if cluster is not None:
            dis.attach(cluster, mention, "apposition")
            _absorb_nominal(cluster, n)
        return
    if n.collective:
        resolve_collective(dis, n, mention)
        return
    if n.plural:
        _resolve_group(dis, n, mention)
        return
    if n.type == "ORG" and not n.definite:
        dis.described_orgs.append((n, mention))
        return
    if n.type == "PERSON" and n.definite and is_kin(dis.doc, n.head_i, n.role):
        cluster = dis.new_cluster("PERSON")  # whose relative: known once the possessor is (coref_kin)
        cluster.descriptor = _descriptor(n.text)
        dis.attach(cluster, mention, "a relative of its possessor", 0.7)
        _absorb_nominal(cluster, n)
        dis.kin.append((cluster, n.head_i, n.role))
        return
    if n.definite:
        max_back = 12 if n.role not in _GENERIC_ROLES else 2
        candidates = recent(dis, n.start, max_back)
        banned = _clause_subjects(dis, dis.doc[n.head_i])
        fits = [(c, fit) for _, c in candidates
                if c.key not in banned and (fit := _nominal_fits(c, n)) is not None]
        if n.role in _BODY_NOUNS:
            said_before = _noun_said_before(dis, n)
            fits = [(c, fit) for c, fit in fits if not fit.endswith(_LAST_NAMED_BODY)
                    or not (said_before or _only_a_site(dis, c))]
        # a person described by the same noun before ("a woman ... the woman") goes before the most recent one
        same = [(c, fit) for c, fit in fits if n.type != "PERSON" or n.role in c.roles]
        if fits and not ambiguous_kind(n, [c for c, _ in fits]):
            cluster, reason = (same or fits)[0]
            dis.attach(cluster, mention, reason, 0.9)
            _absorb_nominal(cluster, n)
            return
    restated = age_restated(dis, n) or named_before(dis, n)  # "NAME was held. The 23-year-old/suspect ..."
    if restated is not None:
        dis.attach(restated, mention, f"'{n.text}': the one person named just before", 0.8)
        _absorb_nominal(restated, n)
        return
    aged = n.type == "PERSON" and n.definite and n.role in age_nouns()  # "the boy": named later, perhaps
    if n.type == "PERSON" and (not n.definite or n.title is not None or n.role == "year-old"
                               or _restricted(dis.doc[n.head_i]) or aged):
        cluster = dis.new_cluster("PERSON")
        cluster.descriptor = _descriptor(n.text)
        cluster.tentative = n.tentative or (aged and n.title is None and not _restricted(dis.doc[n.head_i]))
        dis.attach(cluster, mention, "introduces an unnamed person" if not n.definite
                   else "no earlier person fits; a new unnamed person", 0.7)
        _absorb_nominal(cluster, n)


def _clause_subjects(dis: Discourse, head: Token) -> set[str]:
    """The clusters of the subject of the verb a noun is the object of: "A judge sentenced the man" -- the
    man is not the judge."""
    if head.dep_ not in ("dobj", "dative"):
        return set()
    return subject_clusters(dis, head.head)


def _restricted(head: Token) -> bool:
    """Whether a definite description is restricted by a clause, so that it can introduce the person it
    describes: "the woman accused of killing two co-workers", "the man who opened fire" (also when the
    parser made the participle the noun's verb: a past participle without auxiliary or object)."""
    if any(c.dep_ in ("acl", "relcl") for c in children_of(head)):
        return True
    verb = head.head
    return (head.dep_ == "nsubj" and verb.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children_of(verb)))


def _descriptor(text: str) -> str:
    return re.sub(r"^(?:the|a|an|another|one)\s+", "", text, flags=re.IGNORECASE)


#: Words by which a counted group says it is not the people told ("the two other victims", "two more
#: officers", "another two men"): it cannot refer back (not extract.event_apart.ONE_MORE, the words of one
#: more act or party of a kind, which the event merge reads).
_NOT_REFERRING_BACK = frozenset({"other", "others", "another", "more", "further", "additional"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _resolve_group(dis: Discourse, n: Nominal, mention: Mention) -> None:
    """A plural with a number ("the two officials"): a group of the last ``count`` people mentioned (not
    when it says they are others, or someone's: "the two other victims", "his two half-brothers")."""
    if n.type != "PERSON" or not n.count:
        return
    sent = dis.sentence(n.start)
    words = n.text.lower().split()  # "the two other victims", "his two brothers": not the last people told
    back = n.definite and not _NOT_REFERRING_BACK.intersection(words) and words[0] not in _POSSESSIVES
    people = [c for last, c in recent(dis, n.start, 2) if c.type == "PERSON" and not c.members
              and sent - dis.sentence(last) <= 2] if back else []  # an indefinite one is new
    people = group_people(dis, n, people)  # "both women": not the man; "the three victims": not the shooter
    members, told = people[: n.count], "the last people mentioned"
    if len(people) < n.count:  # named only later ("two men accused ... NAME and NAME"): coref_cataphora
        members, told = later_members(dis, n), "the people named next"
    if not members and not blamed_group(dis, n):
        return
    group = dis.new_cluster("PERSON" if members else PENDING_GROUP)  # pending: named by its acts, events
    group.members, group.descriptor = members, _descriptor(n.text)
    names = ", ".join(c.names()[0] if c.names() else c.descriptor or "?" for c in group.members)
    dis.attach(group, mention, f"plural of {n.count}: {told} ({names or 'named later'})", 0.7)


def _steps(dis: Discourse) -> list[tuple[int, Nominal | Token]]:
    nominals: list[Nominal] = dis.doc.user_data.get(NOMINALS_KEY, [])
    steps: list[tuple[int, Nominal | Token]] = [(n.start, n) for n in nominals]
    steps += [(t.idx, t) for t in doc_tokens(dis.doc) if t.tag_ in ("PRP", "PRP$") and t.lower_ in PRONOUNS]
    return sorted(steps, key=lambda x: x[0])


def resolve_coreference(doc: Doc, article: Article) -> None:
    """Group the article's mentions into entities, adding nominal and pronoun mentions (see module doc).

    >>> from newsgraph.nlp import build_pipeline
    >>> art = build_pipeline()("Gen Asim Munir met Antony Blinken. The army chief said he was pleased.")._.ng
    >>> [(e.name, [art.mention(m).text for m in e.mentions]) for e in art.entities][:1]  # doctest: +SKIP
    [('Asim Munir', ['Asim Munir', 'The army chief', 'he'])]
    """
    dis = Discourse(doc, article)
    _merge_names(dis)
    steps = _steps(dis)
    for inside in (False, True):
        for start, step in steps:
            if dis.in_quote(start) != inside:
                continue
            if isinstance(step, Nominal):
                _resolve_nominal(dis, step)
            else:
                resolve_pronoun(dis, step)
    _identify_unnamed(dis)
    identify_stated(dis)
    identify_aged(dis)
    identify_lead_subject(dis)
    identify_restated_subject(dis)
    identify_lead_titles(dis, _GENERIC_ROLES | _PLAIN_ROLES)
    identify_headline_described(dis, _GENERIC_ROLES | _PLAIN_ROLES)
    identify_lead_descriptions(dis)
    identify_headline_kin(dis, identify_kin(dis))
    identify_coordinated_kin(dis)
    identify_ranked_officers(dis)
    identify_named_next(dis)
    identify_headline_named(dis)
    identify_described(dis)
    _identify_described_orgs(dis)
    drop_tentative(dis)
    finish_groups(dis)
    finalize(dis)
    for key in (NOMINALS_KEY, INFO_KEY):  # intermediate; Docs must stay serializable (msgpack)
        doc.user_data.pop(key, None)








