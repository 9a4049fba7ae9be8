"""Role-based permissions."""

ROLE_PERMISSIONS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "manage_users"},
}


def permissions_for(roles: list[str]) -> set[str]:
    granted: set[str] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(role, set())
    return granted


def can(roles: list[str], permission: str) -> bool:
    return permission in permissions_for(roles)
