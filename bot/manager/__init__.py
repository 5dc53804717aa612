"""What managers read and change, as plain functions over `Services` returning plain data (dicts, lists).

The admin API (bot/api/), the CLI (`siyu members ...`) and the dashboard call these, so all three show
the same thing. One module per family; none of them knows HTTP, click or templates.
"""
