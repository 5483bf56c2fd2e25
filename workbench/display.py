"""Rich output for notebooks that works offline: charts and tables as self-contained HTML.

The Vega, Vega-Lite and Vega-Embed scripts come from the vl-convert package and are inlined
once per kernel (so once per report file), before the first chart; each chart is then a small
`<div>` and a call to `vegaEmbed`. No CDN is ever referenced. Every text from an article is
escaped before it reaches HTML.
"""

from __future__ import annotations

import html
import itertools
import json

import pandas as pd

_bundle_emitted = False
_chart_ids = itertools.count(1)


def _script_safe(text: str) -> str:
    """Text that cannot close the <script> element it is placed in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def vega_bundle_html() -> str:
    import vl_convert

    return f'<script type="text/javascript">{_script_safe(vl_convert.javascript_bundle())}</script>'


def chart_html(chart, include_bundle: bool) -> str:
    """HTML that draws an Altair chart with no network access."""
    chart_id = f"wb-chart-{next(_chart_ids)}"
    spec = _script_safe(json.dumps(chart.to_dict(), default=str))
    script = (f'<div id="{chart_id}" class="wb-chart"></div>'
              f'<script type="text/javascript">vegaEmbed("#{chart_id}", {spec}, {{"actions": false}})'
              f'.catch(function (err) {{ console.error(err); }});</script>')
    return (vega_bundle_html() if include_bundle else "") + script


def show_chart(chart) -> None:
    """Display an Altair chart in a notebook, offline; the Vega scripts come with the first one."""
    global _bundle_emitted
    from IPython.display import HTML, display

    display(HTML(chart_html(chart, include_bundle=not _bundle_emitted)))
    _bundle_emitted = True


def table_html(frame: pd.DataFrame, max_rows: int | None = None) -> str:
    """An HTML table with every cell escaped."""
    shown = frame if max_rows is None else frame.head(max_rows)
    return shown.to_html(index=False, escape=True, border=0, classes="wb-table", na_rep="")


def show_table(frame: pd.DataFrame, max_rows: int | None = None) -> None:
    from IPython.display import HTML, display

    display(HTML(table_html(frame, max_rows)))


def escape(text: str) -> str:
    return html.escape(text or "")


def corpus_summary(documents: pd.DataFrame) -> str:
    """One paragraph on the corpus: counts by status, date range, sources."""
    counts = documents["status"].value_counts()
    ok = documents[documents["status"] == "ok"]
    dates = sorted(d for d in ok["published"] if d)
    sources = sorted({s for s in ok["source"] if s})
    parts = [f"{len(documents)} files: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in ("ok", "skipped", "failed")),
             f"{int(ok['n_words'].sum())} words in the readable ones"]
    if dates:
        parts.append(f"published {dates[0]} to {dates[-1]}" if len(dates) > 1 else f"published {dates[0]}")
    undated = int((ok["published"] == "").sum())
    if undated:
        parts.append(f"{undated} without a known date")
    if sources:
        parts.append("sources: " + ", ".join(sources))
    return "; ".join(parts) + "."


def show_corpus_summary(documents: pd.DataFrame) -> None:
    from IPython.display import HTML, display

    display(HTML(f"<p class='wb-summary'>{escape(corpus_summary(documents))}</p>"))
