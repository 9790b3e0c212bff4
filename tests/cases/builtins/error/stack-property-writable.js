// The stack property can be overwritten and deleted like ordinary data.
var e = new Error("m");
e.stack = "custom stack";
console.log(e.stack);
delete e.stack;
console.log(typeof e.stack);
var f = new Error("n");
Object.defineProperty(f, "stack", { value: "defined", enumerable: true });
console.log(f.stack, Object.keys(f).join(","));
var frozen = Object.freeze(new Error("frozen"));
console.log(frozen.stack.split("\n")[0], Object.isFrozen(frozen));
