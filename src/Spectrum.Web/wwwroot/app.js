// The page of `spectrum serve`: asks the JSON API and shows the answers. Every value from the store is set as text
// (textContent), never as markup.
'use strict';

const $ = id => document.getElementById(id);
let shown = { rows: [], area: new URLSearchParams(), edition: '' };

// "NL" is a country, "1", "R1" or "Region 1" a Region, anything else a group (CEPT, EU27).
function addArea(text, params) {
  const t = text.trim();
  if (!t) return;
  const region = /^(?:itu\s+)?(?:region\s*|r)?([123])$/i.exec(t);
  if (region) params.set('region', region[1]);
  else if (/^[a-z]{2}$/i.test(t)) params.set('country', t.toUpperCase());
  else params.set('group', t);
}

// The API answers problem+json on bad input; its detail is the message the command line prints.
async function ask(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function showError(id, message) {
  const p = $(id);
  p.textContent = message || '';
  p.hidden = !message;
}

function serviceText(row) {
  const name = row.status === 'primary' ? row.service.toUpperCase() : row.service;
  return row.by ? `${name} by ${row.by}` : name;
}

async function search(event) {
  if (event) event.preventDefault();
  const range = $('range').value;
  const area = new URLSearchParams();
  addArea($('area').value, area);
  const edition = $('edition').value;
  const params = new URLSearchParams({ range, ...Object.fromEntries(area) });
  if (edition) params.set('edition', edition);
  showError('search-error', '');
  $('band-detail').hidden = true;
  try {
    const rows = await ask('/api/query?' + params);
    shown = { rows, area, edition };
    renderBands(rows);
    const label = area.get('country') || (area.get('region') ? `Region ${area.get('region')}` : area.get('group')) || 'every area';
    $('search-summary').textContent = `${range} in ${label}: ${rows.length} allocation(s) in ${new Set(rows.map(r => r.band)).size} band(s).`;
    const chart = new URLSearchParams({ range });
    if (area.get('country')) chart.set('country', area.get('country'));
    if (edition) chart.set('edition', edition);
    $('chart').src = '/api/chart?' + chart;
    $('chart-figure').hidden = false;
  } catch (e) {
    showError('search-error', e.message);
    $('bands').hidden = true;
    $('chart-figure').hidden = true;
    $('search-summary').textContent = '';
  }
}

function renderBands(rows) {
  const body = $('bands').tBodies[0];
  body.replaceChildren();
  for (const row of rows) {
    const tr = element('tr');
    tr.dataset.band = row.band;
    tr.append(element('td', row.band));
    const service = element('td');
    service.append(element('span', serviceText(row), row.status === 'primary' ? 'primary' : ''));
    if (row.confidence !== 'high') service.append(element('span', ` (${row.confidence} confidence)`, 'note'));
    tr.append(service);
    tr.append(element('td', row.footnotes.join(' ')));
    tr.append(element('td', `${row.table} ${row.edition}`));
    tr.addEventListener('click', () => showBand(row.band));
    body.append(tr);
  }
  $('bands').hidden = rows.length === 0;
}

async function showBand(band) {
  for (const tr of $('bands').tBodies[0].rows) tr.classList.toggle('picked', tr.dataset.band === band);
  const rows = shown.rows.filter(r => r.band === band);
  $('band-title').textContent = `${band}: ${rows.length} allocation(s)`;
  const allocations = $('band-allocations');
  allocations.replaceChildren(...rows.map(r => {
    const li = element('li');
    li.append(element('span', serviceText(r), r.status === 'primary' ? 'primary' : ''));
    li.append(element('span', ` ${r.status}, ${r.table} ${r.edition}`, 'by'));
    if (r.identifications.length) li.append(element('span', ` · identified: ${r.identifications.join('; ')}`, 'by'));
    return li;
  }));

  const ids = [...new Set(rows.flatMap(r => r.footnotes))];
  const texts = Object.assign({}, ...rows.map(r => r.footnote_texts));
  const notApplying = [...new Set(rows.flatMap(r => r.footnotes_not_applying))];
  const footnotes = $('band-footnotes');
  footnotes.replaceChildren(element('p', 'Reading the footnotes…', 'note'));
  const applications = $('band-applications');
  applications.replaceChildren(element('li', 'Reading the applications…', 'note'));
  $('band-detail').hidden = false;

  const appParams = new URLSearchParams({ range: band, ...Object.fromEntries(shown.area), applications: 'true' });
  if (shown.edition) appParams.set('edition', shown.edition);
  const [rules, apps] = await Promise.all([
    ids.length ? ask('/api/footnotes?' + new URLSearchParams(ids.map(id => ['id', id]))).catch(e => e) : Promise.resolve([]),
    ask('/api/query?' + appParams).catch(e => e),
  ]);

  footnotes.replaceChildren();
  if (rules instanceof Error) footnotes.append(element('p', rules.message, 'error'));
  else {
    for (const id of ids) {
      const div = element('div', null, 'footnote');
      div.dataset.footnote = id;
      const head = element('p', null, 'rule');
      head.append(element('b', id), document.createTextNode(' ' + (texts[id] || '(no text in the stored footnotes)')));
      div.append(head);
      const list = element('ul');
      for (const rule of rules.filter(r => r.footnote === id)) {
        const where = [...rule.countries, ...rule.regions.map(r => `Region ${r.slice(1)}`)].join(' ');
        const what = [rule.kind, rule.services.join(', ') + (rule.status ? ` (${rule.status})` : ''), rule.identifies ? `identified for ${rule.identifies}` : '',
          rule.bands.join(', '), where ? `in ${where}` : '', rule.except.length ? `except ${rule.except.join(' ')}` : ''].filter(Boolean).join(' · ');
        const li = element('li', what);
        if (rule.conditions.length) li.append(element('div', rule.conditions.join('; '), 'note'));
        list.append(li);
      }
      if (list.children.length) div.append(list);
      footnotes.append(div);
    }
    if (!ids.length) footnotes.append(element('p', 'No footnote is cited for this band.', 'note'));
    if (notApplying.length) footnotes.append(element('p', `Not applying here (their rules name other countries or Regions): ${notApplying.join(', ')}`, 'note'));
  }

  applications.replaceChildren();
  if (apps instanceof Error) applications.append(element('li', apps.message, 'error'));
  else if (!apps.length) applications.append(element('li', 'No table lists an application in this band.', 'note'));
  else for (const a of apps) {
    applications.append(element('li', `${a.band} ${a.application}${a.measure ? ' · ' + a.measure : ''}${a.standard ? ' · ' + a.standard : ''} (${a.table} ${a.edition})`));
  }
}

async function screen(event) {
  event.preventDefault();
  const proposal = { service: $('proposal-service').value.trim() || null };
  const range = $('proposal-range').value.trim();
  const item = $('proposal-item').value.trim();
  if (range) proposal.range = range;
  if (item) proposal.agendaItem = item;
  const area = new URLSearchParams();
  addArea($('proposal-area').value, area);
  if (area.get('region')) proposal.region = Number(area.get('region'));
  if (area.get('country')) proposal.country = area.get('country');
  if (area.get('group')) proposal.group = area.get('group');
  showError('proposal-error', '');
  const body = $('findings').tBodies[0];
  try {
    const findings = await ask('/api/conflicts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(proposal) });
    body.replaceChildren(...findings.map(f => {
      const tr = element('tr');
      const severity = element('td');
      severity.append(element('span', f.severity, `sev-${f.severity}`));
      tr.append(severity, element('td', f.kind), element('td', f.band), element('td', f.table), element('td', f.reason));
      return tr;
    }));
    $('findings').hidden = findings.length === 0;
    $('proposal-summary').textContent = `${findings.length} finding(s), against ${findings[0]?.edition ?? 'RR-2020'}.`;
  } catch (e) {
    showError('proposal-error', e.message);
    $('findings').hidden = true;
    $('proposal-summary').textContent = '';
  }
}

// A link can carry the question: /?range=3.4-3.8GHz&area=NL&band=3.4-3.6%20GHz opens that band.
async function start() {
  const asked = new URLSearchParams(location.search);
  if (asked.get('range')) $('range').value = asked.get('range');
  if (asked.has('area')) $('area').value = asked.get('area');
  $('search-form').addEventListener('submit', search);
  $('proposal-form').addEventListener('submit', screen);
  try {
    const editions = await ask('/api/editions');
    for (const e of editions) $('edition').append(new Option(e.proposal_for ? `${e.edition} (EU proposal, ${e.proposal_for})` : e.edition, e.edition));
  } catch (e) {
    showError('search-error', e.message);
  }
  if (asked.get('edition')) $('edition').value = asked.get('edition');
  await search();
  if (asked.get('band') && shown.rows.some(r => r.band === asked.get('band'))) await showBand(asked.get('band'));
  document.body.dataset.ready = 'true';
}

start();
