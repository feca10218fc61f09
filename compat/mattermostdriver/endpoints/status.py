"""mattermostdriver.endpoints.status: the `status` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Status = GROUPS['status']

__all__ = ['Status']
