"""The Japanese–English glossary (lint/data/glossary-ja-en.toml): its terms and where they occur.

Each ``[[term]]`` gives the Japanese (``ja``, one spelling or a list) and the
accepted English renderings (``en``). TRN008 (glossary-term) checks that a
translation renders each term of its source with one of them; the spelling
check (SPL) accepts every English word of the glossary. ``in-compounds`` lists
further renderings accepted only where the term heads a longer compound that
the glossary does not list (下肢静脈瘤 is "varicose veins"; 静脈瘤 alone is
"varices").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..errors import LintInputError

GLOSSARY = Path(__file__).resolve().parent.parent / "data" / "glossary-ja-en.toml"

__all__ = ["GLOSSARY", "Term", "glossary_occurrences", "glossary_terms_in", "load_glossary"]


@dataclass(frozen=True)
class Term:
    ja: tuple[str, ...]  # the Japanese spellings
    en: tuple[str, ...]  # the accepted English renderings
    patterns: tuple[re.Pattern[str], ...]  # compiled English patterns, one per rendering
    in_compounds: tuple[str, ...] = ()  # renderings accepted when the term heads an unlisted compound
    compound_patterns: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=8)
def load_glossary(path: Path | str = GLOSSARY) -> tuple[Term, ...]:
    """The glossary's terms, longest Japanese first; raises LintInputError when unreadable."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LintInputError(str(path), 1, f"cannot read the glossary: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else max(len(Path(path).read_text(encoding="utf-8").splitlines()), 1)
        raise LintInputError(str(path), line, f"the glossary is not valid TOML: {exc}") from None
    terms = []
    for number, item in enumerate(data.get("term", []), 1):
        ja = item.get("ja", [])
        en = item.get("en", [])
        compounds = item.get("in-compounds", [])
        ja = (ja,) if isinstance(ja, str) else tuple(ja)
        en = (en,) if isinstance(en, str) else tuple(en)
        compounds = (compounds,) if isinstance(compounds, str) else tuple(compounds)
        if not ja or not en or not all(isinstance(x, str) and x for x in ja + en):
            raise LintInputError(str(path), 1, f"glossary term #{number} needs ja and en strings")
        if not all(isinstance(x, str) and x for x in compounds):
            raise LintInputError(str(path), 1, f"glossary term #{number} ({ja[0]}): in-compounds must be strings")
        terms.append(
            Term(
                ja,
                en,
                tuple(_english_pattern(e) for e in en),
                compounds,
                tuple(_english_pattern(e) for e in compounds),
            )
        )
    return tuple(sorted(terms, key=lambda t: -max(len(j) for j in t.ja)))


def _english_pattern(rendering: str) -> re.Pattern[str]:
    words = re.split(r"[\s\-‐–]+", rendering.strip())
    parts = [re.escape(w) for w in words[:-1]]
    last = words[-1]
    if last.lower().endswith("y") and len(last) > 2:
        parts.append(re.escape(last[:-1]) + "(?:y|ies)")
    else:
        parts.append(re.escape(last) + "(?:s|es)?")
    body = r"[\s\-‐–]+".join(parts)
    return re.compile(rf"(?<![A-Za-z]){body}(?:['’]s?)?(?![A-Za-z])", re.IGNORECASE)


def glossary_terms_in(text: str, terms: tuple[Term, ...]) -> list[Term]:
    """The terms whose Japanese occurs in ``text``; a longer term hides the terms inside it."""
    return [term for term, _ in glossary_occurrences(text, terms)]


def glossary_occurrences(text: str, terms: tuple[Term, ...]) -> list[tuple[Term, list[tuple[int, int]]]]:
    """Each term found in ``text`` with the spans of its occurrences; a longer term hides the
    terms inside it."""
    claimed: list[tuple[int, int]] = []
    found: list[tuple[Term, list[tuple[int, int]]]] = []
    for term in terms:
        spans = []
        for ja in term.ja:
            for match in re.finditer(re.escape(ja), text):
                span = match.span()
                if any(a <= span[0] and span[1] <= b for a, b in claimed):
                    continue
                claimed.append(span)
                spans.append(span)
        if spans:
            found.append((term, spans))
    return found
