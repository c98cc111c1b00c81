"""What every stage knows about names and words: morphology, name keys, person-name
comparison, the country gazetteer. A leaf: it imports nothing else from Concord, so any
stage may use it without pointing upstream."""
