"""Segments: expressions over tags and member attributes, evaluated with Redis bitmap operations."""
