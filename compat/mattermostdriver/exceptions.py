"""mattermostdriver.exceptions: chatops_mattermost_driver's errors, which are requests.HTTPError too."""
from chatops_mattermost_driver.exceptions import (
    ContentTooLarge, FeatureDisabled, InvalidOrMissingParameters, MethodNotAllowed, NoAccessTokenProvided,
    NotEnoughPermissions, ResourceNotFound,
)

__all__ = ['InvalidOrMissingParameters', 'NoAccessTokenProvided', 'NotEnoughPermissions', 'ResourceNotFound',
           'MethodNotAllowed', 'ContentTooLarge', 'FeatureDisabled']
