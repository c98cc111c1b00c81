"""Language pipelines: text in, tokens, morphology, syntax, entities, dates and quantities out."""
