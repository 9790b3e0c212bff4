// Property lookup walks the prototype chain; assignment creates an own property.
var grand = { g: "grand", shared: "from grand" };
var parent = Object.create(grand);
parent.p = "parent";
parent.shared = "from parent";
var child = Object.create(parent);
child.c = "child";
console.log(child.c, child.p, child.g, child.shared);
console.log(child.hasOwnProperty("p"), "p" in child, "g" in child);
child.g = "own g";
console.log(child.g, grand.g, parent.g);
delete child.g;
console.log(child.g);
grand.late = "added later";
console.log(child.late);
console.log(Object.getPrototypeOf(child) === parent, grand.isPrototypeOf(child), child.isPrototypeOf(grand));
var chain = [], o = child;
while (o) { chain.push(o.hasOwnProperty("c") ? "child" : o.hasOwnProperty("p") ? "parent" : o.hasOwnProperty("g") ? "grand" : "Object.prototype"); o = Object.getPrototypeOf(o); }
console.log(chain.join(" > "));
