# -*- coding: utf-8 -*-
# Copyright (c) chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The server's settings (config.json) as code: the logic of the mattermost_config module.

A setting is named by its path in the server's config, a tuple of keys such as
('ServiceSettings', 'SiteURL'), shown dotted (ServiceSettings.SiteURL). Only the settings given are
compared and sent (PUT /config/patch with just those keys); the valid names are those of the
server's own config (GET /config), so that a new server version needs no change here.
"""

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import copy

from ansible.module_utils.parsing.convert_bool import BOOLEANS_FALSE, BOOLEANS_TRUE

from ansible_collections.chatops.mattermost.plugins.module_utils._errors import Failure, Work
from ansible_collections.chatops.mattermost.plugins.module_utils._naming import did_you_mean

# What the server shows instead of a secret's value (model.FakeSetting). A patch that sends it back
# keeps the stored value.
MASK = '********************************'
WRITTEN = '(secret, written)'

# The settings the server masks (model.Config.Sanitize, Mattermost 11.4). Some are masked only when
# they are not empty, so the list is needed besides the mask itself; a setting that reads as MASK is
# secret too (a newer server's, or a plugin's secret setting).
SECRET_SETTINGS = frozenset((
    ('CacheSettings', 'RedisPassword'),
    ('ElasticsearchSettings', 'Password'),
    ('EmailSettings', 'SMTPPassword'),
    ('FileSettings', 'AmazonS3SecretAccessKey'),
    ('FileSettings', 'PublicLinkSalt'),
    ('GitLabSettings', 'Secret'),
    ('GoogleSettings', 'Secret'),
    ('LdapSettings', 'BindPassword'),
    ('MessageExportSettings', 'GlobalRelaySettings', 'SMTPPassword'),
    ('Office365Settings', 'Secret'),
    ('OpenIdSettings', 'Secret'),
    ('ServiceSettings', 'SplitKey'),
    ('SqlSettings', 'AtRestEncryptKey'),
    ('SqlSettings', 'DataSource'),
    ('SqlSettings', 'DataSourceReplicas'),
    ('SqlSettings', 'DataSourceSearchReplicas'),
    ('SqlSettings', 'ReplicaLagSettings'),
))
# A setting of another name is taken for a secret when its last key has one of these words.
SECRET_WORDS = ('password', 'secret', 'salt')

# Settings whose keys are chosen by the user (plugin ids), not by the server's structure. A plugin id
# may contain dots: in a dotted name, the last key is the plugin's setting and the keys between are
# the id (PluginSettings.PluginStates.com.example.plugin.Enable).
OPEN_MAPS = (('PluginSettings', 'Plugins'), ('PluginSettings', 'PluginStates'))

# Settings that the server reads only when it starts (the Mattermost documentation marks them so):
# a change is stored but takes effect after a restart.
RESTART_SECTIONS = frozenset(('SqlSettings', 'ClusterSettings', 'CacheSettings'))
RESTART_SETTINGS = frozenset((
    ('ServiceSettings', 'ListenAddress'),
    ('ServiceSettings', 'ConnectionSecurity'),
    ('ServiceSettings', 'TLSCertFile'),
    ('ServiceSettings', 'TLSKeyFile'),
    ('ServiceSettings', 'TLSMinVer'),
    ('ServiceSettings', 'TLSStrictTransport'),
    ('ServiceSettings', 'UseLetsEncrypt'),
    ('ServiceSettings', 'Forward80To443'),
    ('ServiceSettings', 'ReadTimeout'),
    ('ServiceSettings', 'WriteTimeout'),
    ('ServiceSettings', 'IdleTimeout'),
    ('ServiceSettings', 'EnableLocalMode'),
    ('ServiceSettings', 'LocalModeSocketLocation'),
    ('MetricsSettings', 'ListenAddress'),
    ('PluginSettings', 'Directory'),
    ('PluginSettings', 'ClientDirectory'),
))


class ConfigError(Failure):
    """The settings asked for cannot be (or were not) applied; `result` goes into the failure (after
    a write: changed, and the settings written)."""


def dotted(path):
    return '.'.join(path)


def open_map(path):
    """The open map `path` is in (a prefix of it), or None."""
    for prefix in OPEN_MAPS:
        if tuple(path[:len(prefix)]) == prefix and len(path) > len(prefix):
            return prefix
    return None


def split_name(name, prefix=()):
    """The path of a dotted name given below `prefix`, plugin ids (which may contain dots) kept whole."""
    path = tuple(prefix)
    parts = name.split('.')
    while parts:
        if path in OPEN_MAPS:
            # <id>.<setting> with the last part the setting, or just <id> (its value a dict).
            return path + ('.'.join(parts[:-1]), parts[-1]) if len(parts) > 1 else path + (parts[0],)
        path += (parts.pop(0),)
    return path


def flatten(settings, prefix=()):
    """{path: value} for every setting of `settings`, a dict of dotted names and/or nested dicts.

    Raises ConfigError for a name that is not text or has an empty part, before any request.
    """
    flat = {}
    for name, value in settings.items():
        if not isinstance(name, str) or not name or prefix not in OPEN_MAPS and '' in name.split('.'):
            raise ConfigError('settings: %r is not a setting name (names are keys of config.json joined with dots, '
                              'such as ServiceSettings.SiteURL)' % (name,))
        # Below an open map, a nested dict's key is a plugin id, dots and all.
        path = prefix + (name,) if prefix in OPEN_MAPS else split_name(name, prefix)
        if isinstance(value, dict) and value:
            flat.update(flatten(value, path))
        else:
            flat[path] = value
    return flat


def set_value(config, path, value):
    """Set the setting at `path` of a nested dict, making the dicts on the way."""
    node = config
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def nested(flat):
    """The nested dict (the shape of config.json) of {path: value}."""
    result = {}
    for path, value in flat.items():
        set_value(result, path, value)
    return result


def leaves(config, prefix=()):
    """The paths of every setting of the server's config."""
    for key, value in config.items():
        path = prefix + (key,)
        if isinstance(value, dict) and value and path not in OPEN_MAPS:
            yield from leaves(value, path)
        else:
            yield path


