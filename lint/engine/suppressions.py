"""Suppression comments: ``lint: ignore[CODE,...] reason``.

In a page, a MyST comment line::

    % lint: ignore[CIT001] 出典の文が次の段落にまとめて示されているため

suppresses the named rules in the block that follows the comment: from the next
line that is not blank (and not another comment) up to the next blank line.
In a PO catalog the comment is a translator comment (``# lint: ignore[TRN002] reason``)
and in a BibTeX file a ``%`` comment; both cover the entry that follows, which is
the block up to the next blank line. The reason is required. Rules are named by
code, name or prefix (CIT); several are separated by commas.
"""

from dataclasses import dataclass, field

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

COMMENT_RE = {
    ".md": re.compile(r"^\s*%\s*lint:\s*ignore\[(?P<rules>[^\]]*)\](?P<reason>.*)$"),
    ".bib": re.compile(r"^\s*%\s*lint:\s*ignore\[(?P<rules>[^\]]*)\](?P<reason>.*)$"),
    ".po": re.compile(r"^#\s+lint:\s*ignore\[(?P<rules>[^\]]*)\](?P<reason>.*)$"),
    ".pot": re.compile(r"^#\s+lint:\s*ignore\[(?P<rules>[^\]]*)\](?P<reason>.*)$"),
}
# Something that looks like a suppression but is not written as one (e.g. `lint: ignore CIT001`).
LOOSE_RE = re.compile(r"^\s*(%|#)\s*lint\s*:\s*ignore\b(?!\[)")
COMMENT_LINE = {".md": "%", ".bib": "%", ".po": "#", ".pot": "#"}


@dataclass
class Suppression:
    path: str
    line: int  # line of the comment
    rules: tuple  # as written (codes or names)
    codes: frozenset  # resolved codes
    reason: str
    first: int  # first line covered
    last: int  # last line covered
    used: int = 0  # findings it suppressed
    problems: list = field(default_factory=list)  # messages for LNT002

    def covers(self, finding):
        return finding.rule in self.codes and self.first <= finding.line <= self.last


def parse_suppressions(path, text, suffix):
    """Every suppression comment of a file, with the lines it covers."""
    from ..registry import every_rule, lookup

    pattern = COMMENT_RE.get(suffix)
    if pattern is None:
        return []
    lines = text.split("\n")
    literal = _literal_lines(lines) if suffix == ".md" else frozenset()
    found = []
    for index, raw in enumerate(lines):
        if index in literal:
            continue  # example text in a code block, published as it stands: no comment of MyST
        match = pattern.match(raw)
        if not match:
            if LOOSE_RE.match(raw):
                found.append(
                    Suppression(
                        str(path),
                        index + 1,
                        (),
                        frozenset(),
                        "",
                        index + 1,
                        index + 1,
                        problems=["write the rules in brackets: lint: ignore[CODE] reason"],
                    )
                )
            continue
        names = tuple(n.strip() for n in match.group("rules").split(",") if n.strip())
        reason = match.group("reason").strip()
        codes, problems = set(), []
        for name in names:
            rule = lookup(name)
            family = [code for code in every_rule() if name.isalpha() and code.startswith(name.upper())]
            if rule is not None:
                codes.add(rule.code)
            elif family:
                codes.update(family)  # a prefix such as CIT or TRN
            else:
                problems.append(f"unknown rule {name!r} in suppression")
        if not names:
            problems.append("suppression names no rule: write lint: ignore[CODE] reason")
        if not reason:
            problems.append("suppression without a reason: write the reason after the brackets")
        first, last = _block_after(lines, index, suffix)
        found.append(Suppression(str(path), index + 1, names, frozenset(codes), reason, first, last, problems=problems))
    return found


FENCE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
# directives whose body is literal text, as a plain code fence's is (a MyST comment inside is no comment)
LITERAL_DIRECTIVES = ("{code-block}", "{code}", "{sourcecode}", "{eval-rst}", "{raw}", "{math}")


def _literal_lines(lines):
    """The 0-based indices of a page's lines inside a code fence (```text … ```) or a directive whose body is
    literal ({code-block}, {eval-rst}, {raw}); a fence of another directive ({note}) holds MyST, comments included."""
    inside, open_fence, literal = set(), None, False
    for index, raw in enumerate(lines):
        match = FENCE_RE.match(raw)
        if open_fence is None:
            if match:
                info = match.group("info").strip()
                open_fence = match.group("fence")
                literal = not info.startswith("{") or info.startswith(LITERAL_DIRECTIVES)
            continue
        fence, info = (match.group("fence"), match.group("info").strip()) if match else ("", "")
        if fence[:1] == open_fence[0] and len(fence) >= len(open_fence) and not info:
            open_fence = None  # the closing fence
        elif literal:
            inside.add(index)
    return frozenset(inside)


def _block_after(lines, index, suffix):
    """(first, last) 1-based lines of the block after the comment on line ``index`` (0-based)."""
    marker = COMMENT_LINE[suffix]
    if suffix in (".po", ".pot"):
        # the translator comment belongs to the entry it stands in
        start = index
    else:
        start = index + 1
        while start < len(lines) and (not lines[start].strip() or lines[start].lstrip().startswith(marker)):
            start += 1
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return start + 1, max(end, start + 1)


def apply(findings, suppressions):
    """(kept, suppressed): each finding covered by a valid suppression is moved aside."""
    kept, suppressed = [], []
    for finding in findings:
        match = next((s for s in suppressions if not s.problems and s.path == finding.path and s.covers(finding)), None)
        if match is None:
            kept.append(finding)
        else:
            match.used += 1
            suppressed.append((finding, match))
    return kept, suppressed
