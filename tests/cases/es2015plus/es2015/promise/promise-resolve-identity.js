const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
console.log(new Promise(r => r(p)) === p);
class Sub extends Promise {}
const s = Sub.resolve(2);
console.log(s instanceof Sub, Promise.resolve(s) === s, Sub.resolve(s) === s, Sub.resolve(p) === p);
try { Promise.resolve.call(1, 2); } catch (e) { console.log(e.message); }
try { Promise.reject.call(undefined, 2); } catch (e) { console.log(e.message); }
