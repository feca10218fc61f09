"""mattermostdriver.endpoints.brand: the `brand` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

Brand = GROUPS['brand']

__all__ = ['Brand']
