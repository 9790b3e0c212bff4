// JSON.parse on big arrays, long strings and deep nesting.
var big = "[" + new Array(10001).join("1,") + "1]";
console.log(JSON.parse(big).length);
var longStr = JSON.stringify(new Array(5001).join("ab\n"));
console.log(JSON.parse(longStr).length);
var deep = new Array(1001).join("[") + new Array(1001).join("]");
var v = JSON.parse(deep), depth = 0;
while (Array.isArray(v) && v.length) { v = v[0]; depth++; }
console.log(depth);
var obj = JSON.parse("{" + Array.from({ length: 500 }, function (_, i) { return '"k' + i + '":' + i; }).join(",") + "}");
console.log(Object.keys(obj).length, obj.k499);
