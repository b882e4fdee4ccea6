"""Deciding, for each customer message, whether automation answers, clarifies, offers a person or hands off."""
