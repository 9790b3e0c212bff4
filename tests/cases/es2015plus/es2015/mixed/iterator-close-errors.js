// When closing an iterator fails: an exception from the loop body wins over one from return(); return() must give an object.
function iterable(returnImpl) {
  return { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: returnImpl }; } };
}
try { for (const x of iterable(() => { throw new Error('from return'); })) break; } catch (e) { console.log('break:', e.message); }
try { for (const x of iterable(() => { throw new Error('from return'); })) throw new Error('from body'); } catch (e) { console.log('throw:', e.message); }
try { for (const x of iterable(() => 1)) break; } catch (e) { console.log('non-object:', e.constructor.name, e.message); }
try { const [a] = iterable(() => { throw new Error('destructuring close'); }); } catch (e) { console.log('destructure:', e.message); }
let closed = 0;
const counted = iterable(() => { closed++; return {}; });
for (const x of counted) { if (x) break; }
(function () { for (const x of counted) return; })();
console.log('closed', closed);
