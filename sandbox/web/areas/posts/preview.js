import { h } from '/static/js/dom.js';
import { renderMarkdown } from './markdown.js';

/**
 * Mattermost's message preview (advanced_text_editor show_formatting: the eye button `#PreviewInputTextButton`,
 * named "preview"): the box's text shown rendered in `.textbox-preview-area` in place of the box. Sending from
 * the preview brings the box back with the focus in it: the focus stays in the box the message was sent from
 * (MM-19813 was the RHS losing it to the center box).
 */
export function addPreviewToggle(form, box) {
  const area = h('div', { className: 'textbox-preview-area post-message__text', hidden: true });
  const button = h(
    'button',
    {
      type: 'button',
      id: 'PreviewInputTextButton',
      className: 'post-create__preview',
      'aria-label': 'preview',
      'aria-pressed': 'false',
      title: 'Preview',
    },
    h('i', { className: 'icon icon-eye-outline', 'aria-hidden': 'true' }),
  );
  const show = (on) => {
    area.hidden = !on;
    box.style.display = on ? 'none' : '';
    button.setAttribute('aria-pressed', String(on));
    if (on) renderMarkdown(area, box.value);
    else box.focus();
  };
  button.addEventListener('click', () => show(area.hidden));
  box.after(area);
  form.querySelector('[type="submit"]')?.before(button);
  // After the form's own submit listener has taken the text.
  form.addEventListener('submit', () => {
    if (!area.hidden) show(false);
  });
}
