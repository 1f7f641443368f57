"""The exceptions every layer may raise: the lowest module of the lint, importing nothing of it."""

from __future__ import annotations

from pathlib import Path


class ConfigError(Exception):
    """A configuration the lint cannot use (exit 2); the message names file and key."""


class LintInputError(Exception):
    """A file the lint cannot read as the kind of file it claims to be (exit 2)."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class MarkdownError(LintInputError):
    """A page whose structure (front matter) cannot be read: reported as a finding."""
