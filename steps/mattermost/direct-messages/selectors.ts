/**
 * Direct messages and the members panel as the real web app exposes them: the "Direct Messages" dialog
 * (`more_direct_channels`, Cypress `#moreDmModal`, PW lib `direct_channels_modal.ts`), the channel header's members
 * button (`channel_header` HeaderIconWrapper `buttonId='member_rhs'`, older `#channelMember`) and the Members RHS
 * (`channel_members_rhs`: rows `memberline-<user id>`, "Send message").
 */
export const DM = {
  moreModal: '#moreDmModal',
  moreModalTitle: 'Direct Messages',
  membersButton: '#member_rhs, #channelMember',
  memberLine: '[data-testid^="memberline-"]',
  memberName: '.profileSpan_userInfo',
  headerTitle: '#channelHeaderTitle',
} as const;

/** A DM's URL ends in `/messages/@<username>` (PW lib `pages/channels.ts`). */
export const DM_URL = /\/messages\/@([^/?#]+)/;
