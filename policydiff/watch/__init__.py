"""Subscriptions: watch sources for new versions, digest what changed, deliver it.

    sources (TOML) → watch (claims, fetches) → store (SQLite or PostgreSQL) → digest → HTML e-mail,
    Markdown, Atom feed, one report per change → deliver (Apprise: e-mail, 企业微信, 钉钉, webhooks)
"""
from .digest import digest
from .sources import Channel, Sources, Subscription, load_sources, read_sources
from .store import Store, default_path
from .watcher import watch

__all__ = ["Channel", "Sources", "Store", "Subscription", "default_path", "digest", "load_sources", "read_sources",
           "watch"]
