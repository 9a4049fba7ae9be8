"""In-memory user registry used by the HTTP layer."""
from dataclasses import dataclass, field
from itertools import count

from auth_service.auth_core.passwords import hash_password, verify_password

_ids = count(1)


@dataclass
class User:
    email: str
    password_hash: str
    roles: list[str] = field(default_factory=lambda: ["viewer"])
    id: int = field(default_factory=lambda: next(_ids))


class UserRegistry:
    def __init__(self) -> None:
        self._by_email: dict[str, User] = {}

    def register(self, email: str, password: str, roles: list[str] | None = None) -> User:
        if email in self._by_email:
            raise ValueError(f"user {email} already exists")
        user = User(email=email, password_hash=hash_password(password), roles=roles or ["viewer"])
        self._by_email[email] = user
        return user

    def authenticate(self, email: str, password: str) -> User | None:
        user = self._by_email.get(email)
        if user is None or not verify_password(password, user.password_hash):
            return None
        return user
