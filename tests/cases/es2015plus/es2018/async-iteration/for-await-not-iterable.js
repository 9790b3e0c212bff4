// for await over a non-iterable rejects with a TypeError.
(async function () {
  try { for await (var v of 5) console.log(v); } catch (e) { console.log(e.constructor.name); }
  try { for await (var v of {}) console.log(v); } catch (e) { console.log(e.constructor.name); }
})();
