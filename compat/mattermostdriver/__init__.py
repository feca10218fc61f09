"""mattermostdriver 7.3.2's import name, backed by chatops_mattermost_driver (see the README)."""
__all__ = ['driver', 'client', 'websocket']
from .driver import Driver
from .client import Client
from .websocket import Websocket
