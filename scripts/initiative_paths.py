"""Which reading path produced each Russian initiative claim, without changing any output.

Rules were added round by round; to see which paths are right how often, every claim is
traced to the function (and, for `launcher_of`, the return line) that accepted it. The
extractor's module names are wrapped for the duration of a `with traced_paths() as paths:`
block; `paths.label(claim)` then names the claim's path ("other" where none was seen).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from concord.claim import Claim
from concord.extract.initiative import extractor

# the functions `_launch` asks, in its order, for the word that launches a project
LAUNCH_SOURCES = {
    "launcher_of",
    "framed_object",
    "fitting_launch",
    "readiness_launch",
    "held_since",
    "genitive_holder",
    "_approved_by_document",
    "invested_in",
    "scheduled_start",
}
# the later readers of `_claims`, each giving claims of its own
CLAIM_SOURCES = [
    "funded_works",
    "started_activities",
    "relocations",
    "troop_movements",
    "launched_by_reference",
]

ClaimKey = tuple[int, int, tuple[str, ...]]


def claim_key(claim: Claim) -> ClaimKey:
    """A claim is known by its evidence and kinds: later steps may copy the object."""
    return (claim.evidence.start, claim.evidence.end, tuple(claim.values("kind")))


@dataclass
class PathRecord:
    """The path of each claim seen, and of each word's last launch."""

    by_claim: dict[ClaimKey, str] = field(default_factory=dict)
    by_word: dict[tuple[int, int], str] = field(default_factory=dict)
    detail_by_claim: dict[ClaimKey, str] = field(default_factory=dict)
    detail_by_word: dict[tuple[int, int], str] = field(default_factory=dict)
    views: list[object] = field(default_factory=list)  # kept alive so ids stay unique

    def label(self, claim: Claim) -> str:
        return self.by_claim.get(claim_key(claim), "other")

    def detail(self, claim: Claim) -> str:
        """The launching word and the project noun, as lemma/part of speech/relation."""
        return self.detail_by_claim.get(claim_key(claim), "")


def _launch_path(returns: list[tuple[str, int, Any]], launcher: int) -> str:
    """The last direct helper of `_launch` whose answer led to the launcher."""
    for name, line, value in reversed(returns):
        if name not in LAUNCH_SOURCES:
            continue
        if name == "genitive_holder":
            return "phase"
        if value == launcher:
            return f"{name}:{line}" if name == "launcher_of" else name
    return "launch?"


def _traced_launch(record: PathRecord, original: Callable[..., Any]) -> Callable[..., Any]:
    def launch(view: Any, index: int, words: Any) -> Any:
        returns: list[tuple[str, int, Any]] = []
        depth = 0

        def profiler(frame: FrameType, event: str, arg: Any) -> None:
            nonlocal depth
            if event == "call":
                depth += 1
            elif event == "return":
                if depth == 2 and arg is not None:
                    returns.append((frame.f_code.co_name, frame.f_lineno, arg))
                depth -= 1

        previous = sys.getprofile()
        sys.setprofile(profiler)
        try:
            result = original(view, index, words)
        finally:
            sys.setprofile(previous)
        if result is not None:
            launcher, named_body = result
            path = _launch_path(returns, launcher)
            record.views.append(view)
            record.by_word[(id(view), index)] = path + ("+body" if named_body else "")
            record.detail_by_word[(id(view), index)] = " ".join(
                f"{view.tokens[i].lemma}/{view.tokens[i].pos}/{view.tokens[i].relation}"
                for i in (launcher, index)
            )
        return result

    return launch


def _traced_project(record: PathRecord, original: Callable[..., Any]) -> Callable[..., Any]:
    def project(view: Any, index: int, words: Any, look_back: bool) -> Any:
        claim = original(view, index, words, look_back)
        if claim is not None:
            path = record.by_word.get((id(view), index), "launch?")
            record.by_claim.setdefault(claim_key(claim), path)
            detail = record.detail_by_word.get((id(view), index), "")
            record.detail_by_claim.setdefault(claim_key(claim), detail)
        return claim

    return project


def _traced_reader(
    record: PathRecord, name: str, original: Callable[..., Any]
) -> Callable[..., Any]:
    def reader(*arguments: Any, **keywords: Any) -> Any:
        claims = original(*arguments, **keywords)
        for claim in claims:
            record.by_claim.setdefault(claim_key(claim), name)
        return claims

    return reader


@contextmanager
def traced_paths() -> Iterator[PathRecord]:
    """Wrap the extractor's readers for the block; restore them after."""
    record = PathRecord()
    saved = {
        name: getattr(extractor, name) for name in ["_launch", "_project_claim", *CLAIM_SOURCES]
    }
    extractor._launch = _traced_launch(record, saved["_launch"])
    extractor._project_claim = _traced_project(record, saved["_project_claim"])
    for name in CLAIM_SOURCES:
        setattr(extractor, name, _traced_reader(record, name, saved[name]))
    try:
        yield record
    finally:
        for name, function in saved.items():
            setattr(extractor, name, function)
