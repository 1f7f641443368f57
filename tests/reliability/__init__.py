"""Reliability and safety tests: bad input, properties, valid and reproducible outputs."""
