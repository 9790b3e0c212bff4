// The cause is not part of stack or toString; it is its own property.
var inner = new Error("inner");
var outer = new Error("outer", { cause: inner });
console.log(String(outer), outer.stack.split("\n")[0], outer.stack.indexOf("inner") === -1);
console.log(outer.cause === inner, Object.keys(outer).length, JSON.stringify(Object.getOwnPropertyNames(outer).sort()));
