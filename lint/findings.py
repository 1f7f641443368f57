"""What a rule reports."""

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int  # 1-based
    column: int  # 1-based
    rule: str  # code, e.g. CIT001
    name: str  # kebab-case, e.g. uncited-claim
    severity: str
    message: str
    context: str = field(default="", compare=False)  # the offending sentence or line
    suggestion: str = field(default="", compare=False)

    def as_dict(self):
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
        }
