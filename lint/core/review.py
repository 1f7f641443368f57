"""The fingerprint of a completed medical review: what the reviewer saw, shared by the lint and the build.

A completed review records, in the file its record names (``reviewer.fingerprint``, relative to
the record), the article's version and review date and, for each page, a short hash of every
sentence of its Japanese text and of every translated entry of its English catalog. The lint
(EAT008) compares the pages with it; the build shows which version was reviewed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .files import read_text

FINGERPRINT_KEY = "fingerprint"  # reviewer.fingerprint in the E-E-A-T record
HASH_LENGTH = 16  # hex characters of SHA-256 kept per sentence: collisions are out of reach here


class FingerprintError(Exception):
    """A fingerprint file that cannot be read or is not the expected JSON."""


@dataclass
class Fingerprint:
    version: str
    reviewed: str  # the review date, YYYY-MM-DD
    pages: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # docname -> {"text": [...], "en": [...]}

    def as_json(self) -> str:
        data = {"version": self.version, "reviewed": self.reviewed, "pages": self.pages}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def fingerprint_path(record_path: str | Path, reference: object) -> Path | None:
    """The fingerprint file a record names (relative to the record's folder), None when it names none."""
    if not isinstance(reference, str) or not reference.strip():
        return None
    return Path(record_path).parent / reference.strip()


def load_fingerprint(path: str | Path) -> Fingerprint:
    try:
        data = json.loads(read_text(path))
    except (OSError, ValueError) as exc:  # LintInputError is a ValueError's cousin: both mean unreadable
        raise FingerprintError(f"{path}: not a readable fingerprint: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - LintInputError (bad bytes) and the like
        raise FingerprintError(f"{path}: not a readable fingerprint: {exc}") from None
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, dict) or not all(
        isinstance(v, dict) and all(isinstance(h, list) for h in v.values()) for v in pages.values()
    ):
        raise FingerprintError(f"{path}: a fingerprint holds version, reviewed and pages")
    return Fingerprint(str(data.get("version", "")), str(data.get("reviewed", "")), pages)
