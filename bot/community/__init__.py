"""The community room (DESIGN §2): the activity log, leader scores and tags, referral codes and edges, tone
stats (docs/leaders.md); group tutorial drops and acquisition channels (docs/groups.md)."""
