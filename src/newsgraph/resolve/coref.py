"""Within-article coreference: mentions grouped into entities, explainably, by rules."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Article, Entity, Mention


def _same(a: Mention, e: Entity, article: Article) -> bool:
    if a.type != e.type:
        return False
    words = a.text.split()
    name = e.name.split()
    return a.text == e.name or (a.type == "PERSON" and len(words) == 1 and words[0] == name[-1])


def resolve_coreference(doc: Doc, article: Article) -> None:
    """Group the article's mentions into entities (exact names, and a surname after the full name)."""
    entities: list[Entity] = []
    for m in sorted(article.mentions, key=lambda m: -len(m.text.split())):
        match = next((e for e in entities if _same(m, e, article)), None)
        if match is None:
            match = Entity(id=f"e{len(entities) + 1}", name=m.text, type=m.type)
            entities.append(match)
        m.entity = match.id
        match.mentions.append(m.id)
        if m.text not in match.aliases:
            match.aliases.append(m.text)
    article.entities = entities
