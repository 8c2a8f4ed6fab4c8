"""Plain text from feed HTML, canonical links, and short summaries."""

from __future__ import annotations

import functools
import hashlib
import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .lexicon import NUMBER_WORDS, country_aliases_cached

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre hr".split()
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_ODD_SPACE = re.compile(r"  |[\t\r\f\v\u00a0\u200b]")  # text without one is left alone by _SPACES
_TAG_HINT = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")
# Capitals of Latin-1 and Latin Extended-A, for a character class: "Jeanine \u00c1\u00f1ez", "\u00d6calan", "Ahmet \u015e\u0131k".
LATIN_CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(letter for letter in map(chr, range(0x100, 0x180)) if letter.isupper())
# An approximation before a figure, which the figure's reading ignores: "more than 50" frees 50.
ROUGHLY = r"(?:(?:more\s+than|at\s+least|nearly|almost|about|around|roughly|some|over)\s+)?"
# No break after a month's abbreviation: "the attack of Oct. 7 was ..." is one sentence.
NO_BREAK_AFTER_MONTH = r"(?<!Jan\.)(?<!Feb\.)(?<!Aug\.)(?<!Sep\.)(?<!Sept\.)(?<!Oct\.)(?<!Nov\.)(?<!Dec\.)"
_SENTENCE_END = re.compile(r"(?<=[.!?])" + NO_BREAK_AFTER_MONTH + r"[\"'\u201d\u2019)]?\s+(?=[A-Z0-9\"'\u201c\u2018(])")

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
    # One split in C: the text before the first tag, then per tag its four groups and the text after it.
    pieces = _SIMPLE_TAG.split(markup)
    parts: list[str] = []
    data = pieces[0]
    if "<" in data:
        return None
    if data:
        parts.append(html.unescape(data) if "&" in data else data)
    for index in range(1, len(pieces), 5):
        closing, name, attrs, self_closing, data = pieces[index : index + 5]
        name = name.lower()
        if name in _SKIP_TAGS or (closing and (attrs or self_closing)):
            return None
        if name in _BLOCK_TAGS:
            parts.append("\n\n" if self_closing else "\n")  # <br/> is a start and an end tag
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
    return _fold_space(text)


def reading_text(markup: str | None, headline: bool = False) -> str:
    """Plain text as the classifier reads it: "U.S.", "U.K.", "U.N.", "U.A.E." and "E.U." written without their dots
    where they cannot end a sentence, so that "the U.S. Navy veteran" is one sentence and "U.S. citizen" one
    nationality: before a lower-case word, a digit, punctuation or a word that goes with them ("U.S. Treasury"). Before
    any other capital the dotted form may end a sentence ("flown to the U.S. Venezuela got back ...") and keeps its last
    dot. A `headline` written as a sentence is one sentence, so there the dots go before any word ("Nicaragua frees two
    U.S. Baptist missionaries"); not in a Title Case Headline, where the capital after them tells nothing."""
    text = plain_text(markup)
    if "." not in text:
        return text
    return _DOTTED_ABBREVIATION.sub(_undotted_in_headline if headline and not in_title_case(text) else _undotted, text)


_DOTTED_ABBREVIATION = re.compile(
    r"\b(?P<short>U\.S\.(?:A\.)?|U\.K\.|U\.N\.|U\.A\.E\.|E\.U\.)(?!\w)"
    r"(?P<goes_on>(?=\s+(?:[a-z\d]|(?:Navy|Army|Air|Marines?|Coast|Special|Treasury|State|Justice|Defense|Defence|Department|"
    r"Embassy|Consulate|Government|Administration|President|Vice|Secretary|Ambassador|Senator|Senate|Congress|House|"
    r"Supreme|Court|District|Attorney|Federal|Forces|Military|Intelligence|National|Citizen|Security|General|Assembly|Mission|"
    r"Border|Customs|Immigration|Homeland|Foreign|Office|Home|Prime|Minister|Parliament|Commission|Council|Agency|Peacekeepers?|"
    r"Human|Rights|High|Commissioner|Envoys?|Officials?|Troops|Soldiers?|Citizens?|Nationals?|Dollar)\b))|(?=[\s]*[,;:)'\u2019-]))?"
)


def _undotted(match: re.Match[str]) -> str:
    undotted = match.group("short").replace(".", "")
    return undotted if match.group("goes_on") is not None else undotted + "."


def _undotted_in_headline(match: re.Match[str]) -> str:
    return match.group("short").replace(".", "") if match.end() < len(match.string) else _undotted(match)


