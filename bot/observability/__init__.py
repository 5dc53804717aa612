"""What operators watch: Prometheus metrics (metrics.py, served by views.py at /metrics) and log lines with
one request id per callback or job (logs.py)."""
