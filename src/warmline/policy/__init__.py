"""Deciding, for each customer message: automation answers, clarifies, offers a person or hands off."""
