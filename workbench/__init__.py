"""Analyst workbench for news about diplomacy: who appears, where, and who met whom."""

__version__ = "0.1.0"


def __getattr__(name):
    # `from workbench import load_tables` for notebooks, without importing pandas and DuckDB
    # whenever the package is imported.
    if name in ("load_tables", "extract"):
        from workbench import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
