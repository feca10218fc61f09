# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Check the `mattermostdriver` on sys.path against the surface of mattermostdriver 7.3.2 (the seed).

The surface is read from the seed's wheel with `ast`, never from a hand-kept list: every module;
every class, function and variable a module defines; every method (its parameters, defaults, and
whether it is async, static or a property, and a property's setter), class attribute and instance
attribute (`self.x = ...` in any method) of every class. The `mattermostdriver` checked is imported:
the compatibility package of chatops-mattermost-driver, not the seed (run this where it comes first).

    python tests/utils/seed_surface.py [--wheel SEED_WHEEL]

prints the number of seed names checked and one line per missing or incompatible name; exits 1 when
there is any. Without --wheel, the wheel is downloaded once with pip into the cache below.
"""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import argparse
import ast
import glob
import importlib
import inspect
import logging
import os
import subprocess
import sys
import zipfile

SEED = 'mattermostdriver==7.3.2'
CACHE = os.path.join(os.environ.get('MATTERMOST_CACHE') or os.path.expanduser('~/.cache/chatops-mattermost'), 'seed')

# Where ours differs from the seed's signature on purpose: (module, class, method, parameter) -> why.
DELIBERATE = {
    ('mattermostdriver.driver', 'Driver', 'init_websocket', 'websocket_cls'):
        'None means Websocket, imported on first use: importing asyncio and websockets with the driver doubled its cost',
}


def seed_wheel(cache=CACHE):
    """The seed's wheel, downloaded with pip into `cache` the first time."""
    found = glob.glob(os.path.join(cache, 'mattermostdriver-7.3.2-*.whl'))
    if not found:
        subprocess.check_call([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary', ':all:',
                               '--dest', cache, SEED])
        found = glob.glob(os.path.join(cache, 'mattermostdriver-7.3.2-*.whl'))
    return found[0]


def parameters(function):
    """[(name, kind, default source or None)] of an ast function, in order."""
    args = function.args
    result = []
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults):
        kind = 'POSITIONAL_ONLY' if arg in args.posonlyargs else 'POSITIONAL_OR_KEYWORD'
        result.append((arg.arg, kind, None if default is None else ast.unparse(default)))
    if args.vararg:
        result.append((args.vararg.arg, 'VAR_POSITIONAL', None))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        result.append((arg.arg, 'KEYWORD_ONLY', None if default is None else ast.unparse(default)))
    if args.kwarg:
        result.append((args.kwarg.arg, 'VAR_KEYWORD', None))
    return result


def decorators(function):
    return [ast.unparse(decorator) for decorator in function.decorator_list]


def read_surface(wheel):
    """{module: {'names': [...], 'classes': {class: {...}}}} of every module of the seed's wheel."""
    surface = {}
    with zipfile.ZipFile(wheel) as archive:
        for path in sorted(archive.namelist()):
            if not path.endswith('.py'):
                continue
            module = path[:-len('.py')].replace('/', '.')
            if module.endswith('.__init__'):
                module = module[:-len('.__init__')]
            tree = ast.parse(archive.read(path).decode('utf-8'))
            names, classes = [], {}
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    classes[node.name] = read_class(node)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.append(node.name)
                elif isinstance(node, ast.Assign):
                    names.extend(target.id for target in node.targets if isinstance(target, ast.Name))
            surface[module] = {'names': names, 'classes': classes}
    return surface


def read_class(node):
    methods, class_attributes, instance_attributes = {}, {}, set()
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            decorated = decorators(item)
            if any(decorator.endswith('.setter') for decorator in decorated):
                methods[item.name]['setter'] = True
            else:
                methods[item.name] = {'async': isinstance(item, ast.AsyncFunctionDef), 'decorators': decorated,
                                      'parameters': parameters(item), 'setter': False}
            for sub in ast.walk(item):
                if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                    for target in getattr(sub, 'targets', None) or [sub.target]:
                        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                                and target.value.id == 'self':
                            instance_attributes.add(target.attr)
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name):
                    class_attributes[target.id] = ast.unparse(item.value)
    return {'methods': methods, 'class_attributes': class_attributes,
            'instance_attributes': sorted(instance_attributes)}


def sample_instance(cls):
    """An instance of one of our classes, made without a server, to look at its instance attributes."""
    import mattermostdriver
    from mattermostdriver.endpoints.base import Base
    driver = mattermostdriver.Driver({'url': 'localhost', 'scheme': 'http'})
    if issubclass(cls, mattermostdriver.Driver):
        return driver
    if issubclass(cls, mattermostdriver.Client):
        return cls(driver.options)
    if issubclass(cls, mattermostdriver.Websocket):
        return cls(driver.options, 'a-token')
    if issubclass(cls, Base):
        return cls(driver.client)
    return None


def evaluate(source, namespace):
    return eval(source, dict(namespace))  # the seed's own default or class attribute expression


