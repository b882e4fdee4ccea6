"""The customer widget: visitor sessions, signed identities, and what the widget may see."""
