"""Benchmarks: seeded data generators, scorers and baseline runners (see bench/RESULTS.md)."""
