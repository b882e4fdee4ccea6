"""Conversations, their messages, and the decisions taken about them."""
