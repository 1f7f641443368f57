"""Why a run stops without a report (exit 2)."""


class UsageError(Exception):
    """The lint cannot do its job (exit 2); the message names what to fix."""


class RuleCrash(Exception):
    """A rule raised an unexpected exception (a bug in the lint; exit 2)."""
