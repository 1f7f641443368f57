"""README's promises stay true: its two commands, CI's use of them, the sessions it names."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands():
    block = re.search(r"## The two commands.*?```sh\n(.*?)```", README, re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def nox_sessions():
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                if "nox.session" in ast.unparse(decorator):
                    call = decorator if isinstance(decorator, ast.Call) else None
                    name = next((k.value.value for k in getattr(call, "keywords", []) if k.arg == "name"), None)
                    names.add(name or node.name)
    return names


def test_readme_gives_one_build_and_one_test_command():
    build, test = commands()
    assert build.endswith("nox -s build") and test.endswith("nox -s tests")


def test_ci_runs_the_readme_test_command():
    _, test = commands()
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_session_the_readme_names_exists_and_has_a_docstring():
    named = set(re.findall(r"nox -s ([\w-]+)", README))
    assert named <= nox_sessions(), named - nox_sessions()
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any("nox.session" in ast.unparse(d) for d in node.decorator_list):
            assert ast.get_docstring(node), node.name
