// Atomics as used by single-threaded code paths of concurrent libraries: counters, flags, compare-and-swap loops, wait timeouts.
const state = new Int32Array(new SharedArrayBuffer(16));
const READY = 0, COUNT = 1, LOCK = 2;
function lock() { let spins = 0; while (Atomics.compareExchange(state, LOCK, 0, 1) !== 0) spins++; return spins; }
function unlock() { Atomics.store(state, LOCK, 0); Atomics.notify(state, LOCK, 1); }
console.log(lock(), Atomics.load(state, LOCK));
for (let i = 0; i < 5; i++) Atomics.add(state, COUNT, 2);
unlock();
console.log(Atomics.load(state, COUNT), Atomics.load(state, LOCK), Atomics.wait(state, READY, 1), Atomics.wait(state, READY, 0, 0));
Atomics.store(state, READY, 1);
console.log(Atomics.notify(state, READY), Atomics.exchange(state, READY, 2), Atomics.load(state, READY));
const u16 = new Uint16Array(state.buffer);
console.log(Atomics.sub(u16, 6, 1), Atomics.load(u16, 6), Atomics.and(u16, 6, 0xff00), Atomics.load(u16, 6).toString(16));
