"""Designed-in human touchpoints: onboarding buddies, renewal reviews and risk check-ins."""
