"""Translator tools for the catalogs: merge new source text in, rename a page's catalog.

    python -m lint.catalog_tools update [-p _build/gettext] [-d locale] [-l en] [-w 79] [--no-obsolete]
    python -m lint.catalog_tools rename OLD NEW [-d locale] [-l en] [-w 79]

``update`` is ``sphinx-intl update`` (the same merge: babel's ``Catalog.update``,
which keeps every translation, marks the translation of an edited paragraph
``#, fuzzy`` and keeps text that left the page as ``#~`` obsolete entries) with
two fixes that matter to translators:

* it records the previous source of a fuzzy entry (``#| msgid "..."``, as
  ``msgmerge --previous`` does), so Poedit and Weblate can show what changed in
  the Japanese. sphinx-intl 2.4.0 writes no ``#|`` line, and it turns an
  existing one into a translator comment ``# | msgid ...`` that stays forever
  (babel reads ``#|`` as a comment); babel's own ``include_previous`` breaks
  long msgids across lines, so the catalogs are written with polib;
* an obsolete translation comes back when its exact source text returns
  (reverting an edit restores the translation, as msgmerge does).

It writes a catalog only when something other than POT-Creation-Date changed.
Babel's guessed ``python-format``/``python-brace-format`` flags are not
written: MyST roles such as {cite:p}`key` are not Python placeholders.

``rename`` keeps translations when a page is renamed (``git mv docs/old.md
docs/new.md``): it renames ``locale/<lang>/LC_MESSAGES/OLD.po`` to ``NEW.po``,
or, when ``update`` already created ``NEW.po``, fills its untranslated entries
from ``OLD.po`` and keeps OLD's other translations as obsolete entries, then
deletes ``OLD.po``. Page names are docnames: ``basics``, ``part1/basics``.

Exit 0 on success, 2 (a message, no traceback) when a catalog cannot be read
or a name is wrong.
"""

import argparse
import difflib
import io
import sys
from pathlib import Path

import polib
from babel.messages.pofile import denormalize, read_po

from .core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from .errors import LintInputError
from .parsing.catalog import load_catalog, pofile, polib_text

GUESSED_FLAGS = {"python-format", "python-brace-format"}
# babel reads "#| msgid ..." lines as translator comments "| msgid ...", and
# sphinx-intl then writes them back as "# | msgid ...": both are dropped.
_MISREAD_PREVIOUS_RE = re.compile(r'^\|?\s*\|?\s*(?:msgid_plural|msgid|msgctxt)?\s*".*"\s*$')
DEFAULT_WIDTH = 79


