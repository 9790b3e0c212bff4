// Promise.all/race/any/allSettled: result order follows input order, not settle order; non-promise values; thenables.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
(async () => {
  console.log((await Promise.all([delay(20, 'slow'), delay(5, 'fast'), 'plain', { then: r => r('thenable') }])).join());
  console.log(await Promise.race([delay(20, 'slow'), delay(5, 'fast')]));
  console.log(await Promise.any([delay(5, 'e1', true), delay(15, 'late ok'), delay(10, 'e2', true)]));
  console.log((await Promise.allSettled([delay(10, 'x', true), delay(5, 'y')])).map(r => r.status + ':' + (r.value ?? r.reason.message)).join(' '));
  let settled = false;
  Promise.race([]).then(() => { settled = true; });
  await delay(5);
  console.log('race([]) settled:', settled);
})();
