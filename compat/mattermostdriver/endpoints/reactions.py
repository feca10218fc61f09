"""mattermostdriver.endpoints.reactions: the `reactions` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Reactions = GROUPS['reactions']

__all__ = ['Reactions']
