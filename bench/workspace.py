# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Figures for managing a whole workspace: per-object modules, plain uri, the driver, and workspace_info.

    .venv/bin/python bench/workspace.py [--teams 20] [--channels 300] [--users 200] [--sample-users 30] ...

Against a local server of `make server` (`--server newest`, the default, or `oldest`: its
tests/integration/integration_config.NAME.yml):

1. sets up the large fixture through the driver on a pool of threads (20 teams, 300 channels, 200
   users, each user in 5 teams and 30 channels: about 6,000 channel memberships), after checking
   the server's user limit (GET /limits/server: an unlicensed server refuses more than 250 active users);
2. creates a sample of new objects (users, teams, channels: at least 100) with each contender, then
   runs it again with nothing to change, and prints the time per object and the requests by endpoint;
3. reads the whole fixture with mattermost_workspace_info: wall time, requests by endpoint, peak
   memory (maximum resident set) of the module's process;
4. deletes everything it made for good (teams permanently, users permanently), also when it fails;
   `--clean-up` deletes what a run stopped half way (the server gone, say) left behind.

A contender is a function `contender(bench, sample, run)` -> Figures, where `run` is 'create' or
'again' (the same sample, nothing to change); CONTENDERS lists them (`--contenders` picks some).

mattermost_workspace (`--contenders workspace`, in the default list) works on the whole fixture
rather than a sample: it plans it (check mode, on a server without it), creates it (instead of the
driver's set-up of step 1), and runs again with nothing to change; each run as Ansible runs a module
(a process of its own), with its wall time, requests by endpoint and peak memory. The ratios to the
per-object loop (per object: users, teams and channels) and the issue's targets are printed at the end.
Prints figures; it is not a test and asserts nothing about speed.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "plugins", "module_utils"))

from driver import Driver, ResourceNotFound  # noqa: E402  the collection's driver, as a package of its own

COLLECTIONS = os.path.join(REPO, ".cache", "collection")
COLLECTION = os.path.join(COLLECTIONS, "ansible_collections", "chatops", "mattermost")
OUTPUT = os.path.join(REPO, "bench", "output")
VENV_BIN = os.path.join(REPO, ".venv", "bin")
PASSWORD = "Bench-" + uuid.uuid4().hex[:12] + "-1!"
ID = re.compile(r"/[a-z0-9]{26}(?=/|$)")
NAME = re.compile(r"/(name|username)/[^/]+")


def endpoint(line):
    """'GET /api/v4/teams/{id}/members 200' for a trace line: ids and names made into placeholders."""
    method, path, status = line.split()
    path = NAME.sub(r"/\1/{name}", ID.sub("/{id}", path))
    return "%s %s %s" % (method, path, status)


class Trace:
    """Counts the requests the driver sends (in this process and in modules) while the block runs."""

    def __init__(self, name):
        self.path = os.path.join(OUTPUT, "trace-%s.log" % name)

    def __enter__(self):
        if os.path.exists(self.path):
            os.remove(self.path)
        os.environ["MATTERMOST_TRACE_FILE"] = self.path
        return self

    def __exit__(self, *exc):
        del os.environ["MATTERMOST_TRACE_FILE"]

    def counts(self):
        if not os.path.exists(self.path):
            return collections.Counter()
        with open(self.path) as trace:
            return collections.Counter(endpoint(line) for line in trace if line.strip())


class Figures:
    def __init__(self, seconds, objects, requests, note="", peak_kib=None):
        self.seconds, self.objects, self.requests, self.note, self.peak_kib = seconds, objects, requests, note, peak_kib


