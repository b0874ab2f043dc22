"""`python -m briefsmith` runs the CLI."""

from briefsmith.cli import main

if __name__ == "__main__":
    main()
