# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ensure-state layer: find an object, compare the fields the user gave, change what differs.

Each kind of object (_kinds/team.py, _kinds/channel.py, _kinds/user.py, ...) is a `Resource` subclass (how to find,
create, update, restore, archive and delete it, through the driver) with a tuple of `Field`s
(which options are compared with which keys of the API object, and how each is normalised).
`ensure()` does the rest the same way for every kind:

- only the fields the user gave are compared, after normalising both sides;
- nothing is written in check mode: the result shows the object as it would become;
- `diff` (before and after of the compared fields, secrets left out) is returned in diff mode;
- `changed`, and the object under the resource's name (`team`, `channel`, ...).

This takes from community.docker's DifferenceTracker the list of (field, before, after) that makes
both `changed` and `diff`, and from community.general's ModuleHelper the declared, per-field
comparison. A Resource is built from a plain dict of params, a driver and check_mode, so that a
module managing many objects (mattermost_workspace) makes one per object; it raises errors
(_errors.py) and the module fails once, at its edge.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import re
import time

from ansible.module_utils.common.text.converters import to_text

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Work
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import as_stored

PRESENT = 'present'
ARCHIVED = 'archived'
ABSENT = 'absent'
SECRET_SET = '(not shown)'


# Normalisers: each takes a value from the user or from the API (None for "not set") and returns
# the form both are compared in. That form is also what the diff shows, so it uses the module's
# vocabulary (option values), not the API's.

def text(value):
    """A string as the server stores it (without the characters it drops); the API sends '' for an unset one."""
    return '' if value is None else as_stored(to_text(value))


def trimmed(value):
    """A `text` the server trims (a channel's display name)."""
    return text(value).strip()


def lowercase(value):
    """A string compared without regard to case."""
    return text(value).lower()