def _read_babel(path, locale=None):
    try:
        text = Path(path).read_bytes()
        if text.startswith(b"\xef\xbb\xbf"):
            text = text[3:]  # (from the second audit) a UTF-8 byte-order mark, which the lint and Sphinx accept
        # the tight forms gettext accepts (#,fuzzy, msgstr"…") spaced, as the lint reads them (polib_text)
        # (from the review) every line ending as a newline: babel reads a catalog saved with lone CRs as one line
        text = polib_text(text.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")).encode("utf-8")
        # babel rejects "#~| msgid" (the previous msgid of an obsolete fuzzy entry, which msgmerge
        # and polib write); load() restores it from the lint's reader
        text = re.sub(rb"(?m)^#~\|[^\n]*\n", b"", text)
        return read_po(io.BytesIO(text), locale=locale, abort_invalid=True)
    except Exception as exc:  # noqa: BLE001 - babel raises PoFileError, ValueError, UnicodeDecodeError …
        line = getattr(exc, "lineno", 0) or 0
        raise LintInputError(str(path), line + 1 if line else 1, f"cannot read the catalog: {exc}") from None


def _key(message_id, context):
    singular = message_id[0] if isinstance(message_id, (list, tuple)) else message_id
    return (context, singular)


def load(path):
    """A babel Catalog of an existing PO file, with ``#|`` previous msgids read correctly."""
    catalog_file = load_catalog(path)  # validates the file and names the line of any error
    as_polib = pofile(catalog_file.text)  # the translators' header and comments as they wrote them, read once
    # (thirty-eighth session, issue 12) the obsolete entries' "#~| msgid", which polib does not read: without it a deleted
    # fuzzy entry lost its #| and came back, when its text returned, fuzzy with nothing to show what had changed
    obsolete = _obsolete_entries_with_previous(catalog_file.text)
    previous = {(e.msgctxt, e.msgid): e.previous_msgid for e in catalog_file.entries if e.previous_msgid}
    previous.update({(e.msgctxt, e.msgid): e.previous_msgid for e in obsolete})
    # (from the review) "#| msgid_plural" and "#| msgctxt", which the lint's reader and babel leave out
    extra = {}
    for entry in [*as_polib, *obsolete]:
        if entry.previous_msgid and (entry.previous_msgid_plural or entry.previous_msgctxt):
            extra[(entry.msgctxt, entry.msgid)] = (
                entry.previous_msgid,
                entry.previous_msgid_plural,
                entry.previous_msgctxt,
            )
    flags = {(e.msgctxt, e.msgid): set(e.flags) & GUESSED_FLAGS for e in catalog_file.entries}
    catalog = _read_babel(path)
    catalog.as_polib = as_polib
    catalog.kept_flags = flags  # the format flags the catalog has (babel would guess others)
    catalog.previous_contexts = {key: (value[0], value[2]) for key, value in extra.items() if value[2]}
    for message in [*catalog, *catalog.obsolete.values()]:
        misread = [c for c in message.user_comments if _is_misread_previous(c)]
        message.user_comments = [c for c in message.user_comments if not _is_misread_previous(c)]
        key = _key(message.id, message.context)
        if key in previous and message.id:
            message.previous_id = [previous[key]]
            if key in extra and extra[key][0] == previous[key] and extra[key][1]:
                message.previous_id.append(extra[key][1])
        elif misread and message.id and message.fuzzy:
            message.previous_id = _previous_from_comments(misread)
    return catalog, catalog_file


def _obsolete_entries_with_previous(text):
    """The obsolete entries that have a ``#~|`` previous source, read by polib as if they were active."""
    found = []
    for block in re.split(r"\n[ \t]*\n", text):
        if "#~|" not in block:
            continue
        lines = [re.sub(r"^#~\|\s?", "#| ", re.sub(r"^#~(?!\|)\s?", "", line)) for line in block.split("\n")]
        try:
            entries = list(pofile('msgid ""\nmsgstr ""\n\n' + "\n".join(lines) + "\n"))
        except (OSError, ValueError):
            continue  # not an entry: the file's reader reports what is wrong with it
        found += [e for e in entries if e.previous_msgid]
    return found


def _previous_from_comments(comments):
    """The previous msgid that sphinx-intl wrote as "# | msgid ..." comments (babel's denormalize reads it)."""
    parts, keyword = {"msgid": [], "msgid_plural": []}, None
    for comment in comments:
        text = comment.strip().lstrip("|").strip()
        word = text.split(None, 1)[0] if text else ""
        if word in ("msgid", "msgid_plural", "msgctxt"):
            keyword = word
            text = text[len(word) :].strip()
        if keyword in parts:
            parts[keyword].append(text)
    try:
        found = [denormalize("\n".join(parts[k])) for k in ("msgid", "msgid_plural") if parts[k]]
    except Exception:  # noqa: BLE001 - a comment that only looked like a previous msgid
        return []
    return found


def _is_misread_previous(comment):
    text = comment.strip()
    return text.startswith("|") and bool(_MISREAD_PREVIOUS_RE.match(text))


def merge(catalog, template):
    """babel's merge (sphinx-intl's), reviving obsolete translations and keeping ``#|``."""
    previous = {
        _key(m.id, m.context): list(m.previous_id)
        for m in [*catalog, *catalog.obsolete.values()]
        if m.id and m.previous_id and m.fuzzy
    }
    in_template = {_key(m.id, m.context) for m in template if m.id}
    # (thirty-seventh session, from an audit of issue 12) an edit undone: the page's text is the previous msgid (#|) of
    # a fuzzy entry whose own msgid left the page. babel matched the returning text to nothing and left the translation
    # stranded in #~. The entry returns to that text with its translation, comments and flags; (from the review of the
    # first version) it stays fuzzy, its #| the edited text: a translator may have revised the translation for the edit
    # without clearing the flag, and only a translator can tell which text it now renders.
    # (thirty-eighth session) an obsolete fuzzy entry too: an edit, then the paragraph deleted, then the paragraph back
    # as it was before the edit
    returned = {
        _key(m.previous_id[0], m.context): m
        for m in [*catalog, *catalog.obsolete.values()]
        if m.id and m.fuzzy and m.previous_id and m.string and _key(m.id, m.context) not in in_template
    }
    for message in template:
        if not message.id:
            continue
        key = catalog._key_for(message.id, message.context)
        undone = returned.get(_key(message.id, message.context))
        if message.id not in catalog and key not in catalog.obsolete and undone is not None:
            undone_key = catalog._key_for(undone.id, undone.context)
            if catalog.obsolete.get(undone_key) is undone:
                del catalog.obsolete[undone_key]
            else:
                catalog.delete(undone.id, undone.context)
            catalog.add(
                message.id,
                undone.string,
                list(undone.locations),
                flags=set(undone.flags) | {"fuzzy"},
                user_comments=list(undone.user_comments),
                previous_id=list(undone.id) if isinstance(undone.id, (list, tuple)) else [undone.id],
                context=message.context,
            )
            kept = getattr(catalog, "kept_flags", None)
            if kept is not None:
                kept[_key(message.id, message.context)] = kept.get(_key(undone.id, undone.context), set())
            catalog.__dict__.setdefault("undone", {})[(message.context, message.id)] = (undone.context, undone.id)
            continue
        if message.id not in catalog and key in catalog.obsolete:
            revived = catalog.obsolete.pop(key)
            if revived.string:
                catalog[revived.id] = revived
    catalog.update(template)
    for message in catalog:
        if not (message.id and message.fuzzy):
            continue
        if not message.previous_id:  # still fuzzy, source unchanged: keep its #|
            message.previous_id = previous.get(_key(message.id, message.context), [])
        else:  # matched to an entry that was already fuzzy: the translation belongs to *its* #|
            message.previous_id = previous.get(_key(message.previous_id, message.context), message.previous_id)
    for (context, message_id), (_context, edited) in getattr(catalog, "undone", {}).items():
        returned_message = catalog.get(message_id, context)
        if returned_message is not None:  # the edit undone, shown as the change to review
            returned_message.previous_id = list(edited) if isinstance(edited, (list, tuple)) else [edited]
    return catalog


def to_polib(catalog, width, header=None, metadata=None, header_fuzzy=None, ignore_obsolete=False):
    """Render a babel Catalog as a polib POFile (polib writes ``#|`` lines correctly)."""
    po = polib.POFile(wrapwidth=width if width and width > 0 else 0)
    if header is None:  # babel's header comment keeps its "# " prefixes; polib adds them
        header = "\n".join(
            line[2:] if line.startswith("# ") else line.lstrip("#") for line in catalog.header_comment.splitlines()
        )
    po.header = header
    po.metadata = dict(metadata if metadata is not None else catalog.mime_headers)
    po.metadata_is_fuzzy = catalog.fuzzy if header_fuzzy is None else header_fuzzy
    kept = getattr(catalog, "kept_flags", {})
    comments = getattr(catalog, "kept_comments", {})
    contexts = getattr(catalog, "previous_contexts", {})
    for message in catalog:
        if message.id:
            po.append(_entry(message, catalog.num_plurals, kept=kept, comments=comments, contexts=contexts))
    if not ignore_obsolete:
        for message in catalog.obsolete.values():
            if message.id:
                po.append(
                    _entry(message, catalog.num_plurals, obsolete=True, kept=kept, comments=comments, contexts=contexts)
                )
    return po


class _Entry(polib.POEntry):
    """A polib entry whose translator comments are written as they are, never wrapped or reflowed."""

    def __unicode__(self, wrapwidth=78):
        comment, self.tcomment = self.tcomment, ""
        try:
            body = super().__unicode__(wrapwidth)
        finally:
            self.tcomment = comment
        if not comment:
            return body
        # an empty comment line is "#" alone: "# " would end in a space (from a check of issue 12)
        lines = "\n".join("# " + line if line else "#" for line in comment.split("\n"))
        return lines + "\n" + body

    __str__ = __unicode__


def _entry(message, num_plurals, obsolete=False, kept=None, comments=None, contexts=None):
    plural = isinstance(message.id, (list, tuple))
    singular = message.id[0] if plural else message.id
    # (thirty-seventh session, from the issue-12 audit) a format flag set by hand stays when the entry turns fuzzy: the
    # flags were kept under the msgid the entry had, its previous one now
    previous_key = (message.context, message.previous_id[0]) if getattr(message, "previous_id", None) else None
    format_flags = (kept or {}).get((message.context, singular)) or (kept or {}).get(previous_key, set())
    # (thirty-fifth session, from a second check of issue 12) the translator's comment as written (#  indented, two
    # spaces), where babel gives it stripped: the same comment, kept in its own form when the entry is rewritten
    tcomment = "\n".join(message.user_comments)
    previous = message.previous_id[0] if getattr(message, "previous_id", None) else None
    written = (comments or {}).get((message.context, singular)) or (comments or {}).get((message.context, previous))
    if written is not None and [line.strip() for line in written.split("\n")] == [
        line.strip() for line in message.user_comments
    ]:
        tcomment = written
    entry = _Entry(
        msgid=message.id[0] if plural else message.id,
        msgctxt=message.context,
        occurrences=[(str(f), str(n) if n else "") for f, n in message.locations],
        flags=_ordered_flags(message.flags, format_flags),
        tcomment=tcomment,
        comment="\n".join(message.auto_comments),
        obsolete=obsolete,
    )
    if plural:
        entry.msgid_plural = message.id[1]
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string or "",)
        entry.msgstr_plural = {i: (strings[i] if i < len(strings) else "") or "" for i in range(num_plurals)}
    else:
        entry.msgstr = message.string or ""
    if message.previous_id and "fuzzy" in message.flags:  # as msgmerge: #| only on fuzzy entries
        entry.previous_msgid = message.previous_id[0]
        if len(message.previous_id) > 1:
            entry.previous_msgid_plural = message.previous_id[1]
        previous_context = (contexts or {}).get((message.context, singular))
        if previous_context and previous_context[0] == entry.previous_msgid:
            entry.previous_msgctxt = previous_context[1]  # the context the entry had, with the msgid it had
    return entry


