// A concurrency-limited task pool with async/await, Promise.race and ordered results.
const log = [];
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  const running = new Set();
  for (const [i, task] of tasks.entries()) {
    const p = task().then(v => { results[i] = v; running.delete(p); });
    running.add(p);
    log.push(`start ${i} (${running.size} running)`);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  return results;
}
const tasks = [30, 10, 20, 5, 15].map((ms, i) => () => delay(ms, `r${i}`));
pool(tasks, 2).then(r => {
  console.log(r.join(','));
  console.log(log.length, log[0], log[1]);
});
