"""Which files the named inputs stand for: folders walked, globs matched, links kept inside.

The walk never follows a link to a folder (so no link loop can make it run forever) and
reads a linked file only when it lies inside the named inputs: a link in an ingested
folder to /etc/passwd is one error line, not a stored document. FIFOs, sockets, devices
and dangling links are reported, never opened (opening a FIFO would block the run).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from fnmatch import fnmatchcase
from pathlib import Path

from concord.document import ReadError

GLOB_CHARACTERS = frozenset("*?[")

Found = list[tuple[Path, ReadError | None]]


def is_pattern(name: str) -> bool:
    return bool(GLOB_CHARACTERS & set(name))


def pattern_base(name: str) -> tuple[Path, tuple[str, ...]]:
    """The folder before the first wildcard, and the pattern's parts after it."""
    parts = Path(name).parts
    fixed = 0
    while fixed < len(parts) and not is_pattern(parts[fixed]):
        fixed += 1
    return Path(*parts[:fixed]) if fixed else Path("."), tuple(parts[fixed:])


def matches(pattern: tuple[str, ...], parts: tuple[str, ...], prefix: bool = False) -> bool:
    """Glob matching by path parts, `**` standing for any number of folders; with `prefix`,
    True when something below `parts` could still match."""
    if not parts:
        return prefix or all(part == "**" for part in pattern)
    if not pattern:
        return False
    if pattern[0] == "**":
        return matches(pattern[1:], parts, prefix) or matches(pattern, parts[1:], prefix)
    return fnmatchcase(parts[0], pattern[0]) and matches(pattern[1:], parts[1:], prefix)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file or folder"


def inside(path: Path, roots: Iterable[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def _link(path: Path, roots: tuple[Path, ...]) -> ReadError | None:
    """None for a link to a regular file inside the inputs (read once, through its target's
    name too), else why it is not read. Links to folders inside the inputs are skipped:
    what they hold is walked where it lies."""
    target = path.resolve()
    try:
        mode = target.stat().st_mode
    except OSError:
        return ReadError(str(path), "dangling symlink (its target does not exist)")
    if not inside(target, roots):
        return ReadError(str(path), "symlink outside the inputs: not followed")
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return ReadError(str(path), f"not read: the link leads to {_special_kind(mode)}")


def walk(folder: Path, roots: tuple[Path, ...], pattern: tuple[str, ...] | None = None) -> Found:
    """Files under `folder` (those matching `pattern` when given), sorted, hidden ones
    skipped, each paired with None or with the ReadError saying why it is not read."""
    found: Found = []
    visited: set[tuple[int, int]] = set()
    try:
        status = folder.stat()
        visited.add((status.st_dev, status.st_ino))
    except OSError as error:
        return [(folder, ReadError(str(folder), f"cannot read folder: {error.strerror}"))]
    _walk(folder, (), pattern is None, pattern or (), roots, visited, found)
    found.sort(key=lambda item: item[0])
    return found


def _walk(
    folder: Path,
    parts: tuple[str, ...],
    taken_above: bool,
    pattern: tuple[str, ...],
    roots: tuple[Path, ...],
    visited: set[tuple[int, int]],
    found: Found,
) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        found.append((folder, ReadError(str(folder), f"cannot read folder: {error.strerror}")))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        child = (*parts, entry.name)
        taken = taken_above or matches(pattern, child)
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            if taken:
                found.append((path, ReadError(str(path), f"cannot read: {error.strerror}")))
            continue
        if stat.S_ISLNK(mode):
            if taken:
                refusal = _link(path, roots)
                if refusal is not None or path.resolve().is_file():
                    found.append((path, refusal))
        elif stat.S_ISDIR(mode):
            if taken or matches(pattern, child, prefix=True):
                status = entry.stat(follow_symlinks=False)
                key = (status.st_dev, status.st_ino)
                if key not in visited:
                    visited.add(key)
                    _walk(path, child, taken, pattern, roots, visited, found)
        elif not taken:
            continue
        elif stat.S_ISREG(mode):
            found.append((path, None))
        else:
            found.append((path, ReadError(str(path), f"not read: {_special_kind(mode)}")))


def input_roots(names: Iterable[str]) -> tuple[Path, ...]:
    """What links may point into: every named file and folder, and each pattern's base."""
    roots = []
    for name in names:
        base = pattern_base(name)[0] if is_pattern(name) and not Path(name).exists() else Path(name)
        roots.append(base.resolve())
    return tuple(roots)


def expand(names: list[str]) -> Iterator[Path | ReadError]:
    """Every named input's files in order; see `concord.read.expand_paths`."""
    roots = input_roots(names)
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        key = path.resolve()
        if key in seen:
            return False
        seen.add(key)
        return True

    def listed(found: Found, name: str, empty: str) -> Iterator[Path | ReadError]:
        if not found:
            yield ReadError(name, empty)
        for path, refusal in found:
            if refusal is not None:
                yield refusal
            elif first_time(path):
                yield path

    for name in names:
        path = Path(name)
        if path.is_dir():
            yield from listed(walk(path, roots), name, "folder holds no files")
        elif path.is_file():
            if first_time(path):
                yield path
        elif is_pattern(name):
            base, pattern = pattern_base(name)
            found = walk(base, roots, pattern) if base.is_dir() else []
            yield from listed(found, name, "no such file: the pattern matches nothing")
        elif path.exists():
            yield ReadError(name, "not a regular file")
        elif path.is_symlink():
            yield ReadError(name, "dangling symlink (its target does not exist)")
        else:
            yield ReadError(name, "no such file or folder")
