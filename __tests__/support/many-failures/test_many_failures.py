"""5,000 tests that fail, each with its own message: the input for the
end-to-end test that renders a comment within GitHub's size limit."""
import pytest

CASES = range(5000)


@pytest.mark.parametrize("case", CASES, ids=[f"case{i:04d}" for i in CASES])
def test_checksum_matches(case):
    expected = case * 7919 % 10007 + 10007
    assert case == expected, f"checksum of record {case} is {expected}, not {case}"
