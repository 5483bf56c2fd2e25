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


def _json_script_safe(text: str) -> str:
    """JSON that cannot close the <script> element it is placed in ("<\\/" means "</" in JSON)."""
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")


def vega_bundle_html() -> str:
    import re

    import vl_convert

    bundle = vl_convert.javascript_bundle()
    if re.search(r"</script|<!--", bundle, re.IGNORECASE):
        raise RuntimeError("the Vega bundle holds '</script' or '<!--' and cannot be inlined as it is")
    return f'<script type="text/javascript">{bundle}</script>'


def chart_html(chart, include_bundle: bool) -> str:
    """HTML that draws an Altair chart with no network access."""
    chart_id = f"wb-chart-{next(_chart_ids)}"
    spec = _json_script_safe(json.dumps(chart.to_dict(), default=str))
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


_table_script_emitted = False

#: Sorting (click a header) and searching (type in the box) for every .wb-sortable table, by event
#: delegation on the document, so it works for tables drawn before or after it. Inlined, no CDN.
TABLE_SCRIPT = """<script type="text/javascript">(function () {
  if (window.wbTables) { return; }
  window.wbTables = true;
  function cellValue(row, i) {
    var text = row.cells[i] ? row.cells[i].textContent.trim() : "";
    var number = parseFloat(text.replace(/,/g, ""));
    return (text !== "" && !isNaN(number) && /^-?[\\d.,]+$/.test(text)) ? number : text.toLowerCase();
  }
  document.addEventListener("click", function (event) {
    var th = event.target.closest ? event.target.closest("table.wb-sortable th") : null;
    if (!th) { return; }
    var table = th.closest("table"), body = table.tBodies[0];
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute("data-sort") !== "asc";
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("data-sort"); });
    th.setAttribute("data-sort", ascending ? "asc" : "desc");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
  document.addEventListener("input", function (event) {
    if (!event.target.classList || !event.target.classList.contains("wb-filter")) { return; }
    var needle = event.target.value.toLowerCase();
    var table = event.target.parentNode.querySelector("table");
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      var hit = r.textContent.toLowerCase().indexOf(needle) !== -1;
      r.style.display = hit ? "" : "none";
      shown += hit ? 1 : 0;
    });
    event.target.parentNode.querySelector(".wb-count").textContent = shown + " rows";
  });
})();</script>
<style>table.wb-sortable th { cursor: pointer; } table.wb-sortable th[data-sort=asc]::after { content: " \\25B2"; }
table.wb-sortable th[data-sort=desc]::after { content: " \\25BC"; } .wb-filter { margin: .3em 0; padding: .2em; width: 18em; }
.wb-count { margin-left: .6em; color: #666; font-size: 90%; } .wb-table td { max-width: 40em; vertical-align: top; }</style>"""


def table_html(frame: pd.DataFrame, max_rows: int | None = None, interactive: bool = True) -> str:
    """An HTML table with every cell escaped; sortable and searchable when interactive."""
    shown = frame if max_rows is None else frame.head(max_rows)
    classes = "wb-table wb-sortable" if interactive else "wb-table"
    table = shown.to_html(index=False, escape=True, border=0, classes=classes, na_rep="")
    if not interactive:
        return table
    return (f'<div class="wb-table-wrap"><input class="wb-filter" type="search" placeholder="Search the table"'
            f' aria-label="Search the table"><span class="wb-count">{len(shown)} rows</span>{table}</div>')


def show_table(frame: pd.DataFrame, max_rows: int | None = None, interactive: bool = True) -> None:
    """Display a table in a notebook; the sorting script comes with the first one."""
    global _table_script_emitted
    from IPython.display import HTML, display

    script = TABLE_SCRIPT if interactive and not _table_script_emitted else ""
    display(HTML(script + table_html(frame, max_rows, interactive)))
    _table_script_emitted = _table_script_emitted or interactive


def show_note(text: str) -> None:
    """A paragraph of (escaped) text."""
    from IPython.display import HTML, display

    display(HTML(f"<p class='wb-note'>{escape(text)}</p>"))


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