class Bench:
    def __init__(self, config, args):
        self.config = config
        self.args = args
        self.suffix = uuid.uuid4().hex[:6]
        self.driver = Driver({"url": config["mattermost_url"], "token": config["mattermost_token"]})
        self.driver.login()
        self.client = self.driver.client
        self.team_ids = []
        self.user_ids = []

    def name(self, kind, index):
        return "bws%s-%s%03d" % (self.suffix, kind, index)  # the prefix of tear_down

    def pool(self, function, items):
        with ThreadPoolExecutor(max_workers=self.args.threads) as pool:
            return list(pool.map(function, items))

    # The fixture.

    def check_user_limit(self, more):
        limits = self.client.get("/limits/server")
        hard = limits.get("maxUsersHardLimit") or 0
        active = limits.get("activeUserCount") or 0
        if hard and active + more > hard:
            sys.exit("The server has %d active users and refuses more than %d: %d more do not fit" % (active, hard, more))
        return limits

    def set_up(self):
        args = self.args
        started = time.perf_counter()
        with Trace("setup") as trace:
            self.team_ids = self.pool(lambda index: self.client.post("/teams", options={
                "name": self.name("t", index), "display_name": "Bench %d" % index, "type": "O"})["id"], range(args.teams))
            self.user_ids = self.pool(lambda index: self.client.post("/users", options={
                "username": self.name("u", index), "email": "%s@example.com" % self.name("u", index),
                "password": PASSWORD})["id"], range(args.users))
            per_team = args.channels // args.teams
            channels = self.pool(lambda index: self.client.post("/channels", options={
                "team_id": self.team_ids[index % args.teams], "name": self.name("c", index),
                "display_name": "Bench channel %d" % index, "type": "P" if index % 5 == 0 else "O"})["id"],
                range(per_team * args.teams))
            # User u is in teams u, u + 1, ... (mod teams), and in channels_per_user channels of them.
            team_members = collections.defaultdict(list)
            channel_members = collections.defaultdict(list)
            per_team_of_user = args.channels_per_user // args.teams_per_user
            for user, user_id in enumerate(self.user_ids):
                for step in range(args.teams_per_user):
                    team = (user + step) % args.teams
                    team_members[team].append(user_id)
                    team_channels = [channel for index, channel in enumerate(channels) if index % args.teams == team]
                    for offset in range(per_team_of_user):
                        channel_members[team_channels[(user + offset) % len(team_channels)]].append(user_id)
            self.pool(lambda team: self.client.post("/teams/%s/members/batch" % self.team_ids[team], options=[
                {"team_id": self.team_ids[team], "user_id": user_id} for user_id in team_members[team]]),
                list(team_members))
            self.pool(lambda channel: self.client.post("/channels/%s/members" % channel, options={
                "user_ids": channel_members[channel]}), list(channel_members))
        memberships = sum(len(members) for members in team_members.values()) + sum(
            len(members) for members in channel_members.values())
        print("fixture: %d teams, %d channels, %d users, %d memberships (%d of channels), set up in %.1f s with %d requests"
              % (len(self.team_ids), len(channels), len(self.user_ids), memberships,
                 sum(len(members) for members in channel_members.values()), time.perf_counter() - started,
                 sum(trace.counts().values())))

    def tear_down(self):
        started = time.perf_counter()
        teams, users = clean_up(self, "bws%s" % self.suffix)
        print("deleted for good in %.1f s: %d teams, %d users" % (time.perf_counter() - started, teams, users))

    # The sample the contenders create: new users, teams, and channels in those teams.

    def sample(self, contender):
        args = self.args
        prefix = "bws%s%s" % (self.suffix, contender[:3])
        teams = ["%s-t%02d" % (prefix, index) for index in range(args.sample_teams)]
        return {
            "users": ["%s-u%02d" % (prefix, index) for index in range(args.sample_users)],
            "teams": teams,
            "channels": [{"team": teams[index % len(teams)], "name": "%s-c%02d" % (prefix, index)}
                         for index in range(args.sample_channels)],
        }

    def delete_sample(self, sample):
        for team in sample["teams"]:
            try:
                team_id = self.client.get("/teams/name/%s" % team)["id"]
            except ResourceNotFound:
                continue
            self.client.delete("/teams/%s" % team_id, params={"permanent": "true"})
        for username in sample["users"]:
            try:
                user_id = self.client.get("/users/username/%s" % username)["id"]
            except ResourceNotFound:
                continue
            self.client.delete("/users/%s" % user_id, params={"permanent": "true"})

    # Running Ansible.

    def playbook(self, name, tasks, sample):
        """Run a playbook of `tasks` (a YAML string) on localhost with the sample as vars; its wall time."""
        path = os.path.join(OUTPUT, "%s.yml" % name)
        with open(path, "w") as handle:
            handle.write("- hosts: localhost\n  gather_facts: false\n  vars_files: [%s-vars.json]\n"
                         "  module_defaults:\n    group/chatops.mattermost.mattermost: &conn\n"
                         "      url: \"{{ url }}\"\n      token: \"{{ token }}\"\n  tasks:\n%s" % (name, tasks))
        with open(os.path.join(OUTPUT, "%s-vars.json" % name), "w") as handle:
            json.dump(dict(sample, url=self.config["mattermost_url"], token=self.config["mattermost_token"],
                           password=PASSWORD), handle)
        env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=COLLECTIONS, ANSIBLE_PYTHON_INTERPRETER=sys.executable,
                   ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
        started = time.perf_counter()
        completed = subprocess.run([os.path.join(VENV_BIN, "ansible-playbook"), "-i", "localhost,", "-c", "local", path],
                                   check=False, env=env, capture_output=True, text=True)
        if completed.returncode:
            sys.exit("%s failed:\n%s" % (path, (completed.stdout + completed.stderr)[-3000:]))
        return time.perf_counter() - started


