import altair as alt
import pandas as pd

from workbench.display import chart_html, table_html


def test_tables_escape_every_cell():
    html = table_html(pd.DataFrame({"text": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]}))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and 'class="wb-filter"' in html


def test_chart_specs_cannot_close_their_script_element():
    chart = alt.Chart(pd.DataFrame({"a": ["</script><script>alert(1)</script>"]})).mark_point().encode(x="a:N")
    html = chart_html(chart, include_bundle=False)
    assert html.count("</script>") == 1  # only the element's own end tag
    assert "<\\/script>" in html
