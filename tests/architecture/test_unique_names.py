"""No module of the lint binds a top-level name twice.

A second ``def`` or constant of the same name silently replaces the first for every function of the module, wherever
it stands: in the fifty-fourth session two new helpers of lint/analysis/claims.py took names already used 9,000 lines
earlier and changed unrelated readings until a pool of corpora caught it, and a constant of the caption rule
(_ARGUMENT_MARKS) had been replaced by another rule's set of the same name since that rule came (ad6626f). A name
rebound on purpose (a table computed, then narrowed) is listed here with its reason.
"""

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lint"

# (module, name): why the name is bound twice on purpose
REBOUND = {
    ("lint/analysis/medical.py", "NON_HEALTH_HEADS"): "read from the data file, then narrowed by SEPARATE_HEADS",
}


def _top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, ast.Assign):
            yield from (target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id


def test_no_module_binds_a_top_level_name_twice():
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE.parent).as_posix()
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        twice += [f"{module}: {name}" for name, n in counts.items() if n > 1 and (module, name) not in REBOUND]
    assert not twice, "bound twice (rename one, or list it in REBOUND with its reason): " + ", ".join(twice)


def test_the_check_sees_a_name_bound_twice():
    tree = ast.parse("def f():\n    pass\n\nX = 1\n\n\ndef f():\n    pass\n")
    assert Counter(_top_level_names(tree))["f"] == 2
