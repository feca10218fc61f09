# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The same workload through this driver and through mattermostdriver 7.3.2, against the local server.

    .venv/bin/python bench/driver.py [--reads 500] [--channels 200] [--posts 100] [--rounds 3] [--imports 21]

Prints first the package figures: the time to import each driver beyond importing requests alone
(median of --imports fresh interpreters, taking turns), the size of each wheel (ours built from
this checkout, mattermostdriver's from the package index, cached), and the call rate of
`GET /users/me` through each driver and through a bare requests.Session (best of the rounds).
Then, for each driver and each part of the workload, requests per second (best of the rounds,
the drivers taking turns), the peak of Python memory allocated during that part (one more run with
allocation tracing), and the speed ratio ours / theirs. Needs the
server from `make server` and its tests/integration/integration_config.yml.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import functools
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from urllib.parse import urlsplit

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

import mattermostdriver  # noqa: E402  the package this driver replaces
import requests  # noqa: E402
from driver import Driver  # noqa: E402  ours, as a package of its own

sys.path.insert(0, os.path.join(REPO, "tests", "utils"))
import seed_surface  # noqa: E402  where mattermostdriver 7.3.2's wheel is cached

IMPORT_TIMER = """
import sys, time
started = time.perf_counter()
import requests
between = time.perf_counter()
if sys.argv[1] != 'requests':
    __import__(sys.argv[1])
print(time.perf_counter() - started, time.perf_counter() - between)
"""


def import_costs(runs):
    """{name: (median seconds importing requests then the package, median seconds for the package alone)}
    over `runs` fresh interpreters each, taking turns; ours is imported by its package name."""
    with tempfile.TemporaryDirectory() as path:
        os.symlink(os.path.join(REPO, "plugins", "module_utils", "driver"), os.path.join(path, "chatops_mattermost_driver"))
        # Byte-code cached (out of the checkout), as pip leaves an installed package: one run warms it.
        env = dict(os.environ, PYTHONPATH=path, PYTHONPYCACHEPREFIX=os.path.join(path, "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        times = {name: [] for name in ("requests", "chatops_mattermost_driver", "mattermostdriver")}
        for run in range(runs + 1):
            for name in times:
                output = subprocess.run([sys.executable, "-c", IMPORT_TIMER, name], env=env, check=True,
                                        capture_output=True, text=True).stdout.split()
                if run:
                    times[name].append((float(output[0]), float(output[1])))
    return {name: (statistics.median(total for total, alone in values), statistics.median(alone for total, alone in values))
            for name, values in times.items()}


def wheel_sizes():
    """{name: bytes} of our wheel (built from this checkout) and of mattermostdriver 7.3.2's."""
    with tempfile.TemporaryDirectory() as path:
        subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", path, REPO], check=True,
                       capture_output=True)
        ours = os.path.getsize(glob.glob(os.path.join(path, "*.whl"))[0])
    return {"chatops-mattermost-driver": ours, "mattermostdriver 7.3.2": os.path.getsize(seed_surface.seed_wheel())}


def call_rates(config, reads, rounds):
    """{client: best requests per second of GET /users/me} for both drivers and a bare requests.Session."""
    session = requests.Session()
    headers = {"Authorization": "Bearer " + config["mattermost_token"]}
    url = config["mattermost_url"] + "/api/v4/users/me"

    def raw():
        response = session.get(url, headers=headers)
        response.raise_for_status()
        return response.json()

    clients = {"requests.Session": raw}
    for kind in ("mattermostdriver", "ours"):
        driver = connect(kind, config)
        clients[kind] = functools.partial(driver.users.get_user, "me")
    best = {}
    for round_number in range(rounds):
        for name, call in (clients.items() if round_number % 2 == 0 else reversed(list(clients.items()))):
            started = time.perf_counter()
            for _read in range(reads):
                call()
            best[name] = max(best.get(name, 0), reads / (time.perf_counter() - started))
    return best


def print_package_figures(config, args):
    costs = import_costs(args.imports)
    base = costs["requests"][0]
    print("import time (median of %d fresh interpreters): requests alone %.1f ms" % (args.imports, base * 1000))
    for name in ("chatops_mattermost_driver", "mattermostdriver"):
        print("  import requests + %-26s %6.1f ms: %+.1f ms over requests alone (the package itself: %.1f ms)" % (
            name, costs[name][0] * 1000, (costs[name][0] - base) * 1000, costs[name][1] * 1000))
    for name, size in wheel_sizes().items():
        print("wheel size: %-26s %7d bytes (%.1f KiB)" % (name, size, size / 1024.0))
    rates = call_rates(config, args.reads, args.rounds)
    print("GET /users/me call rate, best of %d rounds of %d:" % (args.rounds, args.reads))
    for name, rate in rates.items():
        print("  %-18s %7.0f req/s  %.3fx requests.Session" % (name, rate, rate / rates["requests.Session"]))


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
    parser.add_argument("--imports", type=int, default=21)
    parser.add_argument("--package-only", action="store_true", help="print the package figures only")
    args = parser.parse_args()
    with open(os.path.join(REPO, "tests", "integration", "integration_config.yml")) as handle:
        config = json.load(handle)
    print_package_figures(config, args)
    if args.package_only:
        return

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
