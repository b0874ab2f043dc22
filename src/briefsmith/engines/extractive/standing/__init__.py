"""Points that stand alone (DESIGN.md "Points that stand alone").

A point is one source sentence, shown alone as a bullet. What it leans on is found
(needs.py: pronouns.py, descriptions.py), resolved as an editor quoting it would, with
words of the article in square brackets or the sentence before quoted with it
(resolve.py, referents.py, timeref.py), and written out with a record of every
bracket (editorial.py). A sentence that cannot be made to stand alone is not used.
"""

from briefsmith.engines.extractive.standing.editorial import Editor

__all__ = ["Editor"]
