// Reproducible contract build: solc-js with standard JSON, pinned settings, no metadata hash.
// Writes build/<Contract>.abi and build/<Contract>.bin for every contract under src/ (not src/lib/).
// Fails on any compiler error or warning in our sources. `node compile.js --check` writes nothing
// and fails if build/ differs from what the sources compile to.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const SRC = path.join(__dirname, 'src');
const OUT = path.join(__dirname, 'build');
const EVM_VERSION = 'cancun'; // widest support across EVM chains that have PUSH0, MCOPY, transient storage
const RUNS = 10000;
// Sources compiled apart with fewer optimizer runs: at RUNS the IR inliner duplicates their
// proof helpers past EIP-170's 24,576-byte code limit. Their hot paths are calldata and keccak,
// which the runs setting barely changes. AnchoredBoundaries imports AnchoredLedger (its structs and
// isFinal), so it is compiled with it.
const RUNS_OF = { 'src/AnchoredLedger.sol': 1000, 'src/AnchoredBoundaries.sol': 1000 };

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.sol') ? [p] : [];
  });
}

const sources = {};
for (const file of walk(SRC).sort()) {
  sources[path.relative(__dirname, file)] = { content: fs.readFileSync(file, 'utf8') };
}

const settings = (runs) => ({
  optimizer: { enabled: true, runs },
  viaIR: true, // the IR pipeline's optimizer saves ~10% gas per reading
  evmVersion: EVM_VERSION,
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
});

function findImports(p) {
  for (const base of [path.join(__dirname, 'node_modules'), __dirname]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  }
  return { error: `import not found: ${p}` };
}

function compile(srcs, runs) {
  const input = { language: 'Solidity', sources: srcs, settings: settings(runs) };
  return JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
}

// Everything at RUNS, then each RUNS_OF source alone (its imports resolve through findImports).
const main = Object.fromEntries(Object.entries(sources).filter(([f]) => !(f in RUNS_OF)));
const outputs = [{ output: compile(main, RUNS), only: null }];
for (const [file, runs] of Object.entries(RUNS_OF)) {
  outputs.push({ output: compile({ [file]: sources[file] }, runs), only: file });
}
let failed = false;
for (const { output, only } of outputs) {
  for (const e of output.errors || []) {
    const ours = e.sourceLocation && e.sourceLocation.file && e.sourceLocation.file.startsWith('src/');
    if (e.severity === 'error' || (e.severity === 'warning' && ours)) {
      failed = true;
      console.error(e.formattedMessage);
    }
  }
}
if (failed) {
  console.error('compile failed');
  process.exit(1);
}

// The build output, file name -> content.
const artifacts = {};
for (const { output, only } of outputs) {
  for (const [file, contracts] of Object.entries(output.contracts)) {
    if (!file.startsWith('src/') || file.startsWith('src/lib/')) continue;
    if (only && file !== only) continue;
    for (const [name, c] of Object.entries(contracts)) {
      if (!c.evm.bytecode.object) continue; // interfaces and abstract contracts
      if (c.evm.deployedBytecode.object.length / 2 > 24576) {
        failed = true;
        console.error(`${name}: runtime code is ${c.evm.deployedBytecode.object.length / 2} bytes, over EIP-170's 24576`);
      }
      artifacts[`${name}.abi`] = JSON.stringify(c.abi, null, 1) + '\n';
      artifacts[`${name}.bin`] = c.evm.bytecode.object;
    }
  }
}
if (failed) {
  console.error('compile failed');
  process.exit(1);
}

if (process.argv.includes('--check')) {
  // Drift check: the committed build output must be exactly what the sources compile to.
  const have = fs.existsSync(OUT) ? fs.readdirSync(OUT).sort() : [];
  const want = Object.keys(artifacts).sort();
  const stale = want.filter((f) => !have.includes(f) || fs.readFileSync(path.join(OUT, f), 'utf8') !== artifacts[f]);
  const extra = have.filter((f) => !want.includes(f));
  if (stale.length || extra.length) {
    console.error(`contracts/build is out of date (run: cd contracts && node compile.js): ${[...stale, ...extra].join(', ')}`);
    process.exit(1);
  }
  console.log(`contracts/build matches the sources (${want.length / 2} contracts, solc ${solc.version()})`);
  process.exit(0);
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [f, content] of Object.entries(artifacts)) fs.writeFileSync(path.join(OUT, f), content);
console.log(`compiled ${Object.keys(artifacts).length / 2} contracts with solc ${solc.version()} (evm ${EVM_VERSION})`);
