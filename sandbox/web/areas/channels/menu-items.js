/**
 * Which items the channel header menu shows, in Mattermost's order and with its ids and labels (the
 * `channel_header_dropdown` of the 7.x–9.x web app, the one the test cases describe; View Info and its channel
 * info panel are not built here): Add Members,
 * Manage Members or View Members, Edit Channel Header, Edit Channel Purpose, Rename Channel, Convert to Private
 * Channel, Leave Channel, Archive Channel, Unarchive Channel. What a member may do follows Mattermost's default
 * permission scheme: channel members manage a channel's members and properties and may archive it; converting to
 * private needs a team or system admin; unarchiving needs manage_team (a system admin here).
 */
const DEFAULT_CHANNEL = 'town-square';

export function headerMenuItems({ channel, user, isMember }) {
  const archived = channel.delete_at > 0;
  const isAdmin = /\bsystem_admin\b/.test(user.roles ?? '');
  const conversation = channel.type === 'D' || channel.type === 'G';
  const isDefault = channel.name === DEFAULT_CHANNEL;
  // Default scheme: channel_user holds manage_*_channel_members/properties and delete_*_channel.
  const manages = isAdmin || isMember;
  const items = [];
  if (!conversation && !archived && !isDefault && manages)
    items.push(['channelAddMembers', 'Add Members', 'add-members']);
  if (!conversation && !archived && !isDefault && manages)
    items.push(['channelManageMembers', 'Manage Members', 'members']);
  else if (!conversation) items.push(['channelViewMembers', 'View Members', 'members']);
  if (!conversation && !archived && manages) {
    items.push(['channelEditHeader', 'Edit Channel Header', 'header']);
    items.push(['channelEditPurpose', 'Edit Channel Purpose', 'purpose']);
    items.push(['channelRename', 'Rename Channel', 'rename']);
  }
  if (!conversation && !archived && !isDefault && channel.type === 'O' && isAdmin)
    items.push(['channelConvertToPrivate', 'Convert to Private Channel', 'convert']);
  if (!isDefault && !conversation) items.push(['channelLeaveChannel', 'Leave Channel', 'leave']);
  if (!archived && !isDefault && !conversation && manages)
    items.push(['channelArchiveChannel', 'Archive Channel', 'archive']);
  if (archived && isAdmin) items.push(['channelUnarchiveChannel', 'Unarchive Channel', 'unarchive']);
  return items;
}
