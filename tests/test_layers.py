"""Imports point one way, down the pipeline: a module may import its own layer and the
layers below it, never one above. Every import statement counts, those inside functions
too, so a lazy import cannot hide an upward edge."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "concord"

# Lowest first. The data model and shared knowledge are leaves everything may use.
LAYERS: list[set[str]] = [
    {"document", "claim", "analysis", "fact", "claimtype"},
    {"knowledge"},
    {"read"},
    {"nlp"},
    {"extract"},
    {"resolve"},
    {"claimtypes"},
    {"pipeline"},
    {"store"},
    {"ingest"},
    {"eval", "web", "cli", "api", "exports", "__init__"},
]
LAYER_OF = {name: index for index, names in enumerate(LAYERS) for name in names}


def _part(module: str) -> str:
    """The top-level part of a concord module: `concord.nlp.dates` -> `nlp`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(relative.parts)


def _is_module(name: str) -> bool:
    return (PACKAGE / f"{name}.py").exists() or (PACKAGE / name).is_dir()


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # `from concord import pipeline` imports the module concord.pipeline
            if node.module == "concord":
                found += [
                    (node.lineno, f"concord.{alias.name}")
                    for alias in node.names
                    if _is_module(alias.name)
                ]
    return [(line, name) for line, name in found if name.split(".")[0] == "concord"]


def upward_imports() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_of(path)
        own = LAYER_OF.get(_part(module))
        assert own is not None, f"{module}: not in any layer of tests/test_layers.py"
        for line, imported in _imports(path):
            if imported == "concord":
                continue  # the package itself: only __version__ lives there
            theirs = LAYER_OF.get(_part(imported))
            assert theirs is not None, f"{path}:{line}: {imported} is not in any layer"
            if theirs > own:
                problems.append(f"{path.relative_to(PACKAGE)}:{line} imports {imported}")
    return problems


def test_no_import_points_up_the_pipeline() -> None:
    assert upward_imports() == []


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: an nlp module importing the store is reported."""
    source = tmp_path / "bad.py"
    source.write_text("def f():\n    from concord.store import writer\n", encoding="utf-8")
    assert _imports(source) == [(2, "concord.store")]
    assert LAYER_OF[_part("concord.store")] > LAYER_OF[_part("concord.nlp.dates")]
