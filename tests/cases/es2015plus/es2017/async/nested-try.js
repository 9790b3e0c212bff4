// Nested try/catch/finally with awaits in every block.
async function f() {
  var log = [];
  try {
    try { log.push(await 'a'); throw await 'b'; }
    catch (e) { log.push('caught ' + e); await null; }
    finally { log.push(await 'inner finally'); }
    log.push(await 'after');
  } finally { log.push('outer finally'); }
  return log.join(' | ');
}
f().then(function (v) { console.log(v); });
