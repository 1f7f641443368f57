"""Real-browser tests of the built site."""
