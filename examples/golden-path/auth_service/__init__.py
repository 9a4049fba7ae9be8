"""Authentication service: users, passwords, permissions."""
