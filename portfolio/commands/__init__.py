"""One module per `portfolio` subcommand; each exposes ``register(subparsers)``."""
