# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The same workload through this driver and through mattermostdriver 7.3.2, against the local server.

    .venv/bin/python bench/driver.py [--reads 500] [--channels 200] [--posts 100] [--rounds 3]

Prints, for each driver and each part of the workload, requests per second (best of the rounds),
the peak of Python memory allocated during the workload, and the ratio ours / theirs. Needs the
server from `make server` and its tests/integration/integration_config.yml.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import json
import os
import sys
import time
import tracemalloc
import uuid
from urllib.parse import urlsplit

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

import mattermostdriver  # noqa: E402  the package this driver replaces
from driver import Driver  # noqa: E402  ours, as a package of its own


def connect(kind, config):
    if kind == "ours":
        driver = Driver({"url": config["mattermost_url"], "token": config["mattermost_token"]})
    else:
        parts = urlsplit(config["mattermost_url"])
        driver = mattermostdriver.Driver({"url": parts.hostname, "port": parts.port, "scheme": parts.scheme,
                                          "token": config["mattermost_token"]})
    driver.login()
    return driver


def workload(driver, team_id, args):
    """Yields (part name, number of requests) after running each part."""
    for read in range(args.reads):
        driver.users.get_user("me")
    yield "users/me reads", args.reads
    suffix = uuid.uuid4().hex[:8]
    channel_ids = [driver.channels.create_channel(options={
        "team_id": team_id, "name": "bench-%s-%d" % (suffix, index), "display_name": "Bench %d" % index,
        "type": "O"})["id"] for index in range(args.channels)]
    yield "channel creations", args.channels
    for index in range(args.posts):
        driver.posts.create_post(options={"channel_id": channel_ids[index % len(channel_ids)],
                                          "message": "bench post %d" % index})
    yield "posts", args.posts


def measure(kind, config, team_id, args):
    """{part: (requests per second, peak KiB)}, best of args.rounds."""
    best = {}
    for round_number in range(args.rounds):
        driver = connect(kind, config)
        tracemalloc.start()
        started = time.perf_counter()
        for part, requests in workload(driver, team_id, args):
            elapsed = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] / 1024
            rate = requests / elapsed
            if part not in best or rate > best[part][0]:
                best[part] = (rate, peak)
            tracemalloc.reset_peak()
            started = time.perf_counter()
        tracemalloc.stop()
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reads", type=int, default=500)
    parser.add_argument("--channels", type=int, default=200)
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with open(os.path.join(REPO, "tests", "integration", "integration_config.yml")) as handle:
        config = json.load(handle)

    admin = connect("ours", config)
    team = admin.teams.create_team(options={"name": "bench-" + uuid.uuid4().hex[:10], "display_name": "Bench",
                                            "type": "O"})
    try:
        results = {kind: measure(kind, config, team["id"], args) for kind in ("mattermostdriver", "ours")}
    finally:
        admin.teams.delete_team(team["id"], params={"permanent": "true"})

    print("driver benchmark against %s, best of %d rounds" % (config["mattermost_url"], args.rounds))
    print("%-20s %22s %22s %8s" % ("workload", "mattermostdriver 7.3.2", "chatops.mattermost", "ratio"))
    for part in results["ours"]:
        theirs, ours = results["mattermostdriver"][part], results["ours"][part]
        print("%-20s %12.0f req/s %5.0f KiB %8.0f req/s %5.0f KiB %7.2fx" % (
            part, theirs[0], theirs[1], ours[0], ours[1], ours[0] / theirs[0]))


if __name__ == "__main__":
    main()
