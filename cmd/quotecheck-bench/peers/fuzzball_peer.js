// A peer for the search benchmark: the npm package fuzzball's partial_ratio,
// as a user might reach for it. For each quote, every turn of the record is
// scored with fuzz.partial_ratio(quote, turn); the best turn wins.
//
// usage: node fuzzball_peer.js RECORD.jsonl QUOTES.jsonl OUT.jsonl
// (fuzzball must be on NODE_PATH; the benchmark installs it in a temp dir)
'use strict';
const fs = require('fs');
const fuzz = require('fuzzball');

const [recPath, quotesPath, outPath] = process.argv.slice(2);
const lines = (p) => fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const turns = lines(recPath).map((t) => t.text);
fs.writeFileSync(outPath, '');
for (const q of lines(quotesPath)) {
  const t0 = process.hrtime.bigint();
  let best = -1;
  let bestTurn = -1;
  for (let i = 0; i < turns.length; i++) {
    const s = fuzz.partial_ratio(q.text, turns[i]);
    if (s > best) {
      best = s;
      bestTurn = i;
    }
  }
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  // one line per quote as it is done, so a run cut short by its time
  // budget still reports the quotes it finished
  fs.appendFileSync(outPath, JSON.stringify({ id: q.id, turn: bestTurn, score: best / 100, seconds: dt }) + '\n');
}
