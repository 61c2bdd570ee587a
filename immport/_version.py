"""The package version: one leaf module, read by ``immport.__version__``, the User-Agent and the build."""

__version__ = "0.1.0"
