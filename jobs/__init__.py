"""RQ jobs, one module per verb (deliver, kf), the worker, and the one JobServices per process (context).

Jobs are thin: load, call the core, record. Routes, content and handler logic live in bot/ and handlers/.
"""
