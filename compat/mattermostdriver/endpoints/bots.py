"""mattermostdriver.endpoints.bots: the `bots` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Bots = GROUPS['bots']

__all__ = ['Bots']
