"""Which ad-hoc Cypher needs ``write=True`` (``graphkit cypher --write``): writes, and
administration Neo4j would run anyway.

A read transaction stops ``CREATE`` and ``MERGE``, but Neo4j runs administration commands
and most ``dbms.*``/``db.*`` procedures inside one: ``TERMINATE TRANSACTIONS`` would abort
another client's write, ``SHOW USERS`` list the accounts. :func:`refuse_admin_cypher` reads
the query's keywords and called procedures (string literals and comments removed first)
against ``schema/cypher_rights.yaml`` and refuses those before the query is sent. Looking
at the schema (``SHOW INDEXES``, ``SHOW CONSTRAINTS``, ``SHOW PROCEDURES``) stays allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graphkit.errors import WriteRefused
from graphkit.resources import load_yaml, schema_file

# String literals, comments and backtick names, in one pass so that a quote inside a
# comment (or "//" inside a string) is read as what it is.
_LEXEMES = re.compile(r"""'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|//[^\n]*|/\*.*?(?:\*/|$)|`(?:[^`]|``)*`?""",
                      re.DOTALL)
_WORD = re.compile(r"[$.:]?\s*([A-Za-z_][A-Za-z0-9_]*)")
_CALL = re.compile(r"\bCALL\s+((?:[A-Za-z_][A-Za-z0-9_]*\s*\.\s*)*[A-Za-z_][A-Za-z0-9_]*)\s*(?:\(|\b)",
                   re.IGNORECASE)


@dataclass(frozen=True)
class CypherRights:
    """The refusal rules of ``schema/cypher_rights.yaml``."""

    admin_keywords: frozenset[str]
    admin_before: dict[str, frozenset[str]]
    guarded_namespaces: frozenset[str]
    read_only_procedures: frozenset[str]
    show_qualifiers: frozenset[str]
    read_only_show: frozenset[str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> CypherRights:
        data = load_yaml(schema_file("cypher_rights.yaml").read_text(encoding="utf-8"))
        return cls(
            admin_keywords=frozenset(w.upper() for w in data["admin_keywords"]),
            admin_before={k.upper(): frozenset(w.upper() for w in v)
                          for k, v in data["admin_before"].items()},
            guarded_namespaces=frozenset(n.lower() for n in data["guarded_namespaces"]),
            read_only_procedures=frozenset(p.lower() for p in data["read_only_procedures"]),
            show_qualifiers=frozenset(w.upper() for w in data["show_qualifiers"]),
            read_only_show=frozenset(w.upper() for w in data["read_only_show"]),
        )

    def show_object(self, after_show: list[str]) -> tuple[str, bool]:
        """What ``SHOW`` followed by the keywords ``after_show`` shows (``RANGE INDEXES``),
        and whether that only inspects the schema."""
        for n, word in enumerate(after_show):
            if word not in self.show_qualifiers:
                return " ".join(after_show[:n + 1]), word in self.read_only_show
        return " ".join(after_show), False


def admin_reason(query: str, rights: CypherRights | None = None) -> str | None:
    """What makes ``query`` need ``write=True`` beyond writing (an admin command, a procedure),
    or None.

    Example:
        >>> admin_reason("TERMINATE TRANSACTIONS 'neo4j-transaction-7'")
        'TERMINATE is an administration command'
        >>> admin_reason("MATCH (n) WHERE n.show = 'SHOW USERS' RETURN n") is None
        True
        >>> admin_reason("SHOW RANGE INDEXES YIELD name") is None
        True
    """
    rights = rights or CypherRights.load()
    code = _LEXEMES.sub(_keep_names, query)
    words = [m.group(1).upper() for m in _WORD.finditer(code)
             if m.group(0)[0] not in "$.:"]
    for i, word in enumerate(words):
        if i and words[i - 1] == "AS":
            continue  # a name given by the query ("RETURN n.x AS terminate")
        if word in rights.admin_keywords:
            return f"{word} is an administration command"
        if word == "SHOW":
            shown, read_only = rights.show_object(words[i + 1:])
            if not read_only:
                return (f"SHOW {shown}".strip() + " is an administration command (read-only, "
                        "SHOW only lists indexes, constraints, functions and procedures)")
        following = rights.admin_before.get(word)
        if following and i + 1 < len(words) and words[i + 1] in following:
            return f"{word} {words[i + 1]} is an administration command"
    for match in _CALL.finditer(code):
        name = re.sub(r"\s+", "", match.group(1))
        namespace = name.split(".", 1)[0].lower()
        if namespace in rights.guarded_namespaces and name.lower() not in rights.read_only_procedures:
            return f"the procedure {name} may change the server or other sessions"
    return None


def refuse_admin_cypher(query: str) -> None:
    """Raise when ``query`` is an administration command or calls a guarded procedure.

    Raises:
        WriteRefused: saying what was found and that ``write=True`` allows it.
    """
    reason = admin_reason(query)
    if reason:
        raise WriteRefused(f"refused: {reason}, and queries are read-only by default")


def _keep_names(match: re.Match[str]) -> str:
    """Blank out strings and comments; a backtick name keeps its text (`dbms`.`x`)."""
    lexeme = match.group(0)
    if lexeme.startswith("`"):
        return " " + lexeme.strip("`").replace("``", "`") + " "
    return " "
