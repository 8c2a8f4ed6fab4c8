"""Plain text from feed HTML, canonical links, and short summaries."""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre hr".split()
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_NEWLINES = re.compile(r"\n\s*\n+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[A-Z0-9\"'\u201c\u2018(])")

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref", "ref_src",
     "cmpid", "ocid", "smid", "CMP"}
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


# A start or end tag simple enough that html.parser would read it exactly so (quoted values without
# angle brackets, no namespace colon in the name); anything else takes the HTMLParser path.
_SIMPLE_TAG = re.compile(
    r"""<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_][-a-zA-Z0-9_.]*"""
    r"""(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*(/?)>"""
)


def _simple_text_parts(markup: str) -> list[str] | None:
    """What _TextExtractor collects from markup made only of simple tags and text; None otherwise."""
    parts: list[str] = []
    pos = 0
    for match in _SIMPLE_TAG.finditer(markup):
        data = markup[pos : match.start()]
        if "<" in data:
            return None
        if data:
            parts.append(html.unescape(data) if "&" in data else data)
        closing, name, attrs, self_closing = match.groups()
        name = name.lower()
        if name in _SKIP_TAGS or (closing and (attrs or self_closing)):
            return None
        if name in _BLOCK_TAGS:
            parts.append("\n\n" if self_closing else "\n")  # <br/> is a start and an end tag
        pos = match.end()
    data = markup[pos:]
    if "<" in data:
        return None
    if data:
        parts.append(html.unescape(data) if "&" in data else data)
    return parts


def plain_text(markup: str | None) -> str:
    """Strip tags, decode entities and fold white space; paragraphs stay on their own lines."""
    if not markup:
        return ""
    if _TAG_HINT.search(markup):
        parts = _simple_text_parts(markup)
        if parts is None:
            extractor = _TextExtractor()
            extractor.feed(markup)
            extractor.close()
            parts = extractor.parts
        text = "".join(parts)
        # Feeds often double-escape ("&amp;amp;"), which survives one pass of decoding.
        if "&" in text:
            text = html.unescape(text)
    else:
        text = markup
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _NEWLINES.sub("\n", "\n".join(lines)).strip()


def one_line(text: str) -> str:
    """Fold all white space, newlines included, to single spaces."""
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """Split plain text into sentences (a simple rule that suits news prose)."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return out


def summarize(text: str, max_sentences: int = 3, max_chars: int = 600) -> str:
    """The first one to three sentences of `text`, within `max_chars`."""
    picked: list[str] = []
    length = 0
    for sentence in sentences(text):
        if picked and (len(picked) >= max_sentences or length + len(sentence) + 1 > max_chars):
            break
        picked.append(sentence)
        length += len(sentence) + 1
    return shorten(" ".join(picked), max_chars)


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters at a word boundary, ending with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "\u2026"[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "\u2026"


def canonical_url(url: str | None) -> str | None:
    """The link without tracking parameters, fragment, default port or case in scheme and host."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key not in TRACKING_PARAMS
    ]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def stable_id(*parts: str) -> str:
    """A short, stable hexadecimal id derived from `parts`."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:20]
