"""Sources cited in words instead of through refs.bib: (Tanaka et al., 2021), （田中ら、2021）, 田中ら（2021）.

An editor who writes the source into the sentence has cited it, but not through the bibliography: the
bibliography rules (BIB: a DOI, an evidence level, an access date) never see it, and the built page has no
reference to follow. CIT001 takes such a sentence as cited (it has a source), and CIT005 reports the source
with the fix: put it in refs.bib and cite it with a role.

Read by the grammar of author–year citation, not by a list of names, and only in its unmistakable form: a family
name with et al. (English) or ら (Japanese, a name the tokenizer reads as a person's), then a year of 1900–2099,
inside brackets (parenthetical: (Smith et al., 2021), （田中ら、2021）) or after the authors (narrative: Smith et al.
(2021), 田中ら（2021）). Everything else is left to CIT001, which reports the sentence as uncited (the safe side): a
year alone in brackets (令和3年（2021年）), two names (Smith and Jones (2020), England and Wales (2021)), a single
name, an acronym, an organisation, a company or a place with a year ((Tokyo 2020), (WHO, 2023), （厚生労働省、2023年）),
ほか and 他 (said of any noun), more words after the year (（山本ら、2024年4月現在）) and a name without a year.
"""

from __future__ import annotations

from ..core import lazy_re as re

# A false source hides an uncited claim from CIT001, a missed one only leaves CIT001's finding in place: so only the
# unmistakable forms are read. Two reviews took the first versions apart ((Tokyo 2020), (Xarelto, 2012), 被災者ら
# （2011年）, 自ら（2019年）; then England and Wales (2021), Pfizer and Moderna (2021), 武田ほか（2020年）, a company or a
# town named after a family, （山本ほか、2024年4月現在）): what is left is a family name with et al. (English) or ら
# (Japanese, read as a person's name by the tokenizer), and the year alone in the bracket or after a citation list's ;.
# Two names joined by and / &, a single name, an acronym, an organisation, ほか / 他 (said of any noun) and a name in
# katakana are left to CIT001.
_NAME = r"(?:(?:van|von|de|du|da|der|den|le|la|Van|Von|De|Du|Da|Le|La)\s)?(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]+"
_YEAR = r"(?:19|20|１９|２０)\d{2}[a-z]?"  # \d takes full-width digits too
_OPEN, _CLOSE = "[(（]", "[)）]"
_EN_ET_AL = rf"{_NAME}\s+et\s+al\.?"
# the bracket holds the source and its year, then closes or goes on after ; (a citation list, see Fig. 2), with bounded
# free text so that an unclosed bracket or a long list costs one pass
_EN_PARENTHETICAL = (
    rf"{_OPEN}(?:(?:see|e\.g\.,?|cf\.)\s+)?{_EN_ET_AL},?\s*{_YEAR}(?:\s*[;；][^()（）\n]{{0,200}})?{_CLOSE}"
)
_EN_NARRATIVE = rf"\b{_EN_ET_AL}\s*{_OPEN}{_YEAR}{_CLOSE}"
EN_SOURCE = re.compile(rf"{_EN_PARENTHETICAL}|{_EN_NARRATIVE}")

# a family name before ら: one to three kanji, which the tokenizer must read as a person's name (田中, 山田; not 職員ら,
# 自ら, 被災者ら)
_JA_NAME = r"(?P<{}>(?<![一-龥々])[一-龥々]{{1,3}})"
_JA_YEAR = r"(?:19|20|１９|２０)\d{2}年?"
JA_SOURCE = re.compile(
    rf"{_OPEN}{_JA_NAME.format('name')}ら[、，,]\s*{_JA_YEAR}(?:\s*[;；][^()（）\n]{{0,100}})?{_CLOSE}"
    rf"|{_JA_NAME.format('name2')}ら{_OPEN}{_JA_YEAR}{_CLOSE}"
)


def _a_persons_name(name: str) -> bool:
    """The tokenizer reads ``name`` as one person's name (IPADIC: 名詞,固有名詞,人名)."""
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(name)
    return len(tokens) == 1 and tokens[0].pos_detail_2 == "人名"


def sources_in_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each source cited in words in ``text``, in order."""
    if not any(ch.isdigit() for ch in text):
        return []  # no year, no source (the common case, read for every unit)
    found = [(m.start(), m.end()) for m in EN_SOURCE.finditer(text)]
    for m in JA_SOURCE.finditer(text):
        name = m.group("name") or m.group("name2")
        if _a_persons_name(name):
            found.append((m.start(), m.end()))
    return sorted(found)
