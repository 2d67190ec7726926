"""Reference data read by the stages: the domain lexicon (YAML) and the administrative gazetteer."""
