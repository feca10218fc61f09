"""mattermostdriver.endpoints.commands: the `commands` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Commands = GROUPS['commands']

__all__ = ['Commands']
