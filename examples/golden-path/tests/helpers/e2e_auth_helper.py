"""Helpers shared by the end-to-end authentication tests."""
from auth_service.api.users import User, UserRegistry


class E2EAuthHelper:
    """Creates users and credentials against a fresh registry."""

    def __init__(self, registry: UserRegistry | None = None) -> None:
        self.registry = registry or UserRegistry()

    def create_test_user_with_auth(self, email: str, password: str = "s3cret-pass", roles: list[str] | None = None) -> User:
        return self.registry.register(email, password, roles)

    def create_admin_user(self, email: str = "admin@example.com") -> User:
        return self.create_test_user_with_auth(email, roles=["admin"])

    def login(self, email: str, password: str = "s3cret-pass") -> User | None:
        return self.registry.authenticate(email, password)
