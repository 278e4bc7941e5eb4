import { api } from '/static/js/api.js';
import { html, useEffect, useState } from '/static/js/ui.js';
import { ConfirmModal } from './confirm-modal.js';
import { CopyText } from './copy-text.js';
import { listUrl, pathOf } from './kinds.js';

/** A kind's installed integrations (BackstageList): add button, search box, items with Edit and Delete. */
export function InstalledList({ context, kind }) {
  const [items, setItems] = useState(null);
  const [creators, setCreators] = useState({});
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState(null);
  const [error, setError] = useState('');

  const load = async () => {
    try {
      const list = await api('GET', listUrl(kind, context.team.id));
      setItems(list);
      const ids = [...new Set(list.map((item) => item.user_id || item.creator_id))];
      const users = await Promise.all(ids.map((id) => api('GET', `/users/${id}`).catch(() => null)));
      setCreators(Object.fromEntries(users.filter(Boolean).map((user) => [user.id, user.username])));
    } catch (failure) {
      setError(failure.message);
    }
  };
  useEffect(() => {
    load();
  }, []);

  const remove = async () => {
    const item = deleting;
    setDeleting(null);
    await api('DELETE', `${kind.api}/${item.id}`);
    await load();
  };

  const term = filter.trim().toLowerCase();
  const shown = (items ?? []).filter((item) => !term || searchText(item, context).includes(term));
  return html`
    <div class="backstage-content">
      <div class="backstage-header">
        <h1>${kind.title}</h1>
        <a id=${kind.addId} class="add-link" href=${pathOf(context, kind, 'add')}>
          <button type="button" class="btn btn-primary" tabindex="-1"><span>${kind.addText}</span></button>
        </a>
      </div>
      <div class="backstage-filters">
        <input
          id="searchInput"
          type="search"
          class="form-control"
          placeholder=${kind.searchPlaceholder}
          aria-label=${kind.searchPlaceholder}
          value=${filter}
          onInput=${(event) => setFilter(event.target.value)}
        />
      </div>
      ${error && html`<p class="has-error" role="alert">${error}</p>`}
      <div class="backstage-list">
        ${items !== null && shown.length === 0 && emptyMessage(kind, filter)}
        ${shown.map(
          (item) => html`<${Item}
            key=${item.id}
            item=${item}
            kind=${kind}
            context=${context}
            creator=${creators[item.user_id || item.creator_id] ?? ''}
            onDelete=${() => setDeleting(item)}
          />`,
        )}
      </div>
      ${
        deleting &&
        html`<${ConfirmModal}
          title="Delete Integration"
          message=${html`<div class="alert alert-danger"><strong>${kind.deleteMessage}</strong></div>`}
          confirmText="Delete"
          danger=${true}
          onConfirm=${remove}
          onCancel=${() => setDeleting(null)}
        />`
      }
    </div>
  `;
}

function emptyMessage(kind, filter) {
  if (filter.trim()) return html`<span id="emptySearchResultsMessage">${kind.noMatch(filter.trim())}</span>`;
  return html`<span class="backstage-list__empty">${kind.emptyText}</span>`;
}

function channelOf(context, id) {
  return context.channels.find((channel) => channel.id === id);
}

/** What the search box matches (the real lists' matchesFilter: names, descriptions, triggers, channel). */
function searchText(item, context) {
  const channel = channelOf(context, item.channel_id);
  return [item.display_name, item.description, item.trigger, ...(item.trigger_words ?? []), channel?.name]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

function Item({ item, kind, context, creator, onDelete }) {
  const channel = channelOf(context, item.channel_id);
  const name = item.display_name || channel?.display_name || 'A Private Webhook';
  const created = new Date(item.create_at).toLocaleDateString('en-US', { dateStyle: 'full' });
  return html`
    <div class="backstage-list__item">
      <div class="item-details">
        <div class="item-details__row">
          <strong class="item-details__name">${name}</strong>
          ${item.trigger && html`<span class="item-details__trigger">${`- /${item.trigger}`}</span>`}
          <div class="item-actions">
            <a href=${`${pathOf(context, kind, 'edit')}?id=${item.id}`}>Edit</a>
            ${' - '}
            <button type="button" class="color--link style--none" onClick=${onDelete}>Delete</button>
          </div>
        </div>
        ${item.description && html`<div class="item-details__row"><span class="item-details__description">${item.description}</span></div>`}
        ${details(item, kind, channel)}
        <div class="item-details__row">
          <span class="item-details__creation">${`Created by ${creator} on ${created}`}</span>
        </div>
      </div>
    </div>
  `;
}

function details(item, kind, channel) {
  if (kind.type === 'incoming_webhooks') {
    const url = `${window.location.origin}/hooks/${item.id}`;
    return html`<div class="item-details__row">
      <span class="item-details__url">URL: <code>${url}</code><span><${CopyText} value=${url} label="Copy URL" /></span></span>
    </div>`;
  }
  const rows = [];
  if (kind.type === 'outgoing_webhooks') {
    rows.push(
      html`<div class="item-details__row"><span class="item-details__content_type">${`Content-Type: ${item.content_type}`}</span></div>`,
    );
    if (channel)
      rows.push(
        html`<div class="item-details__row"><span class="item-details__channel">${`Channel: ${channel.display_name}`}</span></div>`,
      );
    if (item.trigger_words.length) {
      rows.push(
        html`<div class="item-details__row"><span class="item-details__trigger-words">${`Trigger Words: ${item.trigger_words.join(', ')}`}</span></div>`,
      );
    }
    rows.push(
      html`<div class="item-details__row"><span class="item-details__url">${`Callback URLs: ${item.callback_urls.join(', ')}`}</span></div>`,
    );
  }
  rows.push(html`<div class="item-details__row">
    <span class="item-details__token">Token: ${item.token}<span><${CopyText} value=${item.token} label="Copy Token" /></span></span>
  </div>`);
  return rows;
}
