"""Everything that talks to GitHub: the HTTP policy (client) and the endpoints (fetch)."""
