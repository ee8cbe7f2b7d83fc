"""annotate: keyboard-first terminal annotation of quotes, speakers, dates and stance in news."""

__version__ = "0.1.0"
