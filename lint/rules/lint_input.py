"""LNT: the lint's own findings: files it cannot read and suppression comments it cannot use.

These rules check nothing themselves: the engine reports them (an unreadable
file while reading, suppression problems while applying suppressions). They are
registered here so that --list-rules, --explain, --select and --ignore know them.
"""

from ..findings import WARNING
from ..registry import rule


@rule("LNT001", "unreadable-file", target="project")
def unreadable_file(project, ctx):
    """A file the lint cannot read: bad encoding, a NUL byte, or a page whose front matter is broken.

    What: the runner reports each page or catalog it cannot read or parse at the
    line where reading stopped (this rule itself checks nothing).
    Why: a file the lint cannot read is a file none of the other rules checked.
    Example: a page saved as Shift_JIS (`not valid UTF-8 (byte 0x82)`), or front
    matter with a tab in its YAML. Fix: save as UTF-8; correct the YAML.
    """
    return ()


@rule("LNT002", "invalid-suppression", target="project")
def invalid_suppression(project, ctx):
    """A `lint: ignore[...]` comment that names an unknown rule or gives no reason.

    What: suppression comments (`% lint: ignore[CIT001] reason` in pages and .bib
    files, `# lint: ignore[TRN002] reason` in catalogs) must name known rules (by
    code or name) and give a reason after the brackets.
    Why: a suppression is an editorial decision that a reviewer must be able to
    judge; without a reason it cannot be judged, and with a misspelt code it
    silently suppresses nothing.
    Example violation: `% lint: ignore[CIT01]`. Fix:
    `% lint: ignore[CIT001] 要点の一覧。出典は本文の各節にある`.
    """
    return ()


@rule("LNT003", "unused-suppression", target="project", severity=WARNING)
def unused_suppression(project, ctx):
    """A `lint: ignore[...]` comment that suppressed nothing.

    What: a valid suppression whose block had no finding of the named rules.
    Why: stale suppressions hide the next real problem in that block.
    Fix: delete the comment.
    """
    return ()
