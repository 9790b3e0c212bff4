// Block scopes and closures: per-iteration bindings in while via let inside, class declarations in blocks, TDZ in closures.
const fns = [];
let i = 0;
while (i < 3) { let j = i; fns.push(() => j); i++; }
console.log(fns.map(f => f()).join());
{ class Local { static id = 'local class'; } fns.push(() => Local.id); }
console.log(fns[3](), typeof Local);
function makeLazy() { const get = () => value; try { get(); } catch (e) { console.log(e.constructor.name, e.message); } const value = 'ready'; return get; }
console.log(makeLazy()());
const counters = Array.from({ length: 3 }, (_, k) => { let c = k * 10; return () => ++c; });
counters[1](); counters[1]();
console.log(counters.map(f => f()).join());
