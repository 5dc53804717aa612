"""`python -m bot` is the `siyu` command."""

from bot.cli import main

main()
