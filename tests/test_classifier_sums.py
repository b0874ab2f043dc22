"""The classifier's unrolled sums (five and two classes) are the very floats of the plain
loop they replaced: a last-bit difference could move a sentence to another section."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.engines.extractive.classifier import _sums

FLOATS = st.floats(min_value=-50, max_value=50, allow_nan=False)


def plain(weights: dict[str, tuple[float, ...]], feats: dict[str, float], k: int) -> list[float]:
    z = [0.0] * k
    for name, value in feats.items():
        w = weights.get(name)
        if w is not None:
            for c in range(k):
                z[c] += w[c] * value
    return z


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([2, 3, 5]), st.data())
def test_the_same_sums_as_the_plain_loop(k: int, data: st.DataObject) -> None:
    names = data.draw(st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=10))
    weights = {n: tuple(data.draw(st.lists(FLOATS, min_size=k, max_size=k))) for n in names[::2]}
    feats = {n: data.draw(FLOATS) for n in names}
    got = _sums(weights, feats, k)
    assert got == plain(weights, feats, k)
    assert [str(x) for x in got] == [str(x) for x in plain(weights, feats, k)]  # -0.0 too
