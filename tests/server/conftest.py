# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures for tests that talk to the real Mattermost server started by `make server`."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import importlib
import json
import os
import socket
import subprocess
import sys
import time
import types
import urllib.request
import uuid

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The server the tests talk to: MATTERMOST_INTEGRATION_CONFIG names its integration_config.NAME.yml
# (a test lane per server), else the newest server's, written by `make server`.
CONFIG = (os.environ.get("MATTERMOST_INTEGRATION_CONFIG")
          or os.path.join(REPO, "tests", "integration", "integration_config.yml"))

# The driver is imported from the working tree, the way people use it on its own.
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

# What imports the collection by its name (the modules' code, the event source) needs this checkout
# to be ansible_collections.chatops.mattermost.
try:
    importlib.import_module("ansible_collections.chatops.mattermost.plugins")
except ImportError:
    for _name, _path in (("ansible_collections", []), ("ansible_collections.chatops", []),
                         ("ansible_collections.chatops.mattermost", [REPO])):
        _module = sys.modules.setdefault(_name, types.ModuleType(_name))
        _module.__path__ = list(getattr(_module, "__path__", [])) + _path

# Or, run by tests/utils/installed_driver.py, the installed package under both names.
if os.environ.get("CHATOPS_DRIVER_INSTALLED"):
    sys.path.insert(0, os.path.join(REPO, "tests", "utils"))
    import installed_driver  # noqa: E402  pylint: disable=wrong-import-position
    installed_driver.alias("driver", "ansible_collections.chatops.mattermost.plugins.module_utils.driver")

from driver import Driver  # noqa: E402  pylint: disable=wrong-import-position

MEMBER_PASSWORD = "Server-Tests-1!"


@pytest.fixture(scope="session")
def server():
    """Connection settings written by scripts/bootstrap_server.yml (JSON, which is YAML)."""
    if not os.path.exists(CONFIG):
        pytest.fail("no %s: run `make server` first" % CONFIG)
    with open(CONFIG) as handle:
        return json.load(handle)


def server_name(server):
    """The tested server's name in scripts/server.sh (newest, oldest)."""
    return server.get("mattermost_server_name", "newest")


@pytest.fixture
def admin(server):
    """The driver logged in as the server's admin."""
    driver = Driver({"url": server["mattermost_url"], "token": server["mattermost_token"]})
    driver.login()
    yield driver
    driver.close()


@pytest.fixture
def place(server, admin, unique):
    """A team, its channel and a plain user who is a member of both, logged in: .team, .channel, .member
    (a driver). All deleted for good afterwards."""
    name = "place-" + unique
    team = admin.teams.create_team(options={"name": name, "display_name": name, "type": "O"})
    user = admin.users.create_user(options={"username": name, "email": name + "@example.com",
                                            "password": MEMBER_PASSWORD})
    try:
        channel = admin.channels.create_channel(options={"team_id": team["id"], "name": name, "display_name": name,
                                                         "type": "O"})
        admin.teams.add_team_member(team["id"], options={"team_id": team["id"], "user_id": user["id"]})
        admin.channels.add_channel_member(channel["id"], options={"user_id": user["id"]})
        member = Driver({"url": server["mattermost_url"], "login_id": name, "password": MEMBER_PASSWORD})
        member.login()
        yield types.SimpleNamespace(team=team, channel=channel, member=member)
        member.close()
    finally:
        admin.teams.soft_delete_team(team["id"], params={"permanent": "true"})
        admin.users.delete_user(user["id"], params={"permanent": "true"})


@pytest.fixture
def unique():
    """A short unique suffix for names, so tests never collide with earlier runs' objects."""
    return uuid.uuid4().hex[:10]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _second_server(server, tmp_path_factory, purpose, settings):
    """A second process of the tested server on the same database, with these settings over
    `scripts/server.sh env` (which trusts the test CA, see test_ca there): a generator yielding its URL."""
    script = os.path.join(REPO, "scripts", "server.sh")
    name = server_name(server)
    build_dir = subprocess.run(["bash", script, "build-dir", name], check=True, capture_output=True,
                               text=True).stdout.strip()
    server_env = subprocess.run(["bash", script, "env", name], check=True, capture_output=True, text=True).stdout
    environment = dict(os.environ)
    environment.update(line.split("=", 1) for line in server_env.splitlines() if "=" in line)
    state = tmp_path_factory.mktemp(purpose)
    port = _free_port()
    url = "http://127.0.0.1:%d" % port
    environment.update({
        "MM_CONFIG": str(state / "config.json"),
        "MM_SERVICESETTINGS_LISTENADDRESS": "127.0.0.1:%d" % port,
        "MM_SERVICESETTINGS_SITEURL": url,
        "MM_SERVICESETTINGS_ENABLELOCALMODE": "false",
        "MM_LOGSETTINGS_FILELOCATION": str(state) + "/",
    })
    environment.update(settings)
    with open(state / "stdout.log", "wb") as log:
        process = subprocess.Popen([os.path.join(build_dir, "bin", "mattermost"), "server"], cwd=build_dir,
                                   env=environment, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url + "/api/v4/system/ping", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the %s server did not start; see %s" % (purpose, state))
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def rate_limited_server(server, tmp_path_factory):
    """A second server process on the same database, with rate limiting on (5 requests a second,
    bursts of 5), so that the driver meets real 429 answers. Yields its URL."""
    yield from _second_server(server, tmp_path_factory, "rate-limited", {
        "MM_RATELIMITSETTINGS_ENABLE": "true",
        "MM_RATELIMITSETTINGS_PERSEC": "5",
        "MM_RATELIMITSETTINGS_MAXBURST": "5",
    })


@pytest.fixture(scope="session")
def tls_trusting_server(server, tmp_path_factory):
    """A second server process on the same database that trusts the test CA (whatever the environment the
    shared server was started in), to call a slash command over HTTPS. Yields its URL and the CA's files."""
    ca_dir = os.path.join(server["mattermost_cache"], "test-ca")
    for url in _second_server(server, tmp_path_factory, "tls-trusting", {}):
        yield types.SimpleNamespace(url=url, ca_cert=os.path.join(ca_dir, "ca.crt"),
                                    ca_key=os.path.join(ca_dir, "ca.key"))
