/**
 * The Mattermost web app's post ids and names (capability-map §5 items 0, 10, 11; webapp
 * `components/post_view`, `post_options`, `dot_menu`, `delete_post_modal`, `rhs_thread`; PW lib `post.ts`,
 * `post_menu.ts`, `post_dot_menu.ts`, `sidebar_right.ts`). `location` is CENTER, RHS_ROOT or RHS_COMMENT.
 */
export const POST = {
  inCenter: (id: string) => `#post_${id}`,
  inRhs: (id: string) => `#rhsPost_${id}`,
  /** A result of the RHS lists (search results, pinned, saved): Mattermost's search item id. */
  inRhsList: (id: string) => `#sidebar-right #searchResult_${id}`,
  /** The center post's text (a search result shows the same message with the same id). */
  text: (id: string) => `#post_${id} #postMessageText_${id}`,
  edited: (id: string) => `#postEdited_${id}`,
  dotButton: (location: string, id: string) => `#${location}_button_${id}`,
  replyButton: (location: string, id: string) => `#${location}_commentIcon_${id}`,
  replyCount: (id: string) => `#CENTER_commentIcon_${id} .post-menu__comment-count`,
  /** The pre-header of a pinned (or saved) post, and its class. */
  preHeader: '.post-pre-header',
  dotMenuName: 'Post extra options',
  editBox: '#edit_textbox',
  deleteModal: '#deletePostModal',
  deleteConfirm: '#deletePostModalButton',
  centerPosts: '#postListContent [data-testid="postView"]',
};

export const RHS = {
  panel: '#sidebar-right',
  replyBox: '#reply_textbox',
  sendButton: '#sidebar-right [data-testid="SendMessageButton"]',
  posts: '#sidebar-right [data-testid="rhsPostView"]',
  pinnedItems: '#sidebar-right [data-testid="search-item-container"]',
  title: '#sidebar-right .sidebar--right__title',
  pinButton: '#channelHeaderPinButton',
};
