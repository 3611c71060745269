"""The token-classifier head (claimledger.models.token_head): its window layer, its BIO decoding
and its spans, on small arrays of our own."""
from __future__ import annotations

import itertools

import numpy as np

from claimledger.models import token_head as th

LABELS = ["SOURCE", "CUE"]


def test_the_window_layer_reads_neighbours_only_inside_their_own_doc():
    rng = np.random.default_rng(1)
    lengths = np.array([3, 1, 4])
    x = rng.standard_normal((lengths.sum(), 4)).astype(np.float32)
    w1 = rng.standard_normal((5 * 4, 6)).astype(np.float32)
    b1 = rng.standard_normal(6).astype(np.float32)
    got = th.hidden_of(x, lengths, th.side_by_side(w1, 2), b1, 2)
    # the same by hand: each token's window of vectors, zeros outside its Doc, times W1
    doc_of = np.repeat(np.arange(len(lengths)), lengths)
    for i in range(len(x)):
        window = [x[j] if 0 <= j < len(x) and doc_of[j] == doc_of[i] else np.zeros(4, np.float32)
                  for j in range(i - 2, i + 3)]
        assert np.allclose(got[i], np.concatenate(window) @ w1 + b1, atol=1e-5)


def _best_by_brute_force(logp, starts, transitions):
    allowed = th.allowed(LABELS)
    best, best_score = None, -np.inf
    for tags in itertools.product(range(logp.shape[1]), repeat=len(logp)):
        if tags[0] % 2 == 0 and tags[0] or any(t % 2 == 0 and t and s for t, s in zip(tags, starts)):
            continue    # no I- first nor at a sentence start
        if not all(allowed[a, b] for a, b in zip(tags, tags[1:])):
            continue
        score = sum(logp[i, t] for i, t in enumerate(tags)) + sum(transitions[a, b] for a, b in zip(tags, tags[1:]))
        if score > best_score:
            best, best_score = list(tags), score
    return best


def test_viterbi_finds_the_best_well_formed_sequence_of_each_doc():
    rng = np.random.default_rng(2)
    n_tags = 1 + 2 * len(LABELS)
    transitions = np.where(th.allowed(LABELS), rng.normal(size=(n_tags, n_tags)), th.IMPOSSIBLE).astype(np.float32)
    lengths = np.array([4, 2, 5])
    logp = th.log_softmax(rng.normal(size=(lengths.sum(), n_tags)).astype(np.float32) * 2)
    starts = np.zeros(lengths.sum(), dtype=bool)
    starts[7] = True            # a sentence start inside the last Doc
    got = th.viterbi(logp, lengths, starts, transitions)
    at = 0
    for n in lengths:
        assert list(got[at:at + n]) == _best_by_brute_force(logp[at:at + n], starts[at:at + n], transitions)
        at += n


def test_spans_are_runs_of_one_label_cut_at_sentence_starts():
    # O B-SOURCE I-SOURCE B-CUE I-CUE | I-CUE (a sentence start at 5) O
    tags = [0, 1, 2, 3, 4, 4, 0]
    assert th.spans_of(tags, LABELS, lambda i: i == 5) == [(1, 3, "SOURCE"), (3, 5, "CUE"), (5, 6, "CUE")]


def test_a_doc_with_no_likely_tag_is_all_outside():
    logp = th.log_softmax(np.array([[3.0, 0.0, 0.0, 0.0, 0.0]] * 3, dtype=np.float32))
    transitions = np.zeros((5, 5), dtype=np.float32)
    assert list(th.decode(logp, np.array([3]), np.zeros(3, dtype=bool), transitions)) == [0, 0, 0]
