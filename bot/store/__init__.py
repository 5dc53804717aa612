"""The Redis data model: members, ledgers, budgets, events, content versions. Key names come only from
`bot.store.keys`, each with its type, owner and TTL. It stores values (bot/member.py, bot/outbound.py);
it never decides what to send or calls WeChat."""
