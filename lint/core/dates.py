"""The one reading of a date in the E-E-A-T record (and anywhere else a day is meant).

A value is a day when it is a ``datetime.date`` or a ``YYYY-MM-DD`` string.
A ``datetime.datetime`` becomes its date: the record's dates are days, and a
time of day adds nothing a reader is shown. (The record loader keeps YAML
timestamps as the text written, so a time of day written in the record
arrives here as a string that is not ``YYYY-MM-DD``: the lint reports it
(EAT004) and the build shows no date for it; a datetime only comes from code,
e.g. a test fixing "today".)
"""

from __future__ import annotations

import datetime

from . import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_date(value: object) -> datetime.date | None:
    """A date, a datetime (its date) or a "YYYY-MM-DD" string as a date; None for anything else.

    An impossible day in the right shape (2026-02-30) is None too.
    """
    if isinstance(value, datetime.datetime):  # before date: a datetime is a date subclass
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
