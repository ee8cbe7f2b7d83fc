"""`python -m annotate.tui`: the same command as `annotate tui`."""

from annotate.cli.tui import tui_cmd

if __name__ == "__main__":
    tui_cmd(prog_name="annotate tui")
