# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The local server harness itself: it answers, its admin token works, its data survives a restart."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess

import requests

from conftest import REPO, server_name


def api(server, method, path, **kwargs):
    headers = {"Authorization": "Bearer " + server["mattermost_token"]}
    return requests.request(method, server["mattermost_url"] + "/api/v4" + path,
                            headers=headers, timeout=30, **kwargs)


def test_ping_answers(server):
    response = requests.get(server["mattermost_url"] + "/api/v4/system/ping",
                            params={"get_server_status": "true"}, timeout=10)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "OK"
    assert body["database_status"] == "OK"


def test_admin_token_is_a_system_admin(server):
    response = api(server, "GET", "/users/me")
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["username"] == server["mattermost_admin_login"]
    assert "system_admin" in me["roles"].split()


def test_server_settings_the_tests_rely_on(server):
    config = api(server, "GET", "/config").json()
    service = config["ServiceSettings"]
    assert service["EnableUserAccessTokens"] is True
    assert service["EnableBotAccountCreation"] is True
    assert service["EnableIncomingWebhooks"] is True
    assert service["EnableOutgoingWebhooks"] is True
    assert service["EnableAPITeamDeletion"] is True
    assert service["EnableAPIChannelDeletion"] is True
    assert service["EnableAPIUserDeletion"] is True
    assert service["EnablePostUsernameOverride"] is True
    assert config["TeamSettings"]["EnableOpenServer"] is True
    assert service["ListenAddress"].startswith("127.0.0.1:")


def test_restart_keeps_a_team(server, unique):
    name = "harness-" + unique
    created = api(server, "POST", "/teams", json={"name": name, "display_name": name, "type": "O"})
    assert created.status_code == 201, created.text
    team_id = created.json()["id"]
    try:
        subprocess.run(["bash", os.path.join(REPO, "scripts", "server.sh"), "restart", server_name(server)],
                       check=True, timeout=300)
        found = api(server, "GET", "/teams/name/" + name)
        assert found.status_code == 200, found.text
        assert found.json()["id"] == team_id
    finally:
        api(server, "DELETE", "/teams/" + team_id, params={"permanent": "true"})