def _ordered_flags(flags, format_flags):
    """fuzzy first, then the rest as gettext orders them; format flags only when the catalog had them."""
    kept = (set(flags) - GUESSED_FLAGS) | set(format_flags)
    return sorted(kept, key=lambda f: (f != "fuzzy", f))


_FIELDS = (
    "msgid",
    "msgid_plural",
    "msgstr",
    "msgstr_plural",
    "msgctxt",
    "flags",
    "tcomment",
    "comment",
    "occurrences",
    "previous_msgid",
    "previous_msgid_plural",
    "previous_msgctxt",
    "obsolete",
)
_DATE_RE = re.compile(r'^"POT-Creation-Date:.*$', re.MULTILINE)


def _same_apart_from_date(old, new):
    return _DATE_RE.sub("", old).replace("\n\n", "\n") == _DATE_RE.sub("", new).replace("\n\n", "\n")


def _blocks(text):
    """{(obsolete, msgctxt, msgid): (raw text, polib entry)} of the entries of a PO file, and its header text."""
    found, header = {}, None
    for raw in re.split(r"\n[ \t]*\n", text.strip("\n")):
        if header is None and re.search(r'^msgid ""\s*\nmsgstr ', raw, re.MULTILINE):
            header = raw  # the header entry, with the file's first comments
            continue
        try:  # a stub header: polib would read an entry's leading comments as the file's header
            parsed = pofile('msgid ""\nmsgstr ""\n\n' + raw + "\n")
        except (OSError, ValueError):
            continue
        entries = list(parsed) + parsed.obsolete_entries()
        if not entries:
            continue
        entry = entries[0]
        if entry.obsolete and "#~|" in raw:  # (from the review) polib does not read "#~|": as load() does
            previous = next(iter(_obsolete_entries_with_previous(raw)), None)
            if previous is not None:
                entry.previous_msgid = previous.previous_msgid
                entry.previous_msgid_plural = previous.previous_msgid_plural
                entry.previous_msgctxt = previous.previous_msgctxt
        found[(bool(entry.obsolete), entry.msgctxt, entry.msgid)] = (raw, entry)
    return found, header


