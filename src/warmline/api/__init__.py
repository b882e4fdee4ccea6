"""HTTP plumbing shared by every domain's routes: request context, errors, limits."""
