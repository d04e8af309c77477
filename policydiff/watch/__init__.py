"""Subscriptions: watch sources for new versions, and digest what changed.

    sources (TOML) → watch → store (SQLite) → digest → HTML e-mail, Markdown, Atom feed
"""
from .digest import digest
from .sources import Subscription, load_sources
from .store import Store, default_path
from .watcher import watch

__all__ = ["Store", "Subscription", "default_path", "digest", "load_sources", "watch"]
