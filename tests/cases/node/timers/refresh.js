var start = Date.now();
var t = setTimeout(function () {
  var elapsed = Date.now() - start;
  console.log('fired', elapsed >= 30 ? 'late enough' : 'too early ' + elapsed);
}, 20);
setTimeout(function () { t.refresh(); }, 10);
