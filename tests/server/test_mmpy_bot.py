# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""mmpy_bot 2.1.0 from the package index, unchanged, with the compatibility package in place of
mattermostdriver: its ExamplePlugin answers `@bot ping` over the websocket. mmpy_bot and its
dependencies but mattermostdriver go into a virtualenv of their own, cached outside the checkout."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import os
import subprocess
import sys
import sysconfig
import time

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE = os.environ.get("MATTERMOST_CACHE") or os.path.expanduser("~/.cache/chatops-mattermost")
MMPY_BOT = "mmpy_bot==2.1.0"
# mmpy_bot's requirements but mattermostdriver (Sphinx is only for its documentation), and ours'.
DEPENDENCIES = ["aiohttp", "click", "schedule", "requests", "websockets"]
PINGS = 3


@pytest.fixture(scope="session")
def mmpy_bot_python():
    """The Python of a virtualenv with mmpy_bot 2.1.0 and no mattermostdriver."""
    venv = os.path.join(CACHE, "mmpy-bot-2.1.0-py%d.%d" % sys.version_info[:2])
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(os.path.join(venv, ".installed")):
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", MMPY_BOT], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--no-warn-conflicts"] + DEPENDENCIES, check=True)
        open(os.path.join(venv, ".installed"), "w").close()
    assert subprocess.run([python, "-c", "import mattermostdriver"], capture_output=True, check=False).returncode != 0
    return python


@pytest.fixture
def bot(admin, place, unique):
    """A bot account with a token, member of the place's team and channel; deleted for good afterwards."""
    bot = admin.bots.create_bot(options={"username": "mmpy-" + unique, "display_name": "mmpy_bot"})
    try:
        token = admin.users.create_user_access_token(bot["user_id"], options={"description": "mmpy_bot test"})
        admin.teams.add_team_member(place.team["id"], options={"team_id": place.team["id"], "user_id": bot["user_id"]})
        admin.channels.add_channel_member(place.channel["id"], options={"user_id": bot["user_id"]})
        yield dict(bot, token=token["token"])
    finally:
        admin.users.delete_user(bot["user_id"], params={"permanent": "true"})


def pong_to(driver, post, bot_user_id, wait):
    """Whether the bot answered `pong` in the thread of `post` within `wait` seconds."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        thread = driver.posts.get_post_thread(post["id"])
        if any(reply["user_id"] == bot_user_id and reply["message"] == "pong" for reply in thread["posts"].values()):
            return True
        time.sleep(0.2)
    return False


def test_mmpy_bot_example_plugin_answers_over_the_websocket(mmpy_bot_python, server, place, bot, tmp_path):
    (tmp_path / "chatops_mattermost_driver").symlink_to(os.path.join(REPO, "plugins", "module_utils", "driver"))
    if os.environ.get("CHATOPS_DRIVER_INSTALLED"):  # tests/utils/installed_driver.py: this virtualenv's packages
        path = sysconfig.get_paths()["purelib"]
    else:
        path = os.pathsep.join([os.path.join(REPO, "compat"), str(tmp_path)])
    log = open(tmp_path / "bot.log", "w+")
    process = subprocess.Popen([mmpy_bot_python, os.path.join(REPO, "tests", "server", "mmpy_bot_run.py"),
                                server["mattermost_url"], bot["token"], place.team["name"]],
                               env=dict(os.environ, PYTHONPATH=path), stdout=log, stderr=subprocess.STDOUT)
    try:
        ping = {"channel_id": place.channel["id"], "message": "@%s ping" % bot["username"]}
        deadline = time.monotonic() + 60
        # The bot is listening once it answers a ping; those sent before do not count.
        while not pong_to(place.member, place.member.posts.create_post(options=ping), bot["user_id"], 2):
            assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "bot.log").read_text()
        answered = sum(pong_to(place.member, place.member.posts.create_post(options=ping), bot["user_id"], 10)
                       for attempt in range(PINGS))
        print("mmpy_bot answered %d of %d pings" % (answered, PINGS))
        assert answered == PINGS, (tmp_path / "bot.log").read_text()
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
