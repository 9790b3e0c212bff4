// Sequential vs parallel awaits: the same results, different interleavings, shown by a log of starts and finishes.
const log = [];
const job = (name, ms) => new Promise(r => { log.push('start ' + name); setTimeout(() => { log.push('end ' + name); r(name); }, ms); });
(async () => {
  const seq = [];
  for (const [n, ms] of [['a', 10], ['b', 1]]) seq.push(await job(n, ms));
  console.log(seq.join(), log.join(', '));
  log.length = 0;
  const par = await Promise.all([['c', 10], ['d', 1]].map(([n, ms]) => job(n, ms)));
  console.log(par.join(), log.join(', '));
  log.length = 0;
  const results = [];
  await [['e', 5], ['f', 1]].reduce(async (prev, [n, ms]) => { await prev; results.push(await job(n, ms)); }, Promise.resolve());
  console.log(results.join(), log.join(', '));
})();
