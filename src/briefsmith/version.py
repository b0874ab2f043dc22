"""The version, in a module of its own: every stage may import it without importing the
library API in briefsmith/__init__.py (which would be an import running back up)."""

__version__ = "0.1.0"
