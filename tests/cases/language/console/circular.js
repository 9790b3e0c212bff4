// Circular references print as [Circular *1] with a <ref *1> marker.
var o = { name: "o" };
o.self = o;
console.log(o);
var a = [1];
a.push(a);
console.log(a);
var parent = { name: "parent", children: [] };
var child = { name: "child", parent: parent };
parent.children.push(child);
console.log(parent);
console.log(child);
