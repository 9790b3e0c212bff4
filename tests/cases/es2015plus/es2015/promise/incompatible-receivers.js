const tries = [
  () => Promise.prototype.then.call({}, () => {}),
  () => Promise.prototype.then.call(1),
  () => Promise.prototype.catch.call(1),
  () => Promise.prototype.finally.call(1),
  () => Promise(),
  () => new Promise(),
  () => new Promise(5),
  () => new Promise({}),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const fakeThen = { then(a, b) { console.log('catch calls then with', typeof a, typeof b); } };
Promise.prototype.catch.call(fakeThen, () => {});