def string_set(value):
    """A set of words given as a list or as one string separated by commas or spaces: sorted, without
    duplicates or empty items, so that order and separators make no difference."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple, set)):
        value = re.split(r'[\s,]+', text(value))
    return sorted(set(text(item).strip() for item in value) - {''})


def lowercase_set(value):
    """A `string_set` compared without regard to case (domains, usernames)."""
    return string_set([item.lower() for item in string_set(value)])


class Codes:
    """For a field whose API values are codes ('O', 'P') and whose options are words ('public',
    'private'): both sides compare, and show in the diff, as the word."""

    def __init__(self, api_to_option):
        self.api_to_option = dict(api_to_option)
        self.option_to_api = dict((option, api) for api, option in self.api_to_option.items())

    def normalise(self, value):
        return self.api_to_option.get(value, value)

    def to_api(self, value):
        return self.option_to_api.get(value, value)


class Field:
    """One compared option.

    :param name: the option (and the name in the diff)
    :param key: the key of the API object holding it; None for a value that is not part of the object
        (memberships), which `read` gets instead
    :param normalise: the comparison form of a user or API value (see the normalisers above)
    :param to_api: the API value for a normalised one (default: the same)
    :param read: `read(obj)` -> the current value, for a field that is not a key of the object; it
        is only called when the user gave the option, so it costs no request otherwise
    :param merge: `merge(current, given)` -> the wanted value, when it depends on the current one
        (adding members without removing the others); default: the given value
    :param secret: never shown in the diff
    """

    def __init__(self, name, key=None, normalise=text, to_api=None, read=None, merge=None, secret=False):
        self.name = name
        self.key = key
        self.normalise = normalise
        self.to_api = to_api or (lambda value: value)
        self.read = read
        self.merge = merge
        self.secret = secret

    def current(self, obj):
        return self.normalise(self.read(obj) if self.read else obj.get(self.key))

    def wanted(self, current, given):
        given = self.normalise(given)
        return self.merge(current, given) if self.merge else given


class Changes:
    """The fields the user gave, with their current (`before`) and wanted (`after`) values.

    Passed to the resource's create and update; also gives `changed` and the diff.
    """

    def __init__(self, fields, given, current):
        self.fields = dict((field.name, field) for field in fields)
        self.before = {}
        self.after = {}
        self.creating = current is None
        for field in fields:
            if given.get(field.name) is None:  # not given: not compared, not changed
                continue
            # A new object has nothing yet: merges start from the field's empty value.
            before = field.normalise(None) if current is None else field.current(current)
            self.before[field.name] = before
            self.after[field.name] = field.wanted(before, given[field.name])

    def __contains__(self, name):
        """Whether the user gave this field."""
        return name in self.after

    def changed(self, name=None):
        """Whether this field (or any field) differs."""
        names = [name] if name else self.after
        return any(self.creating or self.before[item] != self.after[item] for item in names if item in self.after)

    def api(self, names=None, changed_only=True):
        """{API key: API value} of the object's fields among `names` (default all) that differ (or
        that were given, with changed_only=False)."""
        values = {}
        for name, after in self.after.items():
            field = self.fields[name]
            if field.key is None or (names is not None and name not in names):
                continue
            if not changed_only or self.changed(name):
                values[field.key] = field.to_api(after)
        return values

    def diff(self, state_before, state_after):
        """The before/after dicts of the diff: the state, then the compared fields. A secret field
        shows only that it is being set, as SECRET_SET on the after side, never its value."""
        before, after = {'state': state_before}, {'state': state_after}
        for name in self.after:
            if self.fields[name].secret:
                if self.changed(name) and state_after != ABSENT:
                    after[name] = SECRET_SET
                continue
            if state_before != ABSENT:
                before[name] = self.before[name]
            if state_after != ABSENT:
                after[name] = self.after[name]
        return {'before': before, 'after': after}


class Resource(Work):
    """One object of a kind (team, channel, user, ...) and what `ensure()` needs to know about it.

    A kind is a subclass that sets `name` (the key the object is returned under), `argument_spec`
    (its options, without the connection options: the module's spec and the defaults of a plain
    dict of params), `fields` (the compared `Field`s), `problems()` (what the server would refuse in
    the options), `find()`, and the requests that change the object, which `ensure()` never calls in
    check mode:

    - `create(changes)`: create the object with `changes.after`; return it;
    - `update(obj, changes)`: change the fields that differ; return the object as it now is;
    - `restore(obj)`: unarchive the object; return it;
    - `archive(obj)` and `delete(obj)`: archive it, delete it for good.

    :param params: the options, a plain dict (a module's params, or one item of a list); missing
        options take their default from `argument_spec`
    :param driver: a logged in Driver
    :param check_mode: write nothing; the result shows the object as it would become
    :param diff: return the diff
    """

    name = None
    argument_spec = {}
    fields = ()
    # False for objects the server cannot archive (webhooks, commands): state=absent deletes them.
    archivable = True
    # The word for an archived object in the diff, in the module's vocabulary ('deactivated' user).
    archived_state = ARCHIVED
    # Options the server keeps lowercase (usernames): lowercased before they are checked or compared.
    lowercased = ()

    def __init__(self, params, driver, check_mode=False, diff=False):
        self.params = self.complete(params)
        self.driver = driver
        self.check_mode = check_mode
        self.diff = diff
        # What the next request is for, in the failure message if the server refuses it: "create team 'x'".
        self.doing = None
        self.current = None  # the object as it is on the server, once read (or seeded)
        self.seeded = False
        self.warnings = []  # messages for the task's warnings, returned with the result

    @classmethod
    def complete(cls, params):
        """The params with a value (the default, or None) for every option of the kind, and the
        `lowercased` ones lowercased."""
        complete = dict((option, spec.get('default')) for option, spec in cls.argument_spec.items())
        complete.update(params)
        for option in cls.lowercased:
            if complete.get(option) is not None:
                complete[option] = complete[option].lower()
        return complete

    @classmethod
    def problems(cls, params, prefix=''):
        """What the server would refuse in `params` (completed), as a list of messages that name each
        option by its path below `prefix` (see _errors.path_of); checked before any request."""
        return []

    def seed(self, current):
        """Take `current` (the object, or None for none) as read already, by a bulk read: `ensure()`
        then sends no request to find it."""
        self.current = current
        self.seeded = True

    def read(self):
        """The current object: the seeded one, or `find()`."""
        if not self.seeded:
            self.current = self.find()
            self.seeded = True
        return self.current

    def given(self):
        """The wanted values by field name (None: not given). Override to resolve names into ids."""
        return dict((field.name, self.params.get(field.name)) for field in self.fields)

    def find(self):
        """The current object by its natural key, archived ones included; None if there is none."""
        raise NotImplementedError

    def is_archived(self, obj):
        return bool(obj.get('delete_at'))

    def prepare(self, changes):
        """Read-only checks that must pass before anything is written (resolving usernames, say);
        runs in check mode too, so that check mode finds the same errors as a real run."""

    def run(self):
        """The work of `ensure()` (see _errors.Work), which brings the object to params['state']
        (present or absent, with `permanent` for deleting rather than archiving) and returns the
        result: `changed`, the object under `name`, `diff` with `diff`; the ensure-state layer. A
        kind that adds to its result (a token to rotate, say) or that works otherwise (access
        tokens) overrides it."""
        return _ensure(self)


def state_argument_spec(archivable=True):
    """The `state` option (and `permanent`, for objects that absent archives rather than deletes)."""
    spec = dict(state=dict(type='str', choices=[PRESENT, ABSENT], default=PRESENT))
    if archivable:
        spec['permanent'] = dict(type='bool', default=False)
    return spec


def state_of(resource, obj):
    if obj is None:
        return ABSENT
    return resource.archived_state if resource.is_archived(obj) else PRESENT


def _ensure(resource):
    check_mode = resource.check_mode
    current = resource.read()
    before = state_of(resource, current)

    if resource.params['state'] == ABSENT:
        permanent = resource.params.get('permanent') or not resource.archivable
        after = ABSENT if permanent or current is None else resource.archived_state
        changes = Changes((), {}, current)  # nothing is compared: the diff shows the state alone
        obj = current
        if before != after and not check_mode:
            if permanent:
                resource.delete(current)
            else:
                resource.archive(current)
        if after == ABSENT:
            obj = None
        elif before != after:
            # Read again for the archive time the server set; in check mode, about that time.
            obj = dict(current, delete_at=int(time.time() * 1000)) if check_mode else resource.find()
    else:
        after = PRESENT
        changes = Changes(resource.fields, resource.given(), current)
        resource.prepare(changes)
        if check_mode:
            obj = dict(current or {}, **changes.api(changed_only=False))
            if before == resource.archived_state:
                obj['delete_at'] = 0
        elif current is None:
            obj = resource.create(changes)
        else:
            obj = resource.restore(current) if before == resource.archived_state else current
            if changes.changed():
                obj = resource.update(obj, changes)

    result = {'changed': before != after or (after == PRESENT and changes.changed()), resource.name: obj or {}}
    if resource.diff:
        result['diff'] = changes.diff(before, after)
    return result
