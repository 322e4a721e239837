"""Every SQL statement takes user values as parameters: a static check over the source.

SQL is built only from code: an f-string or concatenation whose text is SQL may interpolate only names
of SQL fragments the code assembles itself (column lists, ``WHERE`` clauses of ``?`` conditions,
``placeholders(n)``, table names, upper-case constants) — never a variable holding a value. ``%`` and
``.format`` are not used to build SQL at all. The dynamic side (a canary value in every parameter of every
endpoint never shows up in any statement's text) is in ``test_hostile.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "newsgraph"
SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE|ORDER\s+BY|VALUES|JOIN|"
                 r"MATCH|CREATE|DROP|COPY)\b")
#: Names of SQL fragments that code builds (never values): what SQL f-strings may interpolate.
FRAGMENTS = frozenset({"table", "t", "tables", "col", "cols", "cols_", "columns", "keys", "where",
                       "art_where", "cond", "conds", "clauses", "base", "marks", "order", "sql", "ids",
                       "chunk", "parts", "ks", "row", "schema", "placeholders", "len", "_where", "join"})
_CONST = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


def _names(expr: ast.expr) -> set[str]:
    out = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Name):
            out.add(node.id)
        elif isinstance(node, ast.Attribute):
            out.add(node.attr)
    return out


def _literal(node: ast.JoinedStr) -> str:
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))


def _is_placeholders_call(node: ast.expr) -> bool:
    """``placeholders(n)``: only ever ``?, ?, ...``, whatever ``n`` is."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "placeholders"


def _is_sql_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(SQL.search(node.value))


def _problem(node: ast.AST) -> str | None:
    """What is wrong with one node, if it builds SQL from something other than code's own fragments."""
    if isinstance(node, ast.JoinedStr) and SQL.search(_literal(node)):
        for v in node.values:
            if isinstance(v, ast.FormattedValue) and not _is_placeholders_call(v.value):
                bad = {n for n in _names(v.value) if n not in FRAGMENTS and not _CONST.match(n)}
                if bad:
                    return f"SQL f-string interpolates {ast.unparse(v.value)!r}"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _is_sql_constant(node.left):
        return "SQL built with %"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
            and _is_sql_constant(node.func.value):
        return "SQL built with .format"
    return None


def problems(path: Path) -> list[str]:
    """Every place in a Python file that builds SQL from a value."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [f"{path.name}:{getattr(n, 'lineno', 0)}: {why}" for n in ast.walk(tree) if (why := _problem(n))]


def test_sql_is_never_built_from_values() -> None:
    found = [f"{path.parent.name}/{p}" for path in sorted(SRC.rglob("*.py")) for p in problems(path)]
    assert found == [], "\n".join(found)


def test_the_check_catches_a_value_in_sql(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(db, name):\n"
                   "    return db.query(f\"SELECT id FROM entities WHERE name = '{name}'\")\n"
                   "def g(db, n):\n    return db.query(\"SELECT * FROM t WHERE x = %s\" % n)\n"
                   "def h(db, n):\n    return db.query(\"DELETE FROM t WHERE x = {}\".format(n))\n")
    assert [p.split(": ", 1)[1] for p in problems(bad)] == [
        "SQL f-string interpolates 'name'", "SQL built with %", "SQL built with .format"]
