"""Cleaning of article text: publishing debris out, content in.

What goes: template placeholders (`{keywords}`); whatever follows an article's end marker
(Yonhap's `(END)` and its list of unrelated headlines, "Posted Under", "comments:", "Related
articles", tag lists, copyright lines); reporter e-mail sign-offs; bylines ("By Jack Hollis in Queenstown", a reporter's name on its own
line above "Political Correspondent" or the date line); photo credits (`[File: …]`,
`(Photo: Yonhap)`, a trailing `- Anadolu`, `ST PHOTO: NAME` or `(Name/Outlet via AFP)` on a caption); an outlet's closing signature
(`–VNA`, `Source: Al Jazeera`), which `provenance` reads before it goes; lines of encoded data
(base64 images a scraper dragged along); a name's spelling in its own script ("You Si-kun
(游錫堃)") and a quoted nickname inside a name ('Louise "Liza" Araneta-Marcos'), which made the
parser read one person as two; a caption's label ("PHOTO:", "[IMAGE]"). What stays: every
sentence of the article, photo captions included, since captions carry facts.

Each removal is kept as a `Removal` so the analyst can see what was cut and why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: News agencies and picture desks whose names appear in credits and signatures.
AGENCIES = (
    "AFP", "AP", "Associated Press", "Reuters", "Yonhap", "Xinhua", "KCNA", "Kyodo", "Anadolu",
    "EPA", "EPA-EFE", "Getty Images", "Getty", "Bloomberg", "TASS", "VNA", "Pool", "Pool photo",
    "NurPhoto", "Sputnik", "Bernama", "PTI", "ANI", "IANS", "dpa", "UPI", "Shutterstock",
)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"

_NAME = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3}"
_PLACEHOLDER = re.compile(r"\{\{?\s*[A-Za-z_][\w.\-]*\s*\}?\}|%%[A-Za-z_]\w*%%|\[\[[A-Za-z_]\w*\]\]")
# Lines after which nothing belongs to the article.
_END_MARKER = re.compile(
    r"^\s*(?:\(END\)|\(end\)|-{0,2}\s*END\s*-{0,2}|Posted Under:?.*|comments?\s*:?\s*\d*|"
    r"Related(?:\s+(?:articles?|stories|story|news|coverage|posts?|content|topics|reading|links?|reads))?\s*:?|"
    r"(?:You (?:may|might) also (?:like|be interested in)|More (?:from|on) .{0,40}|Recommended(?: for you)?|"
    r"Most (?:read|popular)|(?:Search\s+|Article\s+|Related\s+)?(?:Tags?|Keywords|Topics)|Filed under|Latest news|Short\s+link)\s*:?.{0,200}|"
    r"(?:Read|See) (?:more|also)|Also read|More stories|Related headlines|"
    # (in the site's own language: "Notas relacionadas:", "Lire aussi", "Leia também")
    r"(?:Notas|Noticias|Not[ií]cias) relacionadas\s*:?|Lire aussi\s*:?|(?:Leia|Veja) tamb[ée]m\s*:?|Leggi anche\s*:?|"
    r"(?:Copyright|©|\(c\)) .{0,120}|All rights reserved\.?.{0,80}|"
    r".{0,120}(?:Todos los derechos reservados|Tous droits réservés|Alle Rechte vorbehalten|Tutti i diritti riservati).{0,40})\s*$",
    re.IGNORECASE,
)
# Single debris lines in the body.
_DEBRIS_LINE = re.compile(
    r"^\s*(?:Advertisement|ADVERTISEMENT|Scroll to continue.*|Read (?:more|also|next)\s*:.*|"
    r"Also read\s*:.*|Click here .*|Share this (?:article|story).*|Follow us on .*|"
    # share buttons: "Share: Facebook | Twitter | Email", "Share on Facebook | Send by e-mail | Print"
    # (also in the site's own language: "Compartir: Facebook | Twitter", "Partager")
    r"(?:Share|Compartir|Compartilhar|Partager|Teilen|Condividi)\b(?=[^\n]*\b(?:Facebook|Twitter|WhatsApp|Telegram|LinkedIn|E-?mail|e-mail|Print|Copy link)\b)(?![^\n]*[.!?]\s*$)[^\n]{0,160}|"
    # a picture desk's credit on a line of its own: "WAM/Hatem Al Shamsi", "WAM/A/B"
    r"(?-i:[A-Z]{2,12}(?:/[A-Z][\w.'\-]*(?:\s+[\w'\-]*[A-Z][\w'\-]*){0,3}){1,3})|"
    r"Sign up (?:for|to) .*|Subscribe to .*|Join .{2,40} on (?:WhatsApp|Telegram|Facebook|X|Twitter|Instagram|LinkedIn|YouTube)\b.*|"
    # a byline: "By Jack Hollis in Queenstown", "By A and B, Reuters"
    # ("By A in Nation on 27 October 2023": a section and a day after the name; "WRITER: A")
    r"(?:By:?|(?:Writer|Author|Reporter|Correspondent)s?\s*:)\s+" + _NAME + r"(?:\s*(?:,|and|with|&)\s*" + _NAME
    + r")*(?:\s+in\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)?(?:\s+on\s+[^\n]{3,40})?"
    r"(?:\s*/\s*(?:Staff|Senior|Political|Diplomatic|Chief)?\s*(?:reporters?|writers?|correspondents?)\b[^\n]{0,40})?"
    # (then an outlet and a city: "By A, Valor - São Paulo")
    # (capitals meant as capitals: the pattern ignores case, and "By Tuesday night - talks had
    # collapsed" is a sentence)
    r"(?:\s*[,|]\s*(?:" + _AGENCY + r"|(?-i:[A-Z][\w.&'\-]*(?:\s+[A-Z][\w.&'\-]*){0,3})))?"
    r"(?:\s*[-–|]\s*(?:@?\w[\w.]*|(?-i:[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})))?"
    r"(?:\s*/\s*(?:Editor|Editing|Photos?|Translation)\s*:[^\n]{0,60})?"  # "Author: A / Editor: B"
    r"(?:\s{2,}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+[^\n]{0,60}\d[^\n]{0,30})?|"  # "By A   Sunday, 10/9/2023, 21:40"
    # "A and B, Nikkei staff writers", "A, Foreign Correspondent"
    + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*\s*,\s*(?:[A-Z][\w.]*\s+)?(?i:staff|senior|chief|foreign|political|diplomatic)?\s*"
    r"(?i:writers?|reporters?|correspondents?)|"
    # "[Author] , Ahram Online , Monday 14 Aug 2023" (a byline whose name was a template placeholder)
    r"[^\n,]{0,60},\s*[A-Z][\w ]{2,40},\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    # a closing credit: "Herald staff writer A reported from Sao Paulo, and special correspondent B from Buenos Aires."
    # (the credit's words in lower case, the name in capitals: "Foreign correspondents in the city
    # reported", "Reporters Without Borders reported" are sentences)
    r"(?-i:(?:[A-Z][\w.]*\s+){0,3}(?:staff\s+writers?|(?:special\s+|foreign\s+)?correspondents?|reporters?)\s+" + _NAME
    + r"\s+(?:reported|contributed)\b[^\n]{0,200})|"
    # "Kimone Barrett/Staff Reporter"
    + _NAME + r"\s*/\s*(?:(?:Senior|Staff|Political|Chief|Foreign|Diplomatic)\s+)?(?:Reporter|Writer|Correspondent|Editor)|"
    # reporters' credits and contacts: "Reporting by A; Editing by B", "((a@b.com; +1 202 ...))"
    r"\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Edited|Written|Reported|Translated) by [^\n]{2,200}|"
    # a translation's credit: "(Japanese original by A, Political News Department)"
    r"\((?:[A-Z][a-z]+\s+)?original by [^\n]{2,200}\)|"
    # "Published on 06/06/2019 - 18:22 By A - Reporter, Agência Brasil - Buenos Aires"
    r"Published(?:\s+on)?\s+\d[^\n]{0,40}?\s+By\s+[^\n]{2,160}|"
    r"\(\([^\n]{3,200}\)\)|"
    # a picture's credit on a line of its own: "Image: Julien Morel/AFP", "Photo: Reuters"
    # (at most eight words: a line that goes on is a caption, which stays)
    r"(?:Image|Photo|Photograph|Picture|Photo credit|Credit|Foto|Fotograf[ií]a|Imagen)s?\s*:\s*(?=(?:\S+\s+){0,7}\S+\s*$)[^\n]{2,120})\s*$",
    re.IGNORECASE,
)
# "... at the Istana on Jan 30. ST PHOTO: LIM YAOHUI", "... airport. Photo: Yonas Tesfaye / AFP",
# "... on Sunday. Photo by Lorenzo Baldi / AFP"
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?)])\s+(?:[A-Z]{2,5}\s+)?(?i:photo|photograph|image|picture|photo credit|credit|foto|fotograf[ií]a|imagen)s?(?:\s*:|\s+by)\s*[^\n.]{2,80}$",
    re.MULTILINE,
)
# "... on Sunday. - Delano Whyte/Photographer", "... on Tuesday. / Tomasz Wierzbicki / PAP",
# "... July 1, 2024. REUTERS/Cagla Gurdogan"
_NAME_CREDIT = re.compile(
    r"(?<=[.!?)])\s+(?:[-–—/]\s+" + _NAME + r"\s*/\s*[A-Z][\w ]{1,30}|[A-Z]{2,12}/" + _NAME + r"(?:/[\w ]{1,30})?|"
    # "... University. Sergei Malyshev / Kremlin.ru", "... 2019. © Gérard Lavalle, AFP", "... Forum. AA Photo"
    + _NAME + r"\s*/\s*[\w.\- ]{2,30}|©\s*[^\n]{2,60}|[A-Z]{2,5}\s+(?:Photo|photo|PHOTO))[ \t]*$",
    re.MULTILINE,
)
# "... in AlUla. (Bandar Aljaloud/Saudi Royal Court via AFP)", "... (Reuters: Jamie Ollerton)"
_SLASH_CREDIT = re.compile(
    r"(?<=[.!?])\s*\((?:[^()\n]{2,80}/[^()\n]{2,80}|[^()\n]{2,80}\bvia\s+" + _AGENCY + r"|"
    # "( Kerem Uzunoglu - Anadolu Agency )"
    r"\s*[^()\n]{2,60}?\s[-–]\s" + _AGENCY + r"(?:\s+(?:News\s+)?Agency)?\s*|"
    r"[A-Z][\w ]{1,30}:\s*[A-Z][^()\n:]{2,60})\)[ \t]*$",
    re.MULTILINE,
)
# "... on March 2, 2023. | Photo Credit: ANI"
_PIPE_CREDIT = re.compile(r"\s*\|\s*(?:Photo|Image|Picture)\s*(?:Credit)?\s*:[^\n|]{1,80}$", re.MULTILINE | re.IGNORECASE)
#: A line of encoded data a scraper dragged along (an inlined image in base64, a token): no spaces,
#: long, and only the characters such encodings use.
_BLOB_LINE = re.compile(r"^[A-Za-z0-9+/=_\-]{60,}$")
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_EMAIL_LINE = re.compile(r"^[^\n@]{0,60}?" + _EMAIL + r"(?:[\s,;/]+" + _EMAIL + r")*[\s.)>]*$")
# "[File: Kevin Lim/The Straits Times/Anadolu]", "[Reuters]", "[Photo by X/AFP]"
_BRACKETED = (r"\[(?:(?:File|Photo|Photos|Image|Picture|Credit|Video|Courtesy|Foto|Fotos|Imagen)\b[^\]\n]{0,160}|"
              r"[^\]\n]{0,120}/[^\]\n]{0,120}|" + _AGENCY + r"(?: [Pp]hoto)?)\]")
# (the line's end before it stays: "Meas Sokchea\n\n[Photo] A and B shake hands" keeps the byline and
# the caption apart; at a line's start, the space after it goes)
_BRACKET_CREDIT = re.compile(r"^(?:" + _BRACKETED + r"[ \t]*)+|[ \t]*" + _BRACKETED, re.MULTILINE)
# "(Photo: Yonhap)", "(Pool photo)", "(Yonhap)" closing a caption line
_PAREN_CREDIT = re.compile(
    r"\s*\((?:(?:Photo|Photos|Image|Picture|Credit)\s*(?::|by)[^)\n]{0,120}|(?:File|Pool|Handout) photo|[A-Z]{2,5} (?:Photo|photo|PHOTO)|"
    + _AGENCY + r"(?: [Pp]hoto)?)\)(?=[\s()]*$|\s*\()",
    re.MULTILINE,
)
# "PHOTO: ", "[IMAGE] ", "Photo caption: " opening a caption of at least six words: the label
# goes, the caption stays (with the label before it, the parser read a verbless caption such as
# "A with B at the hotel on Saturday" as a fragment of the label)
_PICTURE_WORD = r"(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture|FOTO|Foto|IMAGEN|Imagen)"
_CAPTION_LABEL = re.compile(
    r"^(?:\[(?:" + _PICTURE_WORD + r"|CAPTION|PHOTO CAPTION|Caption)\]|"
    r"(?:" + _PICTURE_WORD + r"|CAPTION|Caption|Photo caption|PHOTO CAPTION)[ \t]*:)[ \t]*"
    r"(?=(?:\S+[ \t]+){5,}\S)",
    re.MULTILINE,
)
# "[Photo: A meets B in Jeddah on Tuesday. - KUNA]": a caption and its credit in one bracket (the
# caption stays, the label and the credit go)
_BRACKETED_CAPTION = re.compile(
    r"^\[" + _PICTURE_WORD + r"[ \t]*:[ \t]*(?P<caption>(?:\S+[ \t]+){5,}[^\s\]]*[.!?])"
    r"(?P<credit>[ \t]+[^\]\n]{0,80})?\][ \t]*$",
    re.MULTILINE,
)
# " - Anadolu" closing a caption line
_DASH_CREDIT = re.compile(r"\s+[-–—|]\s+" + _AGENCY + r"\s*$", re.MULTILINE)
# "...the region.–VNA" closing the article
_TAIL_SIGNATURE = re.compile(r"(?<=[.!?\"”’)])\s*[–—-]{1,2}\s*(?P<outlet>[A-Z][A-Za-z]{1,11})\s*$")
# "Source: Al Jazeera, News Agencies" as the article's last line
_SOURCE_LINE = re.compile(r"^\s*Source\s*:\s*(?P<outlet>[^\n]{2,80}?)\s*$")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: A quoted nickname between the words of a name: 'First Lady Louise "Liza" Araneta-Marcos'.
_NICKNAME = re.compile(r"(\b[A-Z][\w.'\-]+)[ \u00a0]+[\"“](?P<nick>[A-Z][\w\-]{1,20})[\"”](?=[ \u00a0]+[A-Z][\w'\-]+)")
# A name's spelling in its own script after the name: "You Si-kun (游錫堃)", "Lee Jae-myung (이재명)".
_NATIVE_SPELLING = re.compile(r"[ \u00a0]*[(（][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af·・ ]{1,16}[)）]")


@dataclass(frozen=True)
class Removal:
    """A piece of text that cleaning took out, and which rule took it."""

    kind: str  # placeholder, native_spelling, nickname, end_marker, trailer, debris_line, menu, byline, email, caption_label, photo_credit, signature, encoded_data
    text: str


@dataclass
class CleanText:
    text: str
    removals: list[Removal] = field(default_factory=list)
    signature: str = ""  # the outlet named by a closing signature, if any


def normalize_text(raw: str) -> str:
    """Unicode NFC, Unix newlines, no invisible or control characters, plain spaces."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\t", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean_text(raw: str) -> CleanText:
    """Clean one article's text; see the module docstring for what goes and what stays."""
    removals: list[Removal] = []
    text = normalize_text(raw)

    def cut(pattern: re.Pattern, kind: str, source: str) -> str:
        def record(m: re.Match) -> str:
            removals.append(Removal(kind, m.group(0).strip()))
            return ""
        return pattern.sub(record, source)

    text = cut(_PLACEHOLDER, "placeholder", text)
    text = cut(_NATIVE_SPELLING, "native_spelling", text)  # (the parser reads a list through it badly)

    def nickname(m: re.Match) -> str:
        if len(re.findall(rf"\b{re.escape(m.group('nick'))}\b", text)) > 1:
            return m.group(0)  # the name the article goes on to use ('Joko "Jokowi" Widodo ... Jokowi said')
        removals.append(Removal("nickname", m.group("nick")))
        return m.group(1)
    text = _NICKNAME.sub(nickname, text)
    lines = text.split("\n")
    lines = _truncate_at_end_marker(lines, removals)
    kept = []
    blobs = 0
    lines = _drop_trailing_headlines(lines, removals)
    lines = _drop_list_before_sign_up(lines, removals)
    for number, line in enumerate(lines):
        if _BLOB_LINE.match(line.strip()):
            blobs += 1
            continue
        if number < _HEADER_LINES and (crumbs := _BREADCRUMBS.search(line)) and not _DEBRIS_LINE.match(line):
            # "Home > Top Story", "Wednesday, January 07, 2004 | Home > Top Story" among the first
            # lines: the site's sections, not words of the article (the date before them stays)
            removals.append(Removal("debris_line", crumbs.group(0).strip(" |")))
            line = line[:crumbs.start()]
            if not line.strip():
                continue
        if _DEBRIS_LINE.match(line) or _is_bar(line):
            removals.append(Removal("debris_line", line.strip()))
        elif _is_menu(line):
            removals.append(Removal("menu", line.strip()))
        elif _EMAIL_LINE.match(line.strip()) and len(line.split()) <= 8:
            removals.append(Removal("email", line.strip()))
        else:
            kept.append(line)
    if blobs:
        removals.append(Removal("encoded_data", f"{blobs} line(s) of encoded data"))
    text = "\n".join(kept)
    def bracketed_caption(m: re.Match) -> str:
        removals.append(Removal("caption_label", m.group(0)[:m.start("caption") - m.start()].strip()))
        if m.group("credit"):
            removals.append(Removal("photo_credit", m.group("credit").strip()))
        return m.group("caption")
    text = _BRACKETED_CAPTION.sub(bracketed_caption, text)
    text = cut(_BRACKET_CREDIT, "photo_credit", text)
    text = cut(_PAREN_CREDIT, "photo_credit", text)
    text = cut(_DASH_CREDIT, "photo_credit", text)
    text = cut(_PIPE_CREDIT, "photo_credit", text)
    text = cut(_TRAILING_CREDIT, "photo_credit", text)
    text = cut(_SLASH_CREDIT, "photo_credit", text)
    text = cut(_NAME_CREDIT, "photo_credit", text)
    text = cut(_CAPTION_LABEL, "caption_label", text)  # (after the credits: "Photo: A/Reuters" goes whole)
    text = _strip_header_byline(text, removals)
    text, signature = _strip_signature(normalize_text(text), removals)
    return CleanText(normalize_text(text), removals, signature)


