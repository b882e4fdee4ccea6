"""Who is calling: API tokens, passwords and roles."""
