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
        return self.covers_line(finding.rule, finding.line)

    def covers_line(self, code, line):
        """Whether rule ``code`` is suppressed on ``line`` (the review packet asks of a sentence, not a finding)."""
        return code in self.codes and self.first <= line <= self.last


def parse_suppressions(path, text, suffix):
    """Every suppression comment of a file, with the lines it covers."""
    from ..registry import every_rule, lookup

    pattern = COMMENT_RE.get(suffix)
    if pattern is None:
        return []
    lines = text.split("\n")
    # a page's code blocks are read only when it has a suppression comment at all (most pages have none)
    literal = (
        _literal_lines(text)
        if suffix == ".md" and any(pattern.match(raw) or LOOSE_RE.match(raw) for raw in lines if "lint" in raw)
        else frozenset()
    )
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


# directives whose body is literal text, as a plain code fence's is (a MyST comment inside is no comment)
LITERAL_DIRECTIVES = ("{code-block}", "{code}", "{sourcecode}", "{eval-rst}", "{raw}", "{math}")
MAX_DIRECTIVE_DEPTH = 20  # directives inside directives read again for their code blocks, to this depth


def _literal_lines(text):
    """The 0-based indices of a page's lines inside a code block, as the lint's Markdown parser reads the page: a
    code fence (```text), an indented code block, a directive whose body is literal ({code-block}, {eval-rst},
    {raw}); a MyST directive's body ({note}) is MyST, read again for the code blocks inside it. (From the code
    review: a line-by-line reading of fences took inline code, ```yaml``` の形式…, for a fence.)"""
    from ..parsing.markdown import markdown_parser

    found: set[int] = set()
    _code_lines(markdown_parser(), text, 0, found, 0)
    return frozenset(found)


def _code_lines(parser, text, offset, found, depth):
    lines = text.split("\n")
    for token in parser.parse(text):
        if token.map is None or token.nesting == -1:
            continue
        first, end = token.map
        if token.type == "code_block":
            found.update(range(offset + first, offset + end))
        elif token.type in ("fence", "colon_fence"):
            info = token.info.strip()
            literal = info.startswith(LITERAL_DIRECTIVES) or (token.type == "fence" and not info.startswith("{"))
            # the closing fence, when there is one (a fence left open ends with its container: second review)
            closed = end - 1 > first and end - 1 < len(lines) and lines[end - 1].strip().startswith(token.markup)
            if literal:
                found.update(range(offset + first + 1, offset + (end - 1 if closed else end)))
            elif depth < MAX_DIRECTIVE_DEPTH:
                _code_lines(parser, token.content, offset + first + 1, found, depth + 1)


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
