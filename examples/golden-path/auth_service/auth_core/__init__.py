"""Core authentication primitives."""
