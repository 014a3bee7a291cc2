"""consistency: where outlets reporting the same event agree and disagree on dates, figures and sources."""

__version__ = "0.1.0"
