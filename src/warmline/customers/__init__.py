"""The people who write to the business: identity, contact points, attributes and segment."""