def lookup(config, path):
    """(True, value) of the setting at `path` of the server's config, (False, None) when it has none."""
    node = config
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return False, None
        node = node[key]
    return True, node


def is_secret(path, current=None):
    if tuple(path) in SECRET_SETTINGS or any(word in path[-1].lower() for word in SECRET_WORDS):
        return True
    return current == MASK or isinstance(current, list) and MASK in current


def needs_restart(path):
    return path[0] in RESTART_SECTIONS or tuple(path) in RESTART_SETTINGS


def environment_variable(path):
    """The variable the server reads a setting from (MM_SERVICESETTINGS_SITEURL)."""
    return 'MM_' + '_'.join(path).upper()


def coerce(path, given, current):
    """The given value as the type of the server's current value (YAML and templates give text).

    Raises ConfigError when it cannot be that type.
    """
    name = dotted(path)
    if current is None or given is None:
        return given
    if isinstance(current, bool):
        if isinstance(given, bool):
            return given
        lowered = given.lower() if isinstance(given, str) else given
        if lowered in BOOLEANS_TRUE:
            return True
        if lowered in BOOLEANS_FALSE:
            return False
        raise ConfigError('settings: %s must be a boolean, not %r' % (name, given))
    if isinstance(current, (int, float)):
        kind, convert = ('an integer', int) if isinstance(current, int) else ('a number', float)
        try:
            if isinstance(given, (bool, list, dict)) or kind == 'an integer' and isinstance(given, float) and not given.is_integer():
                raise ValueError(given)
            return convert(given)
        except (TypeError, ValueError):
            raise ConfigError('settings: %s must be %s, not %r' % (name, kind, given))
    if isinstance(current, str) and isinstance(given, (int, float)) and not isinstance(given, bool):
        return str(given)
    if isinstance(current, str) and not isinstance(given, str):
        raise ConfigError('settings: %s must be a string, not %r' % (name, given))
    if isinstance(current, list) and not isinstance(given, list):
        raise ConfigError('settings: %s must be a list, not %r' % (name, given))
    return given


def secret_values(value):
    """The values to keep out of every output for a secret setting's given value."""
    values = value if isinstance(value, list) else [value]
    return set(str(item) for item in values if item not in (None, '', MASK) and not isinstance(item, (bool, dict)))


