// throw() during yield* goes to the inner generator, which may catch it.
function* inner() {
  try { yield 1; } catch (e) { console.log('inner caught', e); yield 'recovered'; }
  return 'inner end';
}
function* outer() {
  try { const r = yield* inner(); console.log('r =', r); yield 'outer'; }
  catch (e) { console.log('outer caught', e); }
}
const it = outer();
console.log(it.next());
console.log(it.throw('E1'));
console.log(it.next());
console.log(it.throw('E2'));
console.log(it.next());
