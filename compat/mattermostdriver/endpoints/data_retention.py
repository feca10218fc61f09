"""mattermostdriver.endpoints.data_retention: the `data_retention` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

DataRetention = GROUPS['data_retention']

__all__ = ['DataRetention']
