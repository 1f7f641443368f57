"""`python -m lint.review_packet`: one HTML document for the physician who reviews the article.

For every page (in the order of the table of contents), every sentence that makes a claim:
the Japanese sentence, the English paragraph that translates it, its citations with the full
reference (authors, title, source, year, DOI link, evidence level, the editors' verification
note), the figures of the sentence highlighted, and a place to mark the claim agreed, to be
changed or to be removed, with a comment. Sentences that carry no citation (the lint's CIT001
errors) are shown too, marked as such, so that nothing escapes the reviewer; one the editors left
uncited on purpose (`% lint: ignore[CIT001] reason`) shows their reason beside the mark, for the
reviewer to judge rather than to miss.

Everything taken from the pages, catalogs and refs.bib is escaped: the packet runs no script.
`nox -s review-packet` writes _build/review-packet/review-packet.html (and a PDF printed by
headless Chromium when it is installed).
"""

from __future__ import annotations

import argparse
import html
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from .analysis.claims import _owner, classify, is_cite_role
from .analysis.quantities import quantities
from .core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from .core.files import read_text
from .engine.suppressions import parse_suppressions
from .errors import LintInputError
from .parsing.bibtex import load_bibliography
from .parsing.catalog import inline_markup, load_catalog
from .parsing.citation_targets import parse_citation_targets
from .parsing.markdown import parse_page
from .parsing.text import split_sentences
from .runner import UsageError, make_session

DOI_URL = "https://doi.org/"
TOCTREE_RE = re.compile(r"```\{toctree\}(.*?)```", re.S)


@dataclass
class Claim:
    page: str
    line: int
    japanese: str
    english: str  # the translated paragraph the sentence belongs to ("" when untranslated)
    keys: list[str] = field(default_factory=list)
    need: str = "claim"  # number | recommendation | claim
    suppressed: str = ""  # the reason of a `% lint: ignore[CIT001]` comment over the sentence ("" when none)


def page_order(docs: Path) -> list[Path]:
    """The pages in the order of index.md's toctree, then any others by name."""
    pages = {p.stem: p for p in docs.glob("*.md")}
    order = ["index"] if "index" in pages else []
    index = pages.get("index")
    if index is not None:
        for block in TOCTREE_RE.findall(read_text(index)):
            for line in block.splitlines():
                name = line.strip()
                if name and not name.startswith(":") and name in pages and name not in order:
                    order.append(name)
    order += sorted(n for n in pages if n not in order)
    return [pages[n] for n in order]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def english_paragraphs(catalog_path: Path) -> list[tuple[str, str]]:
    """(Japanese prose without spaces, English msgstr) of each translated entry of a page's catalog."""
    if not catalog_path.is_file():
        return []
    catalog = load_catalog(catalog_path)
    return [(_squash(inline_markup(e.msgid).prose), e.msgstr) for e in catalog.active if e.translated]


def _sentence_keys(unit, sentences, index) -> list[str]:
    keys = []
    for role in unit.roles:
        if is_cite_role(role.name) and _owner(sentences, role.plain_offset) == index:
            try:
                keys += [t.key for t in parse_citation_targets(role.content)]
            except ValueError:
                continue
    return keys


def claims(root: Path) -> list[Claim]:
    """Every claim of every page, with its citations and English paragraph."""
    session = make_session(root=root, select=["CIT001"])
    found = []
    for path in page_order(root / "docs"):
        text = read_text(path)
        page = parse_page(str(path), text)
        suppressions = parse_suppressions(path, text, ".md")
        ctx = session.context([page])
        bound = ctx.bind(session.selected["CIT001"], page)
        english = english_paragraphs(root / "locale" / "en" / "LC_MESSAGES" / f"{path.stem}.po")
        split = {}
        for check in classify(page, bound):
            if check.status == "exempt":
                continue
            unit = check.unit
            sentences = split.setdefault(id(unit), split_sentences(unit.plain))
            index = next(i for i, s in enumerate(sentences) if s.start == check.sentence.start)
            text = check.sentence.text.replace("\n", "")
            squashed = _squash(text)
            translation = next((en for ja, en in english if squashed and squashed in ja), "")
            line = check.position[0]
            reason = next((s.reason for s in suppressions if s.covers_line("CIT001", line)), "")
            found.append(
                Claim(
                    path.stem,
                    line,
                    text,
                    translation,
                    _sentence_keys(unit, sentences, index),
                    check.reason,
                    reason,
                )
            )
    return found


def _latex(value: str) -> str:
    return value.replace("{", "").replace("}", "").replace("\\&", "&").replace("--", "–")


def reference(entry) -> dict[str, str]:
    """The parts of a refs.bib entry a reviewer needs, as plain text."""
    names = [_latex(str(p)) for p in entry.persons.get("author", [])]
    more = len(names) > 6 or (names and names[-1] == "others")
    names = [n for n in names if n != "others"][:6]
    authors = ", ".join(names) + (", et al" if more else "")
    fields = {k.lower(): _latex(v) for k, v in entry.fields.items()}
    source = (
        fields.get("journal")
        or fields.get("publisher")
        or fields.get("howpublished")
        or fields.get("organization")
        or ""
    )
    details = "".join(
        filter(
            None,
            [
                fields.get("volume", ""),
                f"({fields['number']})" if fields.get("number") else "",
                f":{fields['pages']}" if fields.get("pages") else "",
            ],
        )
    )
    return {
        "authors": authors or fields.get("organization", ""),
        "title": fields.get("title", ""),
        "source": source,
        "year": fields.get("year", ""),
        "details": details,
        "doi": fields.get("doi", ""),
        "url": fields.get("url", ""),
        "evidence": fields.get("evidence", ""),
        "note": fields.get("note", ""),
    }


