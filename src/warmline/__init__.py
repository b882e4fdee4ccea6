"""Warmline: customer conversations where automation handles the routine and people the moments that matter."""

__version__ = "0.1.0"
