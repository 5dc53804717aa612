"""The managers' surfaces: the dashboard under /admin (views.py), its reads and actions as plain functions
(reads.py, actions.py), and the sign-in seam to the token store (auth.py). docs/dashboard.md."""