def clean_up(bench, prefix):
    """Delete for good every team and user whose name starts with `prefix` (the fixture, the samples):
    found by listing, so that it also clears what a run that stopped half way left behind."""
    client = bench.client
    teams = [team["id"] for team in client.paginate("/teams") if team["name"].startswith(prefix)]
    bench.pool(lambda team_id: client.delete("/teams/%s" % team_id, params={"permanent": "true"}), teams)
    users = [user["id"] for user in client.paginate("/users") if user["username"].startswith(prefix)]
    bench.pool(lambda user_id: client.delete("/users/%s" % user_id, params={"permanent": "true"}), users)
    return len(teams), len(users)


def objects(sample):
    return len(sample["users"]) + len(sample["teams"]) + len(sample["channels"])


# The contenders: each creates the sample (run='create') or finds nothing to change (run='again').

MODULE_TASKS = """
    - chatops.mattermost.mattermost_user:
        username: "{{ item }}"
        email: "{{ item }}@example.com"
        password: "{{ password }}"
      loop: "{{ users }}"
    - chatops.mattermost.mattermost_team:
        name: "{{ item }}"
        display_name: "{{ item }}"
      loop: "{{ teams }}"
    - chatops.mattermost.mattermost_channel:
        team: "{{ item.team }}"
        name: "{{ item.name }}"
        display_name: "{{ item.name }}"
      loop: "{{ channels }}"
"""


def modules_contender(bench, sample, run):
    """mattermost_user, mattermost_team and mattermost_channel tasks in loops: one module run per object.
    (mattermost_workspace gets a function like this one, with one task for the whole sample.)"""
    with Trace("modules-" + run) as trace:
        seconds = bench.playbook("modules", MODULE_TASKS, sample)
    return Figures(seconds, objects(sample), trace.counts())


