// finally blocks run around awaits.
async function f() {
  try { console.log('try'); await null; console.log('try after await'); return 'r'; }
  finally { console.log('finally'); await null; console.log('finally after await'); }
}
f().then(function (v) { console.log('result', v); });
