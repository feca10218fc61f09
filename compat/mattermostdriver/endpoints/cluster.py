"""mattermostdriver.endpoints.cluster: the `cluster` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Cluster = GROUPS['cluster']

__all__ = ['Cluster']
