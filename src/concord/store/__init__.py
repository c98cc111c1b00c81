"""SQL storage through SQLAlchemy: SQLite by default, PostgreSQL unchanged."""
