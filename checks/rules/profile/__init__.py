"""Rules about the profile."""
