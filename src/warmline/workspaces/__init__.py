"""Workspaces (tenants), their teams and users."""
