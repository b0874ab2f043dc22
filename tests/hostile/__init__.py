"""The hostile suite: Briefsmith tried as a hostile or careless user would (see kit.py)."""
