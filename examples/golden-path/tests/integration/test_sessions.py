"""Session lifecycle: creation, expiry, revocation."""
import pytest

from tests.helpers.e2e_auth_helper import E2EAuthHelper

try:
    from auth_service.auth_core.core.session_manager import SessionManager
except ImportError as exc:
    SessionManager = None
    pytestmark = pytest.mark.skip(
        reason=f"could not import 'auth_service.auth_core.core.session_manager': {exc}"
    )


@pytest.fixture
def auth():
    return E2EAuthHelper()


@pytest.fixture
def sessions():
    return SessionManager(ttl_seconds=900)


def test_session_created_on_login(auth, sessions):
    user = auth.create_test_user_with_token(user_id=1)
    assert sessions.start(user).user_id == user.id


def test_session_expires_after_ttl(auth, sessions):
    user = auth.create_test_user_with_token(user_id=2)
    session = sessions.start(user)
    assert sessions.is_expired(session, now=session.started_at + 901)


def test_session_refresh_extends_expiry(auth, sessions):
    user = auth.create_test_user_with_token(user_id=3)
    session = sessions.start(user)
    assert sessions.refresh(session).expires_at > session.expires_at


def test_revoked_session_is_rejected(auth, sessions):
    user = auth.create_test_user_with_token(user_id=4)
    session = sessions.start(user)
    sessions.revoke(session)
    assert not sessions.is_valid(session)


def test_revoke_all_sessions_for_user(auth, sessions):
    user = auth.create_test_user_with_token(user_id=5)
    first, second = sessions.start(user), sessions.start(user)
    sessions.revoke_all(user)
    assert not sessions.is_valid(first) and not sessions.is_valid(second)


def test_sessions_are_isolated_between_users(auth, sessions):
    alice = auth.create_test_user_with_token(user_id=6)
    bob = auth.create_test_user_with_token(user_id=7)
    sessions.revoke_all(alice)
    assert sessions.is_valid(sessions.start(bob))


def test_concurrent_session_limit(auth, sessions):
    user = auth.create_test_user_with_token(user_id=8)
    for _ in range(5):
        sessions.start(user)
    with pytest.raises(RuntimeError):
        sessions.start(user)


def test_session_survives_password_check(auth, sessions):
    user = auth.create_test_user_with_token(user_id=9)
    assert sessions.start(user).user_id == user.id


def test_admin_can_list_sessions(auth, sessions):
    admin = auth.create_test_user_with_token(user_id=10)
    member = auth.create_test_user_with_token(user_id=11)
    sessions.start(member)
    assert len(sessions.list_for(admin, member)) == 1


def test_session_token_is_opaque(auth, sessions):
    user = auth.create_test_user_with_token(user_id=12)
    assert str(user.id) not in sessions.start(user).token
