// The ES2022 options argument: cause is an own property only when present.
var e = new Error("outer", { cause: "inner" });
console.log(e.cause, Object.prototype.hasOwnProperty.call(e, "cause"));
var d = Object.getOwnPropertyDescriptor(e, "cause");
console.log(d.writable, d.enumerable, d.configurable);
console.log("cause" in new Error("x", {}), "cause" in new Error("x"), "cause" in new Error("x", { cause: undefined }));
console.log(new TypeError("t", { cause: 1 }).cause, new RangeError("r", { cause: null }).cause);
console.log("cause" in new Error("x", "not an object"), "cause" in new Error("x", null));
var getterLog = [];
new Error("x", { get cause() { getterLog.push("get"); return 5; } });
console.log(getterLog.join(","));
var wrapped = new Error("top", { cause: new Error("root") });
console.log(wrapped.cause.message, wrapped.cause instanceof Error);
