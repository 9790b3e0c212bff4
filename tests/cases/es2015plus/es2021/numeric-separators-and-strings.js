// ES2021: numeric separators, String replaceAll, Promise.any with AggregateError.
console.log(1_000_000, 0xFF_FF, 0b1010_0101, 0o7_7, 1_0.5_5, 1e1_0);
console.log(Number('1_000'), parseInt('1_000'), parseFloat('1_5'));
try { eval('1__0'); } catch (e) { console.log(e.constructor.name); }
try { eval('1_'); } catch (e) { console.log(e.constructor.name); }
console.log('a.b.c'.replaceAll('.', '/'), 'aaa'.replaceAll('a', '$&$&'), 'x-y-z'.replaceAll(/-/g, (m, i) => i));
try { 'abc'.replaceAll(/b/, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('abc'.replaceAll('', '_'));
Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then(v => console.log('any', v));
Promise.any([Promise.reject(new Error('e1')), Promise.reject(new Error('e2'))]).catch(e => {
  console.log(e.constructor.name, e.message, e.errors.map(x => x.message).join(','), e instanceof Error);
});
Promise.any([]).catch(e => console.log('empty', e.constructor.name, e.errors.length));
const ae = new AggregateError([1, 2], 'msg', { cause: 'c' });
console.log(ae.name, ae.message, ae.errors.length, ae.cause, Object.keys(ae).join());
