"""Refresh-token rotation."""
import pytest

from tests.helpers.e2e_auth_helper import E2EAuthHelper

try:
    from auth_service.auth_core.tokens.refresh_store import RefreshStore
except ImportError as exc:
    RefreshStore = None
    pytestmark = pytest.mark.skip(
        reason=f"could not import 'auth_service.auth_core.tokens.refresh_store': {exc}"
    )


@pytest.fixture
def store():
    return RefreshStore()


def test_issue_refresh_token(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=21)
    assert store.issue(user).user_id == user.id


def test_refresh_token_rotates(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=22)
    first = store.issue(user)
    assert store.rotate(first).token != first.token


def test_reused_refresh_token_revokes_family(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=23)
    first = store.issue(user)
    store.rotate(first)
    with pytest.raises(PermissionError):
        store.rotate(first)


def test_refresh_token_expires(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=24)
    token = store.issue(user)
    assert store.is_expired(token, now=token.issued_at + 30 * 86400 + 1)


def test_refresh_token_bound_to_client(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=25)
    token = store.issue(user, client_id="web")
    with pytest.raises(PermissionError):
        store.rotate(token, client_id="mobile")


def test_logout_revokes_refresh_tokens(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=26)
    store.issue(user)
    store.revoke_user(user)
    assert store.active_for(user) == []


def test_refresh_store_counts_active_tokens(store):
    user = E2EAuthHelper().create_test_user_with_token(user_id=27)
    store.issue(user)
    store.issue(user)
    assert len(store.active_for(user)) == 2
