"""The evidence levels of refs.bib (its ``evidence`` field), strongest first, and their headings.

The lint checks every entry names one of them (BIB008) and weighs citations by
them (CIT004); the build's ``{pvt-sources}`` directive groups the main sources
under their headings, in this order.

The headings are the Japanese source text of the build's ``pvt_site`` message
catalog: ``N_`` only marks them for extraction (tests/test_site.py checks each
has an English translation in locale/en/LC_MESSAGES/pvt_site.po); the
extension translates them when it uses them.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark a message for the catalog without translating it here (gettext's "noop")."""
    return message


LEVELS: tuple[str, ...] = (
    "clinical-guideline",
    "meta-analysis",
    "narrative-review",
    "primary-study",
    "government",
    "reference-work",
    "patient-information",
    "video",
    "other",
)
# Where an entry without a usable level is counted.
FALLBACK_LEVEL = "other"

HEADINGS: dict[str, str] = {
    "clinical-guideline": N_("診療ガイドライン"),
    "meta-analysis": N_("メタアナリシス・システマティックレビュー"),
    "narrative-review": N_("総説"),
    "primary-study": N_("個別の研究"),
    "government": N_("公的機関の情報"),
    "reference-work": N_("医学事典・参考書"),
    "patient-information": N_("患者さん向けの情報"),
    "video": N_("動画"),
    "other": N_("その他の情報源"),
}


def level_of(fields: dict) -> str:
    """An entry's ``evidence`` field as compared with LEVELS (trimmed, lower case); "" when absent."""
    return str(fields.get("evidence", "")).strip().lower()
