"""Helpers the tests and the scripts share (scripts put the repository's root on sys.path)."""
