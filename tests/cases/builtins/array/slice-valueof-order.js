// slice converts start before end; the getters and valueOf calls are logged.
var log = [];
function num(name, v) {
  return { valueOf: function () { log.push(name); return v; } };
}
var o = {};
Object.defineProperty(o, "length", { get: function () { log.push("length"); return 4; } });
o[1] = "b"; o[2] = "c";
var r = Array.prototype.slice.call(o, num("start", 1), num("end", 3));
console.log(r.join(""), log.join(","));
log = [];
[1, 2, 3].splice(num("s", 0), num("c", 1));
console.log(log.join(","));
log = [];
[1, 2, 3].indexOf(2, num("from", 0));
[1, 2, 3].fill(0, num("fs", 0), num("fe", 1));
console.log(log.join(","));
