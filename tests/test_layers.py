"""The layers of docs/ARCHITECTURE.md, read from the source: which module may import which.

Every import counts, at the top of a module or inside a function; only imports under
``if TYPE_CHECKING:`` (annotations) are left out. A module of a lower layer never imports one
of a higher layer; the store imports nothing of the package but the model, the settings, the
errors and its own modules.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "pactwatch"

# layer number: a module may import modules of its own layer or a lower one
FOUNDATION, STORE, ANALYSIS, RECORDS, SERVICES, TOP = range(6)
LAYER_NAMES = ["foundation", "store", "analysis", "records", "services", "top"]

LAYERS: dict[str, int] = {
    "pactwatch": FOUNDATION, "pactwatch.errors": FOUNDATION, "pactwatch.settings": FOUNDATION,
    "pactwatch.model": FOUNDATION, "pactwatch.snapshot": FOUNDATION,
    "pactwatch.store": STORE,
    **{f"pactwatch.{m}": ANALYSIS for m in (
        "read", "warc", "clean", "metadata", "nlp", "entities", "gazetteer", "relations", "quotes", "events", "dates",
        "pagekind", "provenance", "pipeline", "workers", "stories", "dedup", "contract", "crossdoc",
        "crossdoc.stages", "crossdoc.agreements", "crossdoc.corroboration")},
    "pactwatch.crossdoc.network": RECORDS, "pactwatch.crossdoc.records": RECORDS,
    "pactwatch.ingest": SERVICES, "pactwatch.export": SERVICES,
    "pactwatch.cli": TOP, "pactwatch.web": TOP, "pactwatch.engines": TOP, "pactwatch.benchmarks": TOP,
    "pactwatch.__main__": TOP,
}

# What the store may import of the package besides its own modules (issue 13).
STORE_MAY_IMPORT = {"pactwatch.model", "pactwatch.settings", "pactwatch.errors"}


def layer_of(module: str) -> int:
    """The layer of a module: its own entry, else its nearest package's."""
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        name = ".".join(parts[:i])
        if name in LAYERS:
            return LAYERS[name]
    raise KeyError(module)


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def package_imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports (absolute names), TYPE_CHECKING blocks left out."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if _type_checking_only(node):
            skip.update(id(n) for n in ast.walk(node))
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("pactwatch"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("pactwatch"):
                continue
            out.add(mod)
            for a in node.names:  # ``from . import schema`` names a module
                if (PACKAGE.parent / (mod.replace(".", "/") + "/" + a.name + ".py")).exists() or \
                        (PACKAGE.parent / mod.replace(".", "/") / a.name / "__init__.py").exists():
                    out.add(f"{mod}.{a.name}")
    return out


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    missing = [module_name(p) for p in MODULES if not _has_layer(module_name(p))]
    assert not missing, f"give these modules a layer in tests/test_layers.py and docs/ARCHITECTURE.md: {missing}"


def _has_layer(module: str) -> bool:
    try:
        layer_of(module)
    except KeyError:
        return False
    return True


@pytest.mark.parametrize("path", [p for p in MODULES if module_name(p).startswith("pactwatch.store")],
                         ids=lambda p: module_name(p))
def test_the_store_imports_only_the_model_settings_errors_and_itself(path):
    outside = {m for m in package_imports(path) if not m.startswith("pactwatch.store")}
    assert outside <= STORE_MAY_IMPORT, f"{module_name(path)} imports {sorted(outside - STORE_MAY_IMPORT)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_module_imports_a_layer_above_its_own(path):
    here = module_name(path)
    if not _has_layer(here):
        pytest.skip("no layer (see test_every_module_has_a_layer)")
    mine = layer_of(here)
    above = sorted(m for m in package_imports(path) if _has_layer(m) and layer_of(m) > mine)
    assert not above, (f"{here} ({LAYER_NAMES[mine]}) imports "
                       + ", ".join(f"{m} ({LAYER_NAMES[layer_of(m)]})" for m in above))


def test_the_checker_sees_relative_function_level_imports(tmp_path):
    """The reader of imports itself: a function-level relative import counts, a TYPE_CHECKING one does not."""
    probe = PACKAGE / "store" / "core.py"
    found = package_imports(probe)
    assert "pactwatch.model" in found and "pactwatch.store.migrations" in found
    assert layer_of("pactwatch.crossdoc.records") == RECORDS and layer_of("pactwatch.store.rows") == STORE
    fake = PACKAGE / "store" / "__layer_probe__.py"
    try:
        fake.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..stories import x\n"
                        "def f():\n    from ..crossdoc import records\n", encoding="utf-8")
        assert package_imports(fake) == {"pactwatch.crossdoc", "pactwatch.crossdoc.records"}
    finally:
        fake.unlink()
