"""Benchmarks, one module per figure set; run with ``python -m scripts.bench WHAT``."""
