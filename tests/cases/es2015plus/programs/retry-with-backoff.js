// Retrying an async operation with exponential backoff, AggregateError of all failures, and timing by a fake clock.
let now = 0;
const sleep = ms => new Promise(r => { now += ms; setTimeout(r, 0); });
async function retry(fn, { attempts = 4, base = 100 } = {}) {
  const errors = [];
  for (let i = 0; i < attempts; i++) {
    try { return await fn(i); } catch (e) { errors.push(e); if (i < attempts - 1) await sleep(base * 2 ** i); }
  }
  throw new AggregateError(errors, `failed after ${attempts} attempts`);
}
(async () => {
  const v = await retry(async i => { if (i < 2) throw new Error(`try ${i}`); return `ok on ${i}`; });
  console.log(v, now);
  now = 0;
  try { await retry(async i => { throw new Error(`always ${i}`); }, { attempts: 3, base: 10 }); }
  catch (e) { console.log(e.constructor.name, e.message, e.errors.map(x => x.message).join(','), now); }
})();
