"""CIT: every claim carries a citation that resolves to refs.bib.

Which sentences are claims, and which citation belongs to which sentence, is
decided in lint.analysis.claims (shared with the statistics and CIT004).
"""

import difflib

from ..analysis.claims import (  # noqa: F401  (VALID_ROLES, CITE_ROLE_NAMES: the tests check them)
    CITE_ROLE_NAMES, FOOTCITE_ROLE_NAMES, LOOSE_ROLE_RE, VALID_ROLES, _context, classify, is_cite_role, settings,
)
from ..parsing.citation_targets import parse_citation_targets
from ..registry import rule


@rule("CIT001", "uncited-claim", target="page")
def uncited_claim(page, ctx):
    """Every factual sentence carries a citation; numbers and recommendations carry their own.

    What it checks: each sentence of the page's prose (paragraphs, list items,
    table cells, admonitions, containers). A sentence that states a number (a digit
    of any width: percentages, counts, durations, ranges such as 3〜6か月) or a
    treatment recommendation (推奨, 勧め, すべき, 検討, 考慮, 避け, 控え, 必要です,
    第一選択, 開始, 中止, 禁忌, 望ましい, ...) needs a {cite:p} role of its own. Any
    other sentence needs a citation in the same sentence or, with
    `scope = "block"` (the project's setting), anywhere in the same block (the same
    paragraph, list item or table cell).

    Exempt: headings and admonition titles, definition terms, questions (ending in
    ？ or ?), anything inside a `nonclaim` block (`:::{container} nonclaim`, the
    disclaimer), header cells of tables (GFM header rows, list-table
    `:header-rows:`), the first `label_columns` columns of tables, text without
    letters, items made only of links (navigation), a figure caption that is a
    title (one phrase without 。 and without a number), and directives that are not
    prose (toctree, code). Cross-references such as 第3部 are not numbers.

    Why: the article gives medical information to patients; a reader (and a
    reviewer) must be able to check every claim against its source, and a number or
    a recommendation must never rest on the citation of a neighbouring sentence.

    Options ([tool.pvt-lint.rules.uncited-claim]): scope = "block" | "sentence";
    label_columns = 0; recommendation_words = [...]; ignore_numbers = [regex, ...].

    Example violation:
        抗凝固療法は通常3〜6か月続けます。
    Fix (cite the source that gives the number, before the closing 。):
        抗凝固療法は通常3〜6か月続けます{cite:p}`source-key`。
    Text that makes no medical claim ("このページでは…を説明します。") goes in
    `:::{container} nonclaim`.
    """
    scope = settings(ctx)[0]
    for check in classify(page, ctx):
        if check.status != "uncited":
            continue
        line, column = check.position
        if check.reason == "number":
            message = f"sentence states a number ({check.trigger}) but has no citation of its own"
        elif check.reason == "recommendation":
            message = f"sentence recommends a treatment (「{check.trigger}」) but has no citation of its own"
        elif scope == "block":
            message = "sentence has no citation, and neither has its paragraph, list item or table cell"
        else:
            message = "sentence has no citation"
        yield ctx.report(line, column, message, context=_context(check.sentence.text),
            suggestion="add {cite:p}`key` before the closing 。; text that makes no medical claim "
                       "goes in :::{container} nonclaim",
        )


def _bib_keys(ctx):
    bibliography = ctx.bibliography
    if bibliography is None:
        return None, ""
    keys = bibliography.keys
    keys = set(keys() if callable(keys) else keys)
    path = getattr(bibliography, "path", None)
    return keys, (str(path).rsplit("/", 1)[-1] if path else "the bibliography")


def _targets(content):
    """Citation keys as sphinxcontrib-bibtex reads them (``{pre}key{post}`` allowed); ValueError if malformed."""
    return [target.key for target in parse_citation_targets(content)]


