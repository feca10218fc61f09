# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Run mmpy_bot 2.1.0's ExamplePlugin, unchanged, as its README shows; tests/server/test_mmpy_bot.py
starts it with the compatibility package in place of mattermostdriver.

    python mmpy_bot_run.py URL TOKEN TEAM_NAME
"""
import sys
from urllib.parse import urlsplit

from mmpy_bot import Bot, Settings
from mmpy_bot.plugins import ExamplePlugin


def main(url, token, team):
    parts = urlsplit(url)
    bot = Bot(settings=Settings(MATTERMOST_URL='%s://%s' % (parts.scheme, parts.hostname), MATTERMOST_PORT=parts.port,
                                BOT_TOKEN=token, BOT_TEAM=team, SSL_VERIFY=False),
              plugins=[ExamplePlugin()])
    bot.run()


if __name__ == '__main__':
    main(*sys.argv[1:])
