"""Reference list in the medical-journal (Vancouver-like) convention.

Entries are numbered in order of first citation (pybtex's ``unsrt`` order)
and shown as numbers in the text. Names are "Family Initials" joined by
commas, so no English "and" appears; Japanese-language entries
(``langid = {japanese}``) use Japanese punctuation in the Japanese edition,
and their ``englishtitle`` in the English edition. The ``note`` field is an
editorial note (why a DOI is missing, what was checked) and is never shown.

The two styles are registered with pybtex as "pvt-ja" and "pvt-en"; the
build picks the one of its language.
"""

from __future__ import annotations

from pybtex.database import Entry, Person
from pybtex.plugin import register_plugin
from pybtex.richtext import Text
from pybtex.style.formatting.unsrt import Style as UnsrtStyle
from pybtex.style.template import field, href, join, node, optional, sentence, words
from sphinx.application import Sphinx
from sphinx.config import Config

from lint.core.language import is_japanese_entry

# Fields that are for the editors and the lint, never for readers.
# English forms of a Japanese entry's fields: shown instead of the field in the English edition.
ENGLISH_FIELDS = {
    "englishtitle": "title",
    "englishpublisher": "publisher",
    "englishhowpublished": "howpublished",
    "englishaddress": "address",
    "englishauthor": "author",
}
EDITORIAL_FIELDS = ("note", "evidence", "langid", "keywords", *ENGLISH_FIELDS)
MAX_AUTHORS = 6  # ICMJE: list six, then "et al."


@node
def vancouver_names(children, context, role, et_al, separator=", "):
    """Authors as "Family Initials", comma-joined, first three then et al. past six."""
    persons = context["entry"].persons.get(role, [])
    # BibTeX's "and others" arrives as a person called "others".
    truncated = bool(persons) and str(persons[-1]).strip().lower() == "others"
    if truncated:
        persons = persons[:-1]
    if len(persons) > MAX_AUTHORS:
        persons, truncated = persons[:3], True
    parts = []
    for person in persons:
        family = strip_braces(" ".join(person.prelast_names + person.last_names))
        initials = "".join(strip_braces(n)[0] for n in person.first_names + person.middle_names if strip_braces(n))
        parts.append(f"{family} {initials}".strip())
    text = separator.join(parts)
    if truncated:
        text += et_al
    return Text(text)


def strip_braces(name: str) -> str:
    """Organisation names are brace-protected in BibTeX; readers should not see the braces."""
    return name.replace("{", "").replace("}", "")


class MedicalStyle(UnsrtStyle):
    """Shared logic; subclasses set the edition's language."""

    language = "ja"
    default_label_style = "number"
    default_sorting_style = "none"  # order of first citation

    def format_entry(self, label, entry, bib_data=None):
        self._japanese_entry = is_japanese_entry(entry.fields.get("langid", ""))
        fields = {k: v for k, v in entry.fields.items() if k.lower() not in EDITORIAL_FIELDS}
        persons = entry.persons
        if self._japanese_entry and self.language == "en":
            # Society authors, publishers and site names romanised or translated, the original in brackets
            english = {ENGLISH_FIELDS[k.lower()]: v for k, v in entry.fields.items() if k.lower() in ENGLISH_FIELDS}
            if "title" in english:
                english["title"] += " {[in Japanese]}"
            if "author" in english:  # one organisation, kept whole (braces: not split into names)
                persons = {**persons, "author": [Person("{" + english.pop("author") + "}")]}
            fields.update(english)
        shown = Entry(entry.type, fields=fields, persons=persons)
        shown.key = entry.key
        return super().format_entry(label, shown, bib_data)

    def format_names(self, role, as_sentence=True):
        japanese = self._japanese_entry and self.language == "ja"
        formatted = vancouver_names(
            role=role, et_al=" 他" if japanese else ", et al.", separator="、" if japanese else ", "
        )
        return sentence[formatted] if as_sentence else formatted

    def format_pubmed(self, e):
        # Our entries use the field name "pmid".
        return optional[join["PMID: ", field("pmid", raw=True)]]

    def format_url(self, e):
        url = field("url", raw=True)
        return words["URL:", href(url)[url]]

    def format_web_refs(self, e):
        accessed = (
            optional["（参照 ", field("urldate"), "）"]
            if self.language == "ja"
            else optional[" (accessed ", field("urldate"), ")"]
        )
        return sentence[
            optional[join[self.format_url(e), accessed]],
            optional[self.format_pubmed(e)],
            optional[self.format_doi(e)],
        ]


class JapaneseEditionStyle(MedicalStyle):
    language = "ja"


class EnglishEditionStyle(MedicalStyle):
    language = "en"


def choose_style(app: Sphinx, config: Config) -> None:
    """The bibliography style follows the edition being built."""
    config.bibtex_default_style = "pvt-en" if config.language == "en" else "pvt-ja"


def setup(app: Sphinx) -> dict:
    # pybtex keeps the first registration of a name: setting up twice changes nothing.
    register_plugin("pybtex.style.formatting", "pvt-ja", JapaneseEditionStyle)
    register_plugin("pybtex.style.formatting", "pvt-en", EnglishEditionStyle)
    app.connect("config-inited", choose_style)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
