"""Stage 4, extract: the spaCy pipeline whose components write labelled mentions (roads, money, agencies,
campaigns, projects) to ``doc.spans``, and the links between them."""
