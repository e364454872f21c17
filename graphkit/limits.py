"""The limits that keep every stage linear in its input and bounded in memory.

Untrusted input can be huge, deeply nested or shaped to make a parser slow (20 KB of ``[``
is one "word" spaCy's tokenizer splits in quadratic time). Each limit below names what it
bounds; past it, graphkit either refuses the input with an error naming the input and the
limit, or (for long token runs and sentences) cuts it with a warning and goes on.

Every limit can be set with an environment variable (``GRAPHKIT_MAX_ARTICLE_CHARS=5000000``)
or by passing a :class:`Limits` to the functions that take one::

    from graphkit.limits import Limits, current_limits
    limits = current_limits()               # defaults, overridden by the environment
    strict = Limits(max_article_chars=100_000)

| limit | default | past it |
|---|---|---|
| ``max_file_bytes`` | 20,000,000 | the file (or stdin) is refused |
| ``max_article_chars`` | 2,000,000 | the article is refused (spaCy's ``max_length`` is set to it) |
| ``max_token_chars`` | 200 | a run of characters without a space is split (warning) |
| ``max_sentence_tokens`` | 300 | a longer sentence is split before the parser (warning) |
| ``max_json_depth`` | 100 | a JSON value nested deeper is refused |
| ``seconds_per_article`` | 120 | the article is skipped with an error naming it |
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace

from graphkit.errors import GraphkitError

ENV_PREFIX = "GRAPHKIT_"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what one input may cost (see the module's table)."""

    max_file_bytes: int = 20_000_000
    max_article_chars: int = 2_000_000
    max_token_chars: int = 200
    max_sentence_tokens: int = 300
    max_json_depth: int = 100
    seconds_per_article: float = 120.0

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) <= 0:
                raise ValueError(f"limit {f.name} must be positive, not {getattr(self, f.name)!r}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, overridden by ``GRAPHKIT_<NAME>`` variables (``GRAPHKIT_MAX_FILE_BYTES``).

        Raises:
            GraphkitError: a variable is not a positive number.

        Example:
            >>> Limits.from_env({"GRAPHKIT_MAX_TOKEN_CHARS": "50"}).max_token_chars
            50
        """
        environ = os.environ if environ is None else environ
        changes: dict[str, int | float] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is None or not raw.strip():
                continue
            kind = float if f.name == "seconds_per_article" else int
            try:
                changes[f.name] = kind(raw.replace("_", "").replace(",", ""))
            except ValueError:
                raise GraphkitError(f"{ENV_PREFIX}{f.name.upper()}={raw[:40]!r} is not a number") from None
        try:
            return replace(cls(), **changes)
        except ValueError as exc:
            raise GraphkitError(f"{exc} (check the {ENV_PREFIX}* variables)") from None


DEFAULT_LIMITS = Limits()


def current_limits() -> Limits:
    """The limits in force: the defaults overridden by the environment (read on each call)."""
    return Limits.from_env()


class TimeLimitExceeded(Exception):
    """Raised inside a :func:`time_limit` block when its time is up."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block once ``seconds`` have passed.

    Uses the process's interval timer (SIGALRM), so it works only in the main thread of a
    POSIX process; elsewhere the block runs without a limit (the other limits still keep
    every stage linear). Blocks nest: an inner limit never extends an outer one.

    Example:
        >>> with time_limit(5):
        ...     pass
    """
    usable = (hasattr(signal, "setitimer") and seconds > 0
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    outer_remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer_remaining and outer_remaining < seconds:
        yield  # an enclosing limit fires first
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_remaining:  # give the enclosing limit back what is left of it
            left = outer_remaining - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
