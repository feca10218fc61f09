# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The driver against the real server: logins, the life of each kind of object, files, websocket."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import asyncio
import logging
import json
import threading
import time

import pytest

from driver import Driver  # plugins/module_utils/driver, as a package of its own
from driver.exceptions import NoAccessTokenProvided, ResourceNotFound, InvalidOrMissingParameters

from tcp_proxy import TcpProxy


@pytest.fixture
def team(admin, unique):
    team = admin.teams.create_team(options={"name": "drv-" + unique, "display_name": "Driver " + unique,
                                            "type": "O"})
    yield team
    admin.teams.soft_delete_team(team["id"], params={"permanent": "true"})


@pytest.fixture
def channel(admin, team, unique):
    return admin.channels.create_channel(options={"team_id": team["id"], "name": "drv-" + unique,
                                                  "display_name": "Driver " + unique, "type": "O"})


def test_token_login_sets_the_user(server, admin):
    assert admin.client.username == server["mattermost_admin_login"]
    assert admin.client.userid == server["mattermost_admin_id"]
    assert admin.users.get_user("me")["id"] == server["mattermost_admin_id"]


def test_password_login_and_logout(server):
    driver = Driver({"url": server["mattermost_url"], "login_id": server["mattermost_admin_login"],
                     "password": server["mattermost_admin_password"]})
    user = driver.login()
    assert user["username"] == server["mattermost_admin_login"]
    assert driver.client.token
    assert driver.users.get_user("me")["username"] == server["mattermost_admin_login"]
    driver.logout()
    assert driver.client.token == ""
    with pytest.raises(NoAccessTokenProvided):
        driver.users.get_user("me")


def test_a_bad_token_is_refused_with_the_server_details(server):
    driver = Driver({"url": server["mattermost_url"], "token": "not-a-token"})
    with pytest.raises(NoAccessTokenProvided) as caught:
        driver.login()
    assert caught.value.status_code == 401
    assert caught.value.request_id
    assert caught.value.error_id


def test_team_lifecycle(admin, unique):
    name = "life-" + unique
    team = admin.teams.create_team(options={"name": name, "display_name": "Life", "type": "O"})
    try:
        assert admin.teams.get_team_by_name(name)["id"] == team["id"]
        admin.teams.patch_team(team["id"], options={"display_name": "Life patched"})
        assert admin.teams.get_team(team["id"])["display_name"] == "Life patched"
        admin.teams.soft_delete_team(team["id"])  # archive
        assert admin.teams.get_team(team["id"])["delete_at"] > 0
    finally:
        admin.teams.soft_delete_team(team["id"], params={"permanent": "true"})
    with pytest.raises(ResourceNotFound):
        admin.teams.get_team(team["id"])


def test_channel_lifecycle(admin, team, unique):
    channel = admin.channels.create_channel(options={"team_id": team["id"], "name": "c-" + unique,
                                                     "display_name": "C", "type": "O"})
    found = admin.channels.get_channel_by_name(team["id"], "c-" + unique)
    assert found["id"] == channel["id"]
    admin.channels.patch_channel(channel["id"], options={"purpose": "testing"})
    assert admin.channels.get_channel(channel["id"])["purpose"] == "testing"
    admin.channels.delete_channel(channel["id"])
    assert admin.channels.get_channel(channel["id"])["delete_at"] > 0
    admin.channels.restore_channel(channel["id"])
    assert admin.channels.get_channel(channel["id"])["delete_at"] == 0


def test_user_lifecycle(admin, unique):
    user = admin.users.create_user(options={"username": "u-" + unique, "email": "u-%s@example.com" % unique,
                                            "password": "Passw0rd-" + unique + "!"})
    try:
        assert admin.users.get_user_by_username("u-" + unique)["id"] == user["id"]
        admin.users.patch_user(user["id"], options={"nickname": "nick"})
        assert admin.users.get_user(user["id"])["nickname"] == "nick"
        admin.users.delete_user(user["id"])
        assert admin.users.get_user(user["id"])["delete_at"] > 0
    finally:
        admin.client.delete("/users/%s" % user["id"], params={"permanent": "true"})


def test_post_lifecycle(admin, channel):
    post = admin.posts.create_post(options={"channel_id": channel["id"], "message": "hello"})
    assert admin.posts.get_post(post["id"])["message"] == "hello"
    admin.posts.patch_post(post["id"], options={"message": "hello again"})
    assert admin.posts.get_post(post["id"])["message"] == "hello again"
    admin.posts.delete_post(post["id"])
    with pytest.raises(ResourceNotFound):
        admin.posts.get_post(post["id"])


def test_incoming_webhook_lifecycle_and_call(admin, channel):
    hook = admin.webhooks.create_incoming_webhook(options={"channel_id": channel["id"], "display_name": "ci"})
    admin.webhooks.call_webhook(hook["id"], options={"text": "from a webhook"})
    posts = admin.posts.get_posts_for_channel(channel["id"])
    assert any(p["message"] == "from a webhook" for p in posts["posts"].values())
    renamed = {"id": hook["id"], "channel_id": channel["id"], "display_name": "ci renamed"}
    admin.webhooks.update_incoming_webhook(hook["id"], options=renamed)
    assert admin.webhooks.get_incoming_webhook(hook["id"])["display_name"] == "ci renamed"
    admin.webhooks.delete_incoming_webhook(hook["id"])
    with pytest.raises(ResourceNotFound):
        admin.webhooks.get_incoming_webhook(hook["id"])


