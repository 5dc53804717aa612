"""Click tracking and conversions: links sent become `<public>/l/<code>` (shorten.py), the redirect counts the
click (views.py), the brand's shop or job system reports conversions, signed (conversions.py)."""
