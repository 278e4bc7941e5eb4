/**
 * Components for the areas: Preact with htm's tagged templates (`html\`<div id=${id}>…</div>\``), loaded through
 * the import map of the pages from `/static/vendor/`. Text interpolated into templates is escaped by Preact, so
 * user content cannot inject markup (the same guarantee as `h()` in dom.js).
 */
import htm from 'htm';
import { h, render } from 'preact';

export const html = htm.bind(h);
export { useEffect, useMemo, useRef, useState } from 'preact/hooks';
export { render };
