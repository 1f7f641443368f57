"""Analyses of the prose that several rules and the run's statistics share."""
