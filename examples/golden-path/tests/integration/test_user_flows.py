"""User sign-up and login flows through the registry."""
import pytest

from auth_service.auth_core.core.permissions import can
from tests.helpers.e2e_auth_helper import E2EAuthHelper


@pytest.fixture
def auth():
    return E2EAuthHelper()


def test_register_and_login(auth):
    auth.create_test_user_with_auth("ana@example.com")
    assert auth.login("ana@example.com") is not None


def test_login_with_wrong_password_is_rejected(auth):
    auth.create_test_user_with_auth("ben@example.com")
    assert auth.login("ben@example.com", "wrong") is None


def test_admin_can_manage_users(auth):
    admin = auth.create_admin_user()
    assert can(admin.roles, "manage_users")


def test_new_user_gets_viewer_role(auth):
    user = auth.create_test_user_with_token(user_id=101)
    assert user.roles == ["viewer"]


def test_viewer_cannot_write(auth):
    user = auth.create_test_user_with_token(user_id=102)
    assert not can(user.roles, "write")
