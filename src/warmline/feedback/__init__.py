"""Feedback: CSAT, NPS, explicit signals and honest resolution accounting."""
