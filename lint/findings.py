"""What a rule reports, and the severities and profiles that decide how much it matters."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

DEFAULT_PROFILE = "default"  # everyday work
PUBLISH_PROFILE = "publish"  # the publish gate: some warnings become errors
PROFILES = (DEFAULT_PROFILE, PUBLISH_PROFILE)


@dataclass(frozen=True, order=True)
class Finding:
    path: str  # the file as reports show it (lint.engine.paths.display)
    line: int  # 1-based
    column: int  # 1-based
    rule: str  # code, e.g. CIT001
    name: str  # kebab-case, e.g. uncited-claim
    severity: str
    message: str
    context: str = field(default="", compare=False)  # the offending sentence or line
    suggestion: str = field(default="", compare=False)
    # where the flagged text ends (its last character, 1-based), as ruff's end_location; 0 when the
    # rule reports a point only (the JSON output then gives null, SARIF leaves the end out).
    end_line: int = field(default=0, compare=False)
    end_column: int = field(default=0, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "context": self.context,
            "suggestion": self.suggestion,
            "end_line": self.end_line or None,
            "end_column": self.end_column or None,
        }


def display(path: str | Path) -> str:
    """A path as messages show it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix() if path.is_absolute() else str(path)
