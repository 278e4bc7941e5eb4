import { html, useEffect, useState } from '/static/js/ui.js';

const BRAND_IMAGE = '/api/v4/brand/image';

/**
 * Custom Brand Image (Mattermost's BrandImageSetting): the uploaded image as `img.admin-console__brand-image`
 * from `/api/v4/brand/image?t=…`, a "Select Image" button over a file input, the help text. The chosen file
 * shows at once as a preview; Save uploads it (SectionPage). `savedAt` changes after each save, which reloads the
 * image the server keeps.
 */
export function BrandImageField({ setting, value, disabled, onChange, savedAt }) {
  const [stamp, setStamp] = useState(0);

  useEffect(() => {
    let current = true;
    fetch(BRAND_IMAGE, { cache: 'no-store' }).then((response) => {
      if (current) setStamp(response.ok ? Date.now() : 0);
    });
    return () => {
      current = false;
    };
  }, [savedAt]);

  const pick = (event) => {
    const [file] = event.currentTarget.files ?? [];
    if (file) onChange({ file, url: URL.createObjectURL(file) });
  };
  const src = value?.url ?? (stamp ? `${BRAND_IMAGE}?t=${stamp}` : '');
  return html`
    <div class="form-group" data-testid=${setting.key}>
      <fieldset>
        <legend class="form-legend control-label col-sm-4">${setting.label}</legend>
        <div class="col-sm-8">
          ${src ? html`<img class="img-responsive admin-console__brand-image" alt="brand image" src=${src} />` : null}
          <div class="file__upload">
            <button type="button" class="btn btn-tertiary" disabled=${disabled}>Select Image</button>
            <input type="file" accept=".jpg,.png,.bmp" disabled=${disabled} onChange=${pick} />
          </div>
          <p class="help-text m-0">${setting.help}</p>
        </div>
      </fieldset>
    </div>
  `;
}

/** Uploads the chosen image as Client4.uploadBrandImage does (multipart, one `image` part). */
export function uploadBrandImage(api, file) {
  const form = new FormData();
  form.append('image', file);
  return api('POST', '/brand/image', form);
}
