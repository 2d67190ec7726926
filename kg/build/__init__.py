"""Stage 7, build: reports in batches over an executor, the per-report cache, the exports, push to other stores."""
