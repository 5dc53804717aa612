"""The nurture-sequence engine (DESIGN §4, §5.1): enrol, tick, preview. Content in bot/content/sequences.py,
state in bot/store/enrolments.py; steps leave as ordinary deliveries through bot/channels."""
