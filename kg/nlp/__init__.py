"""Stage 3, NLP: the word segmenter (jieba / rjieba, with the domain dictionary) behind spaCy's tokenizer."""
