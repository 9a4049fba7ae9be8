"""5,000 failing tests, each with its own root cause: distinct missing
modules, helpers, environment variables, assertions and errors, named by
word pairs (numbers are masked when failures are grouped, words are not).
The input of the end-to-end test that renders a comment within GitHub's
size limit."""
import os

import pytest

ADJECTIVES = """
amber ancient arctic autumn azure bitter black blazing bold brave bright
brisk bronze calm candid crystal chilly cobalt copper coral cosmic crimson
crisp curly daring dawn deep dusky eager early electric emerald fading
fancy fierce floral foggy frosty gentle giant gilded glacial golden grand
granite green hazy hidden hollow humble icy indigo ivory jade jolly
keen lively lone lucky lunar misty modest mossy muddy noble olive opal quiet rapid
rustic silent silver
""".split()

NOUNS = """
anchor badger beacon bison bramble breeze brook canyon cedar cliff comet
coyote crane dune eagle ember falcon fern fjord forest fox galaxy garnet
glade glen harbor hawk heron hill iris island jaguar kestrel lagoon lake
lantern lark ledger lynx maple marsh meadow mesa moose nebula oak orchid
osprey otter owl panther pebble pine plateau prairie quail quarry raven
reef ridge river robin sparrow spruce summit thicket
tundra valley walrus willow
""".split()

CASES = range(5000)


class LedgerHelpers:
    """Test helpers the generated tests look for and do not find."""


def words(case):
    return ADJECTIVES[case % len(ADJECTIVES)], NOUNS[case // len(ADJECTIVES)]


@pytest.mark.parametrize("case", CASES, ids=[f"case{i:04d}" for i in CASES])
def test_distinct_failure(case):
    adjective, noun = words(case)
    kind = case % 5
    if kind == 0:
        __import__(f"pkg_{adjective}_{noun}")
    elif kind == 1:
        getattr(LedgerHelpers(), f"{adjective}_{noun}")
    elif kind == 2:
        os.environ[f"{adjective.upper()}_{noun.upper()}_URL"]
    elif kind == 3:
        assert f"{adjective} {noun}" == "expected value"
    else:
        raise ValueError(f"unknown colour {adjective} for {noun}")
