"""``newsgraph entities`` subcommands on identity decisions: merge, split, undo, decisions; and ``--explain``.

Registered on the ``entities`` group by :mod:`newsgraph.cli` (:func:`add_entity_commands`). Every decision is
recorded and reversible (:mod:`newsgraph.store.identity_ops`).

>>> from click.testing import CliRunner
>>> from newsgraph.cli import main
>>> CliRunner().invoke(main, ["entities", "merge", "--help"]).exit_code
0
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from newsgraph.store.identity_ops import Decision, Explanation

OpenStore = Callable[[click.Context], Any]


def explanations(store: Any, name: str) -> list[Explanation]:
    """Explanations of every global entity a name (or id) refers to.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     [info.entity["name"] for info in explanations(store, "munir")]
    ['Asim Munir']
    """
    from newsgraph.query.names import require_entities
    from newsgraph.store.identity_ops import explain

    found = store.fetch("SELECT id FROM entities WHERE id = ?", (name,))
    ids = [r["id"] for r in found] or [r.id for r in require_entities(store, name)]
    return [explain(store.db, i) for i in ids]


def print_explanation(info: Explanation) -> None:
    """One entity's explanation as plain lines.

    >>> from newsgraph.store.examples import example_store
    >>> with example_store() as store:
    ...     print_explanation(explanations(store, "Antony Blinken")[0])  # doctest: +ELLIPSIS
    Antony Blinken  [E..., PERSON]  country=USA sector=- wikidata=-
      created: new PERSON: no known entity with this name
      names: Antony Blinken
    ...
    """
    e = info.entity
    click.echo(f"{e['name']}  [{e['id']}, {e['type']}]  country={e['country'] or '-'} "
               f"sector={e['sector'] or '-'} wikidata={e['wikidata'] or '-'}")
    click.echo(f"  created: {e['link_reason']}")
    click.echo(f"  names: {', '.join(a for a, k in info.aliases if k == 'NAM') or '-'}")
    click.echo(f"  descriptions: {', '.join(a for a, k in info.aliases if k != 'NAM') or '-'}")
    click.echo(f"  blocking keys: {', '.join(info.keys) or '-'}")
    for kind in sorted({k for k, _ in info.facets}):
        click.echo(f"  {kind}: {', '.join(v for k, v in info.facets if k == kind)}")
    click.echo(f"  linked from {len(info.links)} article entities:")
    for link in info.links:
        score = f"{link['link_score']:.2f}" if link["link_score"] is not None else "-"
        click.echo(f"    {link['published'] or '?'} {link['article_id']}/{link['local_id']} "
                   f"{link['name']!r}: {link['link_reason']} (score {score})")
    for d in info.decisions:
        state = f", undone {d.undone_at}" if d.undone_at else ""
        click.echo(f"  decision {d.id}: {d.kind} {d.other_id} {'into' if d.kind == 'merge' else 'off'} "
                   f"{d.entity_id} on {d.created_at}{state}{' — ' + d.note if d.note else ''}")


def _echo_decision(d: Decision, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(d.to_dict(), ensure_ascii=False))
    elif d.kind == "merge":
        click.echo(f"{d.id}: merged {d.other_id} into {d.entity_id} (undo: newsgraph entities undo {d.id})")
    else:
        click.echo(f"{d.id}: split {d.other_id} off {d.entity_id} (undo: newsgraph entities undo {d.id})")


def add_entity_commands(group: click.Group, open_store: OpenStore) -> None:
    """Register ``merge``, ``split``, ``undo`` and ``decisions`` on the ``entities`` group.

    >>> group = click.Group("entities")
    >>> add_entity_commands(group, lambda ctx: None)
    >>> sorted(group.commands)
    ['decisions', 'merge', 'split', 'undo']
    """
    for add in (_add_merge, _add_split, _add_undo, _add_decisions):
        add(group, open_store)


def _add_merge(group: click.Group, open_store: OpenStore) -> None:
    @group.command(name="merge")
    @click.argument("keep")
    @click.argument("other")
    @click.option("--note", help="Why (kept with the decision).")
    @click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
    @click.pass_context
    def merge_cmd(ctx: click.Context, keep: str, other: str, note: str | None, as_json: bool) -> None:
        """Merge entity OTHER into KEEP (ids or names): articles, quotes, events and names follow."""
        from newsgraph.store.identity_ops import merge

        _echo_decision(merge(open_store(ctx).db, keep, other, note), as_json)


def _add_split(group: click.Group, open_store: OpenStore) -> None:
    @group.command(name="split")
    @click.argument("entity")
    @click.option("--article", "article_id", required=True, help="The article whose entity is split off.")
    @click.option("--local", "local_id", help="Only this local entity of the article (e1, e2...).")
    @click.option("--note", help="Why (kept with the decision).")
    @click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
    @click.pass_context
    def split_cmd(ctx: click.Context, entity: str, article_id: str, local_id: str | None, note: str | None,
                  as_json: bool) -> None:
        """Split what one article says of ENTITY off into a new entity."""
        from newsgraph.store.identity_ops import split

        _echo_decision(split(open_store(ctx).db, entity, article_id, local_id, note), as_json)


def _add_undo(group: click.Group, open_store: OpenStore) -> None:
    @group.command(name="undo")
    @click.argument("decision_id")
    @click.pass_context
    def undo_cmd(ctx: click.Context, decision_id: str) -> None:
        """Undo a merge or a split (every moved row goes back)."""
        from newsgraph.store.identity_ops import undo

        d = undo(open_store(ctx).db, decision_id)
        click.echo(f"{d.id}: undone")


def _add_decisions(group: click.Group, open_store: OpenStore) -> None:
    @group.command(name="decisions")
    @click.option("--json", "as_json", is_flag=True, help="JSON lines instead of text.")
    @click.pass_context
    def decisions_cmd(ctx: click.Context, as_json: bool) -> None:
        """The merge and split decisions, newest first."""
        from newsgraph.store.identity_ops import decisions

        for d in decisions(open_store(ctx).db):
            if as_json:
                click.echo(json.dumps(d.to_dict(), ensure_ascii=False))
            else:
                state = f" (undone {d.undone_at})" if d.undone_at else ""
                click.echo(f"{d.id} {d.created_at} {d.kind} {d.other_id} -> {d.entity_id}{state}"
                           f"{' — ' + d.note if d.note else ''}")
