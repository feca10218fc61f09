"""mattermostdriver.version. full_version is the mattermostdriver interface this package provides
(programs compare it); __version__ is this distribution's, the same as chatops-mattermost-driver's."""
# pylint: disable=invalid-name
__version__ = '0.1.0'
full_version = '7.3.2'
short_version = '.'.join(full_version.split('.', 2)[:2])
