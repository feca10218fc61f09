# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The same workload through this driver and through mattermostdriver 7.3.2, against the local server.

    .venv/bin/python bench/driver.py [--reads 500] [--channels 200] [--posts 100] [--rounds 3]

Prints, for each driver and each part of the workload, requests per second (best of the rounds,
the drivers taking turns), the peak of Python memory allocated during that part (one more run with
allocation tracing), and the speed ratio ours / theirs. Needs the
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


def run_once(kind, config, admin, args, trace_memory):
    """{part: requests per second, or peak KiB with trace_memory} of one run of the workload, in a
    team of its own so that both drivers meet the same server state (channel creation slows as a
    team grows). Tracing allocations slows Python down: a run measures either speed or memory."""
    team = admin.teams.create_team(options={"name": "bench-" + uuid.uuid4().hex[:10], "display_name": "Bench",
                                            "type": "O"})
    try:
        driver = connect(kind, config)
        figures = {}
        if trace_memory:
            tracemalloc.start()
        started = time.perf_counter()
        for part, requests in workload(driver, team["id"], args):
            if trace_memory:
                figures[part] = tracemalloc.get_traced_memory()[1] / 1024
                tracemalloc.reset_peak()
            else:
                figures[part] = requests / (time.perf_counter() - started)
            started = time.perf_counter()
        if trace_memory:
            tracemalloc.stop()
        return figures
    finally:
        admin.teams.delete_team(team["id"], params={"permanent": "true"})


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
    kinds = ["mattermostdriver", "ours"]
    speed = {kind: {} for kind in kinds}
    for round_number in range(args.rounds):
        # Alternate which driver goes first, so that neither always meets a warmer server.
        for kind in kinds if round_number % 2 == 0 else reversed(kinds):
            for part, rate in run_once(kind, config, admin, args, trace_memory=False).items():
                speed[kind][part] = max(rate, speed[kind].get(part, 0))
    memory = {kind: run_once(kind, config, admin, args, trace_memory=True) for kind in kinds}

    print("driver benchmark against %s, best of %d rounds" % (config["mattermost_url"], args.rounds))
    print("%-20s %22s %22s %8s" % ("workload", "mattermostdriver 7.3.2", "chatops.mattermost", "ratio"))
    for part in speed["ours"]:
        print("%-20s %12.0f req/s %5.0f KiB %8.0f req/s %5.0f KiB %7.2fx" % (
            part, speed["mattermostdriver"][part], memory["mattermostdriver"][part], speed["ours"][part],
            memory["ours"][part], speed["ours"][part] / speed["mattermostdriver"][part]))


if __name__ == "__main__":
    main()