@rule("CIT002", "unknown-citation-key", target="page")
def unknown_citation_key(page, ctx):
    """A citation key that refs.bib (or the --bib file) does not define.

    What it checks: each key of each citation role ({cite:p}`key1,key2`) against
    the keys of the project's bibliography. Keys are compared exactly (BibTeX
    tools compare them ignoring case, but the house style writes each key one way).

    Why: an unknown key builds as an unresolved "[?]" reference with only a
    build warning, and the sentence is left without the source it claims to have.

    Example violation:
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pv`。
    Fix (use the key defined in refs.bib):
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pvt`。
    """
    keys, bib_name = _bib_keys(ctx)
    if keys is None:
        return
    lowered = {k.lower(): k for k in keys}
    for unit in page.units:
        for role in unit.roles:
            if role.name not in VALID_ROLES:
                continue
            try:
                cited = _targets(role.content)
            except ValueError:
                continue  # CIT003 reports it
            for key in cited:
                if key in keys:
                    continue
                if key.lower() in lowered:
                    message = f"citation key {key!r} differs in case from {lowered[key.lower()]!r} in {bib_name}"
                    suggestion = f"write {lowered[key.lower()]!r}"
                else:
                    message = f"citation key {key!r} is not in {bib_name}"
                    close = difflib.get_close_matches(key, sorted(keys), n=1, cutoff=0.6)
                    suggestion = f"did you mean {close[0]!r}?" if close else ""
                yield ctx.report(role.line, role.column, message,
                                  context=f"{{{role.name}}}`{role.content}`", suggestion=suggestion)


@rule("CIT003", "malformed-citation-role", target="page")
def malformed_citation_role(page, ctx):
    """A citation role that sphinxcontrib-bibtex cannot read as intended.

    What it checks: roles whose name starts with "cite" or "footcite" must be one
    of sphinxcontrib-bibtex's roles ({cite}, {cite:p}, {cite:t}, {cite:ps},
    {cite:ts}, {cite:ct}, {cite:cts}, {cite:year}, ... and the {footcite:...}
    forms); the key list must not be empty, blank or hold an empty key (`a,,b`);
    and text such as `{cite:p }` or `{cite:p} `key`` (a space inside the braces or
    between the braces and the backtick), which MyST does not read as a role at
    all, is reported too.

    Why: a misspelt role or an empty key either fails the build with an unclear
    message or, worse, prints the raw markup in the article and leaves the
    sentence without its citation.

    Example violations:
        肝臓へ運びます{citep}`msd-home-pvt`。
        肝臓へ運びます{cite:p}`msd-home-pvt,,easl-2016`。
        肝臓へ運びます{cite:p }`msd-home-pvt`。
    Fix:
        肝臓へ運びます{cite:p}`msd-home-pvt,easl-2016`。
    """
    for unit in page.units:
        for role in unit.roles:
            if not is_cite_role(role.name):
                continue
            context = f"{{{role.name}}}`{role.content}`"
            if role.name not in VALID_ROLES:
                close = difflib.get_close_matches(role.name, sorted(VALID_ROLES), n=1, cutoff=0.5)
                yield ctx.report(role.line, role.column,
                    f"unknown citation role {{{role.name}}}", context=context,
                    suggestion=f"write {{{close[0]}}}" if close else "write {cite:p}",
                )
                continue
            if not role.content.strip():
                yield ctx.report(role.line, role.column,
                                  "citation role has no key", context=context,
                                  suggestion="write the key from refs.bib between the backticks")
                continue
            if any(not part.strip() for part in role.content.split(",")):
                yield ctx.report(role.line, role.column,
                                  f"citation role has an empty key in {role.content!r}", context=context,
                                  suggestion="separate keys with single commas: {cite:p}`key1,key2`")
                continue
            try:
                _targets(role.content)
            except ValueError:
                yield ctx.report(role.line, role.column,
                                  f"citation keys {role.content!r} cannot be read", context=context,
                                  suggestion="separate keys with commas, without spaces inside a key")
        for match in LOOSE_ROLE_RE.finditer(unit.plain):
            line, column = unit.position(match.start())
            yield ctx.report(line, column,
                f"{match.group()} is not read as a citation role",
                context=match.group(),
                suggestion="write {cite:p}`key`: no space inside the braces or before the backtick, "
                           "and the key between the backticks",
            )
