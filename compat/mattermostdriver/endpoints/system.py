"""mattermostdriver.endpoints.system: the `system` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

System = GROUPS['system']

__all__ = ['System']
