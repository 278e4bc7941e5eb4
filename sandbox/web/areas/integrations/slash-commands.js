import { api } from '/static/js/api.js';

/**
 * Messages that start with "/" run as commands (Mattermost's executeCommand): the server calls the command's URL
 * and posts its in-channel answer itself. An unknown trigger shows Mattermost's error under the box with "Click
 * here to send as a message."; sending the same text again (Enter, or the link) posts it as plain text.
 */
export function bindSlashCommands(host) {
  let refused = '';
  host.onSend(async ({ message, channel, postList, textbox, error, rootId = '' }) => {
    if (!message.startsWith('/') || message.startsWith('//')) return false;
    if (message === refused) {
      refused = '';
      return false;
    }
    try {
      const answer = await api('POST', '/commands/execute', {
        channel_id: channel.id,
        command: message.trim(),
        root_id: rootId,
      });
      refused = '';
      if (answer.response_type !== 'in_channel' && answer.text) showEphemeral(postList, answer.text);
      return true;
    } catch (failure) {
      textbox.value = message;
      refused = failure.id === 'api.command.execute_command.not_found.app_error' ? message : '';
      showError(
        error,
        failure.message,
        refused ? () => sendAsMessage(message, channel, postList, error) : null,
      );
      clearOnEdit(textbox, error);
      textbox.focus();
      return true;
    }
  });
}

function showError(error, text, sendAsText) {
  error.replaceChildren(text);
  if (sendAsText) {
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'Click here to send as a message.';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      sendAsText();
    });
    error.append(' ', link);
  }
  error.hidden = false;
}

/** The error goes away as soon as the message is edited (Mattermost clears it on the next keystroke). */
function clearOnEdit(textbox, error) {
  textbox.addEventListener(
    'input',
    () => {
      error.hidden = true;
    },
    { once: true },
  );
}

async function sendAsMessage(message, channel, postList, error) {
  const textbox = document.getElementById('post_textbox');
  const post = await api('POST', '/posts', { channel_id: channel.id, message });
  error.hidden = true;
  if (textbox.value === message) textbox.value = '';
  await postList.add(post);
}

/** An ephemeral answer: shown to the caller only, as Mattermost's "(Only visible to you)" system post. */
function showEphemeral(postList, text) {
  const element = document.createElement('div');
  element.className = 'post post--system post--ephemeral';
  element.setAttribute('role', 'listitem');
  const body = document.createElement('div');
  body.className = 'post-message__text';
  body.textContent = text;
  const note = document.createElement('span');
  note.className = 'post__visibility';
  note.textContent = '(Only visible to you)';
  element.append(body, note);
  postList.container.append(element);
}
