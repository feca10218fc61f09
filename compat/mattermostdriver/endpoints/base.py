"""mattermostdriver.endpoints.base: `Base` is the base class of chatops_mattermost_driver's endpoint groups."""
from chatops_mattermost_driver.endpoints import EndpointGroup as Base

__all__ = ['Base']