def _fold_space(text: str) -> str:
    """Runs of blanks to one space, each line stripped, blank lines dropped."""
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in map(str.strip, text.split("\n")) if line)


def figure(digits: str) -> int | None:
    """A figure written in digits, with or without thousands commas ("1,227"); None when it is too long to count
    people (more than 12 digits), which also spares int() a run of thousands of digits it would refuse."""
    plain = digits.replace(",", "")
    return int(plain) if plain.isdigit() and len(plain) <= 12 else None


_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as into onto over after before near via vs is are "
    "was were be up out off per than".split()
)


def in_title_case(text: str) -> bool:
    """A Title-Case Headline capitalises every content word, so capitals there do not mark names."""
    words = text.split()
    return len(words) >= 4 and not any(w.isalpha() and w.islower() and w not in _SMALL_WORDS for w in words)


_WORD_PIECE = re.compile(r"\b[A-Za-z][a-z']*\b")
# "Frees", "Pardons", "Senator's": an inflection news prose may write less often than its stem
_INFLECTION = re.compile(r"(?:['\u2019]s|(?<=[^s])s|(?<=[sxo])es|(?<=e)d|(?<=[^e])ed)$")


# The particles of names ("De Lima", "Van der Berg", "Bin Salman"), which a Title-Case Headline capitalises
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "le", "la", "bin",
                             "ben", "el", "al"})
_ROLE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman")
_ACTIVE_RELEASE_VERBS = frozenset({"free", "frees", "release", "releases", "pardon", "pardons"})
_OBJECT_ENDS = re.compile(r"\s*(?:[,;:]|$)|\s+(?:and|after|in|from|as|on|amid|following)\s", re.IGNORECASE)


def _inflected(word: str, common: frozenset[str]) -> bool:
    """An inflection of an ordinary word ("goes", "detained"), which no name is."""
    return (stem := _INFLECTION.sub("", word)) != word and stem in common


def _no_name(word: str, common: frozenset[str]) -> bool:
    """A plural, a number or an inflected word ("hostages", "two", "detained"), which no name is."""
    return (word.endswith("s") and not word.endswith("ss")) or word in NUMBER_WORDS or _inflected(word, common)


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    return frozenset((Path(__file__).parent / "data" / name).read_text(encoding="utf-8").split())


def sentence_cased(title: str, below: str) -> str:
    """A Title-Case Headline in sentence case, so that its capitals mark names again: a word goes to lower case when the
    story below writes it so, or when news prose does (data/common_words.txt, from the AG News, BBC News and
    training-only corpora) and the story never writes it capitalised inside a sentence ("Griner Freed in Exchange for
    Arms Dealer Bout" -> "Griner freed in exchange for arms dealer Bout" under a summary that names Viktor Bout). The
    first word and acronyms keep their capitals, and so do names: two words that open names (data/name_starts.txt,
    "Amnesty International"), a word after a name's first word ("Alan Gross", not "Meng Goes Home"), a first name before
    an unknown surname ("Mark Frerichs") or after a role ("Journalist Blessed Mhlanga"), a particle before a name ("De
    Lima"), a release verb's object of one word ("Cuba Frees Gross; ...") and "May" before a day; "Ex-" roles do not."""
    if not in_title_case(title):
        return title
    lower_below = {w for w in _WORD_PIECE.findall(below) if w.islower()}
    capital_below = {w.lower() for w in re.findall(r"(?<=[^.!?\s]\s)[A-Z][a-z']+", below)}
    common, name_starts = _word_list("common_words.txt"), _word_list("name_starts.txt")
    words = list(_WORD_PIECE.finditer(title))

    def written_lower(at: int) -> bool:
        word = words[at].group(0)
        lower = word.lower()
        if at == 0 or words[at].start() == 0 or (len(word) > 1 and not word[1:].islower()) or (len(word) == 1 and word != "A"):
            return False  # (not "U.S." nor "RFE/RL")
        if lower == "may" and re.match(r"\s+\d", title[words[at].end():]):
            return False  # the month: "held since May 9"
        if lower == "ex" and title.startswith("-", words[at].end()):
            return True  # "Ex-Prime Minister"
        if lower in _NAME_PARTICLES and at + 1 < len(words) and not written_lower(at + 1):
            return False  # "Court Grants Bail To De Lima", whatever case the story gives the particle
        if lower in lower_below:
            return True
        return lower not in capital_below and (lower in common or _inflected(lower, common))

    lowered = [written_lower(at) for at in range(len(words))]
    for at, word in enumerate(words):
        joined = title[word.end():words[at + 1].start()] == " " if at + 1 < len(words) else False
        if not joined or word.group(0).lower() not in name_starts or not word.group(0).istitle() or (
                word.group(0).lower() in _SMALL_WORDS):
            continue
        following = words[at + 1].group(0).lower()
        if following in _SMALL_WORDS or word.group(0) in country_aliases_cached():
            continue  # (not "Peter And Barbie Reynolds", "Saudi National From Gang")
        if (following in name_starts and following not in NUMBER_WORDS) or (not lowered[at] and not _inflected(following, common)):
            lowered[at] = lowered[at + 1] = False  # "Alan Gross", "Amnesty International" (not "Meng Goes Home")
        elif not lowered[at + 1] and words[at + 1].group(0) not in country_aliases_cached():
            lowered[at] = False  # "Mark Frerichs" (not "84-Year-Old Austrian")
    for at, word in enumerate(words[1:-1], start=1):
        after, before = words[at + 1].group(0), words[at - 1].group(0).lower()
        if (lowered[at] and not lowered[at + 1] and lowered[at - 1] and before.endswith(_ROLE_ENDINGS)
                and title[words[at - 1].end():word.start()] == " " == title[word.end():words[at + 1].start()]
                and after.lower() not in common and after.lower() not in name_starts and after not in country_aliases_cached()
                and not _no_name(word.group(0).lower(), common)):
            lowered[at] = False  # a first name that is an ordinary word, after a role: "Journalist Blessed Mhlanga"
    for at, word in enumerate(words[1:], start=1):
        if (lowered[at] and words[at - 1].group(0).lower() in _ACTIVE_RELEASE_VERBS and not _no_name(word.group(0).lower(), common)
                and not word.group(0).lower().endswith(_ROLE_ENDINGS)
                and title[words[at - 1].end():word.start()] == " " and _OBJECT_ENDS.match(title, word.end())):
            lowered[at] = False  # "Cuba Frees Gross; U.S. Sends Back Three Cuban Spies"
    cased = list(title)
    for at, word in enumerate(words):
        if lowered[at]:
            cased[word.start()] = cased[word.start()].lower()
    return "".join(cased)


