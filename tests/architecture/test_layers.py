"""The lint's imports run one way: entry points → engine → rules → rule API → analysis → parsing → core → base.

A module may import modules of its own layer or of a lower one, never of a higher one
(lazy imports inside functions count too). New modules must belong to a layer.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lint"

# Highest first. A module belongs to the first layer with a prefix that names it.
LAYERS = (
    (
        "entry points",
        (
            "lint.cli",
            "lint.__main__",
            "lint.runner",
            "lint.reporting",
            "lint.catalog_tools",
            "lint.translation_status",
            "lint.review_packet",
            "lint.review_record",
        ),
    ),
    ("engine", ("lint.engine", "lint.config")),
    ("rules", ("lint.rules",)),
    ("rule API", ("lint.registry", "lint.context")),
    ("analysis", ("lint.analysis", "lint.japanese")),
    ("parsing", ("lint.parsing",)),
    ("core", ("lint.core",)),
    ("base", ("lint.findings", "lint.errors", "lint")),
)


def layer_of(module):
    for index, (_, prefixes) in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes if p != "lint"):
            return index
    return len(LAYERS) - 1 if module == "lint" else None


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source, name, is_package=False):
    """Every lint module a module's source imports, absolute or relative, at any depth of the file."""
    package = name if is_package else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            targets = [stem] + [f"{stem}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target == "lint" or target.startswith("lint."):
                yield node.lineno, target


def resolve(target):
    """The module a dotted import names (``from .x import name`` names module x, not x.name)."""
    while target and not (
        (ROOT / target.replace(".", "/")).with_suffix(".py").is_file()
        or (ROOT / target.replace(".", "/") / "__init__.py").is_file()
    ):
        target = target.rpartition(".")[0]
    return target


def violations(source, name, is_package=False):
    own = layer_of(name)
    found, seen = [], set()
    for line, target in imported_modules(source, name, is_package):
        module = resolve(target)
        theirs = layer_of(module) if module and module != "lint" else None
        problem = (line, module)
        if theirs is not None and theirs < own and problem not in seen:
            seen.add(problem)
            found.append(f"{line}: {LAYERS[own][0]} module {name} imports {module} ({LAYERS[theirs][0]})")
    return found


def test_every_lint_module_belongs_to_a_layer():
    missing = [module_name(p) for p in PACKAGE.rglob("*.py") if layer_of(module_name(p)) is None]
    assert missing == []


def test_imports_run_from_entry_points_down_to_the_base():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for problem in violations(source, module_name(path), path.name == "__init__.py"):
            found.append(f"{path.relative_to(ROOT)}:{problem}")
    assert found == [], "\n".join(found)


def test_the_contract_catches_an_upward_import():
    """The check itself can fail: parsing importing the engine, even lazily inside a function."""
    source = "def f():\n    from ..engine.session import make_session\n"
    assert violations(source, "lint.parsing.text") == [
        "2: parsing module lint.parsing.text imports lint.engine.session (engine)"
    ]
    assert violations("from ..findings import Finding\n", "lint.parsing.text") == []
