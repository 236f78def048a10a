"""Benchmarks: each module is a script (`python -m bench.<name>`); see bench/README.md."""
