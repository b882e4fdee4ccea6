"""The actions behind the policy's `automate`: knowledge answers and multi-turn skills."""
