// ES2020: globalThis identity, String.prototype.matchAll requirements, Promise.allSettled shapes, nullish with optional calls.
console.log(globalThis === global, typeof globalThis.setTimeout, Object.getOwnPropertyDescriptor(globalThis, 'globalThis').writable);
globalThis.sharedValue = 5;
console.log(typeof sharedValue, sharedValue);
const re = /(\d)(\w)/g;
const all = [...'1a 2b 3c'.matchAll(re)];
console.log(all.length, all[1].index, all[2][2], re.lastIndex);
Promise.allSettled([1, Promise.reject('no')]).then(r => console.log(JSON.stringify(r)));
const cfg = { retries: 0, log: null };
console.log(cfg.retries ?? 3, cfg.log?.level ?? 'info', cfg.missing?.() ?? 'no fn');
