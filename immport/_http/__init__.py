"""The HTTP core shared by the sync and async clients: retry policy, transports, error mapping, redaction."""
