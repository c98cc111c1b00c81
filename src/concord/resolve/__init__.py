"""Deciding what is the same thing: entities, events, facts, conflicts."""
