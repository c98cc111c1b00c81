"""Concord: news reports in, a source-linked record of claims out."""

__version__ = "0.1.0"
