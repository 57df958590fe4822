"""``python -m pactwatch`` is the ``pactwatch`` command."""
from .cli import main

main()