def given_secret_values(settings):
    """Every value given for a secret setting, known by its name alone (before reading the server)."""
    values = set()
    try:
        flat = flatten(settings or {})
    except ConfigError:
        flat = {}
    for path, value in flat.items():
        if is_secret(path):
            values |= secret_values(value)
    return values


def masked(value):
    """A secret value as it may be shown: the mask, or empty when it is empty."""
    if isinstance(value, list):
        return [masked(item) for item in value]
    if isinstance(value, dict):
        return dict((key, masked(item)) for key, item in value.items())
    return value if value in (None, '', MASK) else MASK


def mask_config(config, prefix=()):
    """A copy of (part of) the server's config with every secret setting masked."""
    result = {}
    for key, value in config.items():
        path = prefix + (key,)
        if is_secret(path, value):
            result[key] = masked(value)
        elif isinstance(value, dict):
            result[key] = mask_config(value, path)
        else:
            result[key] = value
    return result


class Change:
    """One setting to change: its path, the server's value before and the value wanted."""

    def __init__(self, path, before, after, secret):
        self.path = path
        self.before = before
        self.after = after
        self.secret = secret

    @property
    def name(self):
        return dotted(self.path)

    def shown(self):
        """(before, after) as shown in the diff: a secret is never shown."""
        if self.secret:
            return masked(self.before), WRITTEN
        return self.before, self.after


def plan(config, settings, update_secrets):
    """The changes that make the server's `config` have `settings` ({path: value}).

    Returns (changes, secrets_not_written). Raises ConfigError for unknown names and values of the
    wrong type, all of them at once, before any write.
    """
    names = [dotted(path) for path in leaves(config)]
    problems = []
    changes = []
    secrets_not_written = []
    for path in sorted(settings):
        value = settings[path]
        known, current = lookup(config, path)
        if not known and open_map(path) is not None:
            known, current = True, None  # a new plugin's entry
        if not known:
            problems.append('settings: %s is not a setting of this server%s' % (dotted(path), did_you_mean(dotted(path), names)))
            continue
        if isinstance(current, dict) and path not in OPEN_MAPS and open_map(path) is None:
            problems.append('settings: %s is a section, not a setting: give its settings' % dotted(path))
            continue
        if is_secret(path, current):
            if update_secrets == 'always':
                changes.append(Change(path, current, value, secret=True))
            else:
                secrets_not_written.append(dotted(path))
            continue
        try:
            wanted = coerce(path, value, current)
        except ConfigError as exc:
            problems.append(str(exc))
            continue
        if wanted != current:
            changes.append(Change(path, current, wanted, secret=False))
    if problems:
        raise ConfigError('; '.join(problems))
    return changes, secrets_not_written


def from_environment(changes, environment):
    """The changes to settings that the server takes from environment variables (it keeps those)."""
    return [change for change in changes if lookup(environment, change.path)[1] is True]


def not_taken(changes, config):
    """The names of the (not secret) changes that the server's config after the patch does not have."""
    return [change.name for change in changes
            if not change.secret and lookup(config, change.path)[1] != change.after]


def check_sections(config, names):
    """Raises ConfigError for names that are not sections of the server's config."""
    unknown = [name for name in names if not isinstance(config.get(name), dict)]
    if unknown:
        raise ConfigError('; '.join('return_sections: %s is not a section of the config%s' % (
            name, did_you_mean(name, [key for key, value in config.items() if isinstance(value, dict)])) for name in unknown))


def sections(config, names):
    """The sections `names` of the server's config, secrets masked."""
    check_sections(config, names)
    return mask_config(dict((name, copy.deepcopy(config[name])) for name in names))