URI_TASKS = """
    - name: Look up the users
      ansible.builtin.uri: {url: "{{ url }}/api/v4/users/username/{{ item }}", headers: {Authorization: "Bearer {{ token }}"}, status_code: [200, 404]}
      loop: "{{ users }}"
      register: found_users
    - name: Create the missing ones
      ansible.builtin.uri:
        url: "{{ url }}/api/v4/users"
        method: POST
        headers: {Authorization: "Bearer {{ token }}"}
        body_format: json
        body: {username: "{{ item.item }}", email: "{{ item.item }}@example.com", password: "{{ password }}"}
        status_code: [201]
      loop: "{{ found_users.results | selectattr('status', 'equalto', 404) }}"
    - name: Look up the teams
      ansible.builtin.uri: {url: "{{ url }}/api/v4/teams/name/{{ item }}", headers: {Authorization: "Bearer {{ token }}"}, status_code: [200, 404]}
      loop: "{{ teams }}"
      register: found_teams
    - name: Create the missing ones
      ansible.builtin.uri:
        url: "{{ url }}/api/v4/teams"
        method: POST
        headers: {Authorization: "Bearer {{ token }}"}
        body_format: json
        body: {name: "{{ item.item }}", display_name: "{{ item.item }}", type: O}
        status_code: [201]
      loop: "{{ found_teams.results | selectattr('status', 'equalto', 404) }}"
      register: created_teams
    - name: Remember the ids of the teams
      ansible.builtin.set_fact:
        team_ids: "{{ dict(known | map(attribute='name') | zip(known | map(attribute='id'))) }}"
      vars:
        known: "{{ (found_teams.results + created_teams.results) | selectattr('json.name', 'defined') | map(attribute='json') }}"
    - name: Look up the channels
      ansible.builtin.uri:
        url: "{{ url }}/api/v4/teams/name/{{ item.team }}/channels/name/{{ item.name }}?include_deleted=true"
        headers: {Authorization: "Bearer {{ token }}"}
        status_code: [200, 404]
      loop: "{{ channels }}"
      register: found_channels
    - name: Create the missing ones
      ansible.builtin.uri:
        url: "{{ url }}/api/v4/channels"
        method: POST
        headers: {Authorization: "Bearer {{ token }}"}
        body_format: json
        body:
          team_id: "{{ team_ids[item.item.team] }}"
          name: "{{ item.item.name }}"
          display_name: "{{ item.item.name }}"
          type: O
        status_code: [201]
      loop: "{{ found_channels.results | selectattr('status', 'equalto', 404) }}"
"""


def uri_contender(bench, sample, run):
    """A plain ansible.builtin.uri playbook: a GET per object, and a POST for each one missing (no comparison
    of fields). Its requests are not traced (uri does not use the driver): counted from the loops."""
    seconds = bench.playbook("uri", URI_TASKS, sample)
    requests = collections.Counter({"GET (uri, one per object)": objects(sample)})
    if run == "create":
        requests["POST (uri, one per object)"] = objects(sample)
    return Figures(seconds, objects(sample), requests, note="counted, not traced")


def driver_contender(bench, sample, run):
    """The floor: the driver in this process, one object after the other, GET by name and POST when missing."""
    client = bench.client
    with Trace("driver-" + run) as trace:
        started = time.perf_counter()
        for username in sample["users"]:
            try:
                client.get("/users/username/%s" % username)
            except ResourceNotFound:
                client.post("/users", options={"username": username, "email": "%s@example.com" % username,
                                               "password": PASSWORD})
        team_ids = {}
        for team in sample["teams"]:
            try:
                team_ids[team] = client.get("/teams/name/%s" % team)["id"]
            except ResourceNotFound:
                team_ids[team] = client.post("/teams", options={"name": team, "display_name": team, "type": "O"})["id"]
        for channel in sample["channels"]:
            try:
                client.get("/teams/%s/channels/name/%s" % (team_ids[channel["team"]], channel["name"]),
                           params={"include_deleted": "true"})
            except ResourceNotFound:
                client.post("/channels", options={"team_id": team_ids[channel["team"]], "name": channel["name"],
                                                  "display_name": channel["name"], "type": "O"})
        seconds = time.perf_counter() - started
    return Figures(seconds, objects(sample), trace.counts())


CONTENDERS = [("modules", "per-object modules", modules_contender), ("uri", "ansible.builtin.uri", uri_contender),
              ("driver", "driver, sequential", driver_contender)]
# Not a sample contender: it runs on the whole fixture (workspace_runs).
WORKSPACE = "workspace"


