"""The Redis data model. Key names come only from `bot.store.keys`."""
