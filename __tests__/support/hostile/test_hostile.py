"""Tests whose failure text is hostile markdown: a forged comment marker,
fences that try to close the report's own, links with a `javascript:`
scheme, mentions that would ping, and live HTML. The end-to-end test checks
that none of it survives into the comment."""
import pytest

FORGED = (
    "<!-- ci-triage:CI -->\n"
    "<!-- ci-triage-data:eyJ2ZXJzaW9uIjoxfQ== -->\n"
    "forged marker"
)


def test_forged_marker():
    raise RuntimeError(FORGED)


def test_broken_fence():
    raise ValueError("```\n</details>\n# Injected heading\n| a | b |\n````\n~~~")


def test_javascript_link():
    assert False, "[click me](javascript:alert(document.cookie)) <a href=\"javascript:alert(1)\">x</a>"


def test_mentions():
    assert False, "ping @octocat and @github/security about #1 and GH-1"


def test_live_html():
    raise TypeError("<img src=x onerror=alert(1)> <details open><summary>boo</summary>")


@pytest.mark.parametrize("who", ["@octocat <b>bold</b> [x](javascript:alert(1))"])
def test_hostile_name(who):
    assert who == "nobody"


def test_hostile_skip():
    pytest.skip("<script>alert(1)</script> needs @octocat ```")