def run_module(bench, name, module_args):
    """Run the module `name` as Ansible runs one (a Python process of its own given its arguments), so
    that the peak memory measured is the module's alone: (seconds, result, requests, peak KiB)."""
    args_path = os.path.join(OUTPUT, "%s-args.json" % name)
    with open(args_path, "w") as handle:
        json.dump({"ANSIBLE_MODULE_ARGS": dict(module_args, url=bench.config["mattermost_url"],
                                               token=bench.config["mattermost_token"])}, handle)
    module = os.path.join(COLLECTION, "plugins", "modules", "%s.py" % name)
    peak_path = os.path.join(OUTPUT, "%s-peak.txt" % name)
    with Trace(name) as trace:
        env = dict(os.environ, PYTHONPATH=COLLECTIONS)  # with the trace file's variable
        started = time.perf_counter()
        # GNU time writes the process's maximum resident set size, in KiB.
        completed = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak_path, sys.executable, module, args_path],
                                   env=env, capture_output=True, check=False)  # its failure is in its JSON
        seconds = time.perf_counter() - started
    os.remove(args_path)  # it holds the token and passwords
    with open(peak_path) as handle:
        peak = int(handle.read().split()[-1])
    result = json.loads(completed.stdout)
    if result.get("failed"):
        raise ModuleFailed("%s failed: %s" % (name, result.get("msg")))
    return seconds, result, trace.counts(), peak


class ModuleFailed(Exception):
    """A module run by run_module failed (its message)."""


def workspace_info(bench):
    """mattermost_workspace_info on the whole server."""
    seconds, result, requests, peak = run_module(bench, "mattermost_workspace_info", {})
    note = "read %s" % ", ".join("%d %s" % (count, kind) for kind, count in sorted(result["counts"].items()))
    return Figures(seconds, sum(result["counts"].values()), requests, note=note, peak_kib=peak)


def fixture_shape(bench):
    """The fixture of Bench.set_up (the same names, types and memberships) as mattermost_workspace's options."""
    args = bench.args
    per_team = args.channels // args.teams
    per_team_of_user = args.channels_per_user // args.teams_per_user
    users = [bench.name("u", index) for index in range(args.users)]
    team_names = [bench.name("t", index) for index in range(args.teams)]
    channels = [(index % args.teams, bench.name("c", index), "private" if index % 5 == 0 else "public")
                for index in range(per_team * args.teams)]
    team_members = collections.defaultdict(list)
    channel_members = collections.defaultdict(list)
    for user, username in enumerate(users):
        for step in range(args.teams_per_user):
            team = (user + step) % args.teams
            team_members[team].append(username)
            team_channels = [channel[1] for channel in channels if channel[0] == team]
            for offset in range(per_team_of_user):
                channel_members[team_channels[(user + offset) % len(team_channels)]].append(username)
    teams = []
    for index, name in enumerate(team_names):
        teams.append({"name": name, "display_name": "Bench %d" % index, "type": "open", "members": team_members[index],
                      "channels": [{"name": channel, "display_name": "Bench channel %s" % channel[-3:], "type": kind,
                                    "members": channel_members[channel]}
                                   for team, channel, kind in channels if team == index]})
    shape = {"users": [{"username": name, "email": "%s@example.com" % name, "password": PASSWORD} for name in users],
             "teams": teams}
    memberships = sum(len(members) for members in team_members.values()) + sum(
        len(members) for members in channel_members.values())
    return shape, len(users) + len(teams) + len(channels), memberships


def workspace_runs(bench):
    """mattermost_workspace on the whole fixture: check mode (the plan), the create run, the no-change run.
    Returns ([(run, Figures)], the number of teams and channels); the create run leaves the fixture in
    place for the other contenders."""
    shape, count, memberships = fixture_shape(bench)
    runs = []
    for run, extra in (("check mode (plan)", {"_ansible_check_mode": True}), ("create", {}), ("no change", {})):
        seconds, result, requests, peak = run_module(bench, "mattermost_workspace", dict(shape, **extra))
        expected_change = run != "no change"
        if result["changed"] != expected_change:
            sys.exit("mattermost_workspace %s: changed=%s: %s" % (run, result["changed"], result["msg"]))
        runs.append((run, Figures(seconds, count, requests, peak_kib=peak,
                                  note="%d memberships; %s" % (memberships, result["msg"]))))
    return runs, len(shape["teams"]) + sum(len(team["channels"]) for team in shape["teams"])


