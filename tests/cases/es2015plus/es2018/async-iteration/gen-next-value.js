// Values sent by next() become the result of yield.
async function* g() { var a = yield 'first'; console.log('got', a); var b = yield 'second'; console.log('got', b); }
(async function () { var it = g(); await it.next('ignored'); await it.next('A'); await it.next('B'); })();
