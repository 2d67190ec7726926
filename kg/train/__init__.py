"""Training: annotated reports -> the shipped decision model (``kg train``), and its cross-validation."""
