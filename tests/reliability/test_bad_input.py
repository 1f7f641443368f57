"""Bad input never crashes the lint: a catalogue of broken pages, catalogs, bibliographies and settings.

Each case writes its input into a fresh copy of the project's skeleton (pyproject.toml,
refs.bib, the shared E-E-A-T record and the disclaimer) and runs the real command line,
``python -m lint [OPTIONS] PATH``, in that folder. Each asserts:

- the exit status: 1 for findings (a file the lint cannot read is a finding, LNT001),
  2 when the lint cannot do its job (bad option, path, setting or bibliography),
  0 where the input is valid;
- the message names the file and line (``path:line``), or the option or setting at fault;
- no traceback on stdout or stderr;
- no file changed (every file of the folder hashed before and after).
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HEAD = "---\neeat: _meta/eeat.yaml\n---\n\n# テスト\n\n"  # lines 1-6; the body starts on line 7
CITED = "門脈は腸や脾臓からの血液を肝臓へ運びます{cite:p}`msd-home-pvt`。"
UNCITED_NUMBER = "再開通率は71%と報告されています。"
DISCLAIMER = "\n```{include} _includes/disclaimer.md\n```\n"
CLEAN_PAGE = HEAD + CITED + "\n" + DISCLAIMER
ONLY_CIT = ["--select", "CIT,LNT"]  # for valid pages: the result must not depend on style rules

PO_HEADER = (
    'msgid ""\nmsgstr ""\n"Language: en\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
)  # lines 1-7; the first entry starts on line 8

pytestmark = pytest.mark.slow  # one lint process per bad input
PO = "locale/en/LC_MESSAGES/page.po"
PAGE = "docs/page.md"
BIB = "extra.bib"

MACRO_BIB = """@string{gastro = "Gastroenterology"}
@string{pvt = "Portal Vein Thrombosis"}

