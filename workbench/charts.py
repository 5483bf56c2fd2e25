"""Chart builders: pure functions from tables to Altair charts (drawn offline by `display`)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import altair as alt
import pandas as pd

from workbench.schema import MULTI_SEP

WORLD_SHAPES = Path(__file__).parent / "resources" / "countries-110m.json"
KIND_COLOURS = {"summit": "#e45756", "meeting": "#4c78a8", "talks": "#72b7b2", "phone_call": "#f58518", "visit": "#54a24b"}
STATUS_SHAPES = {"held": "circle", "planned": "triangle-up", "cancelled": "cross"}


def split(cell: str) -> list[str]:
    return [x for x in str(cell).split(MULTI_SEP) if x]


def words_per_document(documents: pd.DataFrame) -> alt.Chart:
    """A bar per document: its words after cleaning, coloured by status."""
    data = documents[["doc_id", "title", "n_words", "status", "published"]].copy()
    return (
        alt.Chart(data, title="Words per document (after cleaning)")
        .mark_bar()
        .encode(
            x=alt.X("n_words:Q", title="words"),
            y=alt.Y("doc_id:N", sort="-x", title=None),
            color=alt.Color("status:N", scale=alt.Scale(domain=["ok", "skipped", "failed"],
                                                        range=["#4c78a8", "#bab0ac", "#e45756"])),
            tooltip=["doc_id", "title", "published", "n_words", "status"],
        )
        .properties(width=520)
    )


def top_people(people: pd.DataFrame, n: int = 20) -> alt.Chart:
    """The people mentioned most, coloured by affiliation."""
    data = people.nlargest(n, "mentions")[["name", "mentions", "n_documents", "roles", "affiliation"]].copy()
    data["affiliation"] = data["affiliation"].replace("", "unknown")
    return (
        alt.Chart(data, title=f"Top {len(data)} people by mentions")
        .mark_bar()
        .encode(x=alt.X("mentions:Q"), y=alt.Y("name:N", sort="-x", title=None),
                color=alt.Color("affiliation:N", title="affiliation"),
                tooltip=["name", "roles", "affiliation", "mentions", "n_documents"])
        .properties(width=480)
    )


def co_appearance(mentions: pd.DataFrame, people: pd.DataFrame, n: int = 15) -> alt.Chart:
    """Who appears with whom: for the top people, the articles that name both."""
    top = people.nlargest(n, "mentions")
    names = dict(zip(top["person_id"], top["name"]))
    docs = mentions[mentions["entity_id"].isin(names)].groupby("entity_id")["doc_id"].apply(set)
    rows = []
    for a, b in combinations(names, 2):
        shared = len(docs.get(a, set()) & docs.get(b, set()))
        if shared:
            rows += [{"person": names[a], "with": names[b], "articles": shared},
                     {"person": names[b], "with": names[a], "articles": shared}]
    data = pd.DataFrame(rows, columns=["person", "with", "articles"])
    order = list(names.values())
    return (
        alt.Chart(data, title="Who appears with whom (articles naming both)")
        .mark_rect()
        .encode(x=alt.X("with:N", sort=order, title=None), y=alt.Y("person:N", sort=order, title=None),
                color=alt.Color("articles:Q", scale=alt.Scale(scheme="blues")),
                tooltip=["person", "with", "articles"])
        .properties(width=380, height=380)
    )


@lru_cache(maxsize=1)
def world_shapes() -> dict:
    return json.loads(WORLD_SHAPES.read_text(encoding="utf-8"))


def places_map(places: pd.DataFrame) -> alt.LayerChart:
    """A world map of the places with coordinates, sized by mentions; shapes shipped, not fetched."""
    shapes = alt.InlineData(values=world_shapes(), format=alt.DataFormat(type="topojson", feature="countries"))
    base = alt.Chart(shapes).mark_geoshape(fill="#e8e8e8", stroke="white", strokeWidth=0.5)
    located = places.dropna(subset=["lat", "lon"])
    located = located[["name", "kind", "country", "lat", "lon", "mentions", "n_documents"]]
    points = (
        alt.Chart(located)
        .mark_circle(opacity=0.75, stroke="black", strokeWidth=0.5)
        .encode(longitude="lon:Q", latitude="lat:Q",
                size=alt.Size("mentions:Q", scale=alt.Scale(range=[30, 1200])),
                color=alt.Color("kind:N"),
                tooltip=["name", "kind", "country", "mentions", "n_documents"])
    )
    return (base + points).project("equalEarth").properties(width=720, height=380, title="Places by mentions")


def top_places(places: pd.DataFrame, n: int = 20) -> alt.Chart:
    data = places.nlargest(n, "mentions")[["name", "kind", "country", "mentions", "n_documents"]]
    return (
        alt.Chart(data, title=f"Top {len(data)} places by mentions")
        .mark_bar()
        .encode(x="mentions:Q", y=alt.Y("name:N", sort="-x", title=None), color="kind:N",
                tooltip=["name", "kind", "country", "mentions", "n_documents"])
        .properties(width=480)
    )


def meeting_rows(meetings: pd.DataFrame) -> pd.DataFrame:
    """One row per meeting and participant, with a plottable date (a month's first day)."""
    rows = []
    for m in meetings.itertuples():
        if not m.date:
            continue
        day = m.date if len(m.date) == 10 else f"{m.date}-01"
        evidence = split(m.evidence)[0] if m.evidence else ""
        for person in split(m.participants):
            rows.append({"date": day, "date_text": m.date_text or m.date, "person": person, "kind": m.kind,
                         "status": m.status, "place": m.place, "with": m.participants,
                         "sources": m.sources, "evidence": evidence[:300]})
    return pd.DataFrame(rows, columns=["date", "date_text", "person", "kind", "status", "place", "with",
                                       "sources", "evidence"])


def meetings_timeline(meetings: pd.DataFrame) -> alt.Chart:
    """Date x people: colour is the kind, shape the status, the tooltip the evidence."""
    data = meeting_rows(meetings)
    return (
        alt.Chart(data, title="Meetings over time (undated meetings are in the table only)")
        .mark_point(size=140, filled=True, opacity=0.85)
        .encode(
            x=alt.X("date:T", title="date"),
            y=alt.Y("person:N", title=None),
            color=alt.Color("kind:N", scale=alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values()))),
            shape=alt.Shape("status:N", scale=alt.Scale(domain=list(STATUS_SHAPES), range=list(STATUS_SHAPES.values()))),
            tooltip=["date_text", "kind", "status", "place", "with", "sources", "evidence"],
        )
        .properties(width=680)
    )


