"""mattermostdriver.endpoints.ldap: the `ldap` endpoint group of chatops_mattermost_driver."""
from chatops_mattermost_driver.endpoints import GROUPS

LDAP = GROUPS['ldap']

__all__ = ['LDAP']
