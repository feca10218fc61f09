"""mattermostdriver.endpoints.saml: the `saml` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

SAML = GROUPS['saml']

__all__ = ['SAML']
