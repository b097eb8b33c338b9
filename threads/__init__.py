"""Thread parsing, reply trees and the argument graph.

Plain Python on dataclasses: nothing here imports Flask or the ORM, so the same code serves the
web app, the CLI, notebooks and benchmarks.
"""
