"""TLS material for tests: the suite's CA (made by installer/pg-throwaway.sh, which serves the
test cluster with a certificate it signs) and, for the refusals, other CAs and certificates made
here with ``cryptography``."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SUITE_TLS = object()  # "the suite's server certificate", as a default argument


def suite_tls_dir() -> Path:
    folder = os.environ.get("WINDOWDESK_TEST_PG_TLS")
    if not folder:
        pytest.fail(
            "WINDOWDESK_TEST_PG_TLS is not set: run the suite with `bash installer/test.sh`, "
            "which starts a throwaway PostgreSQL cluster with TLS"
        )
    return Path(folder)


def suite_ca_file() -> str:
    """The CA certificate a site gives at ``sync setup --ca`` to reach the test cluster."""
    return str(suite_tls_dir() / "ca.crt")


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    path.chmod(0o600)


def make_ca(folder: Path, common_name: str = "another CA") -> tuple[Path, Path]:
    """A new CA in ``folder``: (ca.crt, ca.key)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "ca.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, folder / "ca.key")
    return folder / "ca.crt", folder / "ca.key"


def make_server_cert(
    folder: Path, ca_folder: Path, names: tuple[str, ...] = ("127.0.0.1", "localhost")
) -> Path:
    """server.crt and server.key in ``folder``, for ``names``, signed by the CA in ``ca_folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = serialization.load_pem_private_key((ca_folder / "ca.key").read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate((ca_folder / "ca.crt").read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, folder / "server.key")
    return folder
