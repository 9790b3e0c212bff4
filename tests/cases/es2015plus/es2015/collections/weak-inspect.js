const k = {};
const wm = new WeakMap([[k, 1]]);
const ws = new WeakSet([k]);
console.log(wm, ws);
console.log([wm], { ws });
console.log(new WeakRef(k), new FinalizationRegistry(() => {}));
class MyWeakSet extends WeakSet {}
console.log(new MyWeakSet());
