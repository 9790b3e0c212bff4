// Deep recursion through generators is a catchable RangeError.
function* deep(n) { yield* deep(n + 1); }
try { deep(0).next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function* viaNext(n) { const it = viaNext(n + 1); yield it.next(); }
try { viaNext(0).next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
