// Built-in methods call strict callbacks with undefined this unless a thisArg is given.
"use strict";
var seen = [];
[1, 2].map(function () { seen.push(String(this)); });
[1].filter(function () { seen.push(typeof this); return true; });
[1].some(function () { seen.push(this === undefined); }, undefined);
[3].forEach(function () { seen.push(this.tag); }, { tag: "given" });
[2, 1].sort(function (a, b) { seen.push(typeof this); return a - b; });
["a"].reduce(function () { seen.push(String(this)); }, 0);
console.log(seen.join(" "));
var o = { m: function () { return typeof this; } };
var detached = o.m;
console.log(o.m(), detached(), detached.call(o));
