# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Build the driver's HTML API reference with pdoc: every module of chatops_mattermost_driver and
every endpoint group with every operation, from their docstrings.

    python scripts/build_api_docs.py [OUTPUT_DIR]     (default .cache/api-docs; `make api-docs`)

The groups are built at run time from the operations table (endpoints.GROUPS); here each is also
made an attribute of the endpoints module, so that pdoc lists them. Any warning fails the build.
"""
import os
import pathlib
import sys
import tempfile
import warnings

MODULES = ('driver', 'endpoints', 'client', 'websocket', 'exceptions', 'options', 'redaction', 'versions')
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    output = os.path.abspath(argv[0] if argv else os.path.join(REPO, '.cache', 'api-docs'))
    warnings.simplefilter('error')
    import pdoc
    import pdoc.render
    with tempfile.TemporaryDirectory() as path:
        os.symlink(os.path.join(REPO, 'plugins', 'module_utils', 'driver'), os.path.join(path, 'chatops_mattermost_driver'))
        sys.path.insert(0, path)
        import chatops_mattermost_driver
        from chatops_mattermost_driver import endpoints
        # The websocket's names load on first use (PEP 562); pdoc reads the module's own attributes.
        for name in chatops_mattermost_driver.WEBSOCKET_NAMES:
            setattr(chatops_mattermost_driver, name, getattr(chatops_mattermost_driver, name))
        names = []
        for cls in endpoints.build_groups().values():
            setattr(endpoints, cls.__name__, cls)
            names.append(cls.__name__)
        endpoints.__all__ = ['EndpointGroup', 'GROUPS', 'Groups', 'build_groups', 'build_group', 'build_method',
                             'optional_module'] + names
        pdoc.render.configure(docformat='markdown', footer_text='chatops-mattermost-driver')
        # Each module by name: pdoc follows a package's __all__, which names no submodule.
        modules = ['chatops_mattermost_driver'] + ['chatops_mattermost_driver.' + name for name in MODULES]
        pdoc.pdoc(*modules, output_directory=pathlib.Path(output))
    count = sum(len([name for name in vars(getattr(endpoints, group)) if not name.startswith('_') and name != 'endpoint'])
                for group in names)
    print('API reference of %d endpoint groups, %d methods, in %s' % (len(names), count, output))
    return 0


if __name__ == '__main__':
    sys.exit(main())
