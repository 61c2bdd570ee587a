"""Credentials as ``httpx.Auth`` flows: API key (and key file), username/password JWT, static bearer token."""

from immport.auth.api_key import ApiKeyAuth, ApiKeyExpiryWarning
from immport.auth.base import CredentialAuth
from immport.auth.password import PasswordAuth
from immport.auth.resolve import resolve_auth
from immport.auth.token import BearerTokenAuth

__all__ = [
    "ApiKeyAuth",
    "ApiKeyExpiryWarning",
    "BearerTokenAuth",
    "CredentialAuth",
    "PasswordAuth",
    "resolve_auth",
]
