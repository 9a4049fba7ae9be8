"""Core domain objects. Session handling was moved out of this package."""
