"""The community room (DESIGN §2): the activity log, leader scores and tags, referral codes and edges, tone
stats. docs/leaders.md is the design."""
