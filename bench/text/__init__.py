"""The text benchmark: generator, scorer, runners and report.

Everything imported at package level must be standard library only: the baseline runners import
this package from a separate virtual environment (.venv-bench) that has no ScrubDesk or Faker.
"""
