"""The house term list (lint/data/ja-terms.toml): allowed long kanji terms and preferred spellings.

A project may point the rules at another file with
``[tool.pvt-lint.rules.inconsistent-term] terms = "path/to/terms.toml"`` (and the
same key for max-kanji-continuous), relative to the project root.
"""

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.language import KANJI
from ..errors import ConfigError

DEFAULT_TERMS = Path(__file__).resolve().parent.parent / "data" / "ja-terms.toml"
KANJI_RUN = re.compile(f"[{KANJI}]+")


@dataclass(frozen=True)
class Term:
    preferred: str
    variants: tuple
    after: object  # compiled pattern for the character before a variant, or None
    keep: tuple
    note: str


@dataclass(frozen=True)
class TermList:
    path: Path
    allow_kanji: tuple  # longest first
    terms: tuple
    pattern: object  # one alternation of every variant, longest first
    owner: dict  # variant -> Term
    protect: object  # words that contain a variant but are right (keep, or the preferred form), or None

    def variants_in(self, text):
        """(start, end, variant, term) for each use of a non-preferred spelling in ``text``."""
        if not self.terms or not self.pattern.search(text):
            return
        protected = [m.span() for m in self.protect.finditer(text)] if self.protect else []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            term = self.owner[match.group()]
            if term.after is not None and (start == 0 or not term.after.fullmatch(text[start - 1])):
                continue
            if any(a <= start and end <= b for a, b in protected):
                continue
            yield start, end, match.group(), term

    def kanji_run_allowed(self, run, limit, joined=3):
        """A run of kanji is allowed when it is a listed term, or listed terms joined with short words.

        Short words are at most ``joined`` kanji (患者, 学会総会): 原発性肝外門脈閉塞症患者 is
        allowed, 厚生労働省指定難病情報 (a term + 6 more kanji) is not.
        """
        if run in self.allow_kanji:
            return True
        rest = run
        for word in self.allow_kanji:
            if word in rest:
                rest = rest.replace(word, "\u3000")
        if rest == run:
            return False
        return all(len(piece) <= min(limit, joined) for piece in KANJI_RUN.findall(rest))


def load_terms(path=None):
    """The term list at ``path`` (default lint/data/ja-terms.toml); ConfigError names a bad entry."""
    path = Path(path) if path else DEFAULT_TERMS
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise ConfigError(f"{path}: term list not found") from None
    return _load(path, mtime)


@lru_cache(maxsize=4)
def _load(path, _mtime):
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML term list: {exc}") from None
    allow = data.get("kanji", {}).get("allow", [])
    if not _strings(allow):
        raise ConfigError(f"{path}: [kanji] allow must be a list of strings")
    terms, owner = [], {}
    for index, entry in enumerate(data.get("term", []), start=1):
        where = f"{path}: [[term]] #{index}"
        if not isinstance(entry, dict) or not isinstance(entry.get("preferred"), str):
            raise ConfigError(f'{where}: needs preferred = "..."')
        variants, keep = entry.get("variants", []), entry.get("keep", [])
        if not variants or not _strings(variants) or not _strings(keep):
            raise ConfigError(f"{where} ({entry['preferred']}): variants and keep must be lists of strings")
        unknown = set(entry) - {"preferred", "variants", "after", "keep", "note"}
        if unknown:
            raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]}")
        try:
            after = re.compile(entry["after"]) if entry.get("after") else None
        except re.error as exc:
            raise ConfigError(f"{where}: after is not a regular expression: {exc}") from None
        term = Term(entry["preferred"], tuple(variants), after, tuple(keep), str(entry.get("note", "")))
        for variant in variants:
            if variant in owner:
                raise ConfigError(f"{where}: variant {variant} is listed twice")
            owner[variant] = term
        terms.append(term)
    alternation = "|".join(re.escape(v) for v in sorted(owner, key=len, reverse=True))
    pattern = re.compile(alternation) if alternation else re.compile(r"(?!)")
    protected = {
        word for term in terms for word in term.keep + (term.preferred,) if any(v in word for v in term.variants)
    }
    protect = (
        re.compile("|".join(re.escape(w) for w in sorted(protected, key=len, reverse=True))) if protected else None
    )
    return TermList(path, tuple(sorted(allow, key=len, reverse=True)), tuple(terms), pattern, owner, protect)


def _strings(value):
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def terms_for(ctx):
    """The term list a rule should use: its ``terms`` option, else the default file."""
    option = ctx.option("terms", "")
    if not option:
        return load_terms()
    path = Path(option)
    return load_terms(path if path.is_absolute() else Path(ctx.root) / path)