#: Words of a page's bars of buttons and links.
_BAR_WORDS = re.compile(r"^(?:Print|E-?mail|Share|Tweet|Comments?(?:\s*\(\d+\))?|Leave a comment|Facebook|Twitter|"
                        r"WhatsApp|Telegram|LinkedIn|Save|Copy link|Font size|Listen|Download image|Printable version)$",
                        re.IGNORECASE)


#: A trail of a site's sections: "Home > English Edition > North Korea", "News » Politics".
_BREADCRUMBS = re.compile(r"(?:^|\|)\s*(?:[\w&'’\-]+(?:[ \t]+[\w&'’\-]+){0,4}[ \t]*[>»›][ \t]*)+"
                          r"[\w&'’\-]+(?:[ \t]+[\w&'’\-]+){0,4}[ \t]*$")


def _is_bar(line: str) -> bool:
    """A bar of buttons or links between pipes: "Print | Email", "Comments (4) | Share | Print"."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(_BAR_WORDS.match(p) or not p for p in parts) and any(parts)


_MENU_COUNT = re.compile(r"\(\d+\)")  # "Reader Comments (7)"
_MENU_ITEM_WORDS = 4


def _is_menu(line: str) -> bool:
    """A site's menu or tag list between pipes: "News | Africa | Zimbabwe", "Nacional | Política |
    English", "E-mail | Print | Reader Comments (7)": three short items or more and no sentence.
    Its places are the site's sections, not the article's. (A line with a date or a time,
    "WORLD | TURKEY | 27.10.2018 - 21:34", stays: provenance reads it.)"""
    items = [p.strip() for p in line.split("|") if p.strip()]
    return (len(items) >= 3 and not re.search(r"\d", _MENU_COUNT.sub("", line))
            and all(len(p.split()) <= _MENU_ITEM_WORDS and not re.search(r"[.!?]\s|[.!?,;]$", p) for p in items))


#: A reporter's line in an article's header: "Political Correspondent", "Staff Reporter".
_REPORTER_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Journalist|Columnist|Bureau Chief|Staff)\s*$"
)
_HEADER_DATE_LINE = re.compile(
    r"^(?:Published|Updated|Posted|UPDATED|PUBLISHED)\b|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)|"
    r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|^[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)
_BYLINE_NAME = re.compile(r"^" + _NAME + r"(?:(?:\s+in|\s*\|)\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)?$")  # ("A | Thimphu")
_HEADER_LINES = 8
#: A line of one to three names alone among the first lines ("Besnik Hoxha, Jelena Markovic", "A | B") is a
#: byline whatever follows it.
_BYLINE_NAMES = re.compile(r"^" + _NAME + r"(?:\s*(?:,|and|&|\|)\s*" + _NAME + r"){0,2}"
                           # "(The Jakarta Post)", "|14.02.2024 - Update : 14.02.2024"
                           r"(?:\s*\([^()\n]{2,40}\))?(?:\s*\|\s*[^|\n]{0,60}\d[^|\n]{0,40})?$")
_NAME_ONLY_LINES = 5


def _strip_header_byline(text: str, removals: list[Removal]) -> str:
    """A reporter's name on a line of its own near the top ("Tan Wei Ling" above "Political
    Correspondent", "Anna Kourti in Psarades" above the date line): not the headline, and
    followed by a reporter's line or a date line."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()][:_HEADER_LINES]
    drop = set()
    for k, i in enumerate(content[1:-1], start=1):
        line, following = lines[i].strip(), lines[content[k + 1]].strip()
        names_only = _BYLINE_NAMES.match(line) and k <= _NAME_ONLY_LINES
        if (_BYLINE_NAME.match(line) and (_REPORTER_LINE.match(following) or _HEADER_DATE_LINE.match(following))) or names_only:
            drop.add(i)
            if _REPORTER_LINE.match(following):
                drop.add(content[k + 1])
    for i in sorted(drop):
        removals.append(Removal("byline", lines[i].strip()))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


