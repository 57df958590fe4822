"""pactwatch: evidence-linked extraction of defense and security cooperation from news.

Library code logs through ``logging.getLogger(__name__)``; only the CLI configures handlers.
"""
import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
