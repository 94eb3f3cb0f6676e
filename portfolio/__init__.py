"""portfolio-kit: audit a GitHub profile and publish a portfolio site from the same snapshot."""

__version__ = "0.1.0"
