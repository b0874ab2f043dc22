"""Article records: one reader per input type (placeholder until the readers land)."""
