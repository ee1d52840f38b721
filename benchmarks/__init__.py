"""Benchmarks of the library against public data sets (the data stays outside the repository)."""
