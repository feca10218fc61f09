# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A short typed program on the driver package: test_typing.py checks it with `mypy --strict` (it
passes) and its twins with a misspelt method and a missing path parameter (they fail)."""
from __future__ import annotations

from typing import Any

from chatops_mattermost_driver import Driver
from chatops_mattermost_driver.exceptions import ResourceNotFound


def channel_names(driver: Driver, team_name: str) -> list[str]:
    team: dict[str, Any] = driver.teams.get_team_by_name(team_name)
    channels: list[dict[str, Any]] = driver.channels.get_public_channels(team['id'], params={'per_page': 200})
    return [channel['name'] for channel in channels]


def main() -> None:
    with Driver({'url': 'https://chat.example.com', 'token': 'xxxxxxxx'}) as driver:
        driver.login()
        me: dict[str, Any] = driver.users.get_user('me')
        print(me['username'], channel_names(driver, 'ops'))
        try:
            driver.posts.create_post(options={'channel_id': 'nope', 'message': 'hello'})
        except ResourceNotFound as error:
            print(error.status_code, error.message)


if __name__ == '__main__':
    main()
