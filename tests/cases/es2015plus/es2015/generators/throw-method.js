// throw(): the exception appears at the yield; an uncaught one completes the generator.
function* g() {
  while (true) {
    try { yield 'waiting'; }
    catch (e) { console.log('caught inside:', e); if (e === 'fatal') throw new Error('rethrown ' + e); }
  }
}
const it = g();
console.log(it.next());
console.log(it.throw('minor'));
try { it.throw('fatal'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(it.next());
try { it.throw('after'); } catch (e) { console.log('completed throws', e); }
