"""One actor, one name in a fact: the names the actor finder linked as one actor (an acronym
and its long form, "NSC" and "National Security Council"; an organisation's short form,
"Amnesty"; another spelling it resolved) count as one anchor when facts are matched across
sources (facts.py), however each outlet names it.

States are left out: factwords.py already reads every name and demonym of a state as one
("U.S.", "American", "United States"), and a descriptor naming only its state ("U.S. military")
would make every sentence naming the state name that body too.

Each sentence's names are looked up by one key of each linked name (an index), never
compared with every name of the brief.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefsmith.engines.extractive.factwords import Signature, signature
from briefsmith.model import Actor


def _keys(name: str) -> frozenset[str]:
    return frozenset(k for k in signature(name).names if k[0] != "$")


class Linker:
    def __init__(self, actors: Sequence[Actor] = ()):
        # key -> (the keys of one name of an actor, that actor's anchor)
        self._index: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        for n, actor in enumerate(actors):
            if actor.kind == "state":
                continue
            own = _keys(actor.name)
            # Only names sharing no word with its own ("NSC", another spelling): a surname or a
            # short form ("Lippert", "Amnesty") already meets the full name on that word.
            other = {keys for keys in map(_keys, actor.aliases) if keys and not keys & own}
            if not own or not other:
                continue
            for keys in (own, *sorted(other, key=sorted)):
                self._index[min(keys)].append((keys, f"={n}"))

    def link(self, sig: Signature) -> Signature:
        """The signature with an anchor for each linked actor it names. A one-word name ("NSC")
        stands for that anchor (it goes on it, as the words of a name go on its first); the
        anchor goes on a name of several words ("National Security Council")."""
        if not self._index:
            return sig
        names, joined = set(sig.names), set(sig.joined)
        for key in sig.names:
            for keys, anchor in self._index.get(key, ()):
                if keys <= sig.names:
                    names.add(anchor)
                    joined.update(keys if len(keys) == 1 else (anchor,))
        if len(names) == len(sig.names):
            return sig
        return replace(sig, names=frozenset(names), joined=frozenset(joined))