def check(surface):
    """Return (number of seed names checked, [problem])."""
    import mattermostdriver  # ours: the caller put the compatibility package first on sys.path
    checked, problems = 0, []
    modules = {}
    for module_name in surface:
        checked += 1
        try:
            modules[module_name] = importlib.import_module(module_name)
        except ImportError as exc:
            problems.append('%s: cannot import: %s' % (module_name, exc))
    # What the seed's expressions (defaults, class attributes) may name: its classes, and logging.
    namespace = {'logging': logging}
    for module_name, module in modules.items():
        namespace.update((name, getattr(module, name)) for name in surface[module_name]['classes']
                         if hasattr(module, name))
    for module_name, module in modules.items():
        for name in surface[module_name]['names']:
            checked += 1
            if not hasattr(module, name):
                problems.append('%s.%s: missing' % (module_name, name))
        for class_name, seed_class in surface[module_name]['classes'].items():
            checked += 1
            cls = getattr(module, class_name, None)
            if not inspect.isclass(cls):
                problems.append('%s.%s: missing class' % (module_name, class_name))
                continue
            problems.extend(check_class('%s.%s' % (module_name, class_name), cls, seed_class, namespace))
            checked += len(seed_class['methods']) + len(seed_class['class_attributes']) \
                + len(seed_class['instance_attributes'])
    if mattermostdriver.__file__ and 'site-packages' in mattermostdriver.__file__ \
            and not hasattr(mattermostdriver.Driver, 'events'):
        problems.append('the mattermostdriver imported is the seed itself, not ours: %s' % mattermostdriver.__file__)
    return checked, problems


def check_class(qualified, cls, seed_class, namespace):
    problems = []
    module_name, class_name = qualified.rsplit('.', 1)
    for name, method in seed_class['methods'].items():
        where = '%s.%s' % (qualified, name)
        static = inspect.getattr_static(cls, name, None)
        if static is None:
            problems.append('%s: missing' % where)
            continue
        if 'property' in method['decorators']:
            if not isinstance(static, property):
                problems.append('%s: not a property' % where)
            elif method['setter'] and static.fset is None:
                problems.append('%s: a property without a setter' % where)
            continue
        if 'staticmethod' in method['decorators'] and not isinstance(static, staticmethod):
            problems.append('%s: not a staticmethod' % where)
        ours = getattr(cls, name)
        if method['async'] and not inspect.iscoroutinefunction(ours):
            problems.append('%s: not async' % where)
        problems.extend(incompatibility(where, (module_name, class_name, name), method['parameters'],
                                        inspect.signature(ours), namespace))
    for name, source in seed_class['class_attributes'].items():
        where = '%s.%s' % (qualified, name)
        if not hasattr(cls, name):
            problems.append('%s: missing class attribute' % where)
            continue
        expected, value = evaluate(source, namespace), getattr(cls, name)
        if isinstance(expected, dict) and isinstance(value, dict):  # default_options: ours has more
            wrong = sorted(key for key in expected if value.get(key, object()) != expected[key])
            if wrong:
                problems.append('%s: differs for %s' % (where, ', '.join(wrong)))
        elif value != expected:
            problems.append('%s is %r, not %r' % (where, value, expected))
    instance = sample_instance(cls) if seed_class['instance_attributes'] else None
    for name in seed_class['instance_attributes']:
        if instance is None or not hasattr(instance, name):
            problems.append('%s: no instance attribute %s' % (qualified, name))
    return problems


def incompatibility(where, key, seed_parameters, signature, namespace):
    """Why a call written for the seed's parameters would fail or change meaning on `signature`."""
    ours = list(signature.parameters.values())
    if ours and ours[0].name == 'self' and (not seed_parameters or seed_parameters[0][0] != 'self'):
        ours = ours[1:]  # an unbound function where the seed had a staticmethod
    for index, (name, kind, default) in enumerate(seed_parameters):
        if index >= len(ours):
            return ['%s: no parameter %r' % (where, name)]
        our = ours[index]
        if (our.name, our.kind.name) != (name, kind):
            return ['%s: parameter %d is %s, not %s' % (where, index, our, name)]
        if default is not None:
            if our.default is inspect.Parameter.empty:
                return ['%s: %s has no default (the seed: %s)' % (where, name, default)]
            expected = evaluate(default, namespace)
            if our.default != expected and key + (name,) not in DELIBERATE:
                return ['%s: %s defaults to %r, not %s' % (where, name, our.default, default)]
    for our in ours[len(seed_parameters):]:
        if our.default is inspect.Parameter.empty and our.kind not in (our.VAR_POSITIONAL, our.VAR_KEYWORD):
            return ['%s: extra required parameter %r' % (where, our.name)]
    return []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--wheel', help="the seed's wheel (default: downloaded into %s)" % CACHE)
    args = parser.parse_args(argv)
    checked, problems = check(read_surface(args.wheel or seed_wheel()))
    for problem in problems:
        print(problem)
    print('%d seed names checked, %d missing or incompatible' % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