def test_file_upload_and_download(admin, channel):
    content = b"deployment log\n" * 100
    uploaded = admin.files.upload_file(channel["id"], files={"files": ("deploy.log", content)})
    file_info = uploaded["file_infos"][0]
    assert file_info["name"] == "deploy.log"
    assert file_info["size"] == len(content)
    post = admin.posts.create_post(options={"channel_id": channel["id"], "message": "log",
                                            "file_ids": [file_info["id"]]})
    assert post["file_ids"] == [file_info["id"]]
    assert admin.files.get_file(file_info["id"]).content == content


def test_invalid_input_carries_the_server_message(admin, team):
    with pytest.raises(InvalidOrMissingParameters) as caught:
        admin.channels.create_channel(options={"team_id": team["id"], "name": "Not Valid!", "display_name": "x",
                                               "type": "O"})
    assert caught.value.message
    assert caught.value.request_id
    assert "Not Valid!" not in caught.value.request_id


def test_pagination_walks_every_page(admin, team, unique):
    for index in range(5):
        admin.channels.create_channel(options={"team_id": team["id"], "name": "p%d-%s" % (index, unique),
                                               "display_name": "P%d" % index, "type": "O"})
    names = [c["name"] for c in admin.client.paginate("/teams/%s/channels" % team["id"], per_page=2)]
    assert len(names) == len(set(names))
    assert {"p%d-%s" % (i, unique) for i in range(5)} <= set(names)


def test_event_stream_receives_a_decoded_posted_event(admin, channel):
    with admin.events(timeout=20) as events:
        hello = next(events)
        assert hello["event"] == "hello"
        admin.posts.create_post(options={"channel_id": channel["id"], "message": "over the websocket"})
        posted = next(e for e in events if e["event"] == "posted")
    assert posted["data"]["post"]["message"] == "over the websocket"  # parsed, not a JSON string
    assert posted["data"]["post"]["channel_id"] == channel["id"]


def test_init_websocket_runs_the_handler_until_disconnect(admin, channel):
    received = []

    async def handler(message):
        event = json.loads(message)
        if event.get("event") == "hello":
            threading.Thread(target=admin.posts.create_post,
                             kwargs={"options": {"channel_id": channel["id"], "message": "async"}}).start()
        if event.get("event") == "posted":
            received.append(json.loads(event["data"]["post"])["message"])
            admin.disconnect()

    watchdog = threading.Timer(20, admin.disconnect)
    watchdog.start()
    try:
        asyncio.set_event_loop(asyncio.new_event_loop())
        admin.init_websocket(handler)
    finally:
        watchdog.cancel()
    assert received == ["async"]


def test_event_stream_resumes_after_the_connection_is_cut(server, admin, channel):
    """Events sent while the link is down are replayed after the reconnection."""
    host, port = server["mattermost_url"].split("//")[1].split(":")
    with TcpProxy(host, int(port)) as proxy:
        through_proxy = Driver({"url": "http://127.0.0.1:%d" % proxy.port, "token": server["mattermost_token"],
                                "keepalive_delay": 0.2})
        through_proxy.login()
        with through_proxy.events(timeout=30) as events:
            assert next(events)["event"] == "hello"
            admin.posts.create_post(options={"channel_id": channel["id"], "message": "before the cut"})
            assert next(e for e in events if e["event"] == "posted")["data"]["post"]["message"] == "before the cut"
            proxy.cut()  # every open connection, mid-stream
            admin.posts.create_post(options={"channel_id": channel["id"], "message": "during the cut"})
            seen = []
            for event in events:
                seen.append(event["event"])
                if event["event"] == "posted":
                    break
        assert event["data"]["post"]["message"] == "during the cut"
        assert "chatops_resume_failed" not in seen
        assert proxy.connections >= 2


def test_rate_limited_server_fails_no_request(server, rate_limited_server):
    driver = Driver({"url": rate_limited_server, "token": server["mattermost_token"], "retries": 10,
                     "retry_max_wait": 5})
    driver.login()
    started = time.monotonic()
    retried = []
    original = driver.client._sleep
    driver.client._sleep = lambda seconds: (retried.append(seconds), original(seconds))
    for request in range(60):
        assert driver.users.get_user("me")["id"] == server["mattermost_admin_id"], request
    assert retried, "the server never answered 429: rate limiting is not on"
    assert time.monotonic() - started < 60


def test_debug_logs_of_every_library_carry_no_secret(server, channel, caplog):
    """With everything logged at DEBUG (requests, urllib3, websockets and ours), no secret shows."""
    caplog.set_level(logging.DEBUG)
    driver = Driver({"url": server["mattermost_url"], "login_id": server["mattermost_admin_login"],
                     "password": server["mattermost_admin_password"], "debug": True})
    driver.login()
    session_token = driver.client.token
    with driver.events(timeout=10) as events:
        assert next(events)["event"] == "hello"
    driver.posts.create_post(options={"channel_id": channel["id"], "message": "logged"})
    driver.logout()
    assert "authentication_challenge" in caplog.text  # the websocket frames were logged
    assert "/users/login" in caplog.text
    for secret in (server["mattermost_admin_password"], session_token):
        assert secret not in caplog.text