@article{macro-article,
  author = {Example, Anne},
  title = "Anticoagulation and " # pvt,
  journal = gastro,
  year = 2017,
  month = feb,
  volume = {153},
  pages = {1--2},
  doi = {10.1053/j.gastro.2017.04.000},
  evidence = {other},
}
"""


def utf8(text):
    return text.encode("utf-8")


@dataclass
class Case:
    id: str
    files: dict  # relative path -> bytes (None: make a folder)
    args: list  # command-line arguments after `python -m lint`
    exit: int
    expect: list = field(default_factory=list)  # regexes that must match stdout + stderr
    absent: list = field(default_factory=list)  # regexes that must not
    pyproject: str | None = None  # replaces the project's pyproject.toml


def where(path, line, column=None, code=""):
    """A regex for `path:line[:column]: CODE` as the text format prints it."""
    pattern = re.escape(path) + rf":{line}:" + (rf"{column}:" if column else r"\d+:")
    return pattern + (rf" {code}\b" if code else "")


CRLF_BODY = HEAD + CITED + UNCITED_NUMBER + "\n" + DISCLAIMER
NUMBER_COLUMN = len(CITED) + 1  # where the uncited sentence starts on line 7

CASES = [
    # ------------------------------------------------------------ pages
    Case(
        "page-invalid-utf8",
        {PAGE: utf8(HEAD) + b"\xe9\x96\x80\xff\xfe\n"},
        [PAGE],
        1,
        [where(PAGE, 7, 1, "LNT001"), r"not valid UTF-8"],
    ),
    Case(
        "page-bom-accepted", {PAGE: b"\xef\xbb\xbf" + utf8(CLEAN_PAGE)}, [*ONLY_CIT, PAGE], 0, [r"1 cited"], [r"LNT001"]
    ),
    Case(
        "page-crlf-positions",
        {PAGE: utf8(CRLF_BODY.replace("\n", "\r\n"))},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, NUMBER_COLUMN, "CIT001")],
        [r"LNT001"],
    ),
    Case(
        "page-cr-only-positions",
        {PAGE: utf8(CRLF_BODY.replace("\n", "\r"))},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, NUMBER_COLUMN, "CIT001")],
        [r"LNT001"],
    ),
    Case(
        "page-nul-byte",
        {PAGE: utf8(HEAD + "門脈は\n肝臓") + b"\x00" + utf8("へ。\n")},
        [PAGE],
        1,
        [where(PAGE, 8, 1, "LNT001"), r"NUL"],
    ),
    Case("page-empty", {PAGE: b""}, [PAGE], 1, [where(PAGE, 1, 1, "EAT001")], [r"LNT001"]),
    Case("page-whitespace-only", {PAGE: b"  \n\n\t\n"}, [PAGE], 1, [where(PAGE, 1, 1, "EAT001")]),
    Case(
        "page-5mb-single-line",
        {PAGE: utf8("門脈は肝臓へ血液を運びます" * 130_000)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 1, 1, "CIT001")],
    ),
    Case(
        "page-front-matter-broken-yaml",
        {PAGE: utf8("---\neeat: [unclosed\ntitle: x\n---\n\n# t\n")},
        [PAGE],
        1,
        [where(PAGE, r"[2-4]", 1, "LNT001"), r"front matter is not valid YAML"],
    ),
    Case(
        "page-front-matter-list",
        {PAGE: utf8("---\n- eeat\n- title\n---\n\n# t\n")},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "LNT001"), r"mapping"],
    ),
    Case(
        "page-front-matter-scalar",
        {PAGE: utf8("---\njust text\n---\n\n# t\n")},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "LNT001")],
    ),
    Case(
        "page-front-matter-python-tag",
        {PAGE: utf8('---\neeat: !!python/object/apply:os.system ["touch PWNED"]\n---\n\n# t\n')},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "LNT001")],
    ),
    Case(
        "page-front-matter-unclosed",
        {PAGE: utf8("---\neeat: _meta/eeat.yaml\n\n# t\n")},
        [PAGE],
        1,
        [where(PAGE, 1, 1, "EAT001")],
    ),
    Case(
        "page-unknown-role",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運びます{nosuchrole}`x`。\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 1, "CIT001")],
    ),
    Case(
        "page-unknown-directive",
        {
            PAGE: utf8(
                HEAD + CITED + "\n\n```{nosuchdirective} arg\n:opt: 1\n門脈は肝臓へ運びます。\n```\n" + DISCLAIMER
            )
        },
        [*ONLY_CIT, PAGE],
        # (twenty-eighth session) text a directive the lint does not know would show is named, not skipped
        1,
        [where(PAGE, 9, 1, "CIT001") + r".*the text of the \{nosuchdirective\} directive"],
    ),
    Case(
        "page-unclosed-fence",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運びます。\n\n```text\n再開通率は71%です。\n")},
        [*ONLY_CIT, PAGE],
        1,
        # the prose before the fence is read; the fence is reported as left open (the rest is shown as code, unread)
        [where(PAGE, 7, 1, "CIT001"), where(PAGE, 9, 1, "CIT001") + r".*never closed"],
        [re.escape(PAGE) + r":10:"],
    ),
    Case(
        "page-unclosed-directive",
        {PAGE: utf8(HEAD + ":::{note}\n門脈は肝臓へ血液を運びます。\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 8, 1, "CIT001")],
    ),
    Case(
        "page-citation-role-without-key",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運びます{cite:p}``。\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 14, "CIT003")],
    ),
    Case(
        "page-citation-role-blank-key",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運びます{cite:p}`  `。\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 14, r"CIT00[23]")],
    ),
    Case(
        "page-citation-unknown-key",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運びます{cite:p}`no-such-key`。\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 14, "CIT002"), r"no-such-key"],
    ),
    Case(
        "page-deep-nesting",
        {PAGE: utf8(HEAD + ">" * 5000 + " 門脈は肝臓へ血液を運びます。\n")},
        [PAGE],
        1,
        [re.escape(PAGE) + r":\d+:\d+:"],
    ),
    Case(
        "page-ragged-table",
        {PAGE: utf8(HEAD + "| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| x | 再開通率は71%です。 |\n| y |\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 10, 7, "CIT001")],
    ),
    Case(
        "page-invalid-suppression",
        {PAGE: utf8(HEAD + "% lint: ignore[XYZ999]\n" + CITED + "\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 1, "LNT002")],
    ),
    Case(
        "page-binary-file",
        {PAGE: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"},
        [PAGE],
        1,
        [where(PAGE, 3, 1, "LNT001")],
    ),  # \r\n ends line 1, \n line 2
    Case(
        "page-missing-eeat-record",
        {PAGE: utf8(CLEAN_PAGE.replace("_meta/eeat.yaml", "_meta/nosuch.yaml"))},
        [PAGE],
        1,
        [where(PAGE, 2, None, "EAT002")],
    ),
    Case("folder-named-x-md", {"docs/x.md": None}, ["docs/x.md"], 2, [r"docs/x\.md: no \.md, \.po or \.bib file"]),
    # ------------------------------------------------------------ catalogs
    Case(
        "po-syntax-error",
        {PO: utf8(PO_HEADER + 'msgid "まとめ"\nmsgstr "Summary\n\nmsgid "b"\nmsgstr "c"\n')},
        [PO],
        1,
        [where(PO, 9, 1, "LNT001"), r"not a valid PO file"],
    ),
    Case(
        "po-wrong-charset",
        {PO: utf8(PO_HEADER.replace("charset=UTF-8", "charset=ISO-8859-1") + 'msgid "a"\nmsgstr "b"\n')},
        [PO],
        1,
        [where(PO, 5, 1, "LNT001"), r"charset=ISO-8859-1"],
    ),
    Case(
        "po-plural-forms-valid",
        {
            PO: utf8(
                PO_HEADER.replace(
                    '"Content-Transfer', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n"Content-Transfer'
                )
                + 'msgid "%d 件"\nmsgid_plural "%d 件"\nmsgstr[0] "%d item"\nmsgstr[1] "%d items"\n'
            )
        },
        [PO],
        0,
        [r"1 catalog"],
        [r"LNT001", r"\berror\b.*\bTRN"],
    ),
    Case(
        "po-duplicate-msgid",
        {PO: utf8(PO_HEADER + 'msgid "まとめ"\nmsgstr "Summary"\n\nmsgid "まとめ"\nmsgstr "Summary 2"\n')},
        [PO],
        1,
        [where(PO, 11, 1, "LNT001"), r"line 8"],
    ),
    Case(
        "po-invalid-utf8",
        {PO: utf8(PO_HEADER + 'msgid "') + b"\xff\xfe" + utf8('"\nmsgstr "x"\n')},
        [PO],
        1,
        [where(PO, 8, 1, "LNT001"), r"not valid UTF-8"],
    ),
    Case(
        "po-nul-byte",
        {PO: utf8(PO_HEADER + 'msgid "a"\nmsgstr "b') + b"\x00" + b'"\n'},
        [PO],
        1,
        [where(PO, 9, 1, "LNT001")],
    ),
    Case("po-empty-file", {PO: b""}, [PO], 0, [r"1 catalog"], [r"LNT001"]),
    Case(
        "po-bom-accepted",
        {PO: b"\xef\xbb\xbf" + utf8(PO_HEADER + 'msgid "a"\nmsgstr "b"\n')},
        [PO],
        0,
        [r"1 catalog"],
        [r"LNT001"],
    ),
    Case(
        "po-broken-previous-msgid",
        {PO: utf8(PO_HEADER + '#, fuzzy\n#| msgid "old\nmsgid "まとめ"\nmsgstr "Summary"\n')},
        [PO],
        1,
        [where(PO, 9, 1, "LNT001")],
    ),
    # ------------------------------------------------------------ bibliographies
    Case(
        "bib-syntax-error",
        {
            BIB: utf8(
                "@article{fixture-a,\n  author = {Example, Anne},\n  title = {Missing comma}\n  year = {2020},\n}\n"
            )
        },
        [BIB],
        2,
        [re.escape(BIB) + r":4: BibTeX syntax error"],
    ),
    Case(
        "bib-entry-without-key",
        {BIB: utf8("@article{a-first,\n  title = {A},\n}\n\n@article{,\n  title = {B},\n}\n")},
        [BIB],
        2,
        [re.escape(BIB) + r":5: entry has no key"],
    ),
    Case("bib-string-macro-valid", {BIB: utf8(MACRO_BIB)}, ["--select", "BIB", "--bib", BIB, BIB], 0, [r"0 errors"]),
    Case(
        "bib-undefined-macro",
        {BIB: utf8("@article{a,\n  title = {A},\n  journal = nosuchmacro,\n}\n")},
        [BIB],
        2,
        [re.escape(BIB) + r":3: undefined @string macro 'nosuchmacro'"],
    ),
    Case(
        "bib-unclosed-entry",
        {BIB: utf8("@article{a,\n  title = {A},\n\n@book{b,\n  title = {B\n")},
        [BIB],
        2,
        [re.escape(BIB) + r":\d+: "],
    ),
    Case(
        "bib-invalid-utf8",
        {BIB: utf8("@article{a,\n  title = {") + b"\xff" + utf8("},\n}\n")},
        [BIB],
        2,
        [re.escape(BIB) + r":2: not valid UTF-8"],
    ),
    Case("bib-empty-file", {BIB: b""}, ["--select", "BIB", "--bib", BIB, BIB], 0, [r"1 bibliography"]),
    Case(
        "bib-missing-bib-option",
        {PAGE: utf8(CLEAN_PAGE)},
        ["--bib", "nosuch.bib", PAGE],
        2,
        [r"nosuch\.bib: no such bibliography file"],
    ),
    Case(
        "bib-broken-bib-option",
        {PAGE: utf8(CLEAN_PAGE), BIB: utf8("@article{a,\n  title = {A}\n  year = 1,\n}\n")},
        ["--bib", BIB, PAGE],
        2,
        [re.escape(BIB) + r":3: "],
    ),
    # ------------------------------------------------------------ configuration
    Case(
        "config-wrong-type-in-pyproject",
        {PAGE: utf8(CLEAN_PAGE)},
        [PAGE],
        2,
        [r"pyproject\.toml: \[tool\.pvt-lint\] select: must be a list of strings"],
        pyproject='[tool.pvt-lint]\nselect = "CIT"\n',
    ),
    Case(
        "config-rule-option-wrong-type",
        {PAGE: utf8(CLEAN_PAGE)},
        [PAGE],
        2,
        [r"pyproject\.toml: \[tool\.pvt-lint\] rules\.uncited-claim\.scope: must be a string"],
        pyproject='[tool.pvt-lint]\nselect = ["CIT"]\n\n[tool.pvt-lint.rules.uncited-claim]\nscope = 3\n',
    ),
    Case(
        "config-rule-option-misspelt",
        {PAGE: utf8(CLEAN_PAGE)},
        [PAGE],
        2,
        [
            r"pyproject\.toml: \[tool\.pvt-lint\] rules\.max-ten\.maxx: not an option of max-ten "
            r"\(its options: kuten, max, strict, touten; see python -m lint --explain JAS002\)"
        ],
        pyproject='[tool.pvt-lint]\nselect = ["JAS"]\n\n[tool.pvt-lint.rules.max-ten]\nmaxx = 4\n',
    ),
    Case(
        "config-family-option-unknown",
        {PAGE: utf8(CLEAN_PAGE)},
        [PAGE],
        2,
        [r"pyproject\.toml: \[tool\.pvt-lint\] rules\.SEC\.strict: not an option of SEC \(it has no options\)"],
        pyproject="[tool.pvt-lint.rules.SEC]\nstrict = true\n",
    ),
    Case(
        "config-unknown-setting",
        {PAGE: utf8(CLEAN_PAGE)},
        [PAGE],
        2,
        [r"pyproject\.toml: \[tool\.pvt-lint\] bogus: unknown setting"],
        pyproject="[tool.pvt-lint]\nbogus = 1\n",
    ),
    Case(
        "config-toml-syntax-error",
        {PAGE: utf8(CLEAN_PAGE), "lint.toml": utf8('[tool.pvt-lint\nselect = ["CIT"]\n')},
        ["--config", "lint.toml", PAGE],
        2,
        [r"lint\.toml: not valid TOML: .*line 1"],
    ),
    Case(
        "config-not-utf8",
        {PAGE: utf8(CLEAN_PAGE), "lint.toml": b'[tool.pvt-lint]\nselect = ["\xff"]\n'},
        ["--config", "lint.toml", PAGE],
        2,
        [r"lint\.toml: not valid UTF-8"],
    ),
    Case(
        "config-missing-file",
        {PAGE: utf8(CLEAN_PAGE)},
        ["--config", "nosuch.toml", PAGE],
        2,
        [r"nosuch\.toml: no such configuration file"],
    ),
    # ------------------------------------------------------------ options and paths
    Case("option-unknown", {PAGE: utf8(CLEAN_PAGE)}, ["--no-such-option", PAGE], 2, [r"--no-such-option"]),
    Case("option-unknown-rule", {PAGE: utf8(CLEAN_PAGE)}, ["--select", "XYZ", PAGE], 2, [r"--select: .*'XYZ'"]),
    Case("option-bad-format", {PAGE: utf8(CLEAN_PAGE)}, ["--format", "yaml", PAGE], 2, [r"--format.*'yaml'"]),
    Case("option-explain-unknown", {}, ["--explain", "XYZ999"], 2, [r"XYZ999"]),
    Case("path-missing", {}, ["docs/nosuch.md"], 2, [r"docs/nosuch\.md: no such file or folder"]),
    Case(
        "path-folder-without-pages", {"empty/notes.txt": b"x\n"}, ["empty"], 2, [r"empty: no \.md, \.po or \.bib file"]
    ),
    Case("path-unsupported-suffix", {"notes.txt": b"x\n"}, ["notes.txt"], 2, [r"notes\.txt: cannot lint a \.txt file"]),
]


ALIAS_BOMB = (
    "---\n"
    + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
    + "eeat: _meta/eeat.yaml\n---\n\n# t\n"
)  # 874 bytes that expand to 9**9 values
ESC = "\x1b"

# Hostile input (issue 14): content that would run script or leak files, input that would crash or
# hang the lint, and command lines that would destroy a page. Each is reported where it is.
HOSTILE_CASES = [
    Case(
        "hostile-yaml-alias-bomb",
        {PAGE: utf8(ALIAS_BOMB)},
        [PAGE],
        1,
        [where(PAGE, r"\d+", 1, "LNT001"), r"expands to more than 10000 values"],
    ),
    Case(
        "hostile-yaml-recursive-alias",
        {PAGE: utf8("---\na: &a [*a]\neeat: _meta/eeat.yaml\n---\n\n# t\n")},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "LNT001"), r"alias refers to the node that contains it"],
    ),
    Case(
        "hostile-eeat-path-outside-docs",
        {PAGE: utf8(CLEAN_PAGE.replace("_meta/eeat.yaml", "../../../../../../../../etc/passwd"))},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "EAT002"), r"outside the docs folder"],
        [r"root:"],
    ),
    Case(
        "hostile-eeat-absolute-outside-docs",
        {PAGE: utf8(CLEAN_PAGE.replace("_meta/eeat.yaml", "/../../../../../proc/self/environ"))},
        [PAGE],
        1,
        [where(PAGE, 2, 1, "EAT002"), r"outside the docs folder"],
        [r"PATH="],
    ),
    Case(
        "hostile-eeat-inline-javascript-url",
        {PAGE: utf8('---\neeat:\n  author:\n    name: x\n    url: "javascript:alert(1)"\n---\n\n# t\n')},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 5, 1, "SEC004"), r"javascript: URL"],
    ),
    Case(
        "hostile-front-matter-data-url",
        {PAGE: utf8(CLEAN_PAGE.replace("---\n\n", "og_image: data:text/html,x\n---\n\n", 1))},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 3, 1, "SEC004"), r"data: URL"],
    ),
    Case(
        "hostile-bib-javascript-url",
        {BIB: utf8("@misc{evil,\n  title = {Evil},\n  url = {javascript:alert(1)},\n  urldate = {2026-01-01},\n}\n")},
        ["--select", "BIB015", "--bib", BIB, BIB],
        1,
        [re.escape(BIB) + r":3:1: BIB015", r"javascript: URL"],
    ),
    Case(
        "hostile-bib-javascript-doi",
        {BIB: utf8("@article{evil,\n  title = {Evil},\n  doi = {javascript:alert(1)},\n}\n")},
        ["--select", "BIB015", "--bib", BIB, BIB],
        1,
        [re.escape(BIB) + r":3:1: BIB015", r"not a DOI"],
    ),
    Case(
        "hostile-svg-style-onerror",
        {PAGE: utf8(HEAD + "<svg><style><img src=x onerror=alert(1)></style></svg>\n")},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 7, None, "SEC001"), r"onerror="],
    ),
    Case(
        "hostile-unclosed-tag-ends-html-block",
        {PAGE: utf8(HEAD + "<div>\n<p>x\n<img src=y onerror=alert(1)\n")},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 9, 1, "SEC001"), r"onerror="],
    ),
    Case(
        "hostile-raw-file-option",
        {PAGE: utf8(HEAD + "```{raw} html\n:file: /etc/passwd\n```\n")},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 7, 1, "SEC001"), r":file:"],
        [r"root:"],
    ),
    Case(
        "hostile-eval-rst-raw-html",
        {PAGE: utf8(HEAD + "```{eval-rst}\n.. raw:: html\n\n   <script>alert(1)</script>\n```\n")},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 8, 1, "SEC001"), r"eval-rst"],
    ),
    Case(
        "hostile-include-text-with-script",
        {PAGE: utf8(HEAD + "```{include} evil.txt\n```\n"), "docs/evil.txt": b"<p>x</p>\n<script>alert(1)</script>\n"},
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 7, 1, "SEC001"), r"included file evil\.txt, line 2"],
    ),
    Case(
        "hostile-svg-animate-javascript",
        {
            PAGE: utf8(
                HEAD + '<svg><a><animate attributeName="href" values="javascript:alert(1)"/>'
                '<text y="20">x</text></a></svg>\n'
            )
        },
        ["--select", "SEC", PAGE],
        1,
        [where(PAGE, 7, None, "SEC002"), r"values="],
    ),
    Case(
        "hostile-terminal-escape-in-page",
        {PAGE: utf8(HEAD + ESC + "]0;pwned" + "\x07" + ESC + "[2J再開通率は71%です。\n" + DISCLAIMER)},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, None, "CIT001"), r"\\x1b\]0;pwned\\x07"],
        [re.escape(ESC)],
    ),
    Case(
        "hostile-output-is-the-linted-page",
        {PAGE: utf8(CLEAN_PAGE)},
        ["-o", PAGE, PAGE],
        2,
        [re.escape(PAGE) + r": is .*a file being linted; not overwritten"],
    ),
    Case(
        "hostile-output-is-the-linted-page-by-another-name",
        {PAGE: utf8(CLEAN_PAGE)},
        ["-o", "docs/../docs/page.md", "docs"],
        2,
        [r"a file being linted; not overwritten"],
    ),
    # (hostile inputs, fourth session) an @string doubled by each line: 20 lines would expand to 2 MB, 30 to 2 GB
    Case(
        "hostile-bib-string-bomb",
        {BIB: utf8('@string{s0 = "xx"}\n' + "".join(f"@string{{s{i} = s{i - 1} # s{i - 1}}}\n" for i in range(1, 31)))},
        [BIB],
        2,
        [re.escape(BIB) + r":17: @string s16 expands to 131,072 characters"],
    ),
    # (hostile inputs, fourth session) nesting past markdown-it's limit dropped the rest of the page in silence,
    # an uncited claim after it included
    Case(
        "hostile-list-nested-twelve-deep",
        {PAGE: utf8(HEAD + "".join("  " * i + "- " + CITED + "\n" for i in range(12)) + "\n" + UNCITED_NUMBER + "\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 16, 1, "LNT001") + r".*nested 20 deep"],
    ),
    Case(
        "list-nested-nine-deep-is-read-whole",  # (review) markdown-it reads nine levels in full
        {PAGE: utf8(HEAD + "".join("  " * i + "- " + CITED + "\n" for i in range(9)) + "\n" + UNCITED_NUMBER + "\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 17, 1, "CIT001")],
        [r"LNT001"],
    ),
    Case(
        "hostile-quote-nested-twenty-deep",
        {PAGE: utf8(HEAD + ">" * 20 + " " + UNCITED_NUMBER + "\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 7, 1, "LNT001") + r".*the rest of the page is not published"],
    ),
    # (hostile inputs, fourth session) the text of a raw HTML block is published, so it is read: a claim in a
    # <div> needs its citation; a comment or a script is never shown and never read
    Case(
        "hostile-claim-inside-raw-html",
        {PAGE: utf8(HEAD + "<div>\n<p>" + UNCITED_NUMBER + "</p>\n<!-- 必ず治ります。 -->\n</div>\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 8, 4, "CIT001")],
        [where(PAGE, 9)],
    ),
    # ... and in a {raw} html directive, at its own line and column
    Case(
        "hostile-claim-inside-raw-html-directive",
        {PAGE: utf8(HEAD + "```{raw} html\n<section>\n  <p>" + UNCITED_NUMBER + "</p>\n</section>\n```\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 9, 6, "CIT001")],
    ),
    # (review of the second version) a menu of raw-HTML links is navigation, as the same list in Markdown is;
    # escaped markup shown as text is no markup (SEC reads the block's real HTML); rows of one table written
    # apart by blank lines are one table to the browser
    Case(
        "raw-html-links-escaped-markup-and-split-tables",
        {
            PAGE: utf8(
                HEAD
                + CITED
                + '\n\n<nav><ul>\n<li><a href="symptoms.html">門脈血栓症の症状</a></li>\n'
                + '<li><a href="treatment.html">抗凝固療法</a></li>\n</ul></nav>\n\n'
                + '<p>治療薬の一覧は、<a href="drugs.html">こちら</a>です。</p>\n\n'
                + "<p>このページでは &lt;script&gt; タグは使えません。</p>\n\n"
                + "<table>\n<tr><th>窓口</th><th>電話</th></tr>\n\n<tr><td>薬剤部</td><td>03-1234-5678</td></tr>\n"
                + "</table>\n"
                + DISCLAIMER
            )
        },
        ["--select", "CIT,LNT,SEC", PAGE],
        0,
        [],
        [r"CIT001", r"SEC\d+"],
    ),
    # a role inside raw HTML is published as typed, so it cites nothing: the sentence is uncited, and the role
    # is named for what it is
    Case(
        "raw-html-role-is-no-citation",
        {PAGE: utf8(HEAD + "<div>\n<p>" + CITED + "</p>\n</div>\n")},
        [*ONLY_CIT, PAGE],
        1,
        [where(PAGE, 8, 4, "CIT001"), where(PAGE, 8, 24, "CIT003") + r".*inside raw HTML is not read"],
    ),
    # (review of the first attempt) a tag's attributes are never text, even over several lines; table cells stay
    # cells (a label cell is a label), a <summary> is a title, and the style rules never read raw HTML (textlint
    # skips Html nodes)
    Case(
        "raw-html-attributes-cells-and-summary-are-no-sentences",
        {
            PAGE: utf8(
                HEAD
                + CITED
                + '\n\n<figure>\n<img src="portal.png"\n     alt="門脈血栓症は3か月で必ず治ります"\n'
                + '     title="患者の半数に見られます">\n</figure>\n\n'
                + "<table>\n<tr><th>窓口</th><th>電話</th></tr>\n<tr><td>薬剤部</td><td>03-1234-5678</td></tr>\n"
                + "</table>\n\n<details>\n<summary>詳しく見る</summary>\n</details>\n"
                + DISCLAIMER
            )
        },
        ["--select", "CIT,LNT,JAS", PAGE],
        0,
        [],
        [r"CIT001", r"JAS\d+"],
    ),
    # (hostile inputs, fourth session) plural forms msgfmt refuses, and a header the build's gettext cannot read
    Case(
        "hostile-plural-form-past-nplurals",
        {
            PO: utf8(
                PO_HEADER[:-1]
                + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                + 'msgid "1日"\nmsgid_plural "%d日"\nmsgstr[0] "1 day"\nmsgstr[1] "%d days"\nmsgstr[5] "x"\n'
            )
        },
        ["--select", "TRN,LNT", PO],
        1,
        [where(PO, 13, 1, "LNT001") + r".*msgstr\[5\] but the header's Plural-Forms has nplurals=2"],
    ),
    Case(
        "hostile-plural-expression-broken",
        {
            PO: utf8(
                PO_HEADER[:-1] + '"Plural-Forms: nplurals=2; plural=(n != ;\\n"\n\nmsgid "門脈"\nmsgstr "portal vein"\n'
            )
        },
        ["--select", "TRN,LNT", PO],
        1,
        [where(PO, 7, 1, "LNT001") + r".*is not a valid expression"],
    ),
    Case(
        "hostile-plural-entry-with-a-single-msgstr",
        {PO: utf8(PO_HEADER + 'msgid "1日"\nmsgid_plural "%d日"\nmsgstr "1 day"\n')},
        ["--select", "TRN,LNT", PO],
        1,
        [where(PO, 10, 1, "LNT001") + r".*needs msgstr\[0\]"],
    ),
    Case(
        "hostile-bib-field-of-a-long-string-repeated",  # (review) the cap bounds a field's expansion too
        {
            BIB: utf8(
                '@string{s0 = "' + "a" * 99000 + '"}\n@article{k,\n  title = ' + " # ".join(["s0"] * 50) + ",\n}\n"
            )
        },
        [BIB],
        2,
        [re.escape(BIB) + r":3: field title expands to 4,950,000 characters"],
    ),
    # (hostile inputs, fourth session) -o never replaces a file the run reads or a project's source
    Case(
        "hostile-output-is-the-configuration",
        {PAGE: utf8(CLEAN_PAGE)},
        ["-o", "pyproject.toml", PAGE],
        2,
        [r"pyproject\.toml, the lint's configuration; not overwritten"],
    ),
    Case(
        "hostile-output-is-a-stylesheet",  # (review) .html, .css, .js, .svg are a site's sources too
        {PAGE: utf8(CLEAN_PAGE), "docs/_static/site.css": utf8("body { color: black; }\n")},
        ["-o", "docs/_static/site.css", PAGE],
        2,
        [r"an existing \.css file \(a source or a setting, not a report\); not overwritten"],
    ),
    Case(
        "hostile-output-is-a-source-file-the-run-does-not-lint",
        {PAGE: utf8(CLEAN_PAGE), "docs/_meta/record.yaml": utf8("a: 1\n")},
        ["-o", "docs/_meta/record.yaml", PAGE],
        2,
        [r"an existing \.yaml file \(a source or a setting, not a report\); not overwritten"],
    ),
    # (leftover of the fourth session) any existing file that is no report of the lint: constraints.txt, notes
    Case(
        "hostile-output-is-the-constraints-file",
        {PAGE: utf8(CLEAN_PAGE), "constraints.txt": utf8("pybtex==0.26.1\n")},
        [*ONLY_CIT, "-o", "constraints.txt", PAGE],
        2,
        [r"an existing file that is no report of the lint .*; not overwritten"],
    ),
    Case(
        "hostile-jobs-ten-billion",
        {PAGE: utf8(CLEAN_PAGE)},
        [*ONLY_CIT, PAGE],
        0,
        [r"0 errors"],
        pyproject="[tool.pvt-lint]\njobs = 10000000000\n",
    ),
    Case(
        "hostile-jobs-option-ten-billion",
        {PAGE: utf8(CLEAN_PAGE)},
        [*ONLY_CIT, "--jobs", "10000000000", PAGE],
        0,
        [r"0 errors"],
    ),
    Case(
        "hostile-dotted-token-in-catalog",
        {PO: utf8(PO_HEADER + 'msgid "門脈"\nmsgstr "' + "a." * 1500 + 'org"\n')},
        ["--select", "TRN", PO],
        0,
        [r"1 catalog"],
    ),
]
CASES += HOSTILE_CASES

SLOW_CASES = [  # seconds, not milliseconds: each still far below run_lint's timeout
    Case(
        "hostile-2m-character-japanese-sentence",
        {PAGE: utf8(HEAD + "門脈は肝臓へ血液を運び" * 200_000 + "。\n")},
        ["--select", "JAS", PAGE],
        0,
        [where(PAGE, 7, 1, "JAS001"), r"sentence is 2200001 characters long"],
    ),  # reported, and no crash
    Case(
        "hostile-180k-character-sentence-doubled-joshi",
        {PAGE: utf8(HEAD + "門脈は肝臓は血液を運び、" * 15_000 + "。\n")},
        ["--select", "JAS004", PAGE],
        0,
        [where(PAGE, 7, None, "JAS004")],
    ),
    Case(
        "hostile-60000-line-html-block",
        {PAGE: utf8(HEAD + "<div>\n" + '<span onclick="x()">a</span>\n' * 60_000 + "</div>\n")},
        ["--select", "SEC001", PAGE],
        1,
        [where(PAGE, 60_007, 1, "SEC001")],
    ),
]


def make_project(folder):
    """The parts of the project the lint reads besides the input: settings, refs.bib, record, disclaimer."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("pyproject.toml", "refs.bib", "docs/_meta/eeat.yaml", "docs/_includes/disclaimer.md"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, folder / name)
    return folder


