"""The demo workspace: Hearthbox, a meal-kit subscription and home-appliance company."""