def _same_entry(a, b):
    def fields(e):
        return tuple(_field(e, f) for f in _FIELDS)

    return fields(a) == fields(b)


def _field(entry, name):
    value = getattr(entry, name)
    if name == "msgstr_plural":
        return tuple(sorted(value.items()))
    if name == "flags":
        return tuple(sorted(value))  # (from the review) "#, no-wrap, fuzzy" is the same flags as gettext's order
    if name == "tcomment":
        # babel strips a comment's spaces, polib keeps those after "# ": the same comment either way
        return "\n".join(line.strip() for line in value.split("\n"))
    return value


def render(po, old_text=None):
    """The text of ``po``; each entry and the header that did not change keep their old text as written.

    A translator's editor, msgmerge and polib wrap long lines differently: an
    entry the merge did not change is written exactly as it was, so an update
    changes only what changed (and the POT-Creation-Date only then).
    """
    if old_text is None:
        return str(po).rstrip("\n") + "\n"
    old, old_header = _blocks(old_text)
    written = _written_strings(old.values())
    parts, changed = [], False
    for entry in po:
        key = (bool(entry.obsolete), entry.msgctxt, entry.msgid)
        if key in old and _same_entry(old[key][1], entry):
            parts.append(old[key][0])
        else:
            parts.append(_as_written(str(entry).rstrip("\n"), entry, written))
            changed = True
    changed = changed or len(parts) != len(old)
    header_po = _HeaderFile(wrapwidth=po.wrapwidth)
    if old_header is not None:
        header_po.order = tuple(_header_keys(old_header))
    header_po.header, header_po.metadata, header_po.metadata_is_fuzzy = po.header, po.metadata, po.metadata_is_fuzzy
    new_header = str(header_po).strip("\n")
    if old_header is not None and (_same_apart_from_date(old_header, new_header) or _same_header(old_header, po)):
        header = old_header
        if changed:  # the date of the template, as the merge would write it
            date = re.search(r'^"POT-Creation-Date:.*$', new_header, re.MULTILINE)
            if date and _DATE_RE.search(header):
                header = _DATE_RE.sub(lambda _m: date.group(), header)
    else:
        header = new_header
    return "\n\n".join([header, *parts]).rstrip("\n") + "\n"


class _HeaderFile(polib.POFile):
    """A header written with its fields in the catalog's own order (Poedit and Weblate order them their own way);
    a field the catalog did not have goes after them."""

    order: tuple[str, ...] = ()

    def ordered_metadata(self):
        rank = {name: i for i, name in enumerate(self.order)}
        return sorted(super().ordered_metadata(), key=lambda field: rank.get(field[0], len(rank)))


_HEADER_FIELD_RE = re.compile(r'^"([^":\\]+):', re.MULTILINE)


def _header_keys(header_text):
    return _HEADER_FIELD_RE.findall(header_text)


# a string field of an entry as written: its keyword line and the continuation lines after it
_STRING_FIELD_RE = re.compile(
    r'^(#~ |#\| |#~\| )?(msgid_plural|msgid|msgstr\[\d+\]|msgstr)( "[^\n]*"(?:\n(?:#~ |#\| |#~\| )?"[^\n]*")*)$',
    re.MULTILINE,
)


def _field_text(raw, prefix, keyword):
    """(start, end, the lines after the keyword without their prefix) of ``keyword`` in an entry's text."""
    for match in _STRING_FIELD_RE.finditer(raw):
        if (match.group(1) or "") == prefix and match.group(2) == keyword:
            lines = match.group(3)[1:].split("\n")
            return match.start(), match.end(), [line[len(prefix) :] if i else line for i, line in enumerate(lines)]
    return None


def _written_strings(blocks):
    """{text: its lines as the catalog wrote them} of every msgid and msgstr of the old catalog."""
    written = {}
    for raw, entry in blocks:
        comments = _comment_lines(raw)
        if comments:  # (from the review) a translator's comment as written: #TC2, #<tab>note, trailing spaces
            written.setdefault(_comment_key(comments), comments)
        for prefix, keyword, value in _string_fields(entry):
            found = _field_text(raw, prefix, keyword)
            if value and found is not None:
                written.setdefault(value, found[2])
    return written


