"""The web face of the store: REST API under /api and server-rendered pages."""
