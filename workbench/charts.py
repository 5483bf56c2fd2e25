"""Chart builders: pure functions from tables to Altair charts."""

from __future__ import annotations

import altair as alt
import pandas as pd


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
