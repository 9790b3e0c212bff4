console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()));
console.log(String(new Map()), `${new Set()}`, new Map() + '');
console.log(Object.prototype.toString.call(new WeakMap()), Object.prototype.toString.call(new WeakSet()));
console.log(Object.prototype.toString.call(new WeakRef({})), Object.prototype.toString.call(new FinalizationRegistry(() => {})));
console.log(Object.prototype.toString.call(new Map().entries()), Object.prototype.toString.call(new Set().values()));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify({ s: new Set([1]) }));
