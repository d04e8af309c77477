"""Errors a user can cause. The CLI turns each into one line and exit 2."""
from __future__ import annotations


class PolicydiffError(Exception):
    """A problem with the user's input: names the file and the fix."""

    def __init__(self, source: str, problem: str, fix: str = ""):
        self.source = source
        self.problem = problem
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        from .i18n import _

        line = _("{source}: {problem}").format(source=self.source, problem=self.problem)
        return _("{message}; {fix}").format(message=line, fix=self.fix) if self.fix else line
