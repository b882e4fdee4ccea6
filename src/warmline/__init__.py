"""Warmline: customer conversations; automation handles the routine, people the moments that matter."""

__version__ = "0.1.0"
