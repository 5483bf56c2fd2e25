"""The explorer's callbacks, driven by setting widget values as a user would."""

import pandas as pd
import pytest

from workbench.explorer import ANYONE, Explorer, article_html
from workbench.store import read_tables


@pytest.fixture(scope="module")
def explorer(seed_report_run):
    _, out = seed_report_run
    return Explorer(read_tables(out / "data"))


def test_picking_a_person_filters_the_meetings(explorer):
    everyone = len(explorer.current)
    explorer.person.value = "Taro Kono"
    assert 0 < len(explorer.current) < everyone
    assert all("Taro Kono" in p for p in explorer.current["participants"])
    assert "meetings" in explorer.message.value
    assert "Taro Kono" in explorer.meetings_table.value
    explorer.person.value = ANYONE
    assert len(explorer.current) == everyone


def test_date_range_and_kind(explorer):
    explorer.date_from.value = "2019-01"
    explorer.date_to.value = "2019-12-31"
    assert len(explorer.current) and all(d.startswith("2019") for d in explorer.current["date"])
    explorer.kind.value = "phone_call"
    assert set(explorer.current["kind"]) == {"phone_call"}
    explorer.kind.value = "(any kind)"
    explorer.date_from.value, explorer.date_to.value = "", ""


def test_a_bad_date_shows_a_message_and_keeps_the_last_view(explorer):
    before = len(explorer.current)
    explorer.date_from.value = "yesterday"
    assert "is not a date" in explorer.message.value
    assert len(explorer.current) == before
    explorer.date_from.value = ""


def test_picking_an_article_shows_its_text_and_meetings(explorer):
    doc_id = explorer.article.options[1]
    explorer.article.value = doc_id
    shown = explorer.article_view.value
    assert "Meetings this article reports" in shown
    assert "<mark" in shown  # people and places highlighted


def test_article_text_is_escaped():
    doc = pd.Series({"doc_id": "x", "title": "<b>t</b>"})
    mentions = pd.DataFrame([{"start_char": 0, "end_char": 8, "label": "PERSON"}])
    out = article_html(doc, mentions, "Jane Doe <script>alert(1)</script>")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<b>t</b>" not in out
