"""Filters over the tables, and the checks of the values they take (report parameters, widgets)."""

from __future__ import annotations

import pandas as pd

from workbench.dates import is_iso_date
from workbench.exceptions import ParameterError
from workbench.names import name_key
from workbench.schema import MULTI_SEP

KINDS = ("summit", "meeting", "talks", "phone_call", "visit")
STATUSES = ("held", "planned", "cancelled")


def check_date(name: str, value: str) -> str:
    """"" or an ISO day or month; anything else is a ParameterError naming the parameter."""
    value = (value or "").strip()
    if value and not is_iso_date(value):
        raise ParameterError(f"parameter {name}: {value!r} is not a date (YYYY-MM-DD or YYYY-MM)")
    return value


def check_person(people: pd.DataFrame, value: str) -> str:
    """The canonical name of a person given by name or alias; "" stays ""."""
    value = (value or "").strip()
    if not value:
        return ""
    key = name_key(value)
    for row in people.itertuples():
        if key in {name_key(n) for n in [row.name, *str(row.aliases).split(MULTI_SEP)] if n}:
            return row.name
    close = [n for n in people["name"] if key.split()[-1:] and key.split()[-1] in name_key(n).split()][:5]
    hint = f"; did you mean {', '.join(close)}?" if close else "; see the people table for names"
    raise ParameterError(f"unknown person {value!r}{hint}")


def check_kind(value: str) -> str:
    value = (value or "").strip()
    if value and value not in KINDS:
        raise ParameterError(f"unknown meeting kind {value!r}; choose from {', '.join(KINDS)}")
    return value


def filter_meetings(meetings: pd.DataFrame, person: str = "", date_from: str = "", date_to: str = "",
                    kind: str = "", place: str = "") -> pd.DataFrame:
    """Meetings with a person, of a kind, at a place, and dated within [date_from, date_to]
    (a month matches when it overlaps the range; undated meetings drop out of a date range)."""
    keep = pd.Series(True, index=meetings.index)
    if person:
        keep &= meetings["participants"].apply(lambda cell: person in str(cell).split(MULTI_SEP))
    if kind:
        keep &= meetings["kind"] == kind
    if place:
        keep &= meetings["place"] == place
    if date_from:
        keep &= meetings["date"].apply(lambda d: bool(d) and d >= date_from[: len(d)])
    if date_to:
        keep &= meetings["date"].apply(lambda d: bool(d) and d[: len(date_to)] <= date_to)
    return meetings[keep]
