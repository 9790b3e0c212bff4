// for await over async generators, sync iterables of promises and custom async iterators; break calls return().
async function* countdown(n) { try { while (n > 0) { await new Promise(r => setTimeout(r, 1)); yield n--; } } finally { console.log('countdown finally at', n); } }
const customAsync = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: async () => ({ value: i, done: i++ >= 3 }), return: async () => { console.log('custom return'); return { done: true }; } };
  },
};
(async () => {
  const got = [];
  for await (const n of countdown(3)) got.push(n);
  console.log(got.join());
  for await (const n of countdown(5)) { if (n === 4) break; }
  for await (const v of [Promise.resolve('p1'), 'plain', new Promise(r => setTimeout(() => r('p2'), 2))]) console.log(v);
  for await (const v of customAsync) { console.log('custom', v); if (v === 1) break; }
  const ag = countdown(2);
  console.log(JSON.stringify(await ag.next()), JSON.stringify(await ag.return('early')), JSON.stringify(await ag.next()));
})();