def as_written(phrase: str, cased: str, written: str) -> str:
    """A phrase quoted from a headline that sentence_cased() changed, with the headline's capitals as written."""
    at = cased.find(phrase) if cased is not written else -1
    return written[at:at + len(phrase)] if at >= 0 else phrase


def without_accents(text: str) -> str:
    """The text with its accents dropped ("Soumaïla Cissé" -> "Soumaila Cisse"), letters otherwise as they are."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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
    plain = _PLAIN_PARTS.fullmatch(url) if is_plain_http_url(url) else None
    if plain is not None:  # what urlsplit() would find, without its general machinery
        scheme, host, path, query = plain.groups()
        query = _without_tracking(query or "")
        return f"{scheme}://{host.lower()}{path or '/'}{'?' if query else ''}{query}"
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
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, _without_tracking(parts.query), ""))


# A query field that parse_qsl() and urlencode() give back unchanged: "key=value" in characters that
# are never percent-encoded.
_PLAIN_FIELD = re.compile(r"[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*")


def _is_tracking(key: str) -> bool:
    return key.lower().startswith("utm_") or key in TRACKING_PARAMS


def _without_tracking(query: str) -> str:
    """The query with tracking parameters removed, re-encoded by urlencode()."""
    if not query:
        return ""
    fields = query.split("&")
    if all(_PLAIN_FIELD.fullmatch(field) for field in fields):
        # The round trip through parse_qsl and urlencode would leave these as they are.
        return "&".join(field for field in fields if not _is_tracking(field.partition("=")[0]))
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode([(key, value) for key, value in pairs if not _is_tracking(key)])


# An absolute http(s) URL in plain ASCII with no params, empty query or fragment: urljoin(base, url)
# returns it unchanged whatever the base (and so does feedparser's _urljoin), so it can skip the work.
_PLAIN_HTTP_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[A-Za-z0-9\-._~!$&'()*+,=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,=:@%/?]+)?"
)
# The parts of such a URL when it has no port: scheme, host, path, query.
_PLAIN_PARTS = re.compile(r"(https?)://([A-Za-z0-9.-]+)(/[^?]*)?(?:\?(.*))?")


def is_plain_http_url(url: str) -> bool:
    """Whether urljoin(base, url) is `url` itself for every base: a plain absolute http(s) URL."""
    return _PLAIN_HTTP_URL.fullmatch(url) is not None


def stable_id(*parts: str) -> str:
    """A short, stable hexadecimal id derived from `parts`."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:20]
