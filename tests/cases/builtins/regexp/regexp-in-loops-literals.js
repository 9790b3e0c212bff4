// Each evaluation of a regexp literal makes a new object with its own lastIndex.
var objs = [];
for (var i = 0; i < 3; i++) objs.push(/x/g);
console.log(objs[0] === objs[1], objs[0].source === objs[1].source);
function find(s) { var re = /o/g; re.test(s); return re.lastIndex; }
console.log(find("foo"), find("foo"));
var shared = /o/g;
var hits = [];
["foo", "foo", "foo"].forEach(function (s) { hits.push(shared.test(s)); });
console.log(hits.join(","), shared.lastIndex);
