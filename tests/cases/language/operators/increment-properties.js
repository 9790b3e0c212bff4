// ++/-- on properties and elements: one read and one write, old or new value as result.
var o = { n: 1, s: "10" };
console.log(o.n++, o.n, ++o.n, o.n);
console.log(o.s--, o.s, typeof o.s);
o.missing++;
console.log(o.missing);
var a = [1, 2];
a[0]++;
++a[1];
a[5]--;
console.log(a[0], a[1], a[5], a.length);
var log = [];
var acc = {
  get v() { log.push("get"); return 7; },
  set v(x) { log.push("set " + x); }
};
console.log(acc.v++, log.join(","));
log = [];
console.log(--acc.v, log.join(","));
var key = 0;
var arr = [10, 20, 30];
arr[key++]++;
console.log(arr.join(","), key);
