"""SEO: what search engines and link previews show of a page.

Article pages are those the EAT rules check (pages outside folders starting with "_", less
the EAT001 ``exclude`` globs of ``[tool.pvt-lint.rules.missing-eeat-metadata]``).
"""

from ..context import show_value
from ..core import lazy_re as re  # patterns compiled on first use
from ..core.eeat import front_matter_node
from ..findings import ERROR
from ..registry import rule
from .eeat import is_article

DEFAULT_LANGUAGES = ("ja", "en")


def _key_line(node, offset, key):
    """1-based line of ``key`` in the front matter (None when absent)."""
    if node is None or not hasattr(node, "value") or not isinstance(node.value, list):
        return None
    for k, _v in node.value:
        if getattr(k, "value", None) == key:
            return k.start_mark.line + 1 + offset
    return None


_JAPANESE_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


@rule("SEO001", "missing-meta-description", target="page", severity=ERROR, options=("exclude", "languages"))
def missing_meta_description(page, ctx):
    """Every article page has a description in each edition's language, in its front matter.

    What: an article page whose front matter has no ``description:`` (the Japanese, the
    source language) or no ``description_<language>:`` for another edition of the site
    (``description_en:``; the languages are ``[tool.pvt-lint.rules.missing-meta-description]
    languages``, default ja and en, the first being the source), or one that is empty or not
    a string. Reported at the front-matter line (line 1) when the key is absent, at the
    key's line when its value is empty.

    Why: the build writes it as the page's ``<meta name="description">`` and
    ``og:description``: what a search result and a shared link show under the title.
    Without it search engines pick a fragment of the page (Lighthouse's SEO audit
    meta-description fails). The English edition cannot take its description from the
    gettext catalogs, which hold the page's body only, so it stands next to the Japanese.

    Example:

        ---
        eeat: _meta/eeat.yaml
        ---

        # 治療と管理

    Fix: one or two sentences, about 120 characters in Japanese and 160 in English:

        ---
        eeat: _meta/eeat.yaml
        description: 門脈血栓症の治療の中心である抗凝固療法と、合併症への対処を解説します。
        description_en: How portal vein thrombosis is treated, above all with anticoagulants.
        ---
    """
    if not is_article(page, ctx):
        return
    languages = list(ctx.option("languages", list(DEFAULT_LANGUAGES)))
    node, offset, front = front_matter_node(page)
    keys = ["description"] + [f"description_{lang}" for lang in languages[1:]]
    for key in keys:
        value = front.get(key)
        if isinstance(value, str) and value.strip():
            if key != "description" and _JAPANESE_RE.search(value):
                # (thirty-seventh session, from the second audit of issue 12) Japanese in another edition's description
                # went into its <meta name="description">; the build refuses it, the lint did not
                line = _key_line(node, offset, key) or 1
                yield ctx.report(
                    line,
                    1,
                    f"front matter's {key}: holds Japanese ({_JAPANESE_RE.search(value).group()}…): it is the "
                    f"{key.split('_', 1)[1]} edition's meta description; write it in that language",
                    context=page.lines[line - 1] if page.lines else "",
                )
            continue
        line = _key_line(node, offset, key)
        present = line is not None
        if not present:
            message = f"page has no {key}: in its front matter (its meta description)"
        elif value is None or isinstance(value, str):
            message = f"front matter's {key}: is empty"
        else:  # description: [1, 2] is no text the build can write (it is not empty)
            message = f"front matter's {key}: must be text, not {show_value(value)}"
        yield ctx.report(
            line if present else 1,
            1,
            message,
            context=page.lines[(line or 1) - 1] if page.lines else "",
            suggestion=f"{key}: …",
        )
