"""The wheel `pip install` would build: it must declare everything src/concord imports and
carry the files the code reads at run time (templates, the stylesheet, word lists)."""

from __future__ import annotations

import ast
import email.parser
import importlib.metadata
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "concord"


def normalised(name: str) -> str:
    """Distribution names compare case- and separator-insensitively (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_top_level_modules() -> set[str]:
    """Every absolute import in the package, lazy ones inside functions included."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"concord"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the sources, so the work tree gets no build/ or egg-info."""
    pytest.importorskip("setuptools", minversion="77", reason="needs setuptools>=77 (dev lock)")
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
               "--disable-pip-version-check", "-q", "-w", str(out), str(source)]  # fmt: skip
    built = subprocess.run(command, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("concord-*.whl")
    return found


def wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


def test_every_imported_package_is_a_declared_dependency(wheel: Path) -> None:
    declared = {
        normalised(re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0])
        for requirement in wheel_metadata(wheel).get_all("Requires-Dist") or []
    }
    providers = importlib.metadata.packages_distributions()
    modules = imported_top_level_modules()
    assert {"fastapi", "uvicorn", "jinja2", "sqlalchemy"} <= modules  # the scan sees imports
    undeclared = {
        module: providers.get(module)
        for module in sorted(modules)
        if not {normalised(d) for d in providers.get(module, [])} & declared
    }
    assert not undeclared, f"imported but not in [project].dependencies: {undeclared}"


def test_the_wheel_carries_templates_static_files_and_package_data(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    data_files = {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    }
    assert "concord/web/templates/base.html" in data_files  # the walk found the data
    assert "concord/web/static/concord.css" in data_files
    assert any(name.endswith(".txt") for name in data_files)
    assert data_files - names == set()


def test_the_wheel_says_its_license_and_version(wheel: Path) -> None:
    import concord

    metadata = wheel_metadata(wheel)
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Version"] == concord.__version__
    with zipfile.ZipFile(wheel) as archive:
        assert any(name.endswith("/licenses/LICENSE") for name in archive.namelist())
