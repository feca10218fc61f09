"""mattermostdriver.endpoints.teams: the `teams` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Teams = GROUPS['teams']

__all__ = ['Teams']
