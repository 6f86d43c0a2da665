// jixiao serve: the page. Plain JavaScript (ES2017), no library, nothing loaded from the network. Every text
// from a workbook goes into the page through textContent, never as HTML.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const WORKBOOK = /\.(xlsx|xlsm|xls|et)$/i;
  const ZIP = /\.zip$/i;
  const PARALLEL_UPLOADS = 3;
  const GRADE_COLORS = { '优': '#2f855a', '良': '#2b6cb0', '中': '#b7791f', '差': '#c53030' };

  const state = {
    info: null,
    batch: null,
    queue: [], // { file, path, li, status }
    ignored: 0,
    results: null,
    sort: { key: 'rank', dir: 1 },
    running: false,
    cleared: false,
    selectedRow: null,
    rulesValid: false,
  };

  // ---------- small helpers ----------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : value);
      }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const bi = (zh, en) => [zh, ' ', el('span', { class: 'en', text: en })];
  const svgNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const node = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const fmt = (n, digits = 2) => (n === null || n === undefined ? '—' : Number(n).toFixed(digits));
  const pct = (f) => (f === null || f === undefined ? '—' : (Number(f) * 100).toFixed(2) + '%');
  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    const mb = bytes / 1024 / 1024;
    return (Number.isInteger(mb) ? mb : mb.toFixed(1)) + ' MB';
  }
  function gradeBadge(grade) {
    const known = Object.prototype.hasOwnProperty.call(GRADE_COLORS, grade);
    return el('span', { class: 'grade ' + (known ? 'g-' + grade : 'g-other'), text: grade });
  }
  function message(text, info) {
    const box = $('message');
    box.hidden = !text;
    box.textContent = text || '';
    box.className = 'message' + (info ? ' info' : '');
  }
  async function api(method, url) {
    const response = await fetch(url, { method, headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = new Error(body && body.error ? body.error.message : '请求失败 / request failed: ' + response.status);
      error.status = response.status;
      error.body = body;
      throw error;
    }
    return body;
  }
  async function ensureBatch() {
    if (!state.batch) {
      const created = await api('POST', '/api/batches');
      state.batch = created.id;
    }
    return state.batch;
  }
  const base = () => '/api/batches/' + state.batch;

  // ---------- start-up ----------
  async function init() {
    try {
      state.info = await api('GET', '/api/info');
    } catch (e) {
      message('无法连接 jixiao 服务，请确认它仍在运行 / cannot reach the jixiao server: ' + e.message);
      return;
    }
    const select = $('rules');
    for (const set of state.info.ruleSets) {
      select.append(el('option', { value: set.name, text: set.name + '（' + set.scope + '）' }));
    }
    select.append(el('option', { value: 'uploaded', text: '上传自有规则集… / upload your own' }));
    $('limits').textContent = '上限 limits：每个文件 ' + size(state.info.maxFileBytes) + '，每批 '
      + size(state.info.maxBatchBytes) + ' / ' + state.info.maxFiles + ' 个文件';
    $('version').textContent = 'jixiao ' + state.info.version;
    wire();
  }

  function wire() {
    const drop = $('drop');
    $('pick-files').addEventListener('click', (e) => { e.stopPropagation(); $('files').click(); });
    $('pick-folder').addEventListener('click', (e) => { e.stopPropagation(); $('folder').click(); });
    drop.addEventListener('click', () => $('files').click());
    drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('files').click(); } });
    $('files').addEventListener('change', (e) => {
      addFiles(Array.from(e.target.files).map((f) => ({ file: f, path: f.name, fromFolder: false })));
      e.target.value = '';
    });
    $('folder').addEventListener('change', (e) => {
      // webkitRelativePath starts with the chosen folder: jixiao batch FOLDER names files below it
      const files = Array.from(e.target.files).map((f) => ({
        file: f, path: (f.webkitRelativePath || f.name).split('/').slice(1).join('/') || f.name, fromFolder: true,
      }));
      addFiles(files);
      e.target.value = '';
    });
    ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    }));
    ['dragleave', 'dragend'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('over')));
    drop.addEventListener('drop', async (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      addFiles(await droppedFiles(e.dataTransfer));
    });
    // a drop beside the zone must not navigate away from the page and lose the batch
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());
    $('clear-queue').addEventListener('click', clearQueue);
    $('start').addEventListener('click', start);
    $('reset').addEventListener('click', reset);
    $('rules').addEventListener('change', () => {
      $('rules-upload').hidden = $('rules').value !== 'uploaded';
      $('rules-status').hidden = $('rules').value !== 'uploaded' || !$('rules-status').textContent;
      $('rules-errors').hidden = $('rules').value !== 'uploaded' || state.rulesValid
        || !$('rules-errors').tBodies[0].rows.length;
      updateStart();
    });
    $('rules-file').addEventListener('change', uploadRules);
    window.addEventListener('pagehide', () => {
      // closing or reloading the tab clears its batch: its files are nobody's business after that
      if (state.batch && !state.cleared) navigator.sendBeacon(base() + '/delete');
    });
    let resizeTimer;
    window.addEventListener('resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { if (state.results) drawCharts(state.results); }, 150);
    });
  }

  // ---------- choosing files ----------
  async function droppedFiles(transfer) {
    const items = Array.from(transfer.items || []).filter((i) => i.kind === 'file');
    const entries = items.map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
    if (!entries.length || entries.some((e) => !e)) {
      return Array.from(transfer.files).map((f) => ({ file: f, path: f.name, fromFolder: false }));
    }
    const found = [];
    for (const entry of entries) await walk(entry, '', found);
    // one folder dropped: names below it, as jixiao batch FOLDER gives them
    const onlyFolder = entries.length === 1 && entries[0].isDirectory;
    return found.map((f) => ({
      file: f.file,
      path: onlyFolder ? f.path.split('/').slice(1).join('/') : f.path,
      fromFolder: f.path.includes('/'),
    }));
  }
  async function walk(entry, prefix, found) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      found.push({ file, path: prefix + entry.name });
      return;
    }
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (!batch.length) break;
      for (const child of batch) await walk(child, prefix + entry.name + '/', found);
    }
  }

  function addFiles(files) {
    if (state.running || state.results) return;
    let ignored = 0;
    for (const f of files) {
      const name = f.path.split('/').pop();
      // a folder holds reports and attachments too: like jixiao batch FOLDER, only workbooks (and archives) go
      if (f.fromFolder && !WORKBOOK.test(name) && !ZIP.test(name)) { ignored++; continue; }
      if (name.startsWith('~$') || name.startsWith('.')) { ignored++; continue; }
      if (state.queue.some((q) => q.path === f.path && q.file.size === f.file.size)) continue;
      const li = el('li', null, el('span', { text: f.path }),
        el('span', { class: 'state', text: size(f.file.size) }));
      state.queue.push({ file: f.file, path: f.path, li, status: 'queued' });
      $('queue-list').append(li);
    }
    state.ignored += ignored;
    renderQueueHead();
    updateStart();
  }
  function renderQueueHead() {
    $('queue').hidden = state.queue.length === 0;
    const bytes = state.queue.reduce((s, q) => s + q.file.size, 0);
    $('queue-count').textContent = '已选 ' + state.queue.length + ' 个文件，共 ' + size(bytes)
      + (state.ignored ? '；已忽略 ' + state.ignored + ' 个非工作簿文件' : '')
      + ' / ' + state.queue.length + ' files';
  }
  function clearQueue() {
    if (state.running) return;
    state.queue = [];
    state.ignored = 0;
    $('queue-list').textContent = '';
    renderQueueHead();
    updateStart();
  }
  function updateStart() {
    const rulesOk = $('rules').value !== 'uploaded' || state.rulesValid;
    $('start').disabled = state.running || !!state.results || state.queue.length === 0 || !rulesOk;
  }

  // ---------- the rule set ----------
  async function uploadRules(e) {
    const files = Array.from(e.target.files);
    e.target.value = '';
    if (!files.length) return;
    const status = $('rules-status');
    try {
      await ensureBatch();
      let result = null;
      for (const file of files) {
        const response = await fetch(base() + '/rules?name=' + encodeURIComponent(file.name), { method: 'PUT', body: file });
        result = await response.json();
        if (result.error) throw new Error(result.error.message);
      }
      state.rulesValid = result.valid;
      status.hidden = false;
      status.className = 'rules-status ' + (result.valid ? 'ok' : 'bad');
      status.textContent = result.valid
        ? '规则集有效 / valid：' + result.name + ' ' + (result.version || '') + '，' + result.rules + ' 条规则'
        : '规则集有 ' + result.errors.length + ' 处错误，请修正后重新上传 / ' + result.errors.length + ' error(s)';
      const body = $('rules-errors').tBodies[0];
      body.textContent = '';
      for (const err of result.errors) {
        body.append(el('tr', null, el('td', { text: err.file }), el('td', { class: 'num', text: err.line || '' }),
          el('td', { text: err.column }), el('td', { text: err.value }), el('td', { text: err.message }),
          el('td', { class: 'cell', text: err.code })));
      }
      $('rules-errors').hidden = result.valid;
    } catch (err) {
      state.rulesValid = false;
      status.hidden = false;
      status.className = 'rules-status bad';
      status.textContent = err.message;
    }
    updateStart();
  }

  // ---------- upload, run, progress ----------
  function progress(fraction, text) {
    $('progress').hidden = false;
    $('progress-fill').style.width = Math.round(Math.max(0, Math.min(1, fraction)) * 100) + '%';
    $('progress-text').textContent = text;
  }

  function uploadOne(item, onProgress) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('PUT', base() + '/files?name=' + encodeURIComponent(item.path));
      xhr.upload.onprogress = (e) => onProgress(e.loaded);
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => resolve({ status: 0, body: null });
      xhr.send(item.file);
    });
  }

  async function start() {
    if (state.running) return;
    state.running = true;
    updateStart();
    message('');
    $('reset').hidden = false;
    try {
      await ensureBatch();
      const total = state.queue.reduce((s, q) => s + q.file.size, 0) || 1;
      const loaded = new Map();
      let finished = 0;
      const show = () => {
        const sent = Array.from(loaded.values()).reduce((s, n) => s + n, 0);
        progress(sent / total, '正在上传 ' + finished + '/' + state.queue.length + ' 个文件（' + size(sent) + ' / '
          + size(total) + '） / uploading');
      };
      show();
      const pending = state.queue.slice();
      let accepted = 0;
      const worker = async () => {
        while (pending.length) {
          const item = pending.shift();
          item.li.querySelector('.state').textContent = '上传中…';
          const { status, body } = await uploadOne(item, (n) => { loaded.set(item, n); show(); });
          loaded.set(item, item.file.size);
          finished++;
          show();
          if (status >= 200 && status < 300) {
            accepted += body.accepted.length;
            item.li.className = 'ok';
            item.li.querySelector('.state').textContent = item.path.match(ZIP)
              ? '已解压 ' + body.accepted.length + ' 个工作簿' : '已上传';
          } else {
            item.li.className = 'bad';
            const reason = body && body.rejected && body.rejected.length ? body.rejected[0].code
              : body && body.error ? body.error.message : '上传失败 / upload failed';
            item.li.querySelector('.state').textContent = reason;
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, worker));
      const rules = $('rules').value;
      if (!accepted) {
        // nothing to score, but what was refused is still worth showing with its reasons
        message('没有可评分的工作簿，原因见文件列表 / no workbook could be taken; see the reasons in the list');
        state.running = false;
        return;
      }
      await api('POST', base() + '/run?rules=' + encodeURIComponent(rules));
      await poll();
    } catch (e) {
      message(e.message);
      state.running = false;
      updateStart();
    }
  }

  async function poll() {
    for (;;) {
      const p = await api('GET', base() + '/progress');
      if (p.state === 'queued') {
        progress(0, '排队等候评分（其他批次正在进行） / queued behind another batch');
      } else if (p.state === 'running') {
        progress(p.total ? p.done / p.total : 0, '正在评分 ' + p.done + '/' + (p.total || '…') + ' 个文件'
          + (p.file ? '：' + p.file : '') + ' / scoring');
      } else if (p.state === 'done') {
        progress(1, '评分完成 / done');
        state.results = await api('GET', base() + '/results');
        state.running = false;
        renderResults(state.results);
        return;
      } else {
        throw new Error(p.message || '评分失败 / the batch failed');
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  async function reset() {
    if (state.batch && !state.cleared) {
      try { await api('DELETE', base()); } catch (e) { /* already gone */ }
    }
    state.batch = null;
    state.results = null;
    state.running = false;
    state.cleared = false;
    state.rulesValid = false;
    state.selectedRow = null;
    clearQueue();
    $('results').hidden = true;
    $('input-card').classList.remove('compact');
    $('progress').hidden = true;
    $('reset').hidden = true;
    $('rules-status').hidden = true;
    $('rules-status').textContent = '';
    $('rules-errors').hidden = true;
    $('rules-errors').tBodies[0].textContent = '';
    message('');
    updateStart();
  }

  // ---------- results ----------
  function downloadLink(href, zh, en, strong) {
    return el('a', { class: 'button' + (strong ? ' strong' : ''), href, download: '' }, bi(zh, en));
  }

  /** Once scored, the choosing card shrinks to one line, so the results fill a 1366×768 screen. */
  function compactInput(r) {
    const card = $('input-card');
    card.classList.add('compact');
    const rules = $('rules').selectedOptions[0].textContent;
    $('batch-line').textContent = '';
    $('batch-line').append(el('b', { text: '已评分 ' + r.counts.files + ' 个文件' }),
      '，' + r.counts.evaluations + ' 张评价表，用时 ' + (r.elapsedMs / 1000).toFixed(1) + ' 秒　',
      el('span', { class: 'muted', text: '规则集 rules：' + rules }));
  }

  function renderResults(r) {
    compactInput(r);
    $('results').hidden = false;
    const single = r.rows.length === 1 && r.counts.files === 1;
    $('tiles').hidden = single;
    $('charts').hidden = single;
    $('ranking-card').hidden = single || r.rows.length === 0;
    $('losses-card').hidden = single || r.losses.length === 0;
    $('failures-card').hidden = r.failures.length === 0 && r.skipped.length === 0;
    $('overview').querySelector('h2').lastChild.textContent = single ? ' One workbook' : ' Results';
    renderDownloads(r);
    renderTiles(r);
    drawCharts(r);
    renderRanking(r);
    renderLosses(r);
    renderFailures(r);
    if (r.rows.length === 1) {
      openDetail(r.rows[0].row);
    } else {
      $('detail-card').hidden = true;
    }
    $('results').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function renderDownloads(r) {
    const box = $('downloads');
    box.textContent = '';
    box.append(
      downloadLink(base() + '/download/summary.xlsx', '汇总.xlsx', 'summary', true),
      downloadLink(base() + '/download/summary.csv', 'summary.csv', 'CSV'),
      downloadLink(base() + '/download/errors.csv', 'errors.csv', 'errors'),
      r.counts.scoredFiles ? downloadLink(base() + '/download/copies.zip', '填好的副本.zip', 'filled copies') : null);
    const all = downloadLink(base() + '/download/all.zip', '全部下载并清除', 'download all, then clear');
    all.title = '汇总、CSV 与全部副本打包下载；下载后本批临时文件即被删除 / everything in one zip; the batch is deleted after';
    all.addEventListener('click', watchCleared);
    box.append(all);
  }

  async function watchCleared() {
    // the server deletes the batch once all.zip has been sent; the page then stops offering its files
    for (let i = 0; i < 120; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      try {
        await api('GET', base() + '/progress');
      } catch (e) {
        if (e.status === 404) {
          state.cleared = true;
          document.querySelectorAll('#downloads a, #detail-downloads a').forEach((a) => a.remove());
          $('downloads').append(el('span', { class: 'muted', text: '已整批下载，本机临时文件已删除 / downloaded; the batch'
            + ' files are deleted' }));
          return;
        }
      }
    }
  }

  function tile(value, zh, en, warn) {
    return el('div', { class: 'tile' + (warn ? ' warn' : '') }, el('div', { class: 'value', text: value }),
      el('div', { class: 'label' }, bi(zh, en)));
  }
  function renderTiles(r) {
    const s = r.statistics;
    const box = $('tiles');
    box.textContent = '';
    box.append(tile(r.counts.files, '文件', 'files'), tile(r.counts.evaluations, '评价表', 'sheets scored'),
      tile(s.count ? fmt(s.mean) : '—', '平均分', 'mean'), tile(s.count ? fmt(s.median) : '—', '中位数', 'median'),
      tile(s.count ? fmt(s.max) + ' / ' + fmt(s.min) : '—', '最高 / 最低', 'max / min'),
      tile(r.counts.failed, '无法评分', 'not scored', r.counts.failed > 0));
  }

  function drawCharts(r) {
    barChart($('chart-grades'), r.grades.map((g) => g.grade), r.grades.map((g) => g.count),
      r.grades.map((g) => GRADE_COLORS[g.grade] || '#718096'), '张 sheets');
    barChart($('chart-totals'), r.histogram.labels, r.histogram.counts,
      r.histogram.labels.map((label, i) => (i >= 7 ? '#2f855a' : i >= 5 ? '#2b6cb0' : i >= 1 ? '#b7791f' : '#c53030')),
      '张 sheets');
  }

  /** A bar chart drawn at the container's own width, so text is never stretched. */
  function barChart(box, labels, values, colors, unit) {
    box.textContent = '';
    const width = Math.max(240, box.clientWidth || 400);
    const height = 160;
    const pad = { left: 34, right: 10, top: 16, bottom: 28 };
    const max = Math.max(1, ...values);
    const step = max <= 5 ? 1 : Math.ceil(max / 5);
    const top = Math.ceil(max / step) * step;
    const chart = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': labels.map((l, i) => l + ' ' + values[i]).join('，') + ' ' + unit });
    const plotH = height - pad.top - pad.bottom;
    const plotW = width - pad.left - pad.right;
    for (let v = 0; v <= top; v += step) {
      const y = pad.top + plotH - (v / top) * plotH;
      chart.append(svg('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y, y2: y }));
      chart.append(svg('text', { class: 'tick', x: pad.left - 6, y: y + 4, 'text-anchor': 'end' }, String(v)));
    }
    chart.append(svg('line', { class: 'axis', x1: pad.left, x2: width - pad.right, y1: pad.top + plotH, y2: pad.top + plotH }));
    const slot = plotW / labels.length;
    const barW = Math.min(56, slot * 0.62);
    labels.forEach((label, i) => {
      const h = (values[i] / top) * plotH;
      const x = pad.left + slot * i + (slot - barW) / 2;
      const y = pad.top + plotH - h;
      const bar = svg('rect', { x, y, width: barW, height: Math.max(h, values[i] ? 1 : 0), fill: colors[i], rx: 2 });
      bar.append(svg('title', {}, label + '：' + values[i]));
      chart.append(bar);
      if (values[i]) chart.append(svg('text', { x: x + barW / 2, y: y - 4, 'text-anchor': 'middle' }, String(values[i])));
      chart.append(svg('text', { class: 'tick', x: pad.left + slot * i + slot / 2, y: height - 10, 'text-anchor': 'middle' }, label));
    });
    box.append(chart);
  }

  const COLUMNS = [
    { key: 'rank', zh: '排名', en: 'Rank', num: true },
    { key: 'unit', zh: '单位 / 项目', en: 'Unit' },
    { key: 'sheet', zh: '工作表', en: 'Sheet' },
    { key: 'kind', zh: '类型', en: 'Kind' },
    { key: 'rate', zh: '执行率', en: 'Rate', num: true },
    { key: 'total', zh: '总分', en: 'Total', num: true },
    { key: 'grade', zh: '等级', en: 'Grade' },
    { key: 'reportedTotal', zh: '填报总分', en: 'Submitted', num: true },
    { key: 'difference', zh: '差异', en: 'Diff.', num: true },
    { key: 'problems', zh: '问题', en: 'Findings', num: true },
  ];
  const sortValue = (row, key) => {
    if (key === 'problems') return row.problems.errors * 1000 + row.problems.warnings;
    if (key === 'unit') return (row.unit || row.title || row.file);
    if (key === 'grade') return ['优', '良', '中', '差'].indexOf(row.grade) + 0.5;
    return row[key];
  };

  function renderRanking(r) {
    const head = $('ranking').tHead;
    head.textContent = '';
    const tr = el('tr');
    for (const col of COLUMNS) {
      const th = el('th', { class: col.num ? 'num' : null, scope: 'col' }, bi(col.zh, col.en));
      if (state.sort.key === col.key) th.classList.add(state.sort.dir > 0 ? 'sorted-asc' : 'sorted-desc');
      th.addEventListener('click', () => {
        state.sort = { key: col.key, dir: state.sort.key === col.key ? -state.sort.dir : (col.num && col.key !== 'rank' ? -1 : 1) };
        renderRanking(r);
      });
      tr.append(th);
    }
    head.append(tr);
    const rows = r.rows.slice().sort((a, b) => {
      const x = sortValue(a, state.sort.key);
      const y = sortValue(b, state.sort.key);
      if (x === y) return a.rank - b.rank;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * state.sort.dir;
    });
    const body = $('ranking').tBodies[0];
    body.textContent = '';
    for (const row of rows) {
      const diff = row.difference;
      const line = el('tr', { tabindex: '0', 'data-row': row.row },
        el('td', { class: 'num', text: row.rank }),
        el('td', null, el('div', { text: row.unit || row.title || '（未填单位）' }), el('div', { class: 'file', text: row.file })),
        el('td', { text: row.sheet }),
        el('td', { text: row.kind }),
        el('td', { class: 'num', text: pct(row.rate) }),
        el('td', { class: 'num total', text: fmt(row.total) }),
        el('td', null, gradeBadge(row.grade)),
        el('td', { class: 'num', text: fmt(row.reportedTotal) }),
        el('td', { class: 'num' + (diff && Math.abs(diff) >= 0.01 ? ' diff-bad' : ''), text: diff === null ? '—' : (diff > 0 ? '+' : '') + fmt(diff) }),
        el('td', { class: 'num', text: row.problems.errors + ' 错 / ' + row.problems.warnings + ' 警' }));
      if (state.selectedRow === row.row) line.classList.add('selected');
      line.addEventListener('click', () => openDetail(row.row));
      line.addEventListener('keydown', (e) => { if (e.key === 'Enter') openDetail(row.row); });
      body.append(line);
    }
  }

  function renderLosses(r) {
    const body = $('losses').tBodies[0];
    body.textContent = '';
    for (const loss of r.losses) {
      body.append(el('tr', null, el('td', { text: loss.indicator }), el('td', { text: loss.level1 }),
        el('td', { class: 'num', text: loss.lostIn + ' / ' + loss.evaluations }),
        el('td', { class: 'num', text: fmt(loss.averageLost) }),
        el('td', { class: 'num', text: pct(loss.averageLossRate) })));
    }
  }

  function renderFailures(r) {
    const body = $('failures').tBodies[0];
    body.textContent = '';
    for (const f of r.failures) {
      body.append(el('tr', null, el('td', { text: f.file }), el('td', { class: 'cell', text: f.code }),
        el('td', null, f.message, f.stage === 'upload' ? el('span', { class: 'muted', text: '（上传时拒收，不在汇总中 / refused at upload, not in the summary）' }) : null)));
    }
    $('failures').hidden = r.failures.length === 0;
    $('skipped').textContent = r.skipped.length
      ? '已跳过 ' + r.skipped.length + ' 个 jixiao 输出文件（' + r.skipped.map((s) => s.file).join('、') + '） / jixiao outputs skipped'
      : '';
  }

  // ---------- one workbook ----------
  async function openDetail(row) {
    state.selectedRow = row;
    document.querySelectorAll('#ranking tbody tr').forEach((tr) => tr.classList.toggle('selected', Number(tr.dataset.row) === row));
    const card = $('detail-card');
    card.hidden = false;
    $('detail').textContent = '正在读取… / loading…';
    let d;
    try {
      d = await api('GET', base() + '/detail?row=' + row);
    } catch (e) {
      $('detail').textContent = e.message;
      return;
    }
    $('detail-title').textContent = '';
    $('detail-title').append(...bi('问题与得分', 'Findings'), ' ', el('span', { class: 'muted', text: d.file }));
    const downloads = $('detail-downloads');
    downloads.textContent = '';
    downloads.append(downloadLink(d.copy, '下载填好的副本', d.copyName, true));
    downloads.append(downloadLink(d.report, '下载自评报告草稿', 'report draft (.docx)', false));
    const box = $('detail');
    box.textContent = '';
    for (const e of d.evaluations) box.append(sheet(e));
    if (state.results.rows.length > 1) card.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function sheet(e) {
    const facts = el('div', { class: 'facts' },
      el('div', null, el('b', { text: '单位' }), e.unit || '—'),
      el('div', null, el('b', { text: e.project ? '项目' : '标题' }), e.project || e.title || '—'),
      el('div', null, el('b', { text: '年度' }), e.year || '—', '　', el('b', { text: '类型' }), e.kind, '　',
        el('b', { text: '工作表' }), e.sheet),
      el('div', null, el('b', { text: '规则集' }), e.rules));
    const submitted = el('div', { class: 'facts side-facts' },
      el('div', null, el('b', { text: '填报总分 submitted' }), fmt(e.reportedTotal)),
      el('div', null, el('b', { text: '差异 difference' }),
        e.reportedTotal === null ? '—' : el('span', { class: Math.abs(e.reportedTotal - e.total) >= 0.005 ? 'diff-bad' : '',
          text: fmt(e.reportedTotal - e.total) })),
      el('div', null, el('b', { text: '填报等级' }), e.reportedGrade || '—'));
    const head = el('div', { class: 'headline' },
      el('div', { class: 'score-box' }, el('span', { class: 'total', text: fmt(e.total) }), gradeBadge(e.grade)),
      facts, submitted);

    const groups = el('table', { class: 'table compact' },
      el('thead', null, el('tr', null, el('th', null, bi('一级指标', 'Level 1')), el('th', { class: 'num', text: '分值' }),
        el('th', { class: 'num', text: '得分' }), el('th', { class: 'num', text: '失分' }))));
    const gbody = el('tbody');
    if (e.budget) {
      gbody.append(el('tr', null, el('td', { text: '预算执行' }), el('td', { class: 'num', text: fmt(e.budget.weight) }),
        el('td', { class: 'num', text: fmt(e.budget.score) }), el('td', { class: 'num', text: fmt(e.budget.weight - e.budget.score) })));
    }
    for (const g of e.groups) {
      gbody.append(el('tr', null, el('td', { text: g.name }), el('td', { class: 'num', text: fmt(g.weight) }),
        el('td', { class: 'num', text: fmt(g.score) }), el('td', { class: 'num', text: fmt(g.lost) })));
    }
    gbody.append(el('tr', null, el('td', null, el('b', { text: '合计' })), el('td'), el('td', { class: 'num' }, el('b', { text: fmt(e.total) })), el('td')));
    groups.append(gbody);

    const left = el('div', null, el('h4', null, bi('一级指标小计', 'Subtotals')), groups);
    if (e.budget) {
      const b = e.budget;
      left.append(el('h4', null, bi('预算执行', 'Budget')), el('table', { class: 'table compact' }, el('tbody', null,
        el('tr', null, el('td', { text: '预算数' }), el('td', { class: 'num', text: fmt(b.planned) })),
        el('tr', null, el('td', { text: '执行数' }), el('td', { class: 'num', text: fmt(b.executed) })),
        el('tr', null, el('td', { text: '执行率' }), el('td', { class: 'num', text: pct(b.rate) })),
        el('tr', null, el('td', { text: '得分 / 分值' }), el('td', { class: 'num', text: fmt(b.score) + ' / ' + fmt(b.weight) })),
        el('tr', null, el('td', { text: '填报得分' }), el('td', { class: 'num', text: fmt(b.reportedScore) })),
        el('tr', null, el('td', { text: '依据' }), el('td', { class: 'file', text: b.basis + '（' + b.cell + '）' })))));
    }

    const findings = el('table', { class: 'table compact findings' },
      el('thead', null, el('tr', null, el('th', null, bi('单元格', 'Cell')), el('th', { text: '级别' }),
        el('th', null, bi('问题', 'Finding')), el('th', { class: 'num' }, bi('填报值', 'Submitted')),
        el('th', { class: 'num' }, bi('重新计算', 'Recomputed')), el('th', null, bi('说明', 'Detail')))));
    const fbody = el('tbody');
    for (const f of e.findings) {
      fbody.append(el('tr', null, el('td', { class: 'cell', text: f.cell || '—' }),
        el('td', null, el('span', { class: 'sev ' + f.severity, text: f.severityLabel })),
        el('td', { text: f.title }),
        el('td', { class: 'num', text: f.submitted === null ? '—' : f.submitted }),
        el('td', { class: 'num', text: f.recomputed === null ? '—' : f.recomputed }),
        el('td', { text: f.message })));
    }
    if (!e.findings.length) fbody.append(el('tr', null, el('td', { colspan: '6', text: '未发现问题 / no findings' })));
    findings.append(fbody);
    const right = el('div', null, el('h4', null, bi('发现的问题（' + e.findings.length + '）', 'Findings')),
      el('div', { class: 'table-wrap' }, findings));

    const indicators = el('table', { class: 'table compact' },
      el('thead', null, el('tr', null, ['一级', '二级', '三级', '分值', '指标值', '完成值', '填报得分', '计算得分', '依据', '单元格']
        .map((h, i) => el('th', { class: i === 3 || i === 6 || i === 7 ? 'num' : null, text: h })))));
    const ibody = el('tbody');
    for (const i of e.indicators) {
      ibody.append(el('tr', null, el('td', { text: i.level1 }), el('td', { text: i.level2 }), el('td', { text: i.level3 }),
        el('td', { class: 'num', text: fmt(i.weight) }), el('td', { text: i.target }), el('td', { text: i.actual }),
        el('td', { class: 'num', text: fmt(i.reportedScore) }), el('td', { class: 'num', text: fmt(i.score) }),
        el('td', { class: 'file', text: i.basis }), el('td', { class: 'cell', text: i.cell })));
    }
    indicators.append(ibody);

    return el('div', { class: 'sheet' }, head,
      el('div', { class: 'robust' }, el('b', { text: '等级稳健性 ' }), e.robustness.line),
      el('div', { class: 'detail-grid' }, left, right),
      el('details', null, el('summary', null, bi('全部 ' + e.indicators.length + ' 项指标', 'all indicators')),
        el('div', { class: 'table-wrap' }, indicators)));
  }

  init();
}());
