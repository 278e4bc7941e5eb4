import { api } from '/static/js/api.js';
import { html, useState } from '/static/js/ui.js';

/** The server's error ids that are about the new password (shown under its field, as the web app does). */
const NEW_PASSWORD_ERRORS = /^model\.user\.is_valid\.pwd/;

/** A labelled password input (the web app's widgets/inputs/input: fieldset, legend, error line under it). */
function PasswordInput({ name, label, placeholder, value, onInput, error, autofocus }) {
  return html`
    <div class="Input_container">
      <fieldset class="Input_fieldset">
        <legend class="Input_legend">${label}</legend>
        <input
          class="Input form-control"
          type="password"
          name=${name}
          aria-label=${label}
          placeholder=${placeholder}
          value=${value}
          autofocus=${autofocus}
          onInput=${(event) => onInput(event.currentTarget.value)}
        />
      </fieldset>
      ${error ? html`<div class="Input___customMessage Input___error"><span>${error}</span></div>` : null}
    </div>
  `;
}

/**
 * System Console > Users > Reset password (admin_console/reset_password_modal): "Reset password for {name}";
 * on the admin's own row it asks for the current password too. Errors: the missing current password and the
 * server's answer at the foot (`.genericModalError`), a refused new password under its field.
 */
export function ResetPasswordModal({ user, me, onClose }) {
  const own = user.id === me.id;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [footError, setFootError] = useState('');
  const [fieldError, setFieldError] = useState('');
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;

  const confirm = async () => {
    setFootError('');
    setFieldError('');
    if (own && current === '') {
      setFootError('Please enter your current password.');
      return;
    }
    try {
      await api('PUT', `/users/${user.id}/password`, {
        current_password: own ? current : '',
        new_password: next,
      });
      onClose();
    } catch (failure) {
      if (NEW_PASSWORD_ERRORS.test(failure.id ?? '')) setFieldError(failure.message);
      else setFootError(failure.message);
    }
  };

  return html`
    <div class="modal-backdrop">
      <div id="resetPasswordModal" class="modal GenericModal ResetPasswordModal" role="dialog" aria-modal="true"
        aria-labelledby="resetPasswordModalLabel">
        <h1 id="resetPasswordModalLabel" class="modal-title">Reset password for ${name}</h1>
        <form class="ResetPasswordModal__body" onSubmit=${(event) => {
          event.preventDefault();
          confirm();
        }}>
          ${
            own
              ? html`<${PasswordInput} name="currentPassword" label="Current password"
                  placeholder="Enter current password" value=${current} onInput=${setCurrent} autofocus=${true} />`
              : null
          }
          <${PasswordInput} name="newPassword" label="New password" placeholder="Enter new password" value=${next}
            onInput=${setNext} error=${fieldError} autofocus=${!own} />
        </form>
        <div class="modal-footer">
          ${footError ? html`<div class="genericModalError"><span class="error">${footError}</span></div>` : null}
          <button type="button" class="btn btn-tertiary" onClick=${onClose}>Cancel</button>
          <button type="button" class="btn btn-primary confirm" onClick=${confirm}>Reset</button>
        </div>
      </div>
    </div>
  `;
}
