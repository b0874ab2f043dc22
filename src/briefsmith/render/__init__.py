"""Renderers: each reads the Briefing (the single truth) and returns bytes."""
