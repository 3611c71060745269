"""A corpus reader that gives the head the sentence starts stored by convert.py.

spaCy's own reader makes each training Doc afresh from the text, without sentence starts; at run
time the parser has set them and a NER cannot continue an entity across one, so the head is
trained with them (`spacy train ... --code training/attribution/reader.py`).
"""
from __future__ import annotations

from spacy import registry
from spacy.training import Corpus, Example


class SentencedCorpus(Corpus):
    def _make_example(self, nlp, reference, gold_preproc):
        example = super()._make_example(nlp, reference, gold_preproc)
        predicted = example.predicted
        if len(predicted) == len(reference) and reference.has_annotation("SENT_START"):
            for mine, gold in zip(predicted, reference):
                mine.is_sent_start = gold.is_sent_start
        return Example(predicted, reference)


@registry.readers("claimledger.SentencedCorpus.v1")
def sentenced_corpus(path, max_length: int = 0, limit: int = 0, gold_preproc: bool = False, augmenter=None):
    return SentencedCorpus(path, max_length=max_length, limit=limit, gold_preproc=gold_preproc, augmenter=augmenter)
