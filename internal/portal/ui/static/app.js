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

// The calls the page asks a wallet to sign are built here, from the bill, the amount and the
// contract addresses the page shows (#contracts), never taken from the server: a compromised
// portal cannot make the wallet approve another spender. What the server suggests is compared
// with them and refused when it differs. Selectors are checked against the Go bindings by
// internal/portal/calls_test.go.
const SELECTOR = {approve: '095ea7b3', pay: 'ef48eee6', grant: '69a80eec', revoke: 'a65af279', allowance: 'dd62ed3e'};
const MAX_UINT256 = (1n << 256n) - 1n;
const SCOPE = {readings: 1, bills: 2};

function abiAddress(a) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(a)) throw new Error('not an address: ' + a);
  return a.slice(2).toLowerCase().padStart(64, '0');
}
function abiUint(v, bits) {
  const n = BigInt(v);
  if (n < 0n || n >= (1n << BigInt(bits))) throw new Error(v + ' does not fit uint' + bits);
  return n.toString(16).padStart(64, '0');
}
function encodeApprove(spender, amount) { return '0x' + SELECTOR.approve + abiAddress(spender) + abiUint(amount, 256); }
// approveValue is what to approve for paying amount by hand: the allowance already given (autopay
// draws on it) plus the amount, so a manual payment leaves autopay's allowance as it was
// (internal/billpay.ApproveValue is the same rule); an unlimited allowance stays unlimited.
function approveValue(allowance, amount) {
  const v = BigInt(allowance) + BigInt(amount);
  return v > MAX_UINT256 ? MAX_UINT256 : v;
}
async function readAllowance(token, owner, spender) {
  const data = '0x' + SELECTOR.allowance + abiAddress(owner) + abiAddress(spender);
  return BigInt(await window.ethereum.request({method: 'eth_call', params: [{to: token, data}, 'latest']}));
}
function encodePay(billId, amount) { return '0x' + SELECTOR.pay + abiUint(billId, 256) + abiUint(amount, 256); }
function encodeGrant(meterId, grantee, scope, expiry) {
  return '0x' + SELECTOR.grant + abiUint(meterId, 64) + abiAddress(grantee) + abiUint(scope, 8) + abiUint(expiry, 64);
}
function encodeRevoke(meterId, grantee) { return '0x' + SELECTOR.revoke + abiUint(meterId, 64) + abiAddress(grantee); }

// baseUnits reads a decimal amount as shown ("12.34") in the token's base units.
function baseUnits(amount, decimals) {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!m || (m[2] || '').length > decimals) throw new Error('not an amount in ' + decimals + ' decimals: ' + amount);
  return BigInt(m[1] + (m[2] || '').padEnd(decimals, '0'));
}

// unixTime reads an expiry as the API does: unix seconds, YYYY-MM-DD (UTC) or RFC 3339.
function unixTime(v) {
  if (/^\d+$/.test(v)) return BigInt(v);
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v + 'T00:00:00Z' : v);
  if (isNaN(ms)) throw new Error('not a time: ' + v);
  return BigInt(Math.floor(ms / 1000));
}

function contracts() {
  const c = $('#contracts');
  if (!c) throw new Error('the page shows no contract addresses');
  return {chainId: c.dataset.chain, token: c.dataset.token, billing: c.dataset.billing, consent: c.dataset.consent, decimals: Number(c.dataset.decimals)};
}

// checked refuses a call the server suggests unless it is exactly the one the page built.
function checked(built, suggested) {
  const same = (a, b) => String(a || '').toLowerCase() === String(b || '').toLowerCase();
  if (suggested && !(same(built.to, suggested.to) && same(built.data, suggested.data))) {
    throw new Error('the portal asked to sign a different call (to ' + suggested.to + ') than the page shows: refused');
  }
  return built;
}

async function sendTx(tx, chainId) {
  const [from] = await window.ethereum.request({method: 'eth_requestAccounts'});
  const current = await window.ethereum.request({method: 'eth_chainId'});
  if (current !== chainId) throw new Error('switch the wallet to chain ' + parseInt(chainId, 16));
  return window.ethereum.request({method: 'eth_sendTransaction', params: [{from, to: tx.to, data: tx.data}]});
}

document.querySelectorAll('button.pay').forEach((b) => {
  b.onclick = async () => {
    if (!window.ethereum) { b.nextElementSibling.hidden = false; status('tx-status', 'No browser wallet: pay with the command shown.'); return; }
    try {
      const c = contracts();
      const amount = baseUnits(b.dataset.outstanding, c.decimals);
      const p = await api('/v1/bills/' + b.dataset.bill + '/pay');
      const [from] = await window.ethereum.request({method: 'eth_requestAccounts'});
      const allowance = await readAllowance(c.token, from, c.billing);
      const approve = checked({to: c.token, data: encodeApprove(c.billing, approveValue(allowance, amount))}, p.approve);
      const pay = checked({to: c.billing, data: encodePay(b.dataset.bill, amount)}, p.pay);
      status('tx-status', 'Approve ' + b.dataset.outstanding + ' for the billing contract ' + c.billing + ' in your wallet…');
      await sendTx(approve, c.chainId);
      const h = await sendTx(pay, c.chainId);
      status('tx-status', 'Payment sent: ' + h + '. The bill shows paid once the index has followed the block.');
    } catch (e) { status('tx-status', 'Payment failed: ' + e.message); }
  };
});

async function consentTx(body, data) {
  const c = contracts();
  const tx = await api('/v1/consents/tx', body);
  const built = checked({to: c.consent, data}, tx);
  if (!window.ethereum) { status('tx-status', 'No browser wallet: run ' + tx.cli); return; }
  const h = await sendTx(built, c.chainId);
  status('tx-status', 'Sent ' + h + '. It shows here once the index has followed the block.');
}
if ($('#grant-form')) {
  $('#grant-form').onsubmit = async (ev) => {
    ev.preventDefault();
    const f = ev.target;
    const scopes = [...f.querySelectorAll('input[name=scope]:checked')].map((x) => x.value);
    const grantee = f.grantee.value.trim();
    try {
      const scope = scopes.reduce((s, n) => s | SCOPE[n], 0);
      await consentTx({meterId: f.dataset.meter, grantee, scopes, expiry: f.expiry.value},
        encodeGrant(f.dataset.meter, grantee, scope, unixTime(f.expiry.value)));
    } catch (e) { status('tx-status', 'Grant failed: ' + e.message); }
  };
}
document.querySelectorAll('button.revoke').forEach((b) => {
  b.onclick = async () => {
    try { await consentTx({meterId: b.dataset.meter, grantee: b.dataset.grantee, revoke: true}, encodeRevoke(b.dataset.meter, b.dataset.grantee)); }
    catch (e) { status('tx-status', 'Revoke failed: ' + e.message); }
  };
});

function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }
function badge(v) {
  const s = document.createElement('span');
  if (v.verified && v.batch) { s.className = 'badge ok'; s.textContent = 'final in batch ' + v.batch + ' · block ' + v.block + ' · tx ' + v.txHash.slice(0, 10) + '…'; }
  else if (v.status === 'anchored') { s.className = 'badge wait'; s.textContent = 'anchored in batch ' + v.batch + ' · ' + v.message; }
  else if (v.verified) { s.className = 'badge ok'; s.textContent = 'verified on chain · block ' + v.block + ' · tx ' + v.txHash.slice(0, 10) + '…'; }
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
