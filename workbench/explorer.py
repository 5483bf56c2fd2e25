"""The JupyterLab explorer: widgets over the tables, logic kept here so it can be tested.

Pick a person, a place, a date range or a kind, and the meetings table, timeline and network
follow; pick an article to read it with its people and places highlighted (displaCy, which
escapes the text) and its meetings listed.
"""

from __future__ import annotations

import html

import pandas as pd

from workbench import charts
from workbench.display import table_html
from workbench.exceptions import ParameterError
from workbench.filters import KINDS, check_date, filter_meetings
from workbench.schema import MULTI_SEP

ANYONE, ANYWHERE, ANY_KIND, NO_ARTICLE = "(anyone)", "(anywhere)", "(any kind)", "(choose an article)"


def article_html(doc: pd.Series, mentions: pd.DataFrame, text: str) -> str:
    """An article's text with its people and places marked, escaped by displaCy."""
    from spacy import displacy

    ents = [{"start": int(r.start_char), "end": int(r.end_char), "label": "PERSON" if r.label == "PERSON" else "PLACE"}
            for r in mentions.sort_values("start_char").itertuples() if r.end_char <= len(text)]
    title = doc.get("title") or doc["doc_id"]
    return displacy.render({"text": text, "ents": ents, "title": html.escape(str(title))}, style="ent", manual=True,
                           page=False, options={"colors": {"PERSON": "#aec7e8", "PLACE": "#98df8a"}})


class Explorer:
    """Widgets and their callbacks over a dict of tables (as `load_tables` returns them)."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        import ipywidgets as w

        self.tables = tables
        self.texts = dict(zip(tables["texts"]["doc_id"], tables["texts"]["text"]))
        people = tables["people"].sort_values("mentions", ascending=False)
        places = tables["places"].sort_values("mentions", ascending=False)
        docs = tables["documents"][tables["documents"]["status"] == "ok"]
        self.person = w.Dropdown(options=[ANYONE, *people["name"]], description="Person")
        self.place = w.Dropdown(options=[ANYWHERE, *places["name"]], description="Place")
        self.date_from = w.Text(value="", placeholder="YYYY-MM-DD", description="From")
        self.date_to = w.Text(value="", placeholder="YYYY-MM-DD", description="To")
        self.kind = w.Dropdown(options=[ANY_KIND, *KINDS], description="Kind")
        self.article = w.Dropdown(options=[NO_ARTICLE, *docs["doc_id"]], description="Article")
        self.message = w.HTML()
        self.meetings_table = w.HTML()  # HTML widgets show markup but never run scripts
        self.charts_out = w.Output()
        self.article_view = w.HTML()
        self.current = tables["meetings"]
        for control in (self.person, self.place, self.date_from, self.date_to, self.kind):
            control.observe(lambda _change: self.update(), names="value")
        self.article.observe(lambda _change: self.show_article(), names="value")
        filters = w.VBox([w.HBox([self.person, self.place, self.kind]), w.HBox([self.date_from, self.date_to])])
        self.widget = w.VBox([filters, self.message, self.meetings_table, self.charts_out, w.HTML("<h3>Article</h3>"),
                              self.article, self.article_view])
        self.update()

    def filtered(self) -> pd.DataFrame:
        person = "" if self.person.value == ANYONE else self.person.value
        place = "" if self.place.value == ANYWHERE else self.place.value
        kind = "" if self.kind.value == ANY_KIND else self.kind.value
        return filter_meetings(self.tables["meetings"], person=person, place=place, kind=kind,
                               date_from=check_date("from", self.date_from.value),
                               date_to=check_date("to", self.date_to.value))

    def update(self) -> None:
        from IPython.display import display

        try:
            self.current = self.filtered()
        except ParameterError as err:
            self.message.value = f"<p style='color:#b00'>{html.escape(str(err))}</p>"
            return
        self.message.value = f"<p>{len(self.current)} meetings</p>"
        columns = ["date", "kind", "status", "place", "participants", "sources", "evidence"]
        self.meetings_table.value = table_html(self.current[columns], interactive=False)
        self.charts_out.clear_output()
        if len(self.current):
            with self.charts_out:  # Altair's own renderer: JupyterLab draws it offline
                display(charts.meetings_timeline(self.current))
                display(charts.meetings_network(self.current))

    def show_article(self) -> None:
        if self.article.value == NO_ARTICLE:
            self.article_view.value = ""
            return
        doc_id = self.article.value
        docs = self.tables["documents"].set_index("doc_id", drop=False)
        mentions = self.tables["mentions"][self.tables["mentions"]["doc_id"] == doc_id]
        meetings = self.tables["meetings"]
        own = meetings[meetings["sources"].apply(lambda s: doc_id in str(s).split(MULTI_SEP))]
        self.article_view.value = (
            article_html(docs.loc[doc_id], mentions, self.texts.get(doc_id, ""))
            + f"<h4>Meetings this article reports ({len(own)})</h4>"
            + table_html(own[["date", "kind", "status", "place", "participants"]], interactive=False)
        )
