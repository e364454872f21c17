"""Making untrusted values safe to carry through the pipeline and to write out.

Three families of input broke whole batches before these existed:

- **Lone surrogates** (``"\\ud800"`` from a JSON escape, a file name that is not valid
  UTF-8): Python strings may hold them, but no UTF-8 file, XML document or Neo4j server
  can. :func:`replace_surrogates` turns each into U+FFFD on the way in;
  :func:`display_path` shows a file name's undecodable bytes as ``\\xff``.
- **Deeply nested or huge JSON**: :func:`loads_json` refuses nesting deeper than a limit
  before the parser recurses, and integers over Python's digit limit, as one
  :class:`UntrustedJSONError` instead of a ``RecursionError`` or a bare ``ValueError``.
- **Characters XML 1.0 cannot hold** (``\\x01``, ``\\x1f``, ``\\ufffe``): :func:`xml_safe`
  replaces them, so a GraphML or GEXF file always parses in its reader.
"""

from __future__ import annotations

import json
import os
import re
import sys
from itertools import accumulate
from pathlib import Path
from typing import Any

REPLACEMENT = "\ufffd"

_SURROGATES = re.compile(r"[\ud800-\udfff]")
# What XML 1.0 allows is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class UntrustedJSONError(ValueError):
    """A JSON text is nested too deeply or holds a number Python will not convert."""


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate code point replaced by U+FFFD.

    Example:
        >>> replace_surrogates("Talks\\ud800 ended")
        'Talks\\ufffd ended'
    """
    return _SURROGATES.sub(REPLACEMENT, text) if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def display_path(path: str | Path) -> str:
    """A path as text safe to print and store: undecodable bytes of its name as ``\\xNN``.

    Example:
        >>> display_path(os.fsdecode(b"caf\\xe9.txt"))
        'caf\\\\xe9.txt'
    """
    text = os.fspath(path)
    if not _has_surrogates(text):
        return text
    return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids (most C0 controls, lone surrogates,
    U+FFFE/U+FFFF) replaced by U+FFFD.

    Example:
        >>> xml_safe("a\\x01b")
        'a\\ufffdb'
    """
    return _NOT_XML.sub(REPLACEMENT, text)


def clean_strings(value: Any) -> Any:
    """A decoded JSON value with lone surrogates replaced in every string (keys too).

    Only ever called on values :func:`loads_json` has bounded in depth.
    """
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        return [clean_strings(v) for v in value]
    if isinstance(value, dict):
        return {replace_surrogates(k): clean_strings(v) for k, v in value.items()}
    return value


def json_depth(text: str, stop_above: int | None = None) -> int:
    """How deeply the arrays and objects of a JSON text nest (brackets inside strings skipped).

    Linear in the text, and fast: only the brackets are counted in Python. With
    ``stop_above``, counting stops as soon as the depth passes it.

    Example:
        >>> json_depth('[{"a": "[["}, [1]]')
        2
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    deepest = 0
    for depth in accumulate(_DEPTH_STEP[c] for c in brackets):
        if depth > deepest:
            deepest = depth
            if stop_above is not None and depth > stop_above:
                break
    return deepest


def loads_json(text: str, max_depth: int | None = None) -> Any:
    """``json.loads`` for untrusted text: bounded nesting, no huge integers, no lone surrogates.

    Args:
        text: The JSON text.
        max_depth: The deepest nesting of arrays and objects allowed; default the
            ``max_json_depth`` of :func:`graphkit.limits.current_limits`.

    Returns:
        The decoded value, every string's lone surrogates replaced by U+FFFD.

    Raises:
        json.JSONDecodeError: ``text`` is not JSON.
        UntrustedJSONError: it nests deeper than ``max_depth``, or holds an integer too long
            to convert.

    Example:
        >>> loads_json('{"title": "\\\\ud800"}')
        {'title': '\\ufffd'}
    """
    if max_depth is None:
        from graphkit.limits import current_limits

        max_depth = current_limits().max_json_depth
    # Counting brackets is cheap; measuring the depth only when there are many.
    if text.count("[") + text.count("{") > max_depth and json_depth(text, max_depth) > max_depth:
        raise UntrustedJSONError(f"nested more than {max_depth} levels deep "
                                 "(limit max_json_depth)")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise UntrustedJSONError("nested too deeply to read") from None
    except ValueError:  # Python's limit on the digits of an int
        raise UntrustedJSONError(f"holds an integer longer than Python reads "
                                 f"({sys.get_int_max_str_digits():,} digits)") from None
    return clean_strings(value)
