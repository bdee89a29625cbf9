// meterchain UI: sign-in with a browser wallet (EIP-4361), bill payment and consent through the
// wallet (or the CLI command when there is none), and live readings over server-sent events.
'use strict';
const $ = (s) => document.querySelector(s);
const status = (id, text) => { const e = document.getElementById(id); if (e) e.textContent = text; };

async function api(path, body) {
  const res = await fetch(path, body === undefined ? {} : {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  const data = await res.json();
  if (!res.ok) throw new Error(data.error ? data.error.message : res.statusText);
  return data;
}

async function login(address, sign) {
  const n = await api('/v1/auth/nonce', {address});
  const signature = await sign(n.message);
  await api('/v1/auth/login', {message: n.message, signature});
  location.href = '/ui';
}

if ($('#login-wallet') && window.ethereum) {
  $('#wallet-login').hidden = false;
  $('#login-wallet').onclick = async () => {
    try {
      const [address] = await window.ethereum.request({method: 'eth_requestAccounts'});
      await login(address, (msg) => window.ethereum.request({method: 'personal_sign', params: [msg, address]}));
    } catch (e) { status('login-status', 'Sign-in failed: ' + e.message); }
  };
}
if ($('#get-message')) {
  $('#get-message').onclick = async () => {
    try { const n = await api('/v1/auth/nonce', {address: $('#addr').value.trim()}); $('#message').value = n.message; }
    catch (e) { status('login-status', e.message); }
  };
  $('#login-manual').onclick = async () => {
    try { await api('/v1/auth/login', {message: $('#message').value, signature: $('#signature').value.trim()}); location.href = '/ui'; }
    catch (e) { status('login-status', 'Sign-in failed: ' + e.message); }
  };
}
if ($('#logout')) $('#logout').onclick = async () => { await api('/v1/auth/logout', {}); location.href = '/ui'; };

async function sendTx(tx) {
  const [from] = await window.ethereum.request({method: 'eth_requestAccounts'});
  const chainId = await window.ethereum.request({method: 'eth_chainId'});
  if (tx.chainId && chainId !== tx.chainId) throw new Error('switch the wallet to chain ' + parseInt(tx.chainId, 16));
  return window.ethereum.request({method: 'eth_sendTransaction', params: [{from, to: tx.to, data: tx.data}]});
}

document.querySelectorAll('button.pay').forEach((b) => {
  b.onclick = async () => {
    if (!window.ethereum) { b.nextElementSibling.hidden = false; status('tx-status', 'No browser wallet: pay with the command shown.'); return; }
    try {
      const p = await api('/v1/bills/' + b.dataset.bill + '/pay');
      status('tx-status', 'Approve ' + p.outstanding + ' in your wallet…');
      await sendTx({...p.approve, chainId: p.chainId});
      const h = await sendTx({...p.pay, chainId: p.chainId});
      status('tx-status', 'Payment sent: ' + h + '. The bill shows paid once the index has followed the block.');
    } catch (e) { status('tx-status', 'Payment failed: ' + e.message); }
  };
});

async function consentTx(body) {
  const tx = await api('/v1/consents/tx', body);
  if (!window.ethereum) { status('tx-status', 'No browser wallet: run ' + tx.cli); return; }
  const h = await sendTx(tx);
  status('tx-status', 'Sent ' + h + '. It shows here once the index has followed the block.');
}
if ($('#grant-form')) {
  $('#grant-form').onsubmit = async (ev) => {
    ev.preventDefault();
    const f = ev.target;
    const scopes = [...f.querySelectorAll('input[name=scope]:checked')].map((x) => x.value);
    try { await consentTx({meterId: f.dataset.meter, grantee: f.grantee.value.trim(), scopes, expiry: f.expiry.value}); }
    catch (e) { status('tx-status', 'Grant failed: ' + e.message); }
  };
}
document.querySelectorAll('button.revoke').forEach((b) => {
  b.onclick = async () => {
    try { await consentTx({meterId: b.dataset.meter, grantee: b.dataset.grantee, revoke: true}); }
    catch (e) { status('tx-status', 'Revoke failed: ' + e.message); }
  };
});

function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }
function badge(v) {
  const s = document.createElement('span');
  if (v.verified) { s.className = 'badge ok'; s.textContent = 'verified on chain · block ' + v.block + ' · tx ' + v.txHash.slice(0, 10) + '…'; }
  else { s.className = v.status === 'pending' ? 'badge wait' : 'badge bad'; s.textContent = v.status + (v.message ? ': ' + v.message : ''); }
  const td = document.createElement('td'); td.appendChild(s); return td;
}
const live = $('#live');
if (live && window.EventSource) {
  const es = new EventSource('/v1/meters/' + live.dataset.meter + '/events?since=' + live.dataset.since);
  es.onopen = () => { live.textContent = 'Live updates: on'; };
  es.onerror = () => { live.textContent = 'Live updates: reconnecting…'; };
  es.addEventListener('denied', (ev) => { live.textContent = 'Live updates stopped: ' + JSON.parse(ev.data); es.close(); });
  es.addEventListener('reading', (ev) => {
    const r = JSON.parse(ev.data);
    const tr = document.createElement('tr');
    tr.className = 'new';
    [r.time, r.energyKWh, r.currentA, r.temperatureC, r.humidityPct, r.voltageV].forEach((t) => tr.appendChild(cell(t)));
    tr.appendChild(badge(r.verification));
    $('#history tbody').appendChild(tr);
  });
}