_TRANSLATOR_COMMENT_RE = re.compile(r"^#(?![.:,|~])")


def _comment_lines(raw):
    """The translator-comment lines of an entry's text (# …, #TC2, #<tab>…; not #. #: #, #| #~)."""
    return [line for line in raw.split("\n") if _TRANSLATOR_COMMENT_RE.match(line)]


def _comment_key(lines):
    return tuple(line[1:].strip() for line in lines)


def _string_fields(entry):
    """(prefix, keyword, text) of each string field of a polib entry: msgid, msgstr or each msgstr[N], and the previous
    msgid (#|) (from the review: a plural's forms and a #| kept their lines too)."""
    prefix = "#~ " if entry.obsolete else ""
    fields = [(prefix, "msgid", entry.msgid)]
    if entry.msgid_plural:
        fields.append((prefix, "msgid_plural", entry.msgid_plural))
        fields += [(prefix, f"msgstr[{n}]", text) for n, text in sorted(entry.msgstr_plural.items())]
    else:
        fields.append((prefix, "msgstr", entry.msgstr))
    if entry.previous_msgid:
        fields.append(("#~| " if entry.obsolete else "#| ", "msgid", entry.previous_msgid))
    return fields


def _as_written(text, entry, written):
    """A changed entry's text with each string the catalog already held (the translation of an edited paragraph,
    the previous msgid) in the lines the catalog wrapped it in (thirty-eighth session, issue 12: polib rewrapped them,
    a diff of the whole entry for one changed line)."""
    # (the msgid is the template's, in the lines the merge gives it; every other string as the catalog had it)
    fields = [field for field in _string_fields(entry) if field[1] != "msgid" or field[0].endswith("| ")]
    for field_prefix, keyword, value in fields:
        found = _field_text(text, field_prefix, keyword)
        if not value or value not in written or found is None:
            continue
        start, end, _lines = found
        lines = written[value]
        kept = "\n".join(field_prefix + line if i else line for i, line in enumerate(lines))
        text = text[:start] + field_prefix + keyword + " " + kept + text[end:]
    comments = _comment_lines(text)
    old_comments = written.get(_comment_key(comments)) if comments else None
    if old_comments and text.startswith("\n".join(comments)):
        text = "\n".join(old_comments) + text[len("\n".join(comments)) :]
    return text


def _layout(text):
    """The text without what no reader of a PO file sees: spaces on an empty line, the final newline."""
    return re.sub(r"(?m)^[ \t]+$", "", text).rstrip("\n")


def _same_header(old_header, po):
    """(from the review) The old header says what ``po``'s does, apart from POT-Creation-Date, in whatever form it was
    written (#Jane for # Jane, a field continued over two lines, no comment at all, trailing spaces)."""
    try:
        old = pofile(old_header + "\n")
    except (OSError, ValueError):
        return False

    def comment(text):
        return [line.strip() for line in (text or "").splitlines() if line.strip()]

    def fields(metadata):
        return {k: v.strip() for k, v in metadata.items() if k != "POT-Creation-Date"}

    return (
        fields(old.metadata) == fields(po.metadata)
        and comment(old.header) == comment(po.header)
        and bool(old.metadata_is_fuzzy) == bool(po.metadata_is_fuzzy)
    )


def _write(path, po, old_text=None, like=None, force=False):
    """Write ``po`` to ``path`` unless only its layout differs from ``old_text`` (the text ``path`` holds), or
    ``force`` (``old_text`` is then another file's, whose form the entries keep); in the line endings and byte-order
    mark of the file ``like`` (default: ``path`` itself)."""
    text = render(po, old_text)
    # (from the review) a catalog that differs only in its layout is not rewritten
    if (
        not force
        and old_text is not None
        and (_layout(text) == _layout(old_text) or _same_apart_from_date(old_text, text))
    ):
        return False
    # (thirty-eighth session, issue 12) the file's own line endings and byte-order mark: a catalog saved with CRLF
    # was rewritten LF whole, every line a change in the diff
    like = Path(like or path)
    raw = like.read_bytes() if old_text is not None and like.exists() else b""
    if raw.count(b"\r\n") * 2 > raw.count(b"\n"):
        text = text.replace("\n", "\r\n")
    elif raw.count(b"\r") > raw.count(b"\n"):
        text = text.replace("\n", "\r")  # (from the review) an old Mac catalog, lone CRs
    if raw.startswith(b"\xef\xbb\xbf"):
        text = "\ufeff" + text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return True


def _page_entries(folder):
    """(page, entry) for every entry, active or obsolete, of the pages' catalogs in one language's folder."""
    folder = Path(folder)
    for path in sorted(folder.rglob("*.po")):
        page = path.relative_to(folder).with_suffix("").as_posix()
        if page in _NOT_PAGES:
            continue
        try:
            entries = load_catalog(path).entries
        except LintInputError:
            continue  # the merge of that catalog reports it
        for entry in entries:
            yield page, entry