#: How far from the end a sign-up or "Read more" line may be to have a list of headlines after it.
_TRAILER_LINES = 8
#: Page lines that a list of other stories' headlines follows.
_TRAILER_LEAD = re.compile(r"^\s*(?:Sign up|Subscribe|Join\s|Follow us|Read (?:more|also|next)|Also read|Click here|"
                           r"Share this|Download (?:the|our) app)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\"”’')]\s*$")


def _drop_trailing_headlines(lines: list[str], removals: list[Removal]) -> list[str]:
    """Headlines listed after the article's last debris line ("Sign up to push alerts ...",
    "Join The Irish Times on WhatsApp", then "Miriam Lord: Joe's homecoming hits all the right
    notes"): short lines, none ending like a sentence, with nothing of the article after them."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    tail = content[-_TRAILER_LINES:]
    debris = [i for i in tail if _TRAILER_LEAD.match(lines[i])]
    if not debris:
        return lines
    after = [i for i in content if i > debris[-1]]
    before = [i for i in content if i < debris[-1]]
    if (not after or len(before) < _TRAILER_LINES // 2 or sum(len(lines[i]) for i in after) > sum(len(lines[i]) for i in before)
            or any(_SENTENCE_END.search(lines[i]) or len(lines[i].split()) > 20 for i in after)):
        return lines
    removals.append(Removal("trailer", "\n".join(lines[i].strip() for i in after)))
    return lines[:after[0]]


_LIST_ITEM = re.compile(r"^\s*[-•–]\s+\S")
#: A sign-up line's words: "Daily newsletter", "Subscribe", "Sign up for ...".
_SIGN_UP = re.compile(r"\b(?:newsletter|subscribe|sign up)\b", re.IGNORECASE)


def _drop_list_before_sign_up(lines: list[str], removals: list[Removal]) -> list[str]:
    """Other stories' headlines listed just before the page's closing sign-up lines ("- Scholz and
    Biden promise united front", then "Daily newsletter", "Subscribe"): two items or more, none
    ending with a full stop, after which come only a few short lines, one of them a sign-up."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    k = len(content)
    while k > 0 and not _LIST_ITEM.match(lines[content[k - 1]]) and len(lines[content[k - 1]].split()) <= 8 \
            and len(content) - k < 4:
        k -= 1
    furniture = content[k:]
    first = k
    while first > 0 and _LIST_ITEM.match(lines[content[first - 1]]) and not lines[content[first - 1]].rstrip().endswith(
            (".", '."', ".”")):  # (a headline may end with a question mark)
        first -= 1
    if k - first < 2 or not any(_SIGN_UP.search(lines[i]) for i in furniture):
        return lines
    removals.append(Removal("trailer", "\n".join(lines[i].strip() for i in content[first:])))
    return lines[:content[first]]


#: Paragraphs after an end marker that show the article goes on ("Comments" and "Share this
#: article" widgets above the body): two full sentences' worth of words, ending like sentences.
_BODY_PARAGRAPH_WORDS = 20


def _body_follows(lines: list[str]) -> bool:
    """Whether at least two paragraphs of running text follow: the marker is page furniture
    above the article, not its end."""
    return sum(1 for x in lines if len(x.split()) >= _BODY_PARAGRAPH_WORDS and _SENTENCE_END.search(x)) >= 2


def _truncate_at_end_marker(lines: list[str], removals: list[Removal]) -> list[str]:
    """Drop the end marker and everything after it, unless it sits among the first lines or
    the article's paragraphs follow it."""
    content_seen = 0
    for i, line in enumerate(lines):
        if content_seen >= 2 and line.strip() and _END_MARKER.match(line) and not _body_follows(lines[i + 1:]):
            removals.append(Removal("end_marker", line.strip()))
            trailer = "\n".join(x for x in lines[i + 1:] if x.strip())
            if trailer:
                removals.append(Removal("trailer", trailer))
            return lines[:i]
        if line.strip():
            content_seen += 1
    return lines


def _strip_signature(text: str, removals: list[Removal]) -> tuple[str, str]:
    lines = text.split("\n")
    if lines and (m := _SOURCE_LINE.match(lines[-1])):
        removals.append(Removal("signature", lines[-1].strip()))
        outlet = re.split(r",|\band\b", m.group("outlet"))[0].strip()
        return "\n".join(lines[:-1]), outlet
    if m := _TAIL_SIGNATURE.search(text):
        removals.append(Removal("signature", m.group(0).strip()))
        return text[: m.start()], m.group("outlet")
    return text, ""