class ServerConfig(Work):
    """Compare and patch the settings given to the module; read the sections asked for. `task` is the
    module's _connection.Task: its options, check and diff mode, warn() and no_log_values.

    Requests: GET /config; with changes, GET /config/environment (not over the local-mode socket, which
    does not serve it) and PUT /config/patch (whose answer, the server's config after the change, is
    the read back). POST /config/reload first when asked.
    """

    def __init__(self, task, driver):
        self.task = task
        self.driver = driver
        self.params = task.params
        self.doing = None

    def run(self):
        """The module's result (see _errors.Work for ensure()); ConfigError for settings that cannot
        be (or were not) applied."""
        result = dict(changed=False, reloaded=False)
        settings = flatten(self.params['settings'] or {})
        if self.params['reload'] and not self.task.check_mode:
            self.doing = 'reload the configuration'
            self.driver.system.reload_config()
            result['reloaded'] = True
        self.doing = 'read the configuration'
        config = self.driver.system.get_config()
        for path, value in settings.items():
            known, current = lookup(config, path)
            if is_secret(path, current):  # also the secrets known only by their mask
                self.task.no_log_values.update(secret_values(value))
            elif not known or open_map(path) == ('PluginSettings', 'Plugins'):
                # A misspelt secret's name, or a plugin's setting (its manifest says whether it is
                # secret): their text is kept out of the output too.
                self.task.no_log_values.update(item for item in secret_values(value) if isinstance(value, str))
        check_sections(config, self.params['return_sections'])
        changes, secrets_not_written = plan(config, settings, self.params['update_secrets'])
        if secrets_not_written:
            self.task.warn('Secret settings not written because update_secrets=never (the server does not show '
                           'their values, so they cannot be compared): %s' % ', '.join(secrets_not_written))
        if changes:
            self.refuse_environment(changes)
            result['changed'] = True
            if not self.task.check_mode:
                config = self.patch(changes)
        restart = [change.name for change in changes if needs_restart(change.path)]
        if restart:
            self.task.warn('These settings take effect when the server restarts: %s' % ', '.join(restart))
        result.update(
            changed_settings=[change.name for change in changes],
            restart_required=restart,
        )
        if self.params['return_sections']:
            if self.task.check_mode:
                config = copy.deepcopy(config)
                for change in changes:
                    if not change.secret:
                        set_value(config, change.path, change.after)
            result['config'] = sections(config, self.params['return_sections'])
        if self.task.diff:
            shown = [(change.name, change.shown()) for change in changes]
            result['diff'] = dict(before=dict((name, values[0]) for name, values in shown),
                                  after=dict((name, values[1]) for name, values in shown))
        return result

    def refuse_environment(self, changes):
        if self.driver.local:
            # The local-mode socket does not serve GET /config/environment; a setting the server
            # keeps from its environment is then found by the read back of the patch (not_taken).
            # The server does not store it (its config store strips what the environment sets).
            return
        self.doing = 'read the settings taken from environment variables'
        fixed = from_environment(changes, self.driver.system.get_environment_config())
        if fixed:
            raise ConfigError(
                'The server takes these settings from environment variables and ignores changes through the API '
                '(change the variable where the server is started; nothing was written): %s' % ', '.join(
                    '%s (%s)' % (change.name, environment_variable(change.path)) for change in fixed))

    def patch(self, changes):
        self.doing = 'change the settings %s' % ', '.join(change.name for change in changes)
        config = self.driver.system.patch_config(options=nested(dict((change.path, change.after) for change in changes)))
        refused = not_taken(changes, config)
        if refused:
            message = 'The server did not take these settings (it kept another value): %s' % ', '.join(refused)
            if self.driver.local:
                variables = [environment_variable(change.path) for change in changes if change.name in refused]
                message += ('. Over the local-mode socket the settings taken from environment variables cannot be '
                            'listed before the change; these may be (%s): change the variable where the server is '
                            'started' % ', '.join(variables))
            raise ConfigError(message, changed=True, changed_settings=[change.name for change in changes])
        return config


CONFIG_ARGUMENT_SPEC = dict(
    # Not no_log: that would hide every setting. The values of secret settings are hidden by ensure_config.
    settings=dict(type='dict', no_log=False),
    update_secrets=dict(type='str', choices=['always', 'never'], default='never', no_log=False),
    return_sections=dict(type='list', elements='str', default=[]),
    reload=dict(type='bool', default=False),
)


def ensure_config(task):
    """mattermost_config's work: hide the secret values given, check the names, log in, compare and patch."""
    task.no_log_values.update(given_secret_values(task.params['settings']))
    flat = flatten(task.params['settings'] or {})  # a name that is no setting's fails before any request
    try:
        driver = task.driver()
    except Failure:
        # Which settings are secret is known from the server's config (a plugin's, a misspelt name's):
        # without it, no given value is shown.
        task.no_log_values.update(*(secret_values(value) for value in flat.values()))
        raise
    return ServerConfig(task, driver).ensure()
