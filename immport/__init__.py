"""Typed Python client for ImmPort, NIAID's immunology data repository."""

__version__ = "0.1.0"

__all__ = ["__version__"]
