"""The table contract: every table's columns, in order, with their DuckDB types.

The CSV exports and the DuckDB store share these columns (see ../DESIGN.md); other tools read
them, so columns may be added but never renamed or removed. Multi-valued cells are joined with
`MULTI_SEP`.
"""

MULTI_SEP = "; "

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR"), ("path", "VARCHAR"), ("title", "VARCHAR"), ("source", "VARCHAR"),
        ("published", "VARCHAR"), ("date_basis", "VARCHAR"), ("status", "VARCHAR"),
        ("problem", "VARCHAR"), ("n_words", "INTEGER"),
        # added beyond the contract
        ("url", "VARCHAR"), ("encoding", "VARCHAR"), ("n_removed", "INTEGER"), ("dateline", "VARCHAR"),
    ],
    "people": [
        ("person_id", "VARCHAR"), ("name", "VARCHAR"), ("aliases", "VARCHAR"), ("roles", "VARCHAR"),
        ("affiliation", "VARCHAR"), ("mentions", "INTEGER"), ("documents", "VARCHAR"),
        ("n_documents", "INTEGER"),
    ],
    "places": [
        ("place_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"), ("country", "VARCHAR"),
        ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("mentions", "INTEGER"), ("documents", "VARCHAR"),
        ("n_documents", "INTEGER"), ("aliases", "VARCHAR"),
    ],
    "meetings": [
        ("meeting_id", "VARCHAR"), ("kind", "VARCHAR"), ("status", "VARCHAR"), ("date", "VARCHAR"),
        ("date_text", "VARCHAR"), ("place", "VARCHAR"), ("participants", "VARCHAR"), ("sources", "VARCHAR"),
        ("evidence", "VARCHAR"),
        # added beyond the contract
        ("person_ids", "VARCHAR"), ("n_sources", "INTEGER"), ("venue", "VARCHAR"),
    ],
    # Which sentence of which article supports each meeting, with its character offsets.
    "meeting_evidence": [
        ("meeting_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("sentence", "INTEGER"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("text", "VARCHAR"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR"), ("sentence", "INTEGER"), ("start_char", "INTEGER"), ("end_char", "INTEGER"),
        ("text", "VARCHAR"), ("label", "VARCHAR"), ("entity_id", "VARCHAR"),
    ],
    # Each readable document's clean text: every character offset in the other tables points into it.
    "texts": [("doc_id", "VARCHAR"), ("text", "VARCHAR")],
    # What cleaning took out of each document, one row per removal.
    "removals": [("doc_id", "VARCHAR"), ("kind", "VARCHAR"), ("text", "VARCHAR")],
}


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


def join_values(values) -> str:
    """One CSV cell from several values, de-duplicated in order."""
    seen: dict[str, None] = {}
    for v in values:
        if v not in (None, "") and str(v) not in seen:
            seen[str(v)] = None
    return MULTI_SEP.join(seen)