def translations_elsewhere(folder):
    """{(msgctxt, msgid): (its translation, the catalog's page)} of every entry a translator finished (not fuzzy),
    active or obsolete, in the catalogs of one language's folder: what update-po may suggest to another page."""
    found = {}
    for page, entry in _page_entries(folder):
        if entry.fuzzy or not entry.msgid or not all(entry.translations) or not entry.translations:
            continue
        found.setdefault((entry.msgctxt, entry.msgid), (list(entry.translations), page))
    return found


def _suggest(catalog, elsewhere, page, present=frozenset()):
    """(thirty-eighth session, issue 12) Each untranslated entry whose exact source another page's catalog translates
    gets that translation as a fuzzy suggestion, as msgmerge's compendium gives one: a paragraph moved to another page
    had its translation left obsolete in the old catalog, with nothing pointing to it. Fuzzy, because only a
    translator can tell that it reads right on its new page; the build shows it only once confirmed."""
    for message in catalog:
        strings_now = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        # (from the review) nothing a translator began (one plural form done) is replaced, and an entry the catalog
        # already had, untranslated, was seen: a suggestion the translator cleared does not come back on every run
        if not message.id or _key(message.id, message.context) in present:
            continue
        # (from the audit) babel's close match made in this run (another paragraph's translation, fuzzy, its #| that
        # paragraph) gives way to the exact source's own translation from another page: a moved paragraph got the
        # translation of a similar one, which a translator confirming it would have published
        if any(strings_now) and not (message.fuzzy and message.previous_id):
            continue
        found = (elsewhere or {}).get(_key(message.id, message.context))
        if found is None or found[1] == page:
            continue
        strings, _origin = found
        plural = isinstance(message.id, (list, tuple))
        if plural != (len(strings) > 1) or (plural and len(strings) != catalog.num_plurals):
            continue
        message.string = tuple(strings) if plural else strings[0]
        message.flags = set(message.flags) | {"fuzzy"}
        message.previous_id = []  # the same source: nothing changed in it to show


def update_catalog(po_path, pot_path, language, width=DEFAULT_WIDTH, ignore_obsolete=False, elsewhere=None, page=None):
    """Merge one template into one catalog; returns "create", "update" or "notchanged".

    ``elsewhere`` (translations_elsewhere) gives an untranslated entry the translation another page has of the same
    source, fuzzy; ``page`` names this catalog's page, whose own translations are not suggested back to it."""
    po_path, pot_path = Path(po_path), Path(pot_path)
    template = _read_babel(pot_path)
    if not po_path.exists():
        template.locale = language
        _suggest(template, elsewhere, page)
        _write(po_path, to_polib(template, width, ignore_obsolete=ignore_obsolete))
        return "create"
    catalog, catalog_file = load(po_path)
    present = {_key(m.id, m.context) for m in catalog if m.id}
    merge(catalog, template)
    _suggest(catalog, elsewhere, page, present)
    metadata = dict(catalog_file.metadata) or dict(catalog.mime_headers)
    if "POT-Creation-Date" in dict(template.mime_headers) and "POT-Creation-Date" in metadata:
        metadata["POT-Creation-Date"] = dict(template.mime_headers)["POT-Creation-Date"]
    existing = catalog.as_polib  # keeps the translators' header as they wrote it
    catalog.kept_comments = {
        (e.msgctxt, e.msgid): e.tcomment for e in [*existing, *existing.obsolete_entries()] if e.tcomment
    }
    for now, before in getattr(catalog, "undone", {}).items():  # an edit undone: the comment as the translator wrote it
        if before in catalog.kept_comments:
            catalog.kept_comments[now] = catalog.kept_comments[before]
    po = to_polib(
        catalog,
        width,
        header=existing.header,
        metadata=metadata,
        header_fuzzy=bool(existing.metadata_is_fuzzy),
        ignore_obsolete=ignore_obsolete,
    )
    return "update" if _write(po_path, po, catalog_file.text) else "notchanged"


def update(pot_dir, locale_dir, languages, width=DEFAULT_WIDTH, ignore_obsolete=False, out=print):
    """Every template of ``pot_dir`` into ``locale_dir/<lang>/LC_MESSAGES``; counts by status."""
    pot_dir, locale_dir = Path(pot_dir), Path(locale_dir)
    if not pot_dir.is_dir():
        raise LintInputError(str(pot_dir), 0, "no such directory: run sphinx-build -b gettext first")
    languages = languages or _languages(locale_dir)
    if not languages:
        raise LintInputError(str(locale_dir), 0, "no language given and no language directory found (use -l en)")
    counts = {"create": 0, "update": 0, "notchanged": 0}
    # read before any catalog is merged: a paragraph moved from one page to another turns obsolete in the first
    # catalog in the same run that adds it, untranslated, to the second
    elsewhere = {language: translations_elsewhere(locale_dir / language / "LC_MESSAGES") for language in languages}
    for pot in sorted(pot_dir.rglob("*.pot")):
        relative = pot.relative_to(pot_dir).with_suffix(".po")
        for language in languages:
            po = locale_dir / language / "LC_MESSAGES" / relative
            page = relative.with_suffix("").as_posix()
            result = update_catalog(po, pot, language, width, ignore_obsolete, elsewhere[language], page)
            counts[result] += 1
            out({"create": "Create", "update": "Update", "notchanged": "Not Changed"}[result] + f": {po}")
    return counts