def circle_layout(names: list[str]) -> dict[str, tuple[float, float]]:
    """Nodes on a circle, in the given order: deterministic and readable for small networks."""
    n = max(1, len(names))
    return {name: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, name in enumerate(names)}


def network_frames(meetings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (people, with their meeting counts) and edges (pairs, with how often they met)."""
    counts: dict[tuple[str, str], int] = {}
    degree: dict[str, int] = {}
    for m in meetings.itertuples():
        people = sorted(set(split(m.participants)))
        for p in people:
            degree[p] = degree.get(p, 0) + 1
        for a, b in combinations(people, 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    order = sorted(degree, key=lambda p: (-degree[p], p))
    pos = circle_layout(order)
    nodes = pd.DataFrame([{"person": p, "meetings": degree[p], "x": pos[p][0], "y": pos[p][1]} for p in order],
                         columns=["person", "meetings", "x", "y"])
    edges = pd.DataFrame([{"a": a, "b": b, "count": c, "x": pos[a][0], "y": pos[a][1], "x2": pos[b][0], "y2": pos[b][1]}
                          for (a, b), c in counts.items()], columns=["a", "b", "count", "x", "y", "x2", "y2"])
    return nodes, edges


def meetings_network(meetings: pd.DataFrame) -> alt.LayerChart:
    """Who met whom: people as nodes, meetings as edges whose width is how often they met."""
    nodes, edges = network_frames(meetings)
    axis = dict(axis=None, scale=alt.Scale(domain=[-1.5, 1.5]))
    lines = alt.Chart(edges).mark_rule(color="#888", opacity=0.7).encode(
        x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("count:Q", scale=alt.Scale(range=[1, 8]), title="meetings"),
        tooltip=["a", "b", "count"])
    dots = alt.Chart(nodes).mark_circle(color="#4c78a8", opacity=0.9).encode(
        x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), size=alt.Size("meetings:Q", scale=alt.Scale(range=[80, 800])),
        tooltip=["person", "meetings"])
    labels = alt.Chart(nodes).mark_text(dy=-14, fontSize=11).encode(x=alt.X("x:Q", **axis), y=alt.Y("y:Q", **axis), text="person")
    return (lines + dots + labels).properties(width=520, height=520, title="Who met whom")
