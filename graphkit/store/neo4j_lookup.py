"""A named query and the look-up of its actor names in one Neo4j statement.

A call by name (:func:`graphkit.query.refs.call_with_refs`) needs the actors its names may
name (:meth:`Store.find_actors`) before the ids its query takes. On Neo4j each is a round
trip, and a round trip, not the server's work, is most of a call's time (about 1 ms of the
server's for ``first_contact_since``, 2-3 ms a read on the client's side). So the query
layer first calls with placeholder refs (:class:`~graphkit.store.base.RefLookup`); the
store then runs ONE statement (:func:`fused_statement`) that finds the actors as
``find_actors`` does, guesses in Cypher the ids each name resolves to (an id; the actors
whose name or alias is the text, lower-cased; then people of that surname) and runs the
query with those ids. The query layer resolves the names exactly from the actors found
(:mod:`graphkit.query.refs`'s rules, in Python) and takes the query's rows only when the
guessed ids are the ids it resolved; otherwise it runs the query again with them. So the
answer is always the answer of the exact ids, and in the usual case it costs one round
trip instead of two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphkit.store.base import PLACEHOLDER

# (names of what the statement adds: no named query uses a name starting with this)
_PREFIX = "graphkit_lookup_"
FOUND = f"{_PREFIX}found"
REFS = f"{_PREFIX}refs"
ROWS = f"{_PREFIX}rows"


def find_actors_call(prefix: str) -> str:
    """The subquery finding the actors ``Neo4jStore.find_actors`` reads, as ``a``: by id
    (``$ids``), country (``$countries``) or a word of a name (``$words``, a full-text
    query), each parameter name after ``prefix``."""
    return (f"CALL {{ MATCH (a:Actor) WHERE a.id IN ${prefix}ids RETURN a "
            f"UNION MATCH (a:Actor) WHERE a.country IN ${prefix}countries RETURN a "
            f"UNION CALL db.index.fulltext.queryNodes('actor_names', ${prefix}words) "
            f"YIELD node WITH node AS a WHERE a:Actor RETURN a }}\n")


# The actors found, in id order.
_FIND = (f"{find_actors_call(_PREFIX)}WITH a ORDER BY a.id\n"
         f"WITH collect(properties(a)) AS {FOUND}\n")

# A text's guessed ids, from the actors found: the actor of that id, else those whose name
# or an alias is the text (lower-cased; the query layer compares with the exact rule), and
# when one is a person also the people of that surname, else the people of that surname,
# else the people with a name whose first and last words are the text (a middle name left out).
_GUESS = (
    "WITH {keep}, "
    "[p IN {found} WHERE any(n IN [p.name] + coalesce(p.aliases, []) "
    "WHERE toLower(trim(n)) = ${name})] AS {named}, "
    "[p IN {found} WHERE p.kind = 'person' AND any(n IN [p.name] + coalesce(p.aliases, []) "
    "WHERE last(split(toLower(trim(n)), ' ')) = ${name})] AS {surnamed}\n"
    "WITH {keep}, CASE "
    "WHEN any(p IN {found} WHERE p.id = ${key}) THEN [${key}] "
    "WHEN size({named}) > 0 THEN [p IN {found} WHERE p IN {named} "
    "OR (any(q IN {named} WHERE q.kind = 'person') AND p IN {surnamed}) | p.id] "
    "WHEN size({surnamed}) > 0 THEN [p IN {surnamed} | p.id] "
    "ELSE [p IN {found} WHERE p.kind = 'person' AND any(n IN [p.name] + coalesce(p.aliases, []) "
    "WHERE size(split(toLower(trim(n)), ' ')) > 2 AND head(split(toLower(trim(n)), ' ')) + ' ' + "
    "last(split(toLower(trim(n)), ' ')) = ${name}) | p.id] END AS {ref}\n")

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def placeholders_of(params: dict[str, Any], count: int) -> dict[str, int] | None:
    """The parameters that are exactly one placeholder id list (``[RefLookup.placeholder(i)]``),
    with ``i``; None when a placeholder is anywhere else (a list it is one of, a
    string built from it): the query cannot take the guess in its place."""
    found: dict[str, int] = {}
    for key, value in params.items():
        if (isinstance(value, list | tuple) and len(value) == 1 and isinstance(value[0], str)
                and value[0].startswith(PLACEHOLDER)):
            index = value[0][len(PLACEHOLDER):]
            if not index.isdigit() or int(index) >= count:
                return None
            found[key] = int(index)
        elif _holds_placeholder(value):
            return None
    return found


def _holds_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return PLACEHOLDER in value
    if isinstance(value, dict):
        return any(_holds_placeholder(k) or _holds_placeholder(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_holds_placeholder(v) for v in value)
    return False


def collected_statement(cypher: str, columns: Sequence[str]) -> str:
    """``cypher`` answering its rows in ONE row: ``ROWS``, each row a list of its values in
    ``columns``' order, in the query's order.

    The same rows, for less of the client's time: the driver spends about as much on each
    record it receives as on the values in it (a page of 100 ``contacts`` rows took half
    the client's CPU time, a one-year ``timeline`` page 40% less, given actor ids).
    """
    values = ", ".join(f"`{c}`" for c in columns)
    return f"CALL {{\n{cypher}\n}}\nRETURN collect([{values}]) AS {ROWS}"


def fused_statement(cypher: str, columns: Sequence[str], taken: dict[str, int],
                    count: int) -> str:
    """The statement that looks ``count`` names up, guesses their ids and runs ``cypher``
    with the guess of name ``i`` in place of each parameter ``taken`` maps to ``i``.

    It returns one row: the actors found (``find_actors``'s rows, before its exact
    filter), the guessed ids per name, and the query's rows as
    :func:`collected_statement` gives them.
    """
    statement = _FIND
    refs = [f"{_PREFIX}ref{i}" for i in range(count)]
    for i, ref in enumerate(refs):
        keep = ", ".join([FOUND, *refs[:i]])
        statement += _GUESS.format(keep=keep, found=FOUND, name=f"{_PREFIX}name{i}",
                                   key=f"{_PREFIX}key{i}", named=f"{_PREFIX}named",
                                   surnamed=f"{_PREFIX}surnamed", ref=ref)
    body = re.sub(r"\$(" + "|".join(map(re.escape, taken)) + r")\b",
                  lambda m: refs[taken[m.group(1)]], cypher) if taken else cypher
    imported = ", ".join(refs)
    values = ", ".join(f"`{c}`" for c in columns)
    return (f"{statement}"
            f"CALL {{\n  WITH {imported}\n  CALL {{\n  WITH {imported}\n{body}\n  }}\n"
            f"  RETURN collect([{values}]) AS {ROWS}\n}}\n"
            f"RETURN {FOUND}, [{imported}] AS {REFS}, {ROWS}")


def fused_params(params: dict[str, Any], taken: dict[str, int], ids: Sequence[str],
                 names: Sequence[str], countries: Sequence[str], words: str) -> dict[str, Any]:
    """The fused statement's parameters: the query's (less those the guesses replace) and
    the look-up's (``ids``, ``names`` (name keys) and ``countries``: one per name, in
    order; ``words``: the full-text query ``find_actors`` sends)."""
    out = {k: v for k, v in params.items() if k not in taken}
    out.update({f"{_PREFIX}ids": list(ids), f"{_PREFIX}countries": list(countries),
                f"{_PREFIX}words": words})
    for i, (key, name) in enumerate(zip(ids, names, strict=True)):
        out[f"{_PREFIX}key{i}"] = key
        out[f"{_PREFIX}name{i}"] = name
    return out


def return_columns(cypher: str) -> list[str] | None:
    """The column names of ``cypher``'s final ``RETURN`` (None when it cannot tell: no
    top-level ``RETURN``, ``RETURN *``, a column of a form not recognised).

    Example:
        >>> return_columns("MATCH (e) RETURN e.id AS id, e ORDER BY id")
        ['id', 'e']
    """
    text = _code_only(cypher)
    starts = _top_level_words(text, ("RETURN",))
    if not starts:
        return None
    clause = text[starts[-1] + len("RETURN"):]
    ends = _top_level_words(clause, ("ORDER", "SKIP", "LIMIT", "UNION"))
    if ends:
        clause = clause[:ends[0]]
    clause = re.sub(r"^\s*DISTINCT\b", "", clause.strip(), flags=re.IGNORECASE)
    columns = []
    for item in _split_top_level(clause):
        item = item.strip()
        alias = re.search(r"\bAS\s+(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s*$", item,
                          flags=re.IGNORECASE)
        if alias:
            columns.append(alias.group(1).strip("`"))
        elif _WORD.fullmatch(item):
            columns.append(item)
        else:
            return None
    return columns or None


def _code_only(cypher: str) -> str:
    """``cypher`` with comments and string literals blanked (same length)."""
    out, i = [], 0
    while i < len(cypher):
        if cypher.startswith("//", i):
            end = cypher.find("\n", i)
            end = len(cypher) if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif cypher[i] in "'\"":
            quote, j = cypher[i], i + 1
            while j < len(cypher) and cypher[j] != quote:
                j += 2 if cypher[j] == "\\" else 1
            out.append(quote + "x" * (min(j, len(cypher)) - i - 1) + quote)
            i = j + 1
        else:
            out.append(cypher[i])
            i += 1
    return "".join(out)[:len(cypher)]


def _word_at(text: str, i: int, length: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + length] if i + length < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def _top_level_words(text: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` (keywords, any case) starts outside brackets."""
    depth, found, upper = 0, [], text.upper()
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and any(upper.startswith(w, i) and _word_at(text, i, len(w))
                                for w in words):
            found.append(i)
    return found


def _split_top_level(text: str) -> list[str]:
    depth, parts, start = 0, [], 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts
