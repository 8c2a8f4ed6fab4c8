"""A fast path for well-formed RSS 2.0, RSS 1.0 and Atom 1.0: feedparser's entry fields from one C-accelerated parse.

feedparser spends ~7 ms on a 20-item feed (a SAX callback per event, a state machine in Python);
xml.etree.ElementTree builds the same tree in C in a fraction of that. `extract()` reproduces the few
entry fields bot.feeds reads (title, summary, content, link, id, dates, language) exactly as feedparser
6's strict parser sets them, or returns None to decline: the caller then runs feedparser. It declines
on anything it does not model precisely: DOCTYPE/ENTITY (no entity expansion at all, so no
billion-laughs and no external fetches), any XML error, an encoding feedparser would decode differently
or complain about, a media type feedparser flags, an element feedparser has a handler for that is not
modelled here (media:title, itunes:summary, ...), nested markup in a text field (Atom xhtml), duplicate
titles or summaries, unusual content types. When in doubt it declines; declining only costs time.

The rules mirrored are those of feedparser/mixin.py (`unknown_starttag`, `pop`), namespaces/_base.py
and encodings.py (`convert_to_utf8`) at 6.0.14; tests/test_feeds.py checks the two paths agree.
"""

from __future__ import annotations

import codecs
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date as _feedparser_date
from feedparser.encodings import RE_XML_PI_ENCODING, parse_content_type
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin as _feedparser_urljoin
from feedparser.urls import make_safe_absolute_uri

from bot.text import is_plain_http_url

_ATOM = "http://www.w3.org/2005/Atom"
_RSS10 = "http://purl.org/rss/1.0/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_ROOTS = {"rss": "rss", f"{{{_RDF}}}RDF": "rdf", f"{{{_ATOM}}}feed": "atom"}

# Namespace URI (lower case) -> feedparser's prefix for it ("" for the RSS/Atom core namespaces).
_KNOWN: dict[str, str] = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_CANONICAL = frozenset(prefix for prefix in _KNOWN.values() if prefix)
# Element names feedparser has a _start_/_end_ handler for: each one may change entry fields.
_HANDLED = frozenset(
    name[len(kind):] for name in dir(StrictFeedParser) for kind in ("_start_", "_end_") if name.startswith(kind)
)
# The entry keys bot.feeds reads; an unhandled element of one of these names would be stored under it.
_ENTRY_KEYS = frozenset(
    "title title_detail summary summary_detail description content link links id guidislink published "
    "published_parsed updated updated_parsed language".split()
)

_TEXT_FIELDS = frozenset({"title", "description", "summary", "content", "content_encoded"})
_PUBLISHED = frozenset({"pubdate", "published", "issued", "dcterms_issued"})
_UPDATED = frozenset({"updated", "modified", "dc_date", "dcterms_modified"})
_LANGUAGE = frozenset({"language", "dc_language"})
_MODELLED = _TEXT_FIELDS | _PUBLISHED | _UPDATED | _LANGUAGE | {"link", "guid", "id"}
# Handled elements whose handlers touch none of the entry keys above (checked against the handlers).
_HARMLESS = frozenset(
    "category dc_subject author dc_creator dc_author contributor enclosure media_content media_thumbnail "
    "media_credit media_category media_keywords media_rating media_restriction media_license created "
    "dcterms_created expirationdate rights dc_rights source".split()
)
# Handled elements that are harmless only inside an author or contributor.
_PERSON_PARTS = frozenset({"name", "email", "uri", "url"})
_PERSONS = frozenset({"author", "contributor"})
# Content types whose text feedparser keeps as is (no base64 decoding, no xhtml serialising).
_PLAIN_TYPES = frozenset({"text/plain", "text/html"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ASCII_SAFE = frozenset({"utf-8", "ascii", "latin-1", "iso8859-1", "cp1252"})
_XMLNS = re.compile(rb"""xmlns(?::([^\s=/>"']+))?\s*=\s*["']([^"']*)["']""")
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")
# The two date formats nearly every feed uses, strictly: RFC 822 with a numeric zone or GMT, and ISO 8601
# to the second with Z or a numeric offset. feedparser reads both to the same UTC tuple computed below.
_RFC822_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) "
    r"(\d\d):(\d\d):(\d\d) (?:GMT|([+-])(\d\d)(\d\d))"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:Z|([+-])(\d\d):(\d\d))")
