"""Write the word lists that put a Title-Case Headline in sentence case (text.sentence_cased).

``python -m bot.wordlists ../shared/corpora corpus/training/*.jsonl`` reads the BBC News articles and AG News
descriptions of the shared corpora and the summaries and bodies of the training-only files (never a labelled file,
so no held-out item), and writes two lists to bot/data/:

- common_words.txt: words written in lower case inside a sentence at least twice, and in at least 40% of the times
  they occur inside a sentence at all ("freed", "dealer", "exchange"; not "White", which is mostly "White House");
- name_starts.txt: words that, written with a capital inside a sentence at least three times, are followed by another
  capitalised word at least 60% of those times (first names, "Alan Gross"; and the openings of other names).

The same sources always give the same lists.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")
_TAG = re.compile(r"<[^>]+>")


def corpus_texts(corpora: Path, training: Sequence[Path]) -> Iterator[str]:
    """The prose of the sources, one document at a time."""
    for path in sorted((corpora / "bbc").glob("*/*.txt")):
        yield path.read_text(encoding="latin-1")
    with (corpora / "ag_news_test.csv").open(encoding="utf-8", newline="") as rows:
        for row in csv.reader(rows):
            yield row[-1]
    for path in sorted(training):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield f"{item.get('summary') or ''}\n{item.get('body') or ''}"


def word_lists(texts: Iterator[str]) -> tuple[list[str], list[str]]:
    """(common words, name starts) counted over words inside sentences, the first word of each left out."""
    lower, capital, followed = Counter[str](), Counter[str](), Counter[str]()
    for text in texts:
        for sentence in _SENTENCE_BREAK.split(_TAG.sub(" ", text)):
            words = _WORD.findall(sentence)
            for at, word in enumerate(words[1:], start=1):
                if word.isupper():
                    continue
                if word.islower():
                    lower[word] += 1
                elif word[1:].islower():
                    capital[word.lower()] += 1
                    after = words[at + 1] if at + 1 < len(words) else ""
                    if after[:1].isupper() and not after.isupper():
                        followed[word.lower()] += 1
    common = sorted(w for w, n in lower.items() if n >= 2 and n >= 0.4 * (n + capital[w]))
    starts = sorted(w for w, n in capital.items() if n >= 3 and followed[w] >= 0.6 * n and w.isalpha())
    return common, starts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.wordlists", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, help="the shared corpora folder (holds bbc/ and ag_news_test.csv)")
    parser.add_argument("training", type=Path, nargs="*", help="training-only JSON Lines files (corpus/training/*.jsonl)")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write the lists to (default: bot/data)")
    args = parser.parse_args(argv)
    if not (args.corpora / "ag_news_test.csv").is_file():
        parser.error(f"{args.corpora} holds no ag_news_test.csv: pass the shared corpora folder, e.g. ../shared/corpora")
    common, starts = word_lists(corpus_texts(args.corpora, args.training))
    for name, words in (("common_words.txt", common), ("name_starts.txt", starts)):
        (args.out / name).write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {len(words)} words to {args.out / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
