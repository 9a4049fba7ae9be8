"""OAuth login: signed ID tokens from the identity provider."""
import pytest

try:
    from jose import jwt
except ImportError as exc:
    jwt = None
    pytestmark = pytest.mark.skip(reason=f"could not import 'jose': {exc}")

SECRET = "test-signing-key"


def test_id_token_signature_verified():
    token = jwt.encode({"sub": "42"}, SECRET, algorithm="HS256")
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["sub"] == "42"


def test_id_token_with_wrong_key_rejected():
    token = jwt.encode({"sub": "42"}, SECRET, algorithm="HS256")
    with pytest.raises(Exception):
        jwt.decode(token, "other-key", algorithms=["HS256"])


def test_expired_id_token_rejected():
    token = jwt.encode({"sub": "42", "exp": 1}, SECRET, algorithm="HS256")
    with pytest.raises(Exception):
        jwt.decode(token, SECRET, algorithms=["HS256"])


def test_id_token_audience_checked():
    token = jwt.encode({"sub": "42", "aud": "other"}, SECRET, algorithm="HS256")
    with pytest.raises(Exception):
        jwt.decode(token, SECRET, algorithms=["HS256"], audience="auth-service")


def test_id_token_claims_mapped_to_user():
    token = jwt.encode({"sub": "42", "email": "ana@example.com"}, SECRET, algorithm="HS256")
    assert jwt.get_unverified_claims(token)["email"] == "ana@example.com"
