// let and const are block scoped; shadowing; const objects stay mutable; redeclaration rules.
let x = 'outer';
{
  let x = 'inner';
  console.log(x);
  {
    const x = 'innermost';
    console.log(x);
  }
}
console.log(x);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
try { eval('const c = 1; c = 2;'); } catch (e) { console.log(e.constructor.name, e.message); }
if (true) { let scoped = 1; var fnScoped = 2; }
console.log(typeof scoped, fnScoped);
switch (1) { case 1: { let s = 'case block'; console.log(s); } }
try { eval('let d = 1; let d = 2;'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof globalThis.x, 'x' in globalThis);
for (const k of ['a']) { const k2 = k + '2'; console.log(k2); }