def ratios(workspace, per_object, managed):
    """The issue's targets, from the workspace's runs and the per-object loop's figures."""
    def per(figures):
        return figures.seconds / max(figures.objects, 1)
    no_change, create = workspace["no change"], workspace["create"]
    print("\nmattermost_workspace against the targets:")
    print("    no-change run of the whole set: %.2f s (target < 10 s)" % no_change.seconds)
    reads = sum(count for name, count in no_change.requests.items() if "/members" in name)
    print("    member lists read in the no-change run: %d (at most one per team and channel managed: %d), "
          "%d requests in all, none per user or membership" % (reads, managed, sum(no_change.requests.values())))
    print("    peak memory: %s MiB (target < 200 MiB)" % ", ".join(
        "%s %.0f" % (run, figures.peak_kib / 1024) for run, figures in workspace.items()))
    if per_object:
        print("    no-change, per object: loop %.1f ms / workspace %.2f ms = %.1fx (target >= 20x)" % (
            1000 * per(per_object["again"]), 1000 * per(no_change), per(per_object["again"]) / per(no_change)))
        print("    create, per object: loop %.1f ms / workspace %.2f ms = %.1fx (target >= 3x)" % (
            1000 * per(per_object["create"]), 1000 * per(create), per(per_object["create"]) / per(create)))


def report(title, figures):
    total = sum(figures.requests.values())
    print("\n%s: %.2f s, %d objects, %.1f ms per object, %d requests (%.2f per object)%s%s" % (
        title, figures.seconds, figures.objects, 1000 * figures.seconds / max(figures.objects, 1), total,
        total / max(figures.objects, 1), ", peak memory %.0f MiB" % (figures.peak_kib / 1024) if figures.peak_kib else "",
        "; " + figures.note if figures.note else ""))
    for name, count in sorted(figures.requests.items(), key=lambda item: (-item[1], item[0])):
        print("    %6d  %s" % (count, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teams", type=int, default=20)
    parser.add_argument("--channels", type=int, default=300)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--teams-per-user", type=int, default=5)
    parser.add_argument("--channels-per-user", type=int, default=30)
    parser.add_argument("--sample-users", type=int, default=30)
    parser.add_argument("--sample-teams", type=int, default=10)
    parser.add_argument("--sample-channels", type=int, default=60)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--contenders", nargs="*", default=[key for key, title, contender in CONTENDERS] + [WORKSPACE],
                        help="which contenders run on the sample (default: all)")
    parser.add_argument("--clean-up", action="store_true",
                        help="only delete for good what earlier runs left behind (teams and users named bws...)")
    parser.add_argument("--server", default="newest", choices=("newest", "oldest"),
                        help="the server of `make server` to measure (its tests/integration/integration_config.NAME.yml)")
    args = parser.parse_args()
    with open(os.path.join(REPO, "tests", "integration", "integration_config.%s.yml" % args.server)) as handle:
        config = json.load(handle)
    os.makedirs(OUTPUT, exist_ok=True)
    subprocess.run(["make", "-s", "sync"], cwd=REPO, check=True)

    bench = Bench(config, args)
    if args.clean_up:
        print("deleted for good: %d teams, %d users" % clean_up(bench, "bws"))
        return
    limits = bench.check_user_limit(args.users + args.sample_users)
    print("server %s: %d active users of at most %d" % (
        config["mattermost_url"], limits.get("activeUserCount", 0), limits.get("maxUsersHardLimit", 0)))
    try:
        workspace = {}
        if WORKSPACE in args.contenders:
            runs, managed = workspace_runs(bench)
            for run, figures in runs:
                report("mattermost_workspace, whole fixture, %s" % run, figures)
                workspace[run] = figures
        else:
            bench.set_up()
        try:
            report("mattermost_workspace_info, whole server", workspace_info(bench))
        except ModuleFailed as exc:
            # The whole shared server is read: another test deleting a channel meanwhile fails the read.
            print("\nmattermost_workspace_info, whole server: %s" % exc)
        per_object = {}
        for key, title, contender in CONTENDERS:
            if key not in args.contenders:
                continue
            sample = bench.sample(title)
            try:
                for run in ("create", "again"):
                    figures = contender(bench, sample, run)
                    report("%s, %s" % (title, run), figures)
                    if key == "modules":
                        per_object[run] = figures
            finally:
                bench.delete_sample(sample)
        if workspace:
            ratios(workspace, per_object, managed)
    finally:
        bench.tear_down()


if __name__ == "__main__":
    main()