def highlight(text: str) -> str:
    """The sentence escaped, with its figures in <mark>."""
    out, last = [], 0
    # every number the claim analysis reads (digits, kanji numerals, 割, 半数, ranges), whatever its kind
    spans = sorted({(q.start, q.end) for q in quantities(text)})
    for start, end in spans:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


CITE_ROLE_RE = re.compile(r"\{(?:foot)?cite(?::\w+)?\}`([^`]*)`")


def readable(translation: str) -> str:
    """A msgstr with its citation roles shown as [keys], as a reader of the packet needs it."""
    return CITE_ROLE_RE.sub(lambda m: f" [{m.group(1)}]", translation)


def _safe_url(url: str) -> str | None:
    return url if url.startswith(("https://", "http://")) else None


STYLE = """
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", sans-serif; margin: 2em auto; max-width: 60em; line-height: 1.6; }
.claim { border: 1px solid #999; padding: .6em 1em; margin: 1em 0; page-break-inside: avoid; }
.claim.uncited { border: 3px solid #b00; }
.suppressed { color: #b00; font-weight: bold; }
.ja { font-size: 1.1em; } .en { color: #333; } mark { background: #ffe066; }
.refs { font-size: .9em; overflow-wrap: anywhere; } .verdict label { margin-right: 1.5em; } textarea { width: 100%; }
.meta { color: #555; font-size: .85em; }
"""


def render(root: Path, found: list[Claim], bibliography) -> str:
    entries = bibliography.entries if bibliography is not None else {}
    parts = [
        '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">',
        "<title>門脈血栓症 記事 医学監修用資料 / Medical review packet</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>医学監修用資料 / Medical review packet</h1>",
        "<p>記事のすべての主張を、出典・英訳とともに示します。各主張に「同意」「修正」「削除」のいずれかを付け、"
        "必要ならコメントを書いてください。黄色は数値です。/ Every claim of the article with its sources and "
        "the English translation. Mark each claim agreed, change or remove, and comment where needed. "
        "Figures are highlighted.</p>",
        f'<p class="meta">{len(found)} claims · '
        f"{sum(1 for c in found if not c.keys)} without a citation of their own"
        f" ({sum(1 for c in found if not c.keys and c.suppressed)} of them left uncited by the editors)</p>",
    ]
    current = None
    for number, claim in enumerate(found, 1):
        if claim.page != current:
            current = claim.page
            parts.append(f"<h2>{html.escape(claim.page)}.md</h2>")
        uncited = " uncited" if not claim.keys else ""
        parts.append(f'<section class="claim{uncited}" id="claim-{number}">')
        parts.append(
            f'<p class="meta">#{number} · docs/{html.escape(claim.page)}.md:{claim.line} · '
            f"{html.escape(claim.need)}{' · NO CITATION' if uncited else ''}</p>"
        )
        if uncited and claim.suppressed:
            parts.append(
                '<p class="suppressed">編集部が出典なしで残した理由 / Left uncited by the editors, because: '
                f"{html.escape(claim.suppressed)}</p>"
            )
        parts.append(f'<p class="ja" lang="ja">{highlight(claim.japanese)}</p>')
        english = html.escape(readable(claim.english)) if claim.english else "<em>(not translated)</em>"
        parts.append(f'<p class="en" lang="en">{english}</p>')
        parts.append('<ol class="refs">')
        for key in claim.keys:
            entry = entries.get(key)
            if entry is None:
                parts.append(f"<li>{html.escape(key)}: <strong>not in refs.bib</strong></li>")
                continue
            ref = reference(entry)
            doi = ""
            if ref["doi"]:
                doi = f' <a href="{html.escape(DOI_URL + ref["doi"])}">doi:{html.escape(ref["doi"])}</a>'
            url = _safe_url(ref["url"])
            shown = urllib.parse.unquote(url) if url else ""
            link = f' <a href="{html.escape(url)}">{html.escape(shown)}</a>' if url and not ref["doi"] else ""
            parts.append(
                f"<li><code>{html.escape(key)}</code> {html.escape(ref['authors'])}. "
                f"<cite>{html.escape(ref['title'])}</cite>. {html.escape(ref['source'])} "
                f"{html.escape(ref['year'])}{';' + html.escape(ref['details']) if ref['details'] else ''}."
                f'{doi}{link} <span class="meta">[evidence: {html.escape(ref["evidence"] or "not stated")}]'
                f"{' — editors’ note: ' + html.escape(ref['note']) if ref['note'] else ''}</span></li>"
            )
        parts.append("</ol>")
        parts.append(
            '<p class="verdict">'
            + "".join(
                f'<label><input type="radio" name="claim-{number}" value="{v}"> {label}</label>'
                for v, label in (("agreed", "同意 / agreed"), ("change", "修正 / change"), ("remove", "削除 / remove"))
            )
            + "</p>"
        )
        parts.append(f'<textarea name="comment-{number}" rows="2" aria-label="comment on claim {number}"></textarea>')
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint.review_packet", description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", default="_build/review-packet/review-packet.html", help="HTML file to write")
    parser.add_argument("--root", default=".", help="the project root (default: the current folder)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    try:
        found = claims(root)
        bibliography = load_bibliography(root / "refs.bib")
    except (UsageError, LintInputError) as exc:
        print(f"review-packet: {exc}", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(root, found, bibliography), encoding="utf-8")
    print(f"wrote {out} ({len(found)} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
