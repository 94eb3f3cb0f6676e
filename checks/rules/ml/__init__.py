"""Rules about the ml."""
