// mediamon live view. Plain JavaScript, no library, no build step. GPL-3.0-or-later (see LICENSE).
//
// Safety: every string that comes from an article, a story, an alert or a watch is put into the page as text
// (textContent, or createTextNode through h()); never parsed as HTML. Links are only made from http(s) URLs.
// The server's Content-Security-Policy allows no inline script or style, so this file is the only script.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const MAX_ALERTS = 200;
  const PAGE = 25;

  /** An element with attributes and children; strings become text nodes (never HTML). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }

  function svg(tag, attrs, text) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** The URL when it is http or https, else null (a script or data link is never made). */
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try {
      const url = new URL(u);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function outLink(url, text) {
    const href = safeUrl(url);
    return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text) : h('span', {}, text);
  }

  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  // A 503 means the live view is starting or its state is being (re)assigned: a read is tried again when the
  // server's Retry-After says, for up to half a minute, instead of showing the error to a desk that opened the page
  // as the view came up. Writes are not repeated: their error is shown.
  const RETRY_FOR_MS = 30000;

  async function api(path, options) {
    const reading = !options || !options.method || options.method === 'GET';
    const giveUpAt = Date.now() + RETRY_FOR_MS;
    for (;;) {
      const response = await fetch(path, Object.assign({ headers: { Accept: 'application/json' } }, options || {}));
      let body = null;
      try { body = await response.json(); } catch (e) { body = null; }
      if (response.ok) return body;
      const waitMs = 1000 * (Number(response.headers.get('Retry-After')) || 1);
      if (response.status === 503 && reading && Date.now() + waitMs < giveUpAt) {
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        continue;
      }
      const message = body && typeof body.error === 'string' ? body.error : 'HTTP ' + response.status;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
  }

  function showError(el, error) {
    clear(el);
    el.appendChild(h('span', { class: 'error', role: 'alert' }, String(error.message || error)));
  }

  // ---- views and routing

  const views = ['alerts', 'stories', 'story', 'entity', 'watches'];

  function show(name) {
    for (const v of views) $('view-' + v).hidden = v !== name;
    for (const n of ['alerts', 'stories', 'watches']) {
      const link = $('nav-' + n);
      if (n === name || (name === 'story' && n === 'stories') || (name === 'entity' && n === 'stories')) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    }
  }

  function route() {
    const hash = location.hash.replace(/^#/, '') || '/alerts';
    const [path, query] = hash.split('?');
    const parts = path.split('/').filter(Boolean);
    const params = new URLSearchParams(query || '');
    if (parts[0] === 'stories') { show('stories'); loadStories(params); }
    else if (parts[0] === 'story' && parts[1]) { show('story'); loadStory(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (parts[0] === 'entity' && parts[1]) { show('entity'); loadEntity(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (parts[0] === 'watches') { show('watches'); loadWatches(); }
    else { show('alerts'); }
  }

  const storyLink = (id, text) => h('a', { href: '#/story/' + encodeURIComponent(id) }, text);
  const entityLink = (name) => h('a', { href: '#/entity/' + encodeURIComponent(name) }, name);

  // ---- live alerts

  const seen = new Set();

  function severityBadge(severity) {
    const s = (severity || 'none').toLowerCase();
    return h('span', { class: 'badge sev-' + s, title: 'severity' }, severity ? severity : 'no watch');
  }

  function alertCard(a) {
    const watches = (a.watches || []).map((w) => w.name + ' (' + w.watchId + ')');
    return h('li', { class: 'card alert', 'data-event-id': a.eventId, 'data-kind': a.kind },
      h('div', { class: 'card-head' },
        severityBadge(a.severity),
        h('span', { class: 'kind kind-' + String(a.kind).toLowerCase() }, String(a.kind)),
        h('time', { datetime: a.emittedAt }, when(a.emittedAt))),
      h('h3', { class: 'alert-title' }, a.kind === 'SPIKE' && String(a.eventId).startsWith('entity:')
        ? entityLink(a.title) : storyLink(a.eventId, a.title)),
      a.headline && a.headline !== a.title ? h('p', { class: 'headline alert-headline' }, a.headline) : null,
      h('p', { class: 'meta' },
        h('span', { class: 'outlets' }, a.sourceCount + (a.sourceCount === 1 ? ' outlet' : ' outlets')), ' · ',
        h('span', {}, a.articleCount + (a.articleCount === 1 ? ' article' : ' articles')),
        a.location ? ' · ' + a.location : '',
        a.eventType ? ' · ' + a.eventType : ''),
      watches.length ? h('p', { class: 'watches-matched' }, 'Watches: ' + watches.join(', ')) : null,
      (a.changes || []).length ? h('p', { class: 'changes' }, a.changes.join('; ')) : null);
  }

  function addAlert(a) {
    const key = a.eventId + '/' + a.kind + '/' + a.emittedAt;
    if (seen.has(key)) return;
    seen.add(key);
    const list = $('alerts');
    list.insertBefore(alertCard(a), list.firstChild);
    while (list.children.length > MAX_ALERTS) list.removeChild(list.lastChild);
    $('alerts-empty').hidden = true;
  }

  function connectAlerts() {
    const status = $('live-status');
    const source = new EventSource('/api/alerts/stream');
    source.addEventListener('alert', (e) => {
      try { addAlert(JSON.parse(e.data)); } catch (err) { /* not an alert: ignored */ }
    });
    source.addEventListener('ready', () => { status.textContent = 'live'; status.className = 'live-status on'; });
    source.addEventListener('notice', (e) => {
      try { status.textContent = JSON.parse(e.data).error; } catch (err) { /* ignored */ }
    });
    source.onerror = () => { status.textContent = 'reconnecting…'; status.className = 'live-status off'; };
  }

  // ---- stories

  const FILTERS = ['q', 'from', 'to', 'type', 'actor', 'place', 'watch', 'minOutlets'];
  let storyParams = new URLSearchParams();

  function toLocalInput(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return '';
    const pad = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function storyCard(s) {
    return h('li', { class: 'card story', 'data-story-id': s.storyId },
      h('h3', {}, storyLink(s.storyId, s.title)),
      s.headline && s.headline !== s.title ? h('p', { class: 'headline' }, s.headline) : null,
      h('p', { class: 'meta' },
        s.sourceCount + (s.sourceCount === 1 ? ' outlet' : ' outlets') + ' · ' + s.articleCount
          + (s.articleCount === 1 ? ' article' : ' articles'),
        s.storyType ? ' · ' + s.storyType : '', s.place ? ' · ' + s.place : '',
        ' · last ' + when(s.lastSeen)),
      (s.actors || []).length ? h('p', { class: 'actors' }, 'Actors: ',
        s.actors.slice(0, 6).flatMap((a, i) => (i ? [', ', entityLink(a)] : [entityLink(a)]))) : null,
      (s.watches || []).length ? h('p', { class: 'watches-matched' },
        'Watches: ' + s.watches.map((w) => w.name).join(', ')) : null);
  }

  async function loadStories(params) {
    storyParams = params;
    const form = $('story-filters');
    for (const f of FILTERS) {
      const v = params.get(f) || '';
      form.elements[f].value = (f === 'from' || f === 'to') && v ? toLocalInput(v) : v;
    }
    const offset = Number(params.get('offset') || 0);
    const query = new URLSearchParams();
    for (const f of FILTERS) if (params.get(f)) query.set(f, params.get(f));
    query.set('limit', String(PAGE));
    query.set('offset', String(offset));
    const list = $('stories');
    $('stories-summary').textContent = 'Loading…';
    try {
      const answer = await api('/api/stories?' + query);
      clear(list);
      answer.stories.forEach((s) => list.appendChild(storyCard(s)));
      $('stories-summary').textContent = answer.total === 0 ? 'No stories match.'
        : 'Stories ' + (offset + 1) + '–' + (offset + answer.stories.length) + ' of ' + answer.total;
      $('stories-prev').disabled = offset === 0;
      $('stories-next').disabled = offset + answer.stories.length >= answer.total;
    } catch (e) {
      clear(list);
      showError($('stories-summary'), e);
    }
  }

  function pageTo(offset) {
    const p = new URLSearchParams(storyParams);
    p.set('offset', String(Math.max(0, offset)));
    location.hash = '#/stories?' + p;
  }

  // ---- one story

  function fact(dl, term, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(h('dt', {}, term));
    dl.appendChild(h('dd', {}, value));
  }

  /** Articles per hour (per day when the story spans more than ten days) as bars, drawn here in SVG. */
  function coverageChart(coverage) {
    const box = $('story-chart');
    clear(box);
    if (!coverage.length) return;
    const HOUR = 3600e3;
    const first = Date.parse(coverage[0].hour);
    const last = Date.parse(coverage[coverage.length - 1].hour);
    const step = last - first > 240 * HOUR ? 24 * HOUR : HOUR;
    const counts = new Map();
    for (const c of coverage) {
      const t = Math.floor((Date.parse(c.hour) - first) / step);
      counts.set(t, (counts.get(t) || 0) + c.articles);
    }
    // at least twelve buckets, so that a young story's few bars are bars and the axis says how long it has run
    const n = Math.max(12, Math.floor((last - first) / step) + 1);
    const max = Math.max(...counts.values());
    const W = 600, H = 140, top = 16, bottom = 24, left = 28;
    const bw = (W - left) / n;
    const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', class: 'coverage',
      'aria-label': 'Coverage: ' + coverage.reduce((s, c) => s + c.articles, 0) + ' articles, at most ' + max
        + ' per ' + (step === HOUR ? 'hour' : 'day') });
    chart.appendChild(svg('title', {}, 'Articles per ' + (step === HOUR ? 'hour' : 'day')));
    chart.appendChild(svg('line', { x1: left, y1: H - bottom, x2: W, y2: H - bottom, class: 'axis' }));
    chart.appendChild(svg('text', { x: 0, y: top + 4, class: 'label' }, String(max)));
    chart.appendChild(svg('text', { x: 0, y: H - bottom, class: 'label' }, '0'));
    for (let i = 0; i < n; i++) {
      const v = counts.get(i) || 0;
      if (!v) continue;
      const bh = (H - top - bottom) * v / max;
      const bar = svg('rect', { x: left + i * bw + 1, y: H - bottom - bh, width: Math.max(1, bw - 2), height: bh,
        class: 'bar' });
      bar.appendChild(svg('title', {}, new Date(first + i * step).toLocaleString() + ': ' + v));
      chart.appendChild(bar);
    }
    chart.appendChild(svg('text', { x: left, y: H - 6, class: 'label' }, new Date(first).toLocaleString()));
    chart.appendChild(svg('text', { x: W, y: H - 6, class: 'label end' },
      new Date(first + (n - 1) * step).toLocaleString()));
    box.appendChild(chart);
  }

  async function loadStory(id) {
    const title = $('story-title');
    for (const el of ['story-headline', 'story-facts', 'story-articles', 'story-claims', 'story-chart']) clear($(el));
    title.textContent = 'Loading…';
    let answer;
    try {
      answer = await api('/api/stories/' + encodeURIComponent(id));
    } catch (e) {
      title.textContent = 'Story ' + id;
      showError($('story-headline'), e);
      return;
    }
    const s = answer.story;
    title.textContent = s.title;
    document.title = s.title + ' · mediamon';
    if (s.headline && s.headline !== s.title) $('story-headline').textContent = s.headline;
    const facts = $('story-facts');
    fact(facts, 'Type', s.storyType);
    fact(facts, 'Place', s.place);
    fact(facts, 'Date', s.date);
    fact(facts, 'Actors', (s.actors || []).flatMap((a, i) => (i ? [', ', entityLink(a)] : [entityLink(a)])));
    fact(facts, 'Outlets', s.sourceCount + ': ' + (s.sources || []).join(', '));
    fact(facts, 'Articles', String(s.articleCount));
    fact(facts, 'First and last report', when(s.firstSeen) + ' – ' + when(s.lastSeen));
    fact(facts, 'Watches', (s.watches || []).map((w) => w.name + ' (' + w.severity + ')').join(', '));
    coverageChart(answer.coverage || []);
    const timeline = $('story-articles');
    for (const a of answer.articles) {
      timeline.appendChild(h('li', { class: 'article', 'data-article-id': a.articleId },
        h('time', { datetime: a.reportedAt }, when(a.reportedAt)), ' ',
        h('span', { class: 'outlet' }, a.source), ' ',
        outLink(a.url, a.title || a.url || a.articleId)));
    }
    const claims = $('story-claims');
    $('story-claims-empty').hidden = answer.claims.length > 0;
    for (const group of answer.claims) {
      claims.appendChild(h('section', { class: 'speaker' },
        h('h4', {}, entityLink(group.speaker)),
        h('ul', { class: 'quotes' }, group.claims.map((c) => h('li', { class: 'claim' },
          h('q', {}, c.content), ' ', h('span', { class: 'via' }, '(' + c.cue + ', ', outLink(c.url, c.source), ')'))))));
    }
  }

  // ---- one entity

  async function loadEntity(name) {
    $('entity-name').textContent = name;
    const claims = $('entity-claims');
    const stories = $('entity-stories');
    clear(claims);
    clear(stories);
    try {
      const answer = await api('/api/entity?' + new URLSearchParams({ name, limit: '50' }));
      answer.claims.forEach((c) => claims.appendChild(h('li', { class: 'claim' }, h('q', {}, c.content), ' — ',
        storyLink(c.storyId, c.storyTitle))));
      if (!answer.claims.length) claims.appendChild(h('li', { class: 'empty' }, 'No claims in the stories below.'));
      answer.stories.forEach((s) => stories.appendChild(storyCard(s)));
      if (!answer.stories.length) stories.appendChild(h('li', { class: 'empty' }, 'No stories.'));
    } catch (e) {
      showError(claims, e);
    }
  }

  // ---- watches

  let watchList = [];

  function watchWhat(w) {
    const parts = [];
    if (w.entities.length) parts.push('entities: ' + w.entities.map((e) => [e.name].concat(e.variants || []).join(' | ')).join(', '));
    if (w.keywords.length) parts.push('keywords: ' + w.keywords.join(', '));
    if (w.storyTypes.length) parts.push('types: ' + w.storyTypes.join(', '));
    if (w.places.length) parts.push('places: ' + w.places.join(', '));
    if (w.minOutlets > 1) parts.push('min outlets: ' + w.minOutlets);
    return parts.join('; ');
  }

  async function loadWatches() {
    const body = $('watches').tBodies[0];
    try {
      watchList = (await api('/api/watches')).watches;
    } catch (e) {
      clear(body);
      body.appendChild(h('tr', {}, h('td', { colspan: 5 }, h('span', { class: 'error', role: 'alert' }, e.message))));
      return;
    }
    clear(body);
    if (!watchList.length) body.appendChild(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No watches yet.')));
    for (const w of watchList) {
      body.appendChild(h('tr', { 'data-watch-id': w.watchId },
        h('td', {}, w.watchId), h('td', {}, w.name), h('td', {}, severityBadge(w.severity)), h('td', {}, watchWhat(w)),
        h('td', { class: 'actions' },
          h('button', { type: 'button', onclick: () => editWatch(w) }, 'Edit'), ' ',
          h('button', { type: 'button', class: 'danger', onclick: () => removeWatch(w.watchId) }, 'Remove'))));
    }
  }

  const list = (s) => String(s || '').split(',').map((x) => x.trim()).filter(Boolean);

  function editWatch(w) {
    const f = $('watch-form').elements;
    f.id.value = w.watchId;
    f.id.readOnly = true;
    f.name.value = w.name;
    f.entities.value = w.entities.map((e) => [e.name].concat(e.variants || []).join(' | ')).join('\n');
    f.keywords.value = w.keywords.join(', ');
    f.types.value = w.storyTypes.join(', ');
    f.places.value = w.places.join(', ');
    f.minOutlets.value = w.minOutlets;
    f.severity.value = String(w.severity).toLowerCase();
    f.destinations.value = w.destinations.map((d) => d.kind.toLowerCase() + ' ' + d.target).join('\n');
    $('watch-form-title').textContent = 'Edit watch ' + w.watchId;
    f.name.focus();
  }

  function token() {
    const f = $('watch-form').elements;
    if (f.token.value) sessionStorage.setItem('mediamon.token', f.token.value);
    return f.token.value || sessionStorage.getItem('mediamon.token') || '';
  }

  function watchFromForm() {
    const f = $('watch-form').elements;
    const entities = f.entities.value.split('\n').map((l) => l.split('|').map((x) => x.trim()).filter(Boolean))
      .filter((names) => names.length).map((names) => (names.length === 1 ? names[0] : { name: names[0], variants: names.slice(1) }));
    const destinations = f.destinations.value.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const space = l.indexOf(' ');
      return { [space < 0 ? l : l.slice(0, space).toLowerCase()]: space < 0 ? '' : l.slice(space + 1).trim() };
    });
    return {
      id: f.id.value.trim(), name: f.name.value.trim(), entities, keywords: list(f.keywords.value),
      types: list(f.types.value), places: list(f.places.value), minOutlets: Number(f.minOutlets.value || 1),
      severity: f.severity.value, destinations,
    };
  }

  async function saveWatch(event) {
    event.preventDefault();
    const message = $('watch-message');
    const watch = watchFromForm();
    message.className = '';
    message.textContent = 'Saving…';
    try {
      await api('/api/watches/' + encodeURIComponent(watch.id), {
        method: 'PUT', body: JSON.stringify(watch),
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token() },
      });
      message.textContent = 'Saved watch ' + watch.id + '.';
      message.className = 'ok';
      resetWatchForm();
      await refreshWatchesUntil((ws) => ws.some((w) => w.watchId === watch.id));
    } catch (e) {
      message.textContent = 'Not saved: ' + e.message;
      message.className = 'error';
    }
  }

  async function removeWatch(id) {
    if (!window.confirm('Remove watch ' + id + '?')) return;
    const message = $('watch-message');
    try {
      await api('/api/watches/' + encodeURIComponent(id), {
        method: 'DELETE', headers: { Accept: 'application/json', Authorization: 'Bearer ' + token() },
      });
      message.textContent = 'Removed watch ' + id + '.';
      message.className = 'ok';
      await refreshWatchesUntil((ws) => !ws.some((w) => w.watchId === id));
    } catch (e) {
      message.textContent = 'Not removed: ' + e.message;
      message.className = 'error';
    }
  }

  /** The list is read from the service's store, which takes the write a moment later: reload a few times. */
  async function refreshWatchesUntil(done) {
    for (let i = 0; i < 10; i++) {
      await loadWatches();
      if (done(watchList)) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  function resetWatchForm() {
    const f = $('watch-form');
    f.reset();
    f.elements.id.readOnly = false;
    $('watch-form-title').textContent = 'Add a watch';
  }

  // ---- start

  document.addEventListener('DOMContentLoaded', () => {
    $('story-filters').addEventListener('submit', (e) => {
      e.preventDefault();
      const form = e.target;
      const p = new URLSearchParams();
      for (const f of FILTERS) {
        let v = form.elements[f].value.trim();
        if (!v) continue;
        if (f === 'from' || f === 'to') v = new Date(v).toISOString();
        p.set(f, v);
      }
      location.hash = '#/stories?' + p;
    });
    $('filters-clear').addEventListener('click', () => { location.hash = '#/stories'; });
    $('stories-prev').addEventListener('click', () => pageTo(Number(storyParams.get('offset') || 0) - PAGE));
    $('stories-next').addEventListener('click', () => pageTo(Number(storyParams.get('offset') || 0) + PAGE));
    $('watch-form').addEventListener('submit', saveWatch);
    $('watch-new').addEventListener('click', (e) => { e.preventDefault(); resetWatchForm(); });
    window.addEventListener('hashchange', route);
    connectAlerts();
    route();
  });
})();
