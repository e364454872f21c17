"""Reading inputs safely: files, stdin and directories of article files.

Every check that makes an input unusable lives here and raises a :class:`LoadError` that
names the input and the fix: a missing path, an empty or whitespace-only file, a binary
file, text that is not valid UTF-8 (or not valid in the encoding given), a file over the
size limit, a directory with no article files.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Any

from graphkit.errors import LoadError
from graphkit.limits import DEFAULT_LIMITS, current_limits
from graphkit.model import STDIN_SOURCE
from graphkit.sanitize import display_path

STDIN = "-"
"""The path that means standard input."""


ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".jsonl", ".json",
                                     ".rss", ".atom", ".rdf", ".xml")
"""File name endings a directory is searched for (case-insensitive)."""

SKIPPED_SUFFIXES: tuple[str, ...] = (".gold.json",)
"""Files of a directory that are never articles (evaluation gold files)."""

DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_file_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.05


def read_file(path: str | Path, *, encoding: str | None = None,
              max_bytes: int | None = None) -> str:
    """The text of one file, after checking it is a readable text file of sensible size.

    Args:
        path: The file.
        encoding: The file's encoding; None reads UTF-8 (or UTF-16/32 with a byte-order
            mark).
        max_bytes: Files bigger than this are refused (default: ``max_file_bytes`` of
            :func:`graphkit.limits.current_limits`, so ``GRAPHKIT_MAX_FILE_BYTES`` counts).

    Returns:
        The decoded text, exactly as in the file (no cleaning).

    Raises:
        LoadError: The path does not exist, is a directory, a device, a FIFO, a socket or a
            symbolic link that loops, cannot be read, is too big, empty, binary or not
            valid in its encoding.

    Example:
        >>> text = read_file("corpus/article.txt", encoding="latin-1")  # doctest: +SKIP
    """
    path = Path(path)
    source = display_path(path)
    max_bytes = current_limits().max_file_bytes if max_bytes is None else max_bytes
    size = _regular_file_size(path, source)
    if size > max_bytes:
        raise LoadError(source, _too_big(size, max_bytes))
    try:
        # Non-blocking, and checked again once open: a FIFO put in the file's place since
        # stat() must not block. At most one byte past the limit is read: a file that
        # grows, or a /proc file that reports size 0, is still bounded.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise LoadError(source, "is not a regular file (it changed while being read)")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(source, f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # it grew since stat()
        raise LoadError(source, _too_big(len(data), max_bytes))
    return decode(data, source, encoding=encoding)


def read_stdin(stream: IO[Any] | None = None, *, encoding: str | None = None,
               max_bytes: int | None = None) -> str:
    """The text of standard input (or of ``stream``), with the same checks as a file.

    Args:
        stream: What to read instead of ``sys.stdin`` (a binary or a text stream).
        encoding: As for :func:`read_file`.
        max_bytes: Input longer than this is refused (default as for :func:`read_file`).

    Returns:
        The decoded text.

    Raises:
        LoadError: Source ``<stdin>``: the input is too big, empty, binary or mis-encoded.

    Example:
        >>> import io
        >>> read_stdin(io.BytesIO(b"Putin spoke with Macron."))
        'Putin spoke with Macron.'
    """
    stream = sys.stdin if stream is None else stream
    max_bytes = current_limits().max_file_bytes if max_bytes is None else max_bytes
    data = getattr(stream, "buffer", stream).read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise LoadError(STDIN_SOURCE, f"input is over the limit of {max_bytes:,} bytes "
                                      "(max_file_bytes; set GRAPHKIT_MAX_FILE_BYTES or pass "
                                      "a smaller input)")
    return decode(data, STDIN_SOURCE, encoding=encoding)


def _regular_file_size(path: Path, source: str) -> int:
    """The size of ``path`` after checking it is a regular file (never opening it: opening
    a FIFO blocks until a writer comes, reading /dev/zero never ends)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise LoadError(source, "no such file or directory") from None
    except NotADirectoryError:
        raise LoadError(source, "no such file: a part of the path is not a directory") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoadError(source, "is a symbolic link that loops back on itself") from None
        raise LoadError(source, f"cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL byte in the name
        raise LoadError(source, f"is not a usable file name ({exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(source, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode)
                else "a socket" if stat.S_ISSOCK(info.st_mode) else "a device")
        raise LoadError(source, f"is {kind}, not a regular file; pipe it to - instead")
    return info.st_size


def decode(data: bytes, source: str, *, encoding: str | None = None) -> str:
    """Bytes to text, refusing empty, binary and mis-encoded input.

    Args:
        data: The raw input.
        source: The input's name, for error messages.
        encoding: The encoding of the inputs that are not UTF-8; None means UTF-8, or the
            encoding a byte-order mark names. Data that starts with a byte-order mark, or
            is valid UTF-8 with non-ASCII characters and no NUL byte, is read as such
            whatever ``encoding`` says (so a mixed batch read with ``latin-1`` does not
            turn its UTF-8 files' "Zoë" into "ZoÃ«").

    Returns:
        The text (a UTF-8 byte-order mark removed).

    Raises:
        LoadError: ``data`` is empty or only whitespace, binary (NUL bytes or many control
            characters), or not valid in its encoding (the message suggests
            ``--encoding latin-1``); or ``encoding`` is not an encoding's name.

    Example:
        >>> decode("Café".encode("latin-1"), "a.txt", encoding="latin-1")
        'Café'
    """
    if not data:
        raise LoadError(source, "is empty (0 bytes)")
    if encoding is not None and _plainly_unicode(data):
        encoding = None  # (a batch of Latin-1 and UTF-8 files: --encoding is for the former)
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
        if encoding is None and _looks_binary(data):
            raise LoadError(source, "looks like a binary file, not text "
                                    "(NUL bytes or control characters)")
    try:
        text = data.decode(encoding or "utf-8")
    except LookupError as exc:
        raise LoadError(source, f"unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        if encoding is None:
            reason = (f"is not valid UTF-8 ({where}); give its encoding, "
                      "e.g. --encoding latin-1")
        else:
            reason = f"is not valid {encoding} ({where}); check the encoding given"
        raise LoadError(source, reason) from exc
    if _looks_binary_text(text):
        raise LoadError(source, "looks like a binary file, not text "
                                "(NUL bytes or control characters)")
    if not text.strip():
        raise LoadError(source, "holds only whitespace, no text")
    return text


def find_article_files(directory: str | Path,
                       errors: list[LoadError] | None = None,
                       unread: list[Path] | None = None) -> list[Path]:
    """Every article file under ``directory``, recursively, in sorted order.

    Files count when their name ends in one of :data:`ARTICLE_SUFFIXES`; hidden files
    and folders (name starting with ``.``) and gold files (``*.gold.json``) are skipped;
    symbolic links to folders are not followed.

    Args:
        directory: The folder to search.
        errors: Where to add a ``LoadError`` for each subfolder that cannot be read
            (None: such subfolders are skipped silently).
        unread: Where to add each file that is not read because of its name (``photo.png``,
            ``notes.md``); hidden files and gold files are not added.

    Returns:
        The files, sorted by path so every run sees the same order.

    Raises:
        LoadError: ``directory`` is not a folder, or holds no article files.

    Example:
        >>> find_article_files("corpus/dev")  # doctest: +SKIP
        [PosixPath('corpus/dev/03_eueast.txt'), PosixPath('corpus/dev/06_livemint.txt')]
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise LoadError(display_path(directory), "is not a directory")

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(LoadError(display_path(exc.filename or directory),
                                    f"cannot be read: {exc.strerror or exc}"))

    found: list[Path] = []
    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if _is_article_file(name))
        if unread is not None:
            unread.extend(Path(root) / name for name in files
                          if not _is_article_file(name) and not name.startswith(".")
                          and not name.lower().endswith(SKIPPED_SUFFIXES))
    if not found:
        raise LoadError(display_path(directory), "holds no article files ("
                                        + ", ".join(ARTICLE_SUFFIXES) + ")")
    return sorted(found)


def _is_article_file(name: str) -> bool:
    lowered = name.lower()
    return (not name.startswith(".")
            and lowered.endswith(ARTICLE_SUFFIXES)
            and not lowered.endswith(SKIPPED_SUFFIXES))


def _plainly_unicode(data: bytes) -> bool:
    """Data no other encoding can be meant for: a byte-order mark, or valid UTF-8 beyond
    ASCII (legacy encodings' text is almost never valid UTF-8; BOM-less UTF-16 has NULs)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return True
    if data.isascii() or b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    return len(_CONTROL_BYTES.findall(sample)) > _MAX_CONTROL_RATIO * len(sample)


def _looks_binary_text(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:_BINARY_SAMPLE]
    return len(_CONTROL_CHARS.findall(sample)) > _MAX_CONTROL_RATIO * len(sample)


def _too_big(size: int, max_bytes: int) -> str:
    return (f"is {size:,} bytes, over the limit of {max_bytes:,} bytes "
            "(max_file_bytes; set GRAPHKIT_MAX_FILE_BYTES or split the file)")
