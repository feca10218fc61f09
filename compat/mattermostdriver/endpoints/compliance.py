"""mattermostdriver.endpoints.compliance: the `compliance` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Compliance = GROUPS['compliance']

__all__ = ['Compliance']
