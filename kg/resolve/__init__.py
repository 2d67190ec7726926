"""Stage 5, resolve: mentions of one report -> canonical entities, the report context, stable IRIs."""
