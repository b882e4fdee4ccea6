"""Generic helpers shared by every domain; this package imports no domain."""
