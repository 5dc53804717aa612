"""Brand campaigns: a segment, one message each through the routes WeChat allows, progress and reports.

plan.py decides each member (pure: send by which route, a WeCom mass task, later, or skipped and why);
service.py is what the CLI and the admin API call (plain data in, plain data out); mass.py creates and
follows WeCom mass-send tasks; the fan-out itself runs in jobs/campaigns.py on the bulk queue.
"""
