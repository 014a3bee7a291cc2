"""One exception family; ``cli`` maps it to exit code 2 with one line ``path[:line]: problem``."""

from __future__ import annotations


class ConsistencyError(Exception):
    """Base of every error a user can fix (bad input, bad rules, bad options)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def one_line(self) -> str:
        return " ".join(self.message.split())


class InputError(ConsistencyError):
    """An input file that cannot be read as an article (or a feed of them)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line

    def one_line(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {' '.join(self.message.split())}"


class RuleError(ConsistencyError):
    """A rule pack file that is malformed or names something unknown."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column

    def one_line(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: {' '.join(self.message.split())}"


class ConfigError(ConsistencyError):
    """A bad option or combination of options."""
