import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { sentence } from './generic/phrase';
import './mattermost';
import { definition } from './generic/define';
import { desktopLevelNamed, setDesktopNotifications } from './mattermost/desktop-notifications';
import { closeSettings } from './mattermost/settings';

const LEVEL = String.raw`(?:["“'*]*)(never|off|none|nothing|for\s+all\s+activity|all\s+activity|all|all\s+new\s+messages|(?:only\s+)?(?:for\s+)?mentions(?:\s+and\s+direct\s+messages)?)(?:["”'*]*)`;
const DESKTOP = String.raw`(?:your\s+|the\s+)?desktop\s+notifications?(?:\s+(?:setting|preference|level))?`;
const FROM_SETTINGS = String.raw`(?:(?:from|in|via|using|through)\s+(?:the\s+)?(?:account\s+)?settings,?\s+)?`;

/**
 * "From Account Settings, set your desktop notifications to Never": Settings → Notifications → Desktop
 * Notifications → Edit → Never → Save, then closes the modal as a tester would before going on.
 */
defineStep(
  ...definition(
    sentence(String.raw`${FROM_SETTINGS}(?:set|change|switch|turn)\s+${DESKTOP}\s+to\s+${LEVEL}`),
    async function (this: CasebookWorld, level: string) {
      const page = await this.appPage();
      const wanted = desktopLevelNamed(level.replace(/\s+/g, ' '));
      if (!wanted) throw new Error(`unknown desktop notification level "${level}"`);
      await setDesktopNotifications(page, wanted, this.timeouts.actionMs);
      await closeSettings(page, this.timeouts.actionMs);
    },
  ),
);
