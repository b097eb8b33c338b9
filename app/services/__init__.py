"""Domain operations. Each takes an explicit session and actor and flushes; the caller commits."""