CACHE = ".pvt-lint-cache"  # the lint's own result cache (lint/engine/cache.py): not a project file


def tree_hashes(folder):
    """Every project file's hash: the lint must leave them as they were (its cache aside)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and CACHE not in p.relative_to(folder).parts
    }


def run_lint(args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PVT_LINT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, capture_output=True, env=env, timeout=120)


def write_inputs(project, case):
    if case.pyproject is not None:
        (project / "pyproject.toml").write_text(case.pyproject, encoding="utf-8")
    for name, data in case.files.items():
        path = project / name
        if data is None:
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def test_catalogue_is_large_enough():
    every = CASES + SLOW_CASES
    assert len(every) >= 60
    assert len({c.id for c in every}) == len(every)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case, tmp_path):
    check_case(case, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("case", SLOW_CASES, ids=[c.id for c in SLOW_CASES])
def test_bad_input_large(case, tmp_path):
    check_case(case, tmp_path)


def check_case(case, tmp_path):
    project = make_project(tmp_path / "project")
    write_inputs(project, case)
    before = tree_hashes(project)

    result = run_lint(case.args, project)
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    both = out + err

    assert "Traceback" not in both, both[-3000:]
    assert result.returncode == case.exit, f"exit {result.returncode}, expected {case.exit}:\n{both[-3000:]}"
    for pattern in case.expect:
        assert re.search(pattern, both), f"{pattern!r} not in output:\n{both[-3000:]}"
    for pattern in case.absent:
        assert not re.search(pattern, both), f"{pattern!r} in output:\n{both[-3000:]}"
    if result.returncode == 2:
        assert err.strip(), "exit 2 must say why on stderr"
    assert tree_hashes(project) == before, "the lint changed a file"
    assert not (project / "PWNED").exists()


def test_crlf_gives_the_same_findings_as_lf(tmp_path):
    """Line ends do not move a finding: LF, CRLF and CR report the same lines and columns."""
    outputs = []
    for name, ending in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        project = make_project(tmp_path / name)
        write_inputs(project, Case(name, {PAGE: utf8(CRLF_BODY.replace("\n", ending))}, [], 0))
        result = run_lint(["--format", "json", *ONLY_CIT, PAGE], project)
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_every_bad_file_in_one_run(fmt, tmp_path):
    """All the unreadable pages and catalogs at once, in every output format: each is reported, none stops the run."""
    project = make_project(tmp_path / "project")
    bad = [
        c
        for c in CASES
        if c.exit == 1 and c.pyproject is None and set(c.files) <= {PAGE, PO} and any("LNT001" in p for p in c.expect)
    ]
    for i, case in enumerate(bad):
        for name, data in case.files.items():
            path = project / name.replace("page.", f"page-{i}.")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    before = tree_hashes(project)
    result = run_lint(["--format", fmt, "docs", "locale"], project)
    both = (result.stdout + result.stderr).decode("utf-8", "replace")
    assert "Traceback" not in both
    assert result.returncode == 1, both[-3000:]
    for i, case in enumerate(bad):
        name = next(iter(case.files)).replace("page.", f"page-{i}.")
        assert name in both, f"{case.id}: {name} not reported"
    if fmt in ("json", "sarif"):
        import json

        json.loads(result.stdout)
    assert tree_hashes(project) == before


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_file_name_that_is_not_utf8(fmt, tmp_path):
    """A page whose name holds a byte that is not UTF-8 is reported with the byte percent-encoded (%FF), in every
    format, and -o writes the same; JSON and SARIF stay valid UTF-8; a control character is escaped too."""
    import json

    project = make_project(tmp_path / "project")
    name = os.fsencode(project / "docs") + b"/b\xffad\x1b[2J.md"
    with open(name, "wb") as file:
        file.write(utf8(HEAD + UNCITED_NUMBER + "\n"))
    for output in (None, "report.out"):
        result = run_lint(["--format", fmt, *ONLY_CIT, *(["-o", output] if output else []), "docs"], project)
        both = result.stdout + result.stderr
        assert b"Traceback" not in both, both[-3000:]
        assert result.returncode == 1, both[-3000:]
        data = (project / output).read_bytes() if output else result.stdout
        text = data.decode("utf-8")  # valid UTF-8
        # github's workflow commands escape % once more (%25), which GitHub decodes
        assert ("docs/b%25FFad%251B[2J.md" if fmt == "github" else "docs/b%FFad%1B[2J.md") in text
        assert "\x1b" not in text
        if fmt in ("json", "sarif"):
            json.loads(text)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_report_that_cannot_be_written_is_a_message_not_a_traceback():
    # found by an independent review: standard output on a full device ended in a traceback
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "docs" / "_ext")])}
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "lint", "--no-cache", "--format", "json", "docs/index.md"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=300,
        )
    assert result.returncode == 2
    assert "cannot write the report: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr


# ---- twenty-seventh session: a review of hostile inputs


def test_a_page_in_another_encoding_leaves_the_rest_of_the_report(tmp_path):
    """A page saved in Shift-JIS is LNT001, and its catalog's stale check says why it cannot compare; the run goes on
    (TRN016 read the page with strict UTF-8 and crashed, losing the whole report)."""
    project = make_project(tmp_path / "project")
    page = HEAD + UNCITED_NUMBER + "\n"
    (project / "docs" / "faq.md").write_bytes(page.encode("shift_jis"))
    (project / "docs" / "ok.md").write_text(HEAD + UNCITED_NUMBER + "\n", encoding="utf-8")
    catalog = project / "locale" / "en" / "LC_MESSAGES" / "faq.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "テスト"\nmsgstr "Test"\n', encoding="utf-8")
    result = run_lint(["--no-cache", "--select", "CIT,LNT,TRN016"], project)
    out = result.stdout.decode("utf-8")
    assert result.returncode == 1, out + result.stderr.decode()
    assert "docs/faq.md:" in out and "LNT001" in out and "not valid UTF-8" in out
    assert "docs/ok.md:7:1: CIT001" in out  # the other page is still checked
    assert "TRN016" in out and "cannot tell whether this catalog is up to date: docs/faq.md" in out


@pytest.mark.parametrize("reference", ['"' + "a" * 300 + '.yaml"', '"\\uD800"'])
def test_an_eeat_reference_no_file_can_have_is_eat002(reference, tmp_path):
    project = make_project(tmp_path / "project")
    (project / "docs" / "p.md").write_text(f"---\neeat: {reference}\n---\n\n# 見出し\n\n本文です。\n", encoding="utf-8")
    result = run_lint(["--no-cache", "--select", "EAT002", "docs/p.md"], project)
    out = result.stdout.decode("utf-8")
    assert result.returncode == 1 and "Traceback" not in out + result.stderr.decode()
    assert "docs/p.md:2:1: EAT002" in out and "cannot name a file" in out


def test_a_loop_of_links_in_a_folder_is_a_message(tmp_path):
    project = make_project(tmp_path / "project")
    loop = project / "loop"
    loop.mkdir()
    (loop / "b.md").symlink_to("a.md")
    (loop / "a.md").symlink_to("b.md")
    result = run_lint(["--no-cache", "loop"], project)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err
    assert "not a regular file" in err


def test_a_linked_folder_under_docs_is_linted_as_sphinx_reads_it(tmp_path):
    """Sphinx follows links to folders, so a page there is published: the lint reads it too (it was skipped)."""
    project = make_project(tmp_path / "project")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "p.md").write_text(HEAD.replace("_meta", "../_meta") + UNCITED_NUMBER + "\n", encoding="utf-8")
    (project / "docs" / "shared").symlink_to(shared, target_is_directory=True)
    (project / "docs" / "loop").symlink_to(project / "docs", target_is_directory=True)  # a loop is read once
    result = run_lint(["--no-cache", *ONLY_CIT, "docs"], project)
    out = result.stdout.decode("utf-8")
    assert result.returncode == 1, out + result.stderr.decode()
    assert "docs/shared/p.md:7:1: CIT001" in out


def test_a_report_in_an_encoding_that_lacks_a_character_is_escaped():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "cp932"}
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--explain", "TRN005"], cwd=ROOT, capture_output=True, env=env, timeout=120
    )
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b"\\u2013" in result.stdout or b"TRN005" in result.stdout


def test_an_empty_select_is_a_usage_error(tmp_path):
    project = make_project(tmp_path / "project")
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    (project / "pyproject.toml").write_text(
        re.sub(r"(?m)^select = \[.*?\]", "select = []", text, count=1, flags=re.S), encoding="utf-8"
    )
    (project / "docs" / "p.md").write_text(HEAD + UNCITED_NUMBER + "\n", encoding="utf-8")
    result = run_lint(["--no-cache", "docs/p.md"], project)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "select: names no rule" in err, err


def test_a_bad_rule_option_names_the_settings_file_and_the_rule(tmp_path):
    project = make_project(tmp_path / "project")
    with open(project / "pyproject.toml", "a", encoding="utf-8") as file:
        file.write('\n[tool.pvt-lint.rules.JAS022]\nallow = ["/[/"]\n')
    (project / "docs" / "p.md").write_text(HEAD + "本文です。\n", encoding="utf-8")
    result = run_lint(["--no-cache", "docs/p.md"], project)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "pyproject.toml: [tool.pvt-lint.rules.JAS022]" in err and "JAS022" in err, err


def test_a_key_twice_in_front_matter_or_a_record_is_reported(tmp_path):
    project = make_project(tmp_path / "project")
    (project / "docs" / "p.md").write_text(
        HEAD.replace("---\n\n", "description: a\ndescription: b\n---\n\n", 1) + "本文です。\n", encoding="utf-8"
    )
    result = run_lint(["--no-cache", "--select", "LNT", "docs/p.md"], project)
    out = result.stdout.decode("utf-8")
    assert result.returncode == 1 and "LNT001" in out and "appears twice" in out, out
