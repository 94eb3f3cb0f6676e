"""Rules about the readme."""
