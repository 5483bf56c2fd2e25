"""Cheap access to a spaCy Doc's text and sentences.

`Doc.text` joins every token each time it is read and `Token.sent` walks the sentences from the
start: both are linear in the document, which made the extractors quadratic on long articles.
These helpers compute each once per Doc and keep it in `doc.user_data` (not serialised).
"""

from __future__ import annotations

import bisect


def doc_text(doc) -> str:
    cached = doc.user_data.get("wb_text")
    if cached is None:
        cached = doc.user_data["wb_text"] = doc.text
    return cached


def span_text(span) -> str:
    """A Span's text, cut from its Doc's (`Span.text` joins its tokens at each read)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def remember_text(doc, text: str):
    """The Doc, told the text it was parsed from (spaCy's tokenizer keeps every character, so it
    is `doc.text`, which would otherwise be rebuilt from the tokens once per Doc)."""
    doc.user_data["wb_text"] = text
    return doc


def sentences(doc) -> list:
    cached = doc.user_data.get("wb_sents")
    if cached is None:
        cached = doc.user_data["wb_sents"] = list(doc.sents)
    return cached


def sentence_of(token):
    """The sentence Span a token is in."""
    sents = sentences(token.doc)
    starts = token.doc.user_data.get("wb_sent_starts")
    if starts is None:
        starts = token.doc.user_data["wb_sent_starts"] = [s.start for s in sents]
    return sents[bisect.bisect_right(starts, token.i) - 1]


class Coverage:
    """Which characters of a text are already taken by a span: overlap tests in O(span)."""

    def __init__(self, length: int):
        self._taken = bytearray(length + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self._taken[start:end])

    def add(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


class SpanIndex:
    """Spans (anything with .start and .end) sorted by start, for range queries by bisection."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]

    def within(self, start: int, end: int) -> list:
        """Spans lying inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return [s for s in self.spans[i:j] if s.end <= end]

    def around(self, offset: int) -> list:
        """Spans that hold the character at offset."""
        j = bisect.bisect_right(self._starts, offset)
        return [s for s in self.spans[max(0, j - 8):j] if s.start <= offset < s.end]

    def before(self, offset: int, limit: int = 200) -> list:
        """The last `limit` spans that end at or before offset, in text order."""
        j = bisect.bisect_right(self._starts, offset)
        return [s for s in self.spans[max(0, j - limit - 20):j] if s.end <= offset][-limit:]

    def __iter__(self):
        return iter(self.spans)