def _languages(locale_dir):
    return sorted(p.parent.name for p in Path(locale_dir).glob("*/LC_MESSAGES") if p.is_dir())


def _docname(name):
    name = name.replace("\\", "/").strip("/")
    for suffix in (".po", ".pot", ".md", ".rst"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# a page's name as Sphinx knows it: folders and a file name of letters, digits, _ and -, inside locale/
_PAGE_NAME = re.compile(r"[^\W][\w.-]*(?:/[^\W][\w.-]*)*")
# catalogs of the build's own text, not of a page (docs/_ext/pvt_sphinx translates its furniture with it)
_NOT_PAGES = frozenset({"pvt_site", "sphinx"})
# a language as Sphinx and Babel name it: en, pt_BR, zh_Hant
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*")


def _page_name(raw, role):
    """The page name of OLD or NEW, checked: LintInputError for a path that leaves locale/, a hidden or
    empty name, control characters, or a catalog that is not a page's."""
    name = _docname(raw)
    absolute = raw.startswith(("/", "\\")) or Path(raw).is_absolute()
    if absolute or not _PAGE_NAME.fullmatch(name) or any(part in (".", "..") for part in name.split("/")):
        shown = raw.encode("unicode_escape").decode("ascii")
        raise LintInputError(
            shown, 0, f"{role} is not a page name (letters, digits, _, - and ., folders with /; no .., no leading /)"
        )
    if name in _NOT_PAGES:
        raise LintInputError(name, 0, f"{role} is the catalog of the build's own text, not a page's")
    return name


def rename(old, new, locale_dir, languages=None, width=DEFAULT_WIDTH, out=print):
    """Move (or merge) OLD.po into NEW.po for each language; returns the paths written."""
    old, new, locale_dir = _page_name(old, "OLD"), _page_name(new, "NEW"), Path(locale_dir)
    if old == new:
        raise LintInputError(old, 0, "OLD and NEW are the same page")
    # (thirty-seventh session, from the second audit of issue 12) the old page must be gone: renaming the catalog of a
    # page that still exists would leave that page untranslated (its translations merged as obsolete into another)
    docs = locale_dir.resolve().parent / "docs"
    still = next((docs / f"{old}{suffix}" for suffix in (".md", ".rst") if (docs / f"{old}{suffix}").is_file()), None)
    if still is not None:
        raise LintInputError(str(still), 0, f"the page {old} still exists: rename the page first, then its catalog")
    languages = languages or _languages(locale_dir)
    written = []
    for language in languages:
        folder = locale_dir / language / "LC_MESSAGES"
        source, target = folder / f"{old}.po", folder / f"{new}.po"
        if not source.exists():
            continue
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            source.rename(target)
            out(f"Renamed: {source} -> {target}")
        else:
            kept = _merge_into(source, target, width, folder, {old, new})
            source.unlink()
            out(f"Merged: {source} -> {target} ({kept} translations kept)")
        written.append(target)
    if not written:
        raise LintInputError(str(locale_dir), 0, f"no catalog {old}.po in any language directory")
    return written


def _merge_into(source, target, width, folder, pages):
    """Fill NEW's untranslated entries from OLD; OLD's other translations become obsolete. ``folder``: the language's
    folder, whose other pages' catalogs (not ``pages``, OLD's and NEW's) tell update-po's suggestions."""
    old_catalog, old_file = load(source)
    new_catalog, new_file = load(target)
    others = _other_pages_translations(folder, pages)
    kept = 0
    used = set()
    for message in new_catalog:
        if not message.id or _translated(message) and not message.fuzzy:
            continue
        key = new_catalog._key_for(message.id, message.context)
        origin = old_catalog.get(message.id, message.context)
        if origin is None and key in old_catalog.obsolete:
            origin = old_catalog.obsolete[key]
        # (a fuzzy entry of NEW that is update-po's suggestion, untouched, from OLD: OLD's own entry, with its flags,
        # replaces it; one the translator revised stays as they left it, from the review)
        if message.fuzzy and (origin is None or message.string != origin.string):
            if origin is None or not _translated(origin):
                continue
            # (fiftieth session, from an audit of issue 12) update-po run before the rename suggests another page's
            # translation of a source several pages share (every page's disclaimer): OLD's own translation and comment
            # were lost, not even kept obsolete. A suggestion (another page's text, nothing of OLD's) gives way to
            # OLD's entry; a draft of NEW's own keeps its place, and OLD's translation goes into its comments
            if message.previous_id or _strings(message) not in others.get(_key(message.id, message.context), ()):
                note = f"before the rename, {Path(source).name} translated this as: " + " | ".join(_strings(origin))
                message.user_comments = list(dict.fromkeys([*message.user_comments, *origin.user_comments, note]))
                used.add(key)
                continue
        if origin is not None and _translated(origin):
            message.string = origin.string
            # every flag the old entry had (fuzzy, a format flag), as when the catalog is moved instead; a suggestion's
            # fuzzy goes with the suggestion
            message.flags = (set(message.flags) - {"fuzzy"}) | (set(origin.flags) - GUESSED_FLAGS)
            flag_key = _key(message.id, message.context)
            new_catalog.kept_flags[flag_key] = new_catalog.kept_flags.get(flag_key, set()) | old_catalog.kept_flags.get(
                flag_key, set()
            )
            message.user_comments = list(dict.fromkeys([*message.user_comments, *origin.user_comments]))
            message.previous_id = list(origin.previous_id)
            used.add(key)
            kept += 1
    # (from the review) a page renamed and edited in one commit, update-po run before rename: an edited paragraph has
    # no exact match in OLD; as update-po's own merge does (babel's close match), the closest of OLD's translations
    # not taken comes with it, fuzzy, its #| the text it translated
    candidates = {
        m.id: m
        for m in [*old_catalog, *old_catalog.obsolete.values()]
        if isinstance(m.id, str) and m.id and _translated(m) and m.id not in new_catalog
    }
    for message in new_catalog:
        if not isinstance(message.id, str) or not message.id or message.string or not candidates:
            continue
        close = difflib.get_close_matches(message.id, list(candidates), 1)
        if not close:
            continue
        origin = candidates.pop(close[0])
        message.string = origin.string
        message.flags = set(message.flags) | {"fuzzy"}
        message.previous_id = [origin.id]
        message.user_comments = list(dict.fromkeys([*message.user_comments, *origin.user_comments]))
        used.add(old_catalog._key_for(origin.id, origin.context))
        kept += 1
    for message in [*old_catalog, *old_catalog.obsolete.values()]:
        key = old_catalog._key_for(message.id, message.context)
        if (
            message.id
            and key not in used
            and _translated(message)
            and message.id not in new_catalog
            and key not in new_catalog.obsolete
        ):
            new_catalog.obsolete[key] = message
            flag_key = _key(message.id, message.context)
            new_catalog.kept_flags[flag_key] = old_catalog.kept_flags.get(flag_key, set())
    # (from the review) the translator's catalog is OLD: its header, its fields' order, its line endings and the form of
    # each entry carry over to NEW; NEW (made by update-po from the template) gives only the template's date
    old_text = old_file.text
    header = old_catalog.as_polib
    metadata = dict(header.metadata)
    template_date = new_file.metadata.get("POT-Creation-Date")
    if template_date and "POT-Creation-Date" in metadata:
        metadata["POT-Creation-Date"] = template_date
    new_catalog.kept_comments = {
        (e.msgctxt, e.msgid): e.tcomment for e in [*header, *header.obsolete_entries()] if e.tcomment
    }
    po = to_polib(new_catalog, width, header=header.header, metadata=metadata, header_fuzzy=header.metadata_is_fuzzy)
    _write(target, po, old_text, like=source, force=True)
    return kept


def _strings(message):
    """A message's translation as a tuple of its forms."""
    return tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)


