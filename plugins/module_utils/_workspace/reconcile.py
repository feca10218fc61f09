# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The desired state of a whole workspace (users, bots, teams, channels, memberships) in one task.

Each item is one object of a kind (User, Bot, Team, Channel), with the options and the semantics of
its single-object module: the same `complete()`, `problems()` and `ensure()`. What this module adds:

1. every item is checked before any request, and every problem is listed with its path
   ('teams[1].channels[3].name'; indexes count from 0, as in Jinja);
2. the current state is read in bulk, once (`_workspace/read.read_workspace`), and each kind
   object is seeded with its part of it, so that no object is looked up on its own;
3. the plan: every object is ensured in check mode on that state. This sends no request; it finds
   what the objects' own checks refuse (a deactivated user to add, say) before anything is written,
   and it is the result of check mode;
4. the writes, for the objects whose plan changes something only, on a bounded pool of workers, in
   dependency order (PHASES). A refusal of the server stops new work; the running requests finish;
   the failure says what was done, what failed and what was not attempted. A rerun plans again
   from the server's state, so it finishes the job.

Each worker thread has its own Driver (and so its own requests.Session) sharing the login token:
requests does not document a Session as safe to use from several threads (its connection pool is,
its cookie jar and adapters' state are not promised to be), and a Driver per thread costs no
request.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import copy
import threading

from concurrent.futures import ThreadPoolExecutor

from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.account import DEFAULT_CHANNEL, channel_keys
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.bot import BOT_ARGUMENT_SPEC, Bot
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.channel import CHANNEL_ARGUMENT_SPEC, Channel
from ansible_collections.chatops.mattermost.plugins.module_utils._errors import (
    Failure, RequestFailed, check, path_of,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._resource import ABSENT, PRESENT, SECRET_SET
from ansible_collections.chatops.mattermost.plugins.module_utils._server_version import share
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.team import TEAM_ARGUMENT_SPEC, Team
from ansible_collections.chatops.mattermost.plugins.module_utils._kinds.user import (
    USER_ARGUMENT_SPEC, USER_MUTUALLY_EXCLUSIVE, User,
)
from ansible_collections.chatops.mattermost.plugins.module_utils._workspace.read import KINDS, read_workspace
from ansible_collections.chatops.mattermost.plugins.module_utils.driver import Driver, MattermostError

# The channels the server gives every team: prune never archives them (state=absent on an item still does).
TEAM_DEFAULT_CHANNELS = (DEFAULT_CHANNEL, 'off-topic')
MEMBERS, CHANNELS, TEAMS, USERS = PRUNABLE = ('members', 'channels', 'teams', 'users')
DEFAULT_WORKERS = 4
# 'change', not 'update': summary.update would be the dict's method in Jinja.
CREATE, CHANGE, RESTORE, ARCHIVE = ACTIONS = ('create', 'change', 'restore', 'archive')


def item_spec(spec, left_out):
    return dict((option, copy.deepcopy(value)) for option, value in spec.items() if option not in left_out)


# The options of each item: its module's, without what the workspace gives otherwise (a channel's team is
# the team it is listed in; memberships are exclusive with members_exclusive or prune) or does not do
# (delete for good, move a channel, find a channel by id).
USER_ITEM_SPEC = item_spec(USER_ARGUMENT_SPEC, ('permanent', 'teams_exclusive', 'channels_exclusive'))
BOT_ITEM_SPEC = item_spec(BOT_ARGUMENT_SPEC, ('permanent', 'teams_exclusive', 'channels_exclusive'))
CHANNEL_ITEM_SPEC = item_spec(CHANNEL_ARGUMENT_SPEC, ('permanent', 'team', 'id', 'move'))
TEAM_ITEM_SPEC = dict(item_spec(TEAM_ARGUMENT_SPEC, ('permanent',)),
                      channels=dict(type='list', elements='dict', options=CHANNEL_ITEM_SPEC))

WORKSPACE_ARGUMENT_SPEC = dict(
    users=dict(type='list', elements='dict', options=USER_ITEM_SPEC, mutually_exclusive=USER_MUTUALLY_EXCLUSIVE),
    bots=dict(type='list', elements='dict', options=BOT_ITEM_SPEC),
    teams=dict(type='list', elements='dict', options=TEAM_ITEM_SPEC),
    prune=dict(type='list', elements='str', choices=list(PRUNABLE), default=[]),
    workers=dict(type='int', default=DEFAULT_WORKERS),
)


def worker_driver(driver):
    """A Driver of its own for a worker thread, logged in as `driver` is (its token), without a request."""
    options = dict(driver.options, token=driver.client.token, login_id=None, password=None, mfa_token=None)
    worker = Driver(options)
    worker.client.token = driver.client.token
    worker.client.userid = driver.client.userid
    worker.client.username = driver.client.username
    worker.user = driver.user
    share(driver, worker)
    return worker


def placeholder(obj, key):
    """The object as check mode returns it, with an id standing for the one the server would give."""
    obj = dict(obj or {})
    obj.setdefault('id', 'planned:%s' % key)
    obj.setdefault('delete_at', 0)
    return obj


class Item:
    """One object to ensure: its kind, its name in the plan, its path in the options, and its params."""

    def __init__(self, kind, name, path, params):
        self.kind = kind
        self.name = name
        self.path = path
        self.params = params


class Workspace:
    """The desired state of the options, checked, and brought about (see the module's docstring).

    :param params: the module's params (users, bots, teams, prune, workers)
    :param check_mode: plan only
    :param diff: return each changed object's before and after
    """

    def __init__(self, params, check_mode=False, diff=False):
        self.params = params
        self.check_mode = check_mode
        self.diff = diff
        self.prune = set(params.get('prune') or ())
        self.workers = DEFAULT_WORKERS if params.get('workers') is None else params['workers']
        self.users = []  # Items
        self.bots = []
        self.teams = []
        self.channels = []
        # Memberships given from the accounts' side (a user's or bot's `teams` and `channels`):
        # team name or (team, channel) -> set of usernames to add.
        self.account_memberships = {}
        self.problems = []
        self.read_items()

    # 1. The options, checked before any request.

    def read_items(self):
        kinds = (('users', User, self.users, 'username'), ('bots', Bot, self.bots, 'username'))
        accounts = {}
        for option, kind, items, key in kinds:
            for index, raw in enumerate(self.params.get(option) or ()):
                path = '%s[%d]' % (option, index)
                params = kind.complete(raw)
                self.problems += kind.problems(params, path)
                name = params[key]
                if name in accounts:
                    self.problems.append('%s: %s is also %s' % (path_of(path, key), name, accounts[name]))
                accounts[name] = path
                self.fold_account_memberships(params, path)
                items.append(Item(kind, name, path, dict(params, teams=None, channels=None)))
        team_names = {}
        for index, raw in enumerate(self.params.get('teams') or ()):
            path = 'teams[%d]' % index
            raw = dict(raw)
            channels = raw.pop('channels', None) or ()
            params = Team.complete(raw)
            self.problems += Team.problems(params, path)
            name = params['name']
            if name in team_names:
                self.problems.append('%s: team %s is also %s' % (path_of(path, 'name'), name, team_names[name]))
            team_names[name] = path
            self.teams.append(Item(Team, name, path, params))
            channel_names = {}
            for channel_index, channel_raw in enumerate(channels):
                channel_path = '%s.channels[%d]' % (path, channel_index)
                channel_params = Channel.complete(dict(channel_raw, team=name))
                self.problems += Channel.problems(channel_params, channel_path)
                channel_name = channel_params['name']
                if channel_name in channel_names:
                    self.problems.append('%s: channel %s is also %s' % (
                        path_of(channel_path, 'name'), channel_name, channel_names[channel_name]))
                channel_names[channel_name] = channel_path
                self.channels.append(Item(Channel, '%s/%s' % (name, channel_name), channel_path, channel_params))
        listed_channels = set(item.name for item in self.channels)
        for key, (path, usernames) in sorted(self.account_memberships.items(), key=lambda entry: (isinstance(entry[0], tuple), str(entry[0]))):
            if isinstance(key, tuple):
                if '%s/%s' % key not in listed_channels:
                    self.problems.append('%s: channel %s/%s is not listed in teams[].channels: list it there' % ((path,) + key))
            elif key not in team_names:
                self.problems.append('%s: team %s is not listed in teams: list it there' % (path, key))
        if self.workers < 1:
            self.problems.append('workers must be at least 1')

    def fold_account_memberships(self, params, path):
        """An account's `teams` and `channels` as members of the teams and channels listed in `teams`."""
        for team in params['teams'] or ():
            self.account_memberships.setdefault(team.lower(), (path_of(path, 'teams'), set()))[1].add(params['username'])
        for key in channel_keys(params['channels']):
            if key.count('/') != 1:  # not a channel: the kind's problems() says so
                continue
            team, channel = key.split('/')
            self.account_memberships.setdefault(team, (path_of(path, 'channels'), set()))[1].add(params['username'])
            self.account_memberships.setdefault((team, channel), (path_of(path, 'channels'), set()))[1].add(
                params['username'])

    def wanted_members(self, item, key):
        """The usernames an item's members will include (given members, admins and the accounts' own), or None."""
        params = item.params
        extra = self.account_memberships.get(key, (None, set()))[1]
        if params['members'] is None and params['admins'] is None and not extra:
            return None
        return set(params['members'] or ()) | set(params['admins'] or ()) | extra

    # 2. The bulk read, and the references it lets us check.

    def read(self, driver):
        whole_server = USERS in self.prune
        usernames = None
        if not whole_server:
            usernames = set(item.name for item in self.users + self.bots)
            for item in self.teams + self.channels:
                usernames.update(item.params['members'] or ())
                usernames.update(item.params['admins'] or ())
            usernames.update(item.params['owner'] for item in self.bots if item.params['owner'])
        teams = None if whole_server or TEAMS in self.prune else [item.name for item in self.teams]
        # The member lists of the channels whose members are managed only: one request each.
        managed = [tuple(item.name.split('/', 1)) for item in self.channels
                   if self.wanted_members(item, tuple(item.name.split('/', 1))) is not None]
        self.current = read_workspace(driver, teams=teams, kinds=KINDS, include_archived=True,
                                      usernames=usernames, threads=self.workers, channel_members=managed)
        self.runner = driver.client.username
        self.accounts = dict((account['username'], account) for account in self.current.accounts.values())

    def reference_problems(self):
        """What the bulk read shows wrong in the options: unknown users, channel members not in the team."""
        problems = []
        present = dict((item.name, item) for item in self.users + self.bots if item.params['state'] == PRESENT)
        for option, items, is_bot in (('users', self.users, False), ('bots', self.bots, True)):
            for item in items:
                account = self.accounts.get(item.name)
                if account is not None and bool(account.get('is_bot')) != is_bot:
                    problems.append("%s: '%s' is a %s account: list it under %s" % (
                        path_of(item.path, 'username'), item.name, 'bot' if account.get('is_bot') else 'user',
                        'bots' if account.get('is_bot') else 'users'))

        def known(username, current_members):
            if username in present or username == self.runner:
                return True
            account = self.accounts.get(username)
            return account is not None and (not account.get('delete_at') or username in current_members)

        for item in self.bots:
            owner = item.params['owner']
            if owner and not known(owner, ()):
                problems.append("%s: no active user is named '%s'" % (path_of(item.path, 'owner'), owner))
        team_members = {}
        for item in self.teams:
            current = self.current.team_members.get(item.name, {})
            team_members[item.name] = set(current) | (self.wanted_members(item, item.name) or set()) | {self.runner}
            problems += self.unknown_members(item, current, known)
        for item in self.channels:
            team, name = item.name.split('/', 1)
            current = self.current.channel_members.get((team, name), {})
            problems += self.unknown_members(item, current, known)
            outside = sorted((self.wanted_members(item, (team, name)) or set()) - set(current) - team_members[team])
            if outside:
                one = len(outside) == 1
                problems.append('%s: %s %s not %s of team %s: add %s to its members' % (
                    path_of(item.path, 'members'), ', '.join(outside), 'is' if one else 'are',
                    'a member' if one else 'members', team, 'it' if one else 'them'))
        return problems

    @staticmethod
    def unknown_members(item, current, known):
        problems = []
        for option in ('members', 'admins'):
            unknown = sorted(name for name in item.params[option] or () if not known(name, current))
            if unknown:
                problems.append('%s: no active user or bot is named %s' % (
                    path_of(item.path, option), ', '.join("'%s'" % name for name in unknown)))
        return problems

    # 3. The objects, seeded, by phase.

    def phases(self):
        """The objects to ensure, in dependency order: lists of (Item, build), where `build(driver,
        check_mode, known)` makes the seeded kind object; `known` holds the objects as they are (or,
        in the plan, as they would be) after the earlier phases."""
        exclusive = MEMBERS in self.prune
        archive_teams = []
        archive_channels = []
        deactivate = []
        if TEAMS in self.prune:
            listed = set(item.name for item in self.teams)
            archive_teams = [Item(Team, name, 'prune', Team.complete({'name': name, 'state': ABSENT}))
                             for name, team in sorted(self.current.teams.items())
                             if name not in listed and not team.get('delete_at')]
        if CHANNELS in self.prune:
            listed = set(item.name for item in self.channels)
            in_teams = set(item.name for item in self.teams)
            archive_channels = [
                Item(Channel, '%s/%s' % key, 'prune', Channel.complete({'team': key[0], 'name': key[1], 'state': ABSENT}))
                for key, channel in sorted(self.current.channels.items())
                if key[0] in in_teams and '%s/%s' % key not in listed and key[1] not in TEAM_DEFAULT_CHANNELS
                and not channel.get('delete_at')]
        if USERS in self.prune:
            listed = set(item.name for item in self.users)
            # Deactivating an owner would disable its bots; the runner would lose its session.
            owners = set(item.params['owner'] for item in self.bots if item.params['state'] == PRESENT)
            deactivate = [Item(User, name, 'prune', User.complete({'username': name, 'state': ABSENT}))
                          for name, user in sorted(self.current.users.items())
                          if name not in listed and name != self.runner and name not in owners
                          and not user.get('delete_at')]
        team_memberships = []
        for item in self.teams:
            members = self.wanted_members(item, item.name)
            if members is not None and item.params['state'] == PRESENT:
                params = Team.complete({'name': item.name, 'members': sorted(members), 'admins': item.params['admins'],
                                        'members_exclusive': item.params['members_exclusive'] or exclusive})
                if item.params['members'] is None:
                    params['members_exclusive'] = False  # only admins or accounts' own teams given: nothing to prune
                team_memberships.append(Item(Team, item.name, item.path, params))
        channel_memberships = []
        for item in self.channels:
            team, name = item.name.split('/', 1)
            members = self.wanted_members(item, (team, name))
            if members is not None and item.params['state'] == PRESENT:
                params = Channel.complete({'team': team, 'name': name, 'members': sorted(members),
                                           'admins': item.params['admins'],
                                           'members_exclusive': item.params['members_exclusive'] or exclusive})
                if item.params['members'] is None:
                    params['members_exclusive'] = False
                channel_memberships.append(Item(Channel, item.name, item.path, params))
        objects = [
            [(item, self.build_user) for item in self.users]
            + [(item, self.build_team) for item in self.teams + archive_teams],
            [(item, self.build_bot) for item in self.bots]
            + [(item, self.build_channel) for item in self.channels + archive_channels],
            [(item, self.build_team_members) for item in team_memberships],
            [(item, self.build_channel_members) for item in channel_memberships],
            [(item, self.build_user) for item in deactivate],
        ]
        return objects

    def build_user(self, item, driver, check_mode, known):
        user = User(item.params, driver, check_mode=check_mode, diff=True)
        user.seed(self.accounts.get(item.name))
        return user

    def build_bot(self, item, driver, check_mode, known):
        bot = Bot(dict(item.params, teams=None, channels=None), driver, check_mode=check_mode, diff=True)
        bot.known_users = known['accounts']
        bot.seed(self.current.bots.get(item.name), user=self.accounts.get(item.name))
        return bot

    def build_team(self, item, driver, check_mode, known):
        team = Team(dict(item.params, members=None, admins=None), driver, check_mode=check_mode, diff=True)
        team.seed(self.current.teams.get(item.name))
        return team

    def build_channel(self, item, driver, check_mode, known):
        team, name = item.name.split('/', 1)
        channel = Channel(dict(item.params, members=None, admins=None), driver, check_mode=check_mode, diff=True)
        channel.seed(self.current.channels.get((team, name)), known['teams'].get(team) or self.current.teams.get(team))
        return channel

    def seed_membership(self, resource, obj, current_members, key, known):
        created = key in known['created']
        resource.membership.seed({self.runner: True} if created else current_members, dict(
            (name, account['id']) for name, account in known['accounts'].items()))
        resource.membership.known_users = known['accounts']
        resource.membership.batch = True

    def build_team_members(self, item, driver, check_mode, known):
        team = Team(item.params, driver, check_mode=check_mode, diff=True)
        obj = known['teams'].get(item.name)
        team.seed(obj)
        self.seed_membership(team, obj, self.current.team_members.get(item.name, {}), ('team', item.name), known)
        return team

    def build_channel_members(self, item, driver, check_mode, known):
        team_name, name = item.name.split('/', 1)
        channel = Channel(item.params, driver, check_mode=check_mode, diff=True)
        team = known['teams'].get(team_name)
        channel.seed(known['channels'].get(item.name), team)
        current = self.current.channel_members.get((team_name, name), {})
        team_members = known['team_members'].get(team_name)
        if team_members is not None:
            # Whoever left the team in the team members' phase left its channels with it (the server does that).
            current = dict((username, admin) for username, admin in current.items() if username in team_members)
        self.seed_membership(channel, None, current, ('channel', item.name), known)
        accounts = known['accounts']
        members = set(self.current.team_members.get(team_name, {})) | set(team_members or ())
        channel.membership.team_members = set(accounts[name]['id'] for name in members if name in accounts)
        return channel

    # 4. Ensuring: the plan, then the writes.

    def known_objects(self):
        """The objects as read: the later phases take the teams, channels and accounts from here, and
        `record` puts there what the earlier phases created or changed."""
        return {
            'teams': dict(self.current.teams),
            'channels': dict(('%s/%s' % key, channel) for key, channel in self.current.channels.items()),
            'accounts': dict(self.accounts),
            'team_members': {},
            'created': set(),
        }

    def record(self, item, result, known):
        """Put the object an ensure() returned where the next phases look for it."""
        kind = item.kind.name
        obj = result.get(kind) or {}
        if not obj:
            return
        obj = placeholder(obj, item.name)
        if result.get('diff', {}).get('before', {}).get('state') == ABSENT:
            known['created'].add((kind, item.name))
        if kind == 'team':
            known['teams'][item.name] = obj
            if result.get('diff', {}).get('after', {}).get('members') is not None:
                known['team_members'][item.name] = result['diff']['after']['members']
        elif kind == 'channel':
            known['channels'][item.name] = obj
        elif kind == 'user':
            known['accounts'][item.name] = obj
        elif kind == 'bot':
            known['accounts'][item.name] = dict(obj, id=obj.get('user_id') or obj['id'])

    def plan(self, driver):
        """Ensure every object in check mode, in phase order; returns (plan entries, diffs, the items to write
        by phase). What an object's own checks refuse is listed, every one, before any write."""
        known = self.known_objects()
        plan = Plan()
        problems = []
        to_write = []
        for phase in self.phases():
            changing = []
            for item, build in phase:
                try:
                    result = build(item, driver, True, known).ensure()
                except Failure as exc:
                    problems.append('%s: %s' % (item.path, exc.msg))
                    continue
                self.record(item, result, known)
                if result['changed']:
                    plan.add(item, result)
                    changing.append((item, build))
            to_write.append(changing)
        check(problems)
        return plan, to_write

    def write(self, driver, to_write, plan):
        """Ensure the changing objects for real, phase after phase, on the pool of workers."""
        known = self.known_objects()
        done = Plan()
        local = threading.local()
        stop = threading.Event()
        failed = []
        not_attempted = []

        def run(entry):
            item, build = entry
            if stop.is_set():
                not_attempted.append(item)
                return
            if not hasattr(local, 'driver'):
                local.driver = worker_driver(driver)
            try:
                result = build(item, local.driver, False, known).ensure()
            except (Failure, MattermostError) as exc:
                stop.set()
                if isinstance(exc, MattermostError):
                    exc = RequestFailed(exc)
                failed.append((item, exc))
                return
            self.record(item, result, known)
            if result['changed']:
                done.add(item, result)

        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for phase in to_write:
                if stop.is_set():
                    not_attempted.extend(item for item, build in phase)
                    continue
                list(pool.map(run, phase))
        if failed:
            # An object is not attempted when none of its writes started (a team whose creation and members wait).
            started = set((item.kind.name, item.name) for item, exc in failed) | set(done.by_object)
            skipped = []
            for item in not_attempted:
                key = (item.kind.name, item.name)
                if key not in started:
                    started.add(key)
                    skipped.append(dict(kind=item.kind.name, name=item.name, path=item.path))
            raise Failure(
                '%d failed, %d done, %d not attempted (objects); fix the cause and run again to finish: %s' % (
                    len(failed), len(done.entries), len(skipped),
                    '; '.join('%s %s (%s): %s' % (item.kind.name, item.name, item.path, exc.msg) for item, exc in failed)),
                changed=bool(done.entries),
                done=done.entries,
                # Not `failed`: Ansible's own key of a result.
                failures=[dict(kind=item.kind.name, name=item.name, path=item.path, msg=exc.msg, **exc.result)
                          for item, exc in failed],
                not_attempted=skipped,
                plan=plan.entries,
            )
        return done

    def ensure(self, driver):
        self.read(driver)
        check(self.reference_problems())
        plan, to_write = self.plan(driver)
        result = dict(changed=bool(plan.entries), plan=plan.entries, summary=plan.summary())
        if self.check_mode or not plan.entries:
            result['msg'] = plan.message(planned=True)
        else:
            done = self.write(driver, to_write, plan)
            result.update(plan=done.entries, summary=done.summary(), msg=done.message(planned=False))
            plan = done
        if self.diff:
            result['diff'] = plan.diffs
        return result


class Plan:
    """What changes, by object: entries {kind, name, action, changes (option names)}, merged by object
    (a team created, then its members added, is one entry), and the diffs."""

    def __init__(self):
        self.entries = []
        self.by_object = {}
        self.diffs = []
        self.lock = threading.Lock()

    def add(self, item, result):
        kind = item.kind.name
        diff = result['diff']
        before, after = diff['before'], diff['after']
        if before['state'] == ABSENT:
            action = CREATE
        elif after['state'] == PRESENT and before['state'] != PRESENT:
            action = RESTORE
        elif after['state'] != PRESENT:
            action = ARCHIVE
        else:
            action = CHANGE
        changes = sorted(name for name in after if name != 'state' and (
            after[name] == SECRET_SET or before.get(name) != after[name]))
        with self.lock:
            entry = self.by_object.get((kind, item.name))
            if entry is None:
                entry = dict(kind=kind, name=item.name, action=action, changes=changes)
                self.by_object[(kind, item.name)] = entry
                self.entries.append(entry)
            else:
                entry['changes'] = sorted(set(entry['changes']) | set(changes))
            self.diffs.append(dict(diff, before_header='%s %s' % (kind, item.name), after_header='%s %s' % (kind, item.name)))

    def summary(self):
        """{action: count}, and {kind: {action: [names]}}."""
        counts = dict((action, 0) for action in ACTIONS)
        by_kind = {}
        for entry in self.entries:
            counts[entry['action']] += 1
            by_kind.setdefault(entry['kind'], {}).setdefault(entry['action'], []).append(entry['name'])
        return dict(counts, by_kind=by_kind)

    def message(self, planned):
        counts = self.summary()
        if planned:
            words = ['%d to %s' % (counts[action], action) for action in ACTIONS]
            return 'Plan: %s.' % ', '.join(words)
        return 'Applied: %s.' % ', '.join('%d %s' % (counts[action], done) for action, done in zip(
            ACTIONS, ('created', 'changed', 'restored', 'archived')))


def ensure_workspace(task):
    """mattermost_workspace's work: check every item before any request, log in, read, plan and write."""
    workspace = Workspace(task.params, check_mode=task.check_mode, diff=task.diff)
    check(workspace.problems)  # every problem of every item, before any request
    return workspace.ensure(task.driver())
