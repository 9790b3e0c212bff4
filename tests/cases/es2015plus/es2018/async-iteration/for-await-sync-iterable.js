// for await over a sync iterable awaits each value.
(async function () {
  for await (var v of [1, Promise.resolve(2), 3]) console.log(v);
  for await (var ch of 'ab') console.log(ch);
  for await (var e of new Set(['s'])) console.log(e);
})();
