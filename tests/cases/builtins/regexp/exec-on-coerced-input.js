// exec converts its argument with ToString before it reads and converts lastIndex.
var order = [];
var re = /b/g;
re.lastIndex = { valueOf: function () { order.push("lastIndex"); return 0; } };
var input = { toString: function () { order.push("toString"); return "abc"; } };
var m = RegExp.prototype.exec.call(re, input);
console.log(order.join(" | "), m.index, re.lastIndex);
var nonGlobal = /b/;
nonGlobal.lastIndex = { valueOf: function () { order.push("non-global lastIndex"); return 5; } };
console.log(nonGlobal.exec("abc").index, order.length);
console.log(/\d+/.exec(12345)[0], /true/.exec(true)[0], /object/.exec({})[0], /1,2/.exec([1, 2])[0]);
