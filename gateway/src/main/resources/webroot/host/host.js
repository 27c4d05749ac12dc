'use strict';
// The host console: signs in with a bearer token kept in this tab only, logs call-ins, imports CSV files, shows
// live counts for the episode on air, and lets hosts type transcripts of recordings. Everything it loads comes
// from the gateway itself; all text from the server is written with textContent, never as HTML.
(() => {
  const TOKEN_KEY = 'sikiza.hostToken';
  const PROGRAMME_KEY = 'sikiza.programme';
  const LIVE_EVERY_MS = 10000;
  let liveTimer = null;
  let pendingKey = null; // the Idempotency-Key of the call-in being saved: a retry after a network error is safe

  const $ = (id) => document.getElementById(id);
  const token = () => sessionStorage.getItem(TOKEN_KEY);

  async function api(path, options = {}) {
    const headers = Object.assign({ Authorization: 'Bearer ' + token() }, options.headers || {});
    const response = await fetch(path, Object.assign({}, options, { headers, cache: 'no-store' }));
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (notJson) {
      body = null;
    }
    if (response.status === 401 && token()) {
      signOut('Your token was not accepted any more. Please sign in again.');
    }
    return { status: response.status, body };
  }

  function problem(result) {
    if (result.body && Array.isArray(result.body.validation_errors) && result.body.validation_errors.length) {
      return result.body.validation_errors.join('; ');
    }
    if (result.body && result.body.message) {
      return result.body.message;
    }
    return 'The gateway answered ' + result.status + '.';
  }

  function say(element, message, good) {
    element.textContent = message;
    element.classList.toggle('ok', good === true);
    element.classList.toggle('bad', good === false);
  }

  function fillSelect(select, values) {
    values.forEach((value) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      select.appendChild(option);
    });
  }

  async function signIn(event) {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    await start();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    clearInterval(liveTimer);
    $('console').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    if (message) {
      $('token-help').textContent = message;
    }
    $('token').focus();
  }

  async function start() {
    if (!token()) {
      signOut();
      return;
    }
    const [programmes, fields] = await Promise.all([api('/api/programmes'), api('/api/callins/fields')]);
    if (programmes.status === 403 || fields.status === 403) {
      signOut('This token belongs to a role that cannot use the host console (hosts and admins can).');
      return;
    }
    if (programmes.status !== 200 || fields.status !== 200) {
      if (token()) {
        signOut('Signing in failed: ' + problem(programmes.status !== 200 ? programmes : fields));
      }
      return;
    }
    $('sign-in').hidden = true;
    $('console').hidden = false;
    $('sign-out').hidden = false;
    setUpFields(fields.body);
    setUpProgrammes(programmes.body.programmes);
    refreshLive();
    clearInterval(liveTimer);
    liveTimer = setInterval(() => {
      if (!document.hidden) {
        refreshLive();
      }
    }, LIVE_EVERY_MS);
    refreshQueue();
    $('text').focus();
  }

  function setUpFields(fields) {
    if ($('counties').children.length) {
      return;
    }
    fields.counties.forEach((county) => {
      const option = document.createElement('option');
      option.value = county;
      $('counties').appendChild(option);
    });
    fillSelect($('gender'), fields.gender);
    fillSelect($('age_band'), fields.age_band);
    fillSelect($('disability'), fields.disability);
  }

  function setUpProgrammes(programmes) {
    const select = $('programme');
    select.textContent = '';
    const none = document.createElement('option');
    none.value = '';
    none.textContent = 'no programme';
    select.appendChild(none);
    programmes.forEach((programme) => {
      const option = document.createElement('option');
      option.value = String(programme.id);
      option.textContent = programme.name + ' · ' + programme.station;
      select.appendChild(option);
    });
    const remembered = localStorage.getItem(PROGRAMME_KEY);
    if (remembered && programmes.some((p) => String(p.id) === remembered)) {
      select.value = remembered;
    }
  }

  async function saveCallin(event) {
    event.preventDefault();
    const form = $('callin-form');
    const status = $('callin-status');
    const body = {};
    new FormData(form).forEach((value, name) => {
      if (String(value).trim() !== '') {
        body[name] = String(value).trim();
      }
    });
    if ($('programme').value) {
      body.programme = Number($('programme').value);
    }
    if (!body.text) {
      say(status, 'Type what the caller said first.', false);
      $('text').focus();
      return;
    }
    pendingKey = pendingKey || (self.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
    say(status, 'Saving…');
    let result;
    try {
      result = await api('/api/callins', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': pendingKey },
        body: JSON.stringify(body),
      });
    } catch (network) {
      say(status, 'Not saved: the gateway cannot be reached. Press Save again; it will not be counted twice.', false);
      return;
    }
    if (result.status === 201 || result.status === 200 || result.status === 202) {
      pendingKey = null;
      form.reset();
      say(status, 'Saved (message ' + (result.body.id === null ? 'queued' : result.body.id) + ').', true);
      $('text').focus();
      refreshLive();
    } else {
      say(status, 'Not saved: ' + problem(result), false);
    }
  }

  async function importFile(event) {
    event.preventDefault();
    const status = $('import-status');
    const list = $('import-errors');
    list.textContent = '';
    const file = $('file').files[0];
    if (!file) {
      say(status, 'Choose a CSV file first.', false);
      return;
    }
    say(status, 'Importing…');
    const result = await api('/api/callins/import', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      body: await file.text(),
    });
    if (result.status !== 200) {
      say(status, 'Not imported: ' + problem(result), false);
      return;
    }
    const { imported, duplicates, errors } = result.body;
    say(status, imported + ' imported, ' + duplicates + ' already there, ' + errors.length + ' rows with problems.',
      errors.length === 0);
    errors.forEach((error) => {
      const item = document.createElement('li');
      item.textContent = 'Row ' + error.row + ': ' + error.error;
      list.appendChild(item);
    });
    refreshLive();
  }

  async function refreshLive() {
    const programme = $('programme').value;
    localStorage.setItem(PROGRAMME_KEY, programme);
    const summary = $('live-summary');
    const themes = $('themes');
    if (!programme) {
      $('episode').textContent = '';
      summary.textContent = 'Choose a programme to see its counts.';
      themes.textContent = '';
      return;
    }
    const result = await api('/api/programmes/' + programme + '/live');
    if (result.status !== 200) {
      summary.textContent = 'Counts unavailable: ' + problem(result);
      return;
    }
    const live = result.body;
    if (!live.episode) {
      $('episode').textContent = 'No episode yet.';
      summary.textContent = '';
      themes.textContent = '';
      return;
    }
    $('episode').textContent = (live.episode.on_air ? 'On air now: ' : 'Last episode: ') + live.episode.question;
    const channels = Object.entries(live.by_channel).map(([channel, count]) => count + ' ' + channel).join(', ');
    summary.textContent = live.messages + ' messages (' + (channels || 'none yet') + '); ' + live.classified
      + ' classified; ' + live.awaiting_transcription + ' recordings waiting for a transcript.';
    themes.textContent = '';
    const most = Math.max(1, ...live.themes.map((theme) => theme.messages));
    live.themes.forEach((theme) => {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = theme.name + ' (' + theme.code + '): ' + theme.messages;
      const bar = document.createElement('div');
      bar.className = 'bar';
      bar.style.width = (100 * theme.messages / most) + '%';
      bar.style.background = theme.colour;
      item.append(label, bar);
      themes.appendChild(item);
    });
  }

  async function refreshQueue() {
    const list = $('queue');
    const result = await api('/api/transcriptions?limit=20');
    list.textContent = '';
    if (result.status !== 200) {
      const item = document.createElement('li');
      item.textContent = 'The queue is unavailable: ' + problem(result);
      list.appendChild(item);
      return;
    }
    if (result.body.recordings.length === 0) {
      const item = document.createElement('li');
      item.textContent = 'Nothing is waiting.';
      list.appendChild(item);
    }
    result.body.recordings.forEach((recording, index) => {
      const item = document.createElement('li');
      const about = document.createElement('p');
      about.textContent = recording.called_at + ' · ' + recording.language + ' · ' + (recording.county || 'county not given')
        + (recording.duration_seconds ? ' · ' + recording.duration_seconds + ' s' : '');
      const audio = document.createElement('audio');
      audio.controls = true;
      audio.preload = 'none';
      audio.src = recording.recording_url;
      const label = document.createElement('label');
      label.htmlFor = 'transcript-' + index;
      label.textContent = 'Transcript';
      const text = document.createElement('textarea');
      text.id = 'transcript-' + index;
      text.rows = 3;
      const save = document.createElement('button');
      save.type = 'button';
      save.textContent = 'Save transcript';
      const status = document.createElement('p');
      status.className = 'status';
      status.setAttribute('role', 'status');
      save.addEventListener('click', async () => {
        if (!text.value.trim()) {
          say(status, 'Type the transcript first.', false);
          text.focus();
          return;
        }
        const saved = await api('/api/transcriptions/' + encodeURIComponent(recording.recording_sid), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: text.value.trim() }),
        });
        if (saved.status === 201 || saved.status === 200 || saved.status === 202) {
          say(status, saved.body.status === 'already_transcribed' ? 'Someone saved a transcript first.' : 'Saved.', true);
          save.disabled = true;
        } else {
          say(status, 'Not saved: ' + problem(saved), false);
        }
      });
      item.append(about, audio, label, text, save, status);
      list.appendChild(item);
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', () => signOut('Signed out.'));
    $('callin-form').addEventListener('submit', saveCallin);
    $('text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        $('callin-form').requestSubmit();
      }
    });
    $('import-form').addEventListener('submit', importFile);
    $('programme').addEventListener('change', refreshLive);
    $('queue-refresh').addEventListener('click', refreshQueue);
    start();
  });
})();