def _other_pages_translations(folder, skip):
    """{(msgctxt, msgid): the translations (tuples of forms)} that the catalogs of ``folder`` other than those of the
    pages ``skip`` hold, confirmed or not: what update-po may have suggested from them."""
    found = {}
    for page, entry in _page_entries(folder):
        if page not in skip and entry.msgid and entry.translations and all(entry.translations):
            found.setdefault((entry.msgctxt, entry.msgid), set()).add(tuple(entry.translations))
    return found


def _translated(message):
    strings = _strings(message)
    return bool(strings) and all(strings)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m lint.catalog_tools",
        description="Merge new source text into the catalogs; rename a page's catalog.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="merge _build/gettext/*.pot into locale/<lang>/LC_MESSAGES/*.po")
    up.add_argument("-p", "--pot-dir", default="_build/gettext")
    up.add_argument("-d", "--locale-dir", default="locale")
    up.add_argument(
        "-l",
        "--language",
        action="append",
        default=[],
        help="language to update (repeat or comma-separate; default: every directory in locale)",
    )
    up.add_argument("-w", "--line-width", type=int, default=DEFAULT_WIDTH)
    up.add_argument("--no-obsolete", action="store_true", help="drop obsolete (#~) entries")
    mv = commands.add_parser("rename", help="rename (or merge) a page's catalog after the page was renamed")
    mv.add_argument("old")
    mv.add_argument("new")
    mv.add_argument("-d", "--locale-dir", default="locale")
    mv.add_argument("-l", "--language", action="append", default=[])
    mv.add_argument("-w", "--line-width", type=int, default=DEFAULT_WIDTH)
    args = parser.parse_args(argv)
    languages = [x.strip() for item in args.language for x in item.split(",") if x.strip()]
    for language in languages:
        if not _LANGUAGE.fullmatch(language):
            print(
                f"-l {language.encode('unicode_escape').decode('ascii')}: not a language code (en, pt_BR)",
                file=sys.stderr,
            )
            return 2
    try:
        if args.command == "update":
            counts = update(args.pot_dir, args.locale_dir, languages, args.line_width, args.no_obsolete)
            print(f"{counts['create']} created, {counts['update']} updated, {counts['notchanged']} not changed")
        else:
            rename(args.old, args.new, args.locale_dir, languages, args.line_width)
    except LintInputError as exc:
        where = f"{exc.path}:{exc.line}" if exc.line else exc.path
        print(f"{where}: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