_MONTHS = {name: str(number) for number, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_DECLINE = "!"
_UNKNOWN = "?"


class Declined(Exception):
    """The fast path does not model this document; use feedparser."""


@dataclass(frozen=True, slots=True)
class FastFeed:
    """What bot.feeds needs of a feed: feedparser-shaped entry dicts and the feed's language."""

    entries: list[dict[str, Any]]
    language: str | None


def extract(body: bytes, url: str, headers: Mapping[str, str]) -> FastFeed | None:
    """The entries feedparser would produce for `body`, or None to decline (headers lower-cased)."""
    try:
        return _extract(body, url, headers)
    except (Declined, ET.ParseError, ValueError, LookupError, RecursionError):
        return None


def _extract(body: bytes, url: str, headers: Mapping[str, str]) -> FastFeed:
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise Declined("DTD")  # feedparser rewrites these; we expand no entities at all
    _check_encoding(body, headers.get("content-type") or "")
    root = ET.fromstring(body)
    kind = _ROOTS.get(root.tag)
    if kind is None:
        raise Declined("root")
    names = _Names(body)
    base0 = make_safe_absolute_uri("", url) or make_safe_absolute_uri(url)
    if not base0:
        raise Declined("base")
    header_lang = headers.get("content-language")
    feed_lang = header_lang.replace("_", "-") if header_lang else None

    # Census of the whole tree: items, feed containers and feed-level language elements may sit only
    # where the structural walk below looks for them.
    census: dict[str, int] = {}
    for element in root.iter():
        name = names.of(element.tag)
        if name == _DECLINE:
            raise Declined(element.tag)
        if name in ("item", "entry", "rss", "feed", "channel", "language", "dc_language"):
            census[name] = census.get(name, 0) + 1

    if census.get("rss", 0) + census.get("feed", 0) != (0 if kind == "rdf" else 1):
        raise Declined("nested feed")
    if census.get("channel", 0) != (0 if kind == "atom" else 1):
        raise Declined("channel")

    root_attrs = _attrs(root)
    lang = _lang_of(root_attrs, header_lang)
    if lang and kind != "rdf":  # feedparser checks the tag against "rdf:RDF" after lower-casing it
        feed_lang = lang.replace("_", "-")
    base = _base_of(root_attrs, base0)
    items: list[ET.Element] = []
    feed_langs = 0
    if kind == "rss":
        (channel,) = list(root) if len(root) == 1 and root[0].tag == "channel" else _decline("channel")
        channel_attrs = _attrs(channel)
        if "lastmod" in channel_attrs or "href" in channel_attrs:
            raise Declined("channel attributes")
        lang, base = _lang_of(channel_attrs, lang), _base_of(channel_attrs, base)
        container = channel
    else:
        container = root
    for child in container:
        name = names.of(child.tag)
        if name in ("item", "entry"):
            items.append(child)
        elif name in _LANGUAGE:
            if kind == "rdf":
                raise Declined("language outside the channel")
            feed_lang = _feed_language(child)
            feed_langs += 1
        elif name == "channel":  # RSS 1.0: the channel and the items are siblings under rdf:RDF
            channel_attrs = _attrs(child)
            if "lastmod" in channel_attrs or "href" in channel_attrs:
                raise Declined("channel attributes")
            for grandchild in child:
                if names.of(grandchild.tag) in _LANGUAGE:
                    feed_lang = _feed_language(grandchild)
                    feed_langs += 1
    if len(items) != census.get("item", 0) + census.get("entry", 0):
        raise Declined("items outside the feed's container")
    entries = [_entry(item, names, lang, base) for item in items]
    item_langs = sum(1 for entry in entries if "language" in entry)
    if feed_langs + item_langs != census.get("language", 0) + census.get("dc_language", 0):
        raise Declined("language element outside channel and items")
    return FastFeed(entries=entries, language=feed_lang)


def _decline(reason: str) -> Any:
    raise Declined(reason)


def _feed_language(element: ET.Element) -> str:
    if len(element):
        raise Declined("language markup")
    return _pop(element.text, None)


def _check_encoding(body: bytes, content_type: str) -> None:
    """Decline unless feedparser's convert_to_utf8 would decode exactly as expat will, without complaint."""
    data = body[3:] if body.startswith(codecs.BOM_UTF8) else body
    if not data.lstrip()[:1] == b"<" or b"\x00" in data[:4]:
        raise Declined("byte order")
    match = RE_XML_PI_ENCODING.match(data)
    xml_encoding = match.group(1).decode("utf-8").lower() if match else ""
    mime, charset = parse_content_type(content_type)
    if mime in ("application/xml", "application/xml-dtd", "application/xml-external-parsed-entity") or (
        mime.startswith("application/") and mime.endswith("+xml")
    ):
        proposed = charset or xml_encoding or "utf-8"
    elif mime in ("text/xml", "text/xml-external-parsed-entity") or (
        mime.startswith("text/") and mime.endswith("+xml")
    ):
        proposed = charset or "us-ascii"
    else:
        raise Declined("not an XML media type")  # feedparser flags NonXMLContentType
    http = codecs.lookup(proposed).name
    declared = codecs.lookup(xml_encoding).name if xml_encoding else "utf-8"
    if http == declared == "utf-8":
        return  # expat rejects invalid UTF-8, so a successful parse means feedparser decoded it too
    if data.isascii() and http in _ASCII_SAFE and declared in _ASCII_SAFE:
        return
    raise Declined("encoding")


class _Names:
    """feedparser's name for an element ("title", "dc_date", "content_encoded"), _UNKNOWN or _DECLINE."""

    def __init__(self, body: bytes) -> None:
        self.cache: dict[str, str] = {}
        # Prefixes the document binds to each namespace (a regex over the bytes may over-collect,
        # which only makes the checks below stricter).
        self.prefixes: dict[str, set[str]] = {}
        for prefix, uri in _XMLNS.findall(body):
            self.prefixes.setdefault(uri.decode("utf-8", "replace"), set()).add(prefix.decode("utf-8", "replace"))
        for uri, prefixes in self.prefixes.items():
            canonical = _KNOWN.get(uri.lower())
            for prefix in prefixes:
                # xmlns:dc bound to dcterms' URI would make feedparser rename every dc:* element.
                if prefix in _CANONICAL and prefix != canonical:
                    raise Declined("prefix rebound")

    def of(self, tag: str) -> str:
        name = self.cache.get(tag)
        if name is None:
            name = self.cache[tag] = self._classify(tag)
        return name

    def _classify(self, tag: str) -> str:
        if tag[:1] != "{":
            return _final(tag.lower())
        uri, _, local = tag[1:].partition("}")
        lowered = uri.lower()
        local = local.lower()
        if "backend.userland.com/rss" in lowered:
            return _final(local)
        prefix = _KNOWN.get(lowered)
        if prefix is not None:
            return _final(f"{prefix}_{local}" if prefix else local)
        # An unknown namespace: feedparser names it by a prefix the document bound to it.
        candidates = {f"{p}_{local}".lower() for p in self.prefixes.get(uri, ()) if p} | {local}
        if any(c in _HANDLED or c in _ENTRY_KEYS or c in ("item", "entry") for c in candidates):
            return _DECLINE
        return _UNKNOWN


def _final(name: str) -> str:
    if name in _HANDLED or name in _ENTRY_KEYS:
        return name
    return _UNKNOWN


def _attrs(element: ET.Element) -> dict[str, str]:
    """Attributes as feedparser's strict parser names them: lower-cased, known prefixes kept, rel/type lowered."""
    if not element.attrib:
        return {}
    out: dict[str, str] = {}
    locals_: dict[str, str] = {}
    for key, value in element.attrib.items():
        if key[:1] == "{":
            uri, _, local = key[1:].partition("}")
            prefix = _KNOWN.get(uri.lower(), "")
            if prefix:
                out[f"{prefix}:{local}".lower()] = value
            locals_[local.lower()] = value
        else:
            locals_[key.lower()] = value
    if len(locals_) != len(element.attrib):
        raise Declined("ambiguous attributes")
    out.update(locals_)
    for key in ("rel", "type"):
        if key in out:
            out[key] = out[key].lower()
    return out


def _lang_of(attrs: Mapping[str, str], parent: str | None) -> str | None:
    lang = attrs.get("xml:lang", attrs.get("lang"))
    if lang == "":
        return None
    return parent if lang is None else lang


_self_base: dict[str, str] = {}


def _base_of(attrs: Mapping[str, str], parent: str) -> str:
    given = attrs.get("xml:base", attrs.get("base"))
    if not given:
        known = _self_base.get(parent)
        if known is None:
            known = make_safe_absolute_uri(parent, parent) or parent
            if len(_self_base) < 4096:
                _self_base[parent] = known
        return known
    return make_safe_absolute_uri(parent, given) or parent


def _urljoin(base: str, uri: str) -> str:
    """feedparser's _urljoin(), skipped for links that are already plain absolute URLs (most of them)."""
    return uri if is_plain_http_url(uri) else str(_feedparser_urljoin(base, uri))


def _pop(text: str | None, base: str | None) -> str:
    """feedparser's pop(): strip, resolve (when a base is given), undo latin-1 mojibake, map cp1252."""
    output = (text or "").strip()
    if base is not None and output:
        output = _urljoin(base, output)
    if output.isascii():
        return output  # both steps below leave ASCII alone
    try:
        output = output.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return output.translate(_cp1252)


def _parse_date(value: str) -> time.struct_time | None:
    """feedparser's _parse_date(), without trying its nine date handlers in turn for the usual formats."""
    match = _RFC822_DATE.fullmatch(value)
    if match is not None:
        day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = match.groups()
        month = _MONTHS[month]
    else:
        match = _ISO_DATE.fullmatch(value)
        if match is None:
            return _feedparser_date(value)  # type: ignore[no-any-return]
        year, month, day, hour, minute, second, sign, zone_hours, zone_minutes = match.groups()
    offset = 0 if sign is None else (int(zone_hours) * 60 + int(zone_minutes)) * (-1 if sign == "-" else 1)
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        return (stamp - timedelta(minutes=offset)).utctimetuple()
    except (ValueError, OverflowError):
        return _feedparser_date(value)  # type: ignore[no-any-return]  # impossible dates: feedparser decides


def _content_type(attrs: Mapping[str, str], default: str) -> str:
    if "mode" in attrs:
        raise Declined("content mode")
    kind = _FeedParserMixin.map_content_type(attrs.get("type", default))
    if kind not in _PLAIN_TYPES:
        raise Declined(f"content type {kind}")
    return str(kind)


def _entry(item: ET.Element, names: _Names, parent_lang: str | None, parent_base: str) -> dict[str, Any]:
    """One feedparser entry dict, replaying the item's children in document order."""
    attrs = _attrs(item)
    if "lastmod" in attrs or "href" in attrs:
        raise Declined("item attributes")
    item_lang = _lang_of(attrs, parent_lang)
    item_base = _base_of(attrs, parent_base)
    child_base = _base_of({}, item_base)  # the base of every child without attributes
    entry: dict[str, Any] = {}
    about = attrs.get("rdf:about")
    if about:
        entry["id"] = about
    seen: set[str] = set()
    summary_from_content = False
    for child in item:
        name = names.of(child.tag)
        if name not in _MODELLED:
            _check_subtree(child, name, names)
            continue
        if len(child):
            raise Declined("markup inside a text field")
        child_attrs = _attrs(child)
        lang = _lang_of(child_attrs, item_lang) if child_attrs else item_lang
        base = _base_of(child_attrs, item_base) if child_attrs else child_base
        text = child.text
        if name == "title":
            if name in seen:
                raise Declined("second title")
            seen.add(name)
            _content_type(child_attrs, "text/plain")
            entry["title"] = _pop(text, None)
            entry["title_detail"] = {"language": lang.replace("_", "-") if lang else lang}
        elif name in ("description", "summary"):
            if "summary" in seen or ("summary" in entry and not summary_from_content):
                raise Declined("second summary")
            seen.add("summary")
            _content_type(child_attrs, "text/html" if name == "description" else "text/plain")
            entry["summary"] = _pop(text, None)
            entry["summary_detail"] = {"language": lang.replace("_", "-") if lang else lang}
        elif name in ("content", "content_encoded"):
            _content_type(child_attrs, "text/html" if name == "content_encoded" else "text/plain")
            value = _pop(text, None)
            entry.setdefault("content", []).append({"value": value})
            if "summary" not in entry:
                entry["summary"] = value
                summary_from_content = True
        elif name == "link":
            _link(entry, child_attrs, text, base)
        elif name in ("guid", "id"):
            is_link = child_attrs.get("ispermalink", "true") == "true"
            value = _pop(text, base if is_link else None)
            entry["id"] = value
            if is_link:
                entry.setdefault("link", value)
        elif name in _PUBLISHED:
            value = _pop(text, None)
            entry["published"] = value
            entry["published_parsed"] = _parse_date(value)
        elif name in _UPDATED:
            value = _pop(text, None)
            entry["updated"] = value
            entry["updated_parsed"] = _parse_date(value)
        else:  # language, dc:language
            if "language" in seen:
                raise Declined("second language")
            seen.add("language")
            entry["language"] = _pop(text, None)
    return entry


def _link(entry: dict[str, Any], attrs: Mapping[str, str], text: str | None, base: str) -> None:
    rel = attrs.get("rel", "alternate")
    kind = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html")
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        if rel == "alternate" and _FeedParserMixin.map_content_type(kind) in _HTML_TYPES:
            entry["link"] = _urljoin(base, href)
        return
    value = _pop(text, base).replace("&amp;", "&")
    entry["link"] = _LINK_ENTITY.sub(r"&\g<1>", value)


def _check_subtree(element: ET.Element, name: str, names: _Names) -> None:
    """Decline unless the element and everything inside it leave feedparser's entry fields alone."""
    if name in _HARMLESS or name == _UNKNOWN:
        if name == "source" and len(element):
            raise Declined("atom source")
    else:
        raise Declined(f"element {name}")
    person = name in _PERSONS
    for inner in element.iter():
        if inner is element:
            continue
        inner_name = names.of(inner.tag)
        if inner_name == _UNKNOWN or inner_name in _HARMLESS and inner_name != "source":
            continue
        if person and inner_name in _PERSON_PARTS:
            continue
        raise Declined(f"element {inner_name} inside {name}")
