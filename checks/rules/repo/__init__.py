"""Rules about the repo."""
