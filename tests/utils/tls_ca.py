# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A certificate authority for tests, and server certificates it signs (PEM files), with `cryptography`
(a dependency of ansible-core). Nothing here is trusted by anything but the tests that hand it out."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import datetime
import ipaddress
import os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DAY = datetime.timedelta(days=1)


def _key():
    return ec.generate_private_key(ec.SECP256R1())


def _write(path, data, mode=0o644):
    with open(path, 'wb') as handle:
        handle.write(data)
    os.chmod(path, mode)
    return path


def _pem_key(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_ca(directory, name='chatops.mattermost test CA'):
    """Write ca.crt and ca.key into `directory` (made if missing); their paths."""
    os.makedirs(directory, exist_ok=True)
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - DAY).not_valid_after(now + 3650 * DAY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return (_write(os.path.join(directory, 'ca.crt'), cert.public_bytes(serialization.Encoding.PEM)),
            _write(os.path.join(directory, 'ca.key'), _pem_key(key), 0o600))


def issue_cert(ca_cert_path, ca_key_path, directory, name='listener', hosts=('127.0.0.1', 'localhost'), client=False):
    """Write <name>.crt and <name>.key, a server (or `client`) certificate for `hosts` signed by the CA; their
    paths."""
    with open(ca_cert_path, 'rb') as handle:
        ca_cert = x509.load_pem_x509_certificate(handle.read())
    with open(ca_key_path, 'rb') as handle:
        ca_key = serialization.load_pem_private_key(handle.read(), None)
    key = _key()
    names = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - DAY).not_valid_after(now + 30 * DAY)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            # Python 3.13 verifies strictly (VERIFY_X509_STRICT): a certificate names the key that signed it.
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.ExtendedKeyUsage([
                x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH if client else x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return (_write(os.path.join(directory, name + '.crt'), cert.public_bytes(serialization.Encoding.PEM)),
            _write(os.path.join(directory, name + '.key'), _pem_key(key), 0o600))
