[undefined, null, 1, 'str', {}].forEach(function (v) {
  try { setTimeout(v, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { setInterval(v); } catch (e) { console.log(e.name, e.code); }
  try { setImmediate(v); } catch (e) { console.log(e.name, e.code, e.message); }
  try { process.nextTick(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
